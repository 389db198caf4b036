package vn.cchcflow.report.internal;

import static vn.cchcflow.report.internal.SheetKit.date;
import static vn.cchcflow.report.internal.SheetKit.number;
import static vn.cchcflow.report.internal.SheetKit.string;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.cchcflow.report.ReportFigures;
import vn.cchcflow.report.StatusCounts;
import vn.cchcflow.tasklifecycle.TaskStatus;
import vn.cchcflow.system.DayFormats;

/**
 * The spreadsheet issued with the report: sheet "Nhiệm vụ" with one row per task as it stood at the report
 * date, and sheet "Tổng hợp" with the counts per area and per lead unit.
 */
public final class XlsxTaskSheetWriter {

  static final String TASKS = "Nhiệm vụ";
  static final String SUMMARY = "Tổng hợp";
  static final List<String> HEADER = List.of("STT", "Kế hoạch", "Số TT", "Lĩnh vực", "Nội dung", "Đơn vị chủ trì",
      "Thời hạn", "Hạn cuối", "Tình trạng", "Ngày hoàn thành", "Bước hiện tại", "Số ngày quá hạn", "Lý do");
  /** Rows above the first task: the title and the header. */
  static final int FIRST_TASK_ROW = 2;

  private XlsxTaskSheetWriter() {
  }

  public static byte[] write(ReportFigures f) {
    try (XSSFWorkbook workbook = new XSSFWorkbook()) {
      SheetKit kit = new SheetKit(workbook);
      tasks(kit, f);
      summary(kit, f);
      return kit.bytes();
    } catch (IOException e) {
      throw new UncheckedIOException("Could not write the task spreadsheet", e);
    }
  }

  static String title(ReportFigures f) {
    return "Danh sách nhiệm vụ – " + f.communeName() + " – " + f.period().label() + ", số liệu đến ngày "
        + f.asOf().format(DayFormats.OFFICIAL);
  }

  private static void tasks(SheetKit kit, ReportFigures f) {
    Sheet sheet = kit.workbook.createSheet(TASKS);
    kit.title(sheet, 0, HEADER.size(), title(f));
    kit.headerRow(sheet, 1, HEADER);
    int r = FIRST_TASK_ROW;
    for (ReportFigures.TaskLine task : f.tasks()) {
      Row row = sheet.createRow(r);
      number(row, 0, r - FIRST_TASK_ROW + 1, kit.number);
      string(row, 1, task.planCode(), kit.wrapped);
      string(row, 2, task.number(), kit.centred);
      string(row, 3, task.area(), kit.wrapped);
      string(row, 4, task.content(), kit.wrapped);
      string(row, 5, task.leadUnits(), kit.wrapped);
      string(row, 6, task.deadlineText(), kit.wrapped);
      date(row, 7, task.due(), kit.date);
      string(row, 8, task.status() == null ? null : StatusNames.of(task.status()), kit.wrapped);
      date(row, 9, task.completedOn(), kit.date);
      string(row, 10, String.join("; ", task.openSteps()), kit.wrapped);
      if (task.status() == TaskStatus.OVERDUE) {
        number(row, 11, task.daysOverdue(), kit.number);
      } else {
        string(row, 11, null, kit.number);
      }
      string(row, 12, task.reason(), kit.wrapped);
      r++;
    }
    SheetKit.widths(sheet, 6, 16, 7, 28, 60, 26, 22, 12, 20, 13, 22, 10, 36);
    sheet.createFreezePane(0, FIRST_TASK_ROW);
    sheet.setAutoFilter(new CellRangeAddress(1, Math.max(1, r - 1), 0, HEADER.size() - 1));
    SheetKit.print(sheet, 1);
  }

  private static void summary(SheetKit kit, ReportFigures f) {
    Sheet sheet = kit.workbook.createSheet(SUMMARY);
    List<String> areaTitles = SheetKit.countTitles("TT", "Lĩnh vực");
    kit.title(sheet, 0, areaTitles.size(), "Tổng hợp kết quả thực hiện nhiệm vụ – " + f.communeName() + " – "
        + f.period().label() + ", số liệu đến ngày " + f.asOf().format(DayFormats.OFFICIAL));
    int r = 2;
    r = group(kit, sheet, r, "1. Theo lĩnh vực", areaTitles, f.byArea(), f.total());
    r = group(kit, sheet, r + 1, "2. Theo đơn vị chủ trì", SheetKit.countTitles("TT", "Đơn vị chủ trì"), f.byUnit(),
        f.total());
    int unitSum = f.byUnit().stream().mapToInt(g -> g.counts().total()).sum();
    if (unitSum != f.total().total()) {
      sheet.createRow(r).createCell(0).setCellValue("Ghi chú: nhiệm vụ do nhiều đơn vị cùng chủ trì được tính cho "
          + "từng đơn vị; dòng Tổng cộng là số nhiệm vụ của kế hoạch.");
    }
    SheetKit.widths(sheet, 6, 40, 10, 14, 14, 14, 14, 14, 14);
    SheetKit.print(sheet, 3);
  }

  /** A section label, the header, one row per group and the total; returns the next free row. */
  private static int group(SheetKit kit, Sheet sheet, int r, String label, List<String> titles,
                           List<ReportFigures.Group> groups, StatusCounts total) {
    string(sheet.createRow(r++), 0, label, kit.section);
    kit.headerRow(sheet, r++, titles);
    for (int i = 0; i < groups.size(); i++) {
      Row row = sheet.createRow(r++);
      number(row, 0, i + 1, kit.number);
      string(row, 1, groups.get(i).name(), kit.wrapped);
      kit.counts(row, 2, groups.get(i).counts(), false);
    }
    Row row = sheet.createRow(r++);
    string(row, 0, null, kit.totalText);
    string(row, 1, "Tổng cộng", kit.totalText);
    kit.counts(row, 2, total, true);
    return r;
  }
}
