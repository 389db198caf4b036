package vn.cchcflow.report.internal;

import static vn.cchcflow.report.internal.DocxParts.BODY_SIZE;
import static vn.cchcflow.report.internal.DocxParts.MM;
import static vn.cchcflow.report.internal.DocxParts.TEXT_WIDTH;
import static vn.cchcflow.report.internal.DocxParts.blank;
import static vn.cchcflow.report.internal.DocxParts.body;
import static vn.cchcflow.report.internal.DocxParts.centredRule;
import static vn.cchcflow.report.internal.DocxParts.dataRow;
import static vn.cchcflow.report.internal.DocxParts.format;
import static vn.cchcflow.report.internal.DocxParts.heading;
import static vn.cchcflow.report.internal.DocxParts.headerRow;
import static vn.cchcflow.report.internal.DocxParts.layoutRow;
import static vn.cchcflow.report.internal.DocxParts.paragraph;
import static vn.cchcflow.report.internal.DocxParts.run;
import static vn.cchcflow.report.internal.DocxParts.table;
import static vn.cchcflow.report.internal.DocxParts.upper;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import vn.cchcflow.report.ReportDocumentInfo;
import vn.cchcflow.report.ReportFigures;
import vn.cchcflow.report.StatusCounts;
import vn.cchcflow.tasklifecycle.TaskStatus;

/**
 * The commune's periodic administrative-reform report as a Word document laid out like an official report
 * (Nghị định 30/2020/NĐ-CP): header with the issuing body and the national name, title and summary, the
 * figures by area and by unit, the overdue tasks, the targets, the assessment and the units' reports, then
 * the recipients ("Nơi nhận") and the signature block.
 */
public final class DocxReportWriter {

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  /**
   * Header: issuing side 70 mm, national side 105 mm, reaching 5 mm into each side margin and without cell
   * padding, so that the national name in 13 pt bold (about 96 mm) stays on one line with room beside it.
   */
  private static final int[] HEADER = {70 * MM, TEXT_WIDTH + 10 * MM - 70 * MM};
  private static final int HEADER_OUTDENT = 5 * MM;
  /** Footer: recipients 75 mm, signature 90 mm. */
  private static final int[] FOOTER = {75 * MM, TEXT_WIDTH - 75 * MM};
  /** TT, name, total and the five statuses. */
  private static final int[] COUNTS = {567, 2780, 1001, 1001, 1001, 1001, 1001, 1002};
  private static final boolean[] COUNTS_CENTRED = {true, false, true, true, true, true, true, true};
  /** TT, task, unit, due, days, reason. */
  private static final int[] OVERDUE = {567, 2900, 1650, 1420, 950, 1867};
  private static final boolean[] OVERDUE_CENTRED = {true, false, false, true, true, false};
  /** TT, target, goal, result, assessment. */
  private static final int[] TARGETS = {567, 4300, 1500, 1400, 1587};
  private static final boolean[] TARGETS_CENTRED = {true, false, true, true, true};

  private static final int HEADER_SIZE = 13;

  private DocxReportWriter() {
  }

  public static byte[] write(ReportFigures f, ReportDocumentInfo info) {
    try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      DocxParts.setUpPage(doc);
      header(doc, f, info);
      title(doc, f);
      results(doc, f, info);
      overdue(doc, f);
      targets(doc, f);
      assessment(doc, f, info);
      signature(doc, info);
      doc.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("Could not write the report document", e);
    }
  }

  // ---- header, title

  private static void header(XWPFDocument doc, ReportFigures f, ReportDocumentInfo info) {
    XWPFTable table = table(doc, HEADER, false);
    DocxParts.cellMargins(table, 0, 0);
    DocxParts.indent(table, -HEADER_OUTDENT);
    XWPFTableRow names = layoutRow(table, HEADER, true);
    XWPFTableCell issuer = names.getCell(0);
    if (!blank(info.superiorBody())) {
      run(format(paragraph(issuer), ParagraphAlignment.CENTER, 0, 0), String.join("\n", lines(info.superiorBody())),
          HEADER_SIZE, false, false);
    }
    run(format(paragraph(issuer), ParagraphAlignment.CENTER, 0, 0),
        String.join("\n", lines(blank(info.issuingBody()) ? f.communeName() : info.issuingBody())), HEADER_SIZE,
        true, false);
    centredRule(paragraph(issuer), HEADER[0], 20 * MM, 3);

    XWPFTableCell nation = names.getCell(1);
    run(format(paragraph(nation), ParagraphAlignment.CENTER, 0, 0), "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        HEADER_SIZE, true, false);
    run(format(paragraph(nation), ParagraphAlignment.CENTER, 0, 0), "Độc lập - Tự do - Hạnh phúc", BODY_SIZE,
        true, false);
    centredRule(paragraph(nation), HEADER[1], 61 * MM, 3);

    XWPFTableRow numberAndDate = layoutRow(table, HEADER, false);
    run(format(paragraph(numberAndDate.getCell(0)), ParagraphAlignment.CENTER, 6, 0),
        "Số: " + (info.number() == null ? "" : info.number()), HEADER_SIZE, false, false);
    run(format(paragraph(numberAndDate.getCell(1)), ParagraphAlignment.CENTER, 6, 0),
        placeAndDate(info.place(), info.date(), f.asOf()), BODY_SIZE, false, true);
  }

  /** "Nam An Phụ, ngày 25 tháng 3 năm 2026": a leading zero for days below 10 and months 1 and 2 (NĐ 30). */
  static String placeAndDate(String place, LocalDate date, LocalDate fallbackYear) {
    String day = date == null
        ? "ngày      tháng      năm " + (fallbackYear == null ? LocalDate.now() : fallbackYear).getYear()
        : String.format(Locale.ROOT, "ngày %02d tháng %s năm %d", date.getDayOfMonth(),
            date.getMonthValue() <= 2 ? "0" + date.getMonthValue() : String.valueOf(date.getMonthValue()),
            date.getYear());
    return blank(place) ? Character.toUpperCase(day.charAt(0)) + day.substring(1) : place.strip() + ", " + day;
  }

  /** A body's name in upper case, "ỦY BAN NHÂN DÂN" on its own line when the whole would not fit. */
  static List<String> lines(String body) {
    String upper = upper(body);
    if (upper.contains("\n")) {
      return Arrays.stream(upper.split("\n")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
    for (String prefix : List.of("ỦY BAN NHÂN DÂN ", "UỶ BAN NHÂN DÂN ")) {
      if (upper.startsWith(prefix) && upper.length() > 26) {
        return List.of(prefix.strip(), upper.substring(prefix.length()).strip());
      }
    }
    return List.of(upper);
  }

  private static void title(XWPFDocument doc, ReportFigures f) {
    run(DocxParts.paragraph(doc, ParagraphAlignment.CENTER, 18, 0), "BÁO CÁO", BODY_SIZE, true, false);
    run(DocxParts.paragraph(doc, ParagraphAlignment.CENTER, 0, 0), summary(f), BODY_SIZE, true, false);
    centredRule(doc.createParagraph(), TEXT_WIDTH, 50 * MM, 4);
    DocxParts.paragraph(doc, ParagraphAlignment.CENTER, 0, 6);
  }

  static String summary(ReportFigures f) {
    return "Kết quả thực hiện công tác cải cách hành chính " + f.period().label();
  }

  // ---- I. results

  private static void results(XWPFDocument doc, ReportFigures f, ReportDocumentInfo info) {
    String issuer = blank(info.issuingBody()) ? f.communeName() : info.issuingBody().strip();
    body(doc, issuer + " báo cáo kết quả thực hiện công tác cải cách hành chính " + f.period().label()
        + " như sau:");
    heading(doc, "I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ");
    body(doc, totalsSentence(f));
    heading(doc, "1. Theo lĩnh vực");
    countsTable(doc, "Lĩnh vực", f.byArea(), f.total());
    heading(doc, "2. Theo đơn vị chủ trì");
    countsTable(doc, "Đơn vị chủ trì", f.byUnit(), f.total());
    int unitSum = f.byUnit().stream().mapToInt(g -> g.counts().total()).sum();
    if (unitSum != f.total().total()) {
      run(body(doc), "Ghi chú: nhiệm vụ do nhiều đơn vị cùng chủ trì được tính cho từng đơn vị; dòng "
          + "Tổng cộng là số nhiệm vụ của kế hoạch.", DocxParts.TABLE_SIZE, false, true);
    }
  }

  static String totalsSentence(ReportFigures f) {
    StatusCounts total = f.total();
    StringBuilder text = new StringBuilder("Tính đến ngày ").append(f.asOf().format(DAY))
        .append(", tổng số nhiệm vụ cải cách hành chính phải thực hiện là ").append(total.total())
        .append(" nhiệm vụ, trong đó: ");
    List<String> parts = new ArrayList<>();
    for (TaskStatus status : StatusNames.ORDER) {
      parts.add(StatusNames.inSentence(status) + " " + StatusNames.count(total, status) + " nhiệm vụ");
    }
    return text.append(String.join("; ", parts)).append(". Tỷ lệ hoàn thành đạt ")
        .append(StatusNames.rate(total.completionRate())).append("%.").toString();
  }

  private static void countsTable(XWPFDocument doc, String nameTitle, List<ReportFigures.Group> groups,
                                  StatusCounts total) {
    List<String> titles = new ArrayList<>(List.of("TT", nameTitle, StatusNames.TOTAL));
    StatusNames.ORDER.forEach(status -> titles.add(StatusNames.of(status)));
    XWPFTable table = table(doc, COUNTS, true);
    headerRow(table, COUNTS, titles);
    for (int i = 0; i < groups.size(); i++) {
      dataRow(table, COUNTS, countCells(String.valueOf(i + 1), groups.get(i).name(), groups.get(i).counts()), false,
          COUNTS_CENTRED);
    }
    dataRow(table, COUNTS, countCells("", "Tổng cộng", total), true, COUNTS_CENTRED);
    afterTable(doc);
  }

  private static List<String> countCells(String number, String name, StatusCounts counts) {
    List<String> cells = new ArrayList<>(List.of(number, name, String.valueOf(counts.total())));
    StatusNames.ORDER.forEach(status -> cells.add(String.valueOf(StatusNames.count(counts, status))));
    return cells;
  }

  // ---- II. overdue, III. targets

  private static void overdue(XWPFDocument doc, ReportFigures f) {
    heading(doc, "II. NHIỆM VỤ CHƯA HOÀN THÀNH, QUÁ HẠN");
    if (f.overdue().isEmpty()) {
      body(doc, "Không có nhiệm vụ quá hạn.");
      return;
    }
    body(doc, "Có " + f.overdue().size() + " nhiệm vụ chưa hoàn thành, quá hạn, cụ thể:");
    boolean severalPlans = f.tasks().stream().map(ReportFigures.TaskLine::planCode).distinct().count() > 1;
    XWPFTable table = table(doc, OVERDUE, true);
    headerRow(table, OVERDUE, List.of("TT", "Nhiệm vụ", "Đơn vị chủ trì", "Thời hạn", "Số ngày quá hạn", "Lý do"));
    for (int i = 0; i < f.overdue().size(); i++) {
      ReportFigures.TaskLine task = f.overdue().get(i);
      String number = severalPlans && task.planCode() != null ? task.number() + " (" + task.planCode() + ")"
          : task.number();
      dataRow(table, OVERDUE, List.of(String.valueOf(i + 1), number + ": " + task.content(), text(task.leadUnits()),
          task.due() == null ? text(task.deadlineText()) : task.due().format(DAY), String.valueOf(task.daysOverdue()),
          text(task.reason())), false, OVERDUE_CENTRED);
    }
    afterTable(doc);
  }

  private static void targets(XWPFDocument doc, ReportFigures f) {
    heading(doc, "III. CHỈ TIÊU");
    if (f.targets().isEmpty()) {
      body(doc, "Kế hoạch không có chỉ tiêu định lượng.");
      return;
    }
    XWPFTable table = table(doc, TARGETS, true);
    headerRow(table, TARGETS, List.of("TT", "Chỉ tiêu", "Mục tiêu", "Kết quả", "Đánh giá"));
    for (int i = 0; i < f.targets().size(); i++) {
      ReportFigures.TargetLine target = f.targets().get(i);
      dataRow(table, TARGETS, List.of(String.valueOf(i + 1), text(target.text()), text(target.goal()),
          text(target.reported()), verdict(target.met())), false, TARGETS_CENTRED);
    }
    afterTable(doc);
  }

  static String verdict(Boolean met) {
    return met == null ? "Chưa có số liệu" : met ? "Đạt" : "Chưa đạt";
  }

  // ---- IV. assessment and the units' reports

  private static void assessment(XWPFDocument doc, ReportFigures f, ReportDocumentInfo info) {
    heading(doc, "IV. ĐÁNH GIÁ CHUNG");
    paragraphs(info.assessment()).forEach(text -> body(doc, text));
    List<ReportDocumentInfo.UnitReport> units = info.unitReports() == null ? List.of() : info.unitReports();
    if (!units.isEmpty()) {
      body(doc, "Kết quả cụ thể do các đơn vị báo cáo:");
    }
    for (ReportDocumentInfo.UnitReport unit : units) {
      XWPFParagraph name = body(doc);
      name.setKeepNext(true);
      run(name, "- " + unit.unitName() + ":", BODY_SIZE, true, false);
      List<String> results = paragraphs(unit.results());
      (results.isEmpty() ? List.of("Chưa báo cáo kết quả.") : results).forEach(text -> body(doc, text));
      XWPFParagraph obstacles = body(doc);
      run(obstacles, "Khó khăn, vướng mắc: ", BODY_SIZE, false, true);
      run(obstacles, blank(unit.obstacles()) ? "Không." : unit.obstacles().strip(), BODY_SIZE, false, false);
    }
    String issuer = blank(info.issuingBody()) ? f.communeName() : info.issuingBody().strip();
    body(doc, "Trên đây là báo cáo kết quả thực hiện công tác cải cách hành chính " + f.period().label() + " của "
        + issuer + "./.");
  }

  private static List<String> paragraphs(String text) {
    if (blank(text)) {
      return List.of();
    }
    return Arrays.stream(text.split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
  }

  // ---- recipients and signature

  private static void signature(XWPFDocument doc, ReportDocumentInfo info) {
    DocxParts.paragraph(doc, ParagraphAlignment.LEFT, 0, 0);
    XWPFTable table = table(doc, FOOTER, false);
    XWPFTableRow row = layoutRow(table, FOOTER, true);

    XWPFTableCell left = row.getCell(0);
    run(format(paragraph(left), ParagraphAlignment.LEFT, 0, 0), "Nơi nhận:", 12, true, true);
    for (String line : recipientLines(info.recipients())) {
      run(format(paragraph(left), ParagraphAlignment.LEFT, 0, 0), line, 11, false, false);
    }

    XWPFTableCell right = row.getCell(1);
    List<String> authority = blank(info.signerAuthority()) ? List.of()
        : Arrays.stream(info.signerAuthority().split("\\R")).map(DocxParts::upper).filter(s -> !s.isEmpty()).toList();
    for (String line : authority) {
      run(format(paragraph(right), ParagraphAlignment.CENTER, 0, 0), line, BODY_SIZE, true, false);
    }
    if (!blank(info.signerTitle())) {
      run(format(paragraph(right), ParagraphAlignment.CENTER, 0, 0), upper(info.signerTitle()), BODY_SIZE, true,
          false);
    }
    for (int i = 0; i < 4; i++) {
      format(paragraph(right), ParagraphAlignment.CENTER, 0, 0);
    }
    if (!blank(info.signerName())) {
      run(format(paragraph(right), ParagraphAlignment.CENTER, 12, 0), info.signerName().strip(), BODY_SIZE, true,
          false);
    }
  }

  /** "- Sở Nội vụ;" … "- Lưu: VT, VHXH." */
  static List<String> recipientLines(List<String> recipients) {
    List<String> names = (recipients == null ? List.<String>of() : recipients).stream()
        .filter(r -> !blank(r)).map(r -> r.strip().replaceFirst("^-\\s*", "").replaceFirst("[;.,]+$", "")).toList();
    if (names.isEmpty()) {
      names = List.of("Lưu: VT");
    }
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < names.size(); i++) {
      lines.add("- " + names.get(i) + (i == names.size() - 1 ? "." : ";"));
    }
    return lines;
  }

  // ---- small things

  private static void afterTable(XWPFDocument doc) {
    DocxParts.paragraph(doc, ParagraphAlignment.LEFT, 0, 0).setSpacingBetween(0.5);
  }

  private static String text(String value) {
    return value == null ? "" : value.strip();
  }
}
