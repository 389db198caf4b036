package vn.cchcflow.report.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import vn.cchcflow.report.ReportFigures;

class XlsxTaskSheetWriterTest {

  private final ReportFigures figures = ReportSamples.small();

  @Test
  void task_sheet_has_a_title_a_header_and_one_row_per_task() throws IOException {
    try (XSSFWorkbook book = write()) {
      XSSFSheet sheet = book.getSheet("Nhiệm vụ");
      assertThat(book.getSheetIndex(sheet)).isZero();
      assertThat(sheet.getPhysicalNumberOfRows()).isEqualTo(figures.tasks().size() + 2);
      assertThat(sheet.getLastRowNum()).isEqualTo(figures.tasks().size() + 1);
      assertThat(sheet.getRow(0).getCell(0).getStringCellValue())
          .isEqualTo("Danh sách nhiệm vụ – Xã Nam An Phụ – quý I năm 2026, số liệu đến ngày 31/03/2026");
      assertThat(strings(sheet.getRow(1))).containsExactly("STT", "Kế hoạch", "Số TT", "Lĩnh vực", "Nội dung",
          "Đơn vị chủ trì", "Thời hạn", "Hạn cuối", "Tình trạng", "Ngày hoàn thành", "Bước hiện tại",
          "Số ngày quá hạn", "Lý do");
      for (int i = 0; i < figures.tasks().size(); i++) {
        Row row = sheet.getRow(i + 2);
        assertThat(row.getCell(0).getNumericCellValue()).isEqualTo(i + 1);
        assertThat(row.getCell(2).getStringCellValue()).isEqualTo(figures.tasks().get(i).number());
        assertThat(row.getCell(4).getStringCellValue()).isEqualTo(figures.tasks().get(i).content());
      }
      assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 2);
      assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A2:M8");
      assertThat(sheet.getColumnWidth(4)).isGreaterThan(sheet.getColumnWidth(0) * 5);
      assertThat(sheet.getRow(2).getCell(4).getCellStyle().getWrapText()).isTrue();
    }
  }

  @Test
  void statuses_are_written_in_vietnamese() throws IOException {
    try (XSSFWorkbook book = write()) {
      XSSFSheet sheet = book.getSheet("Nhiệm vụ");
      List<String> statuses = new ArrayList<>();
      for (int r = 2; r <= sheet.getLastRowNum(); r++) {
        statuses.add(sheet.getRow(r).getCell(8).getStringCellValue());
      }
      assertThat(statuses).containsExactly("Hoàn thành đúng hạn", "Hoàn thành quá hạn", "Chưa hoàn thành, quá hạn",
          "Chưa xác định thời hạn", "Đang thực hiện, trong hạn", "Hoàn thành đúng hạn");
      Row overdue = sheet.getRow(4);
      assertThat(overdue.getCell(11).getNumericCellValue()).isEqualTo(26);
      assertThat(overdue.getCell(12).getStringCellValue()).isEqualTo("Các đơn vị chưa gửi số liệu");
      assertThat(overdue.getCell(10).getStringCellValue()).isEqualTo("Thực hiện nhiệm vụ");
      assertThat(sheet.getRow(2).getCell(11).getCellType()).isEqualTo(CellType.BLANK);
    }
  }

  @Test
  void due_and_completion_dates_are_real_dates() throws IOException {
    try (XSSFWorkbook book = write()) {
      XSSFSheet sheet = book.getSheet("Nhiệm vụ");
      Row first = sheet.getRow(2);
      assertDate(first.getCell(7), LocalDate.of(2026, 1, 15));
      assertDate(first.getCell(9), LocalDate.of(2026, 1, 12));
      assertThat(first.getCell(6).getStringCellValue()).isEqualTo("Trước ngày 15/01/2026");
      Row noDeadline = sheet.getRow(5);
      assertThat(noDeadline.getCell(7).getCellType()).isEqualTo(CellType.BLANK);
      assertThat(noDeadline.getCell(6).getStringCellValue()).isEqualTo("Khi thành phố tổ chức");
    }
  }

  @Test
  void summary_sheet_counts_by_area_and_by_unit() throws IOException {
    try (XSSFWorkbook book = write()) {
      XSSFSheet sheet = book.getSheet("Tổng hợp");
      List<List<String>> rows = new ArrayList<>();
      for (Row row : sheet) {
        rows.add(strings(row));
      }
      assertThat(rows).extracting(r -> r.isEmpty() ? "" : r.get(0)).contains("1. Theo lĩnh vực", "2. Theo đơn vị chủ trì");
      Row area = rowStarting(sheet, ReportSamples.AREA_1);
      assertThat(numbers(area, 2, 9)).containsExactly(4.0, 1.0, 1.0, 0.0, 1.0, 1.0, 50.0);
      Row unit = rowStarting(sheet, ReportSamples.TTPVHCC);
      assertThat(numbers(unit, 2, 9)).containsExactly(2.0, 1.0, 0.0, 1.0, 0.0, 0.0, 50.0);
      Row total = rowStarting(sheet, "Tổng cộng");
      assertThat(numbers(total, 2, 9)).containsExactly(6.0, 2.0, 1.0, 1.0, 1.0, 1.0, 50.0);
    }
  }

  // ---- helpers

  private XSSFWorkbook write() throws IOException {
    return new XSSFWorkbook(new ByteArrayInputStream(XlsxTaskSheetWriter.write(figures)));
  }

  private static void assertDate(Cell cell, LocalDate expected) {
    assertThat(cell.getCellType()).isEqualTo(CellType.NUMERIC);
    assertThat(DateUtil.isCellDateFormatted(cell)).isTrue();
    assertThat(cell.getCellStyle().getDataFormatString()).isEqualTo("dd/mm/yyyy");
    assertThat(cell.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(expected);
  }

  static List<String> strings(Row row) {
    List<String> values = new ArrayList<>();
    row.forEach(cell -> values.add(cell.getCellType() == CellType.STRING ? cell.getStringCellValue() : ""));
    return values;
  }

  private static Row rowStarting(XSSFSheet sheet, String name) {
    for (Row row : sheet) {
      Cell cell = row.getCell(1);
      if (cell != null && cell.getCellType() == CellType.STRING && cell.getStringCellValue().equals(name)) {
        return row;
      }
    }
    throw new AssertionError("no row " + name);
  }

  static List<Double> numbers(Row row, int from, int to) {
    List<Double> values = new ArrayList<>();
    for (int c = from; c < to; c++) {
      assertThat(row.getCell(c).getCellType()).isEqualTo(CellType.NUMERIC);
      values.add(row.getCell(c).getNumericCellValue());
    }
    return values;
  }
}
