package vn.cchcflow.report.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import vn.cchcflow.report.ReportDocumentInfo;

class DocxReportWriterTest {

  @Test
  void header_has_the_issuing_body_the_number_the_national_name_and_the_date() throws IOException {
    try (XWPFDocument doc = write()) {
      XWPFTable header = doc.getTables().get(0);
      XWPFTableCell issuer = header.getRow(0).getCell(0);
      XWPFTableCell nation = header.getRow(0).getCell(1);

      assertThat(header.getCTTbl().getTblPr().getTblBorders().getTop().getVal().toString()).isEqualTo("none");
      assertThat(texts(issuer)).containsSubsequence("UBND THÀNH PHỐ HẢI PHÒNG", "ỦY BAN NHÂN DÂN\nXÃ NAM AN PHỤ");
      assertThat(runWith(issuer, "XÃ NAM AN PHỤ").isBold()).isTrue();
      assertThat(runWith(issuer, "UBND THÀNH PHỐ HẢI PHÒNG").isBold()).isFalse();
      assertThat(texts(nation)).containsSubsequence("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
          "Độc lập - Tự do - Hạnh phúc");
      assertThat(runWith(nation, "CỘNG HÒA").isBold()).isTrue();
      assertThat(runWith(nation, "Độc lập").isBold()).isTrue();
      assertThat(header.getRow(1).getCell(0).getText()).isEqualTo("Số:    /BC-UBND");
      assertThat(header.getRow(1).getCell(1).getText()).isEqualTo("Nam An Phụ, ngày 25 tháng 3 năm 2026");
      assertThat(runWith(header.getRow(1).getCell(1), "Nam An Phụ").isItalic()).isTrue();
      // the short lines under the issuing body and under the motto
      assertThat(issuer.getParagraphs()).anyMatch(p -> p.getText().isEmpty() && p.getBorderTop().name().equals("SINGLE"));
      assertThat(nation.getParagraphs()).anyMatch(p -> p.getText().isEmpty() && p.getBorderTop().name().equals("SINGLE"));
    }
  }

  @Test
  void superior_body_is_left_out_when_unknown() throws IOException {
    ReportDocumentInfo i = ReportSamples.info();
    ReportDocumentInfo without = new ReportDocumentInfo(null, i.issuingBody(), i.number(), i.place(), null,
        i.assessment(), i.unitReports(), i.recipients(), i.signerAuthority(), i.signerTitle(), i.signerName());
    try (XWPFDocument doc = read(DocxReportWriter.write(ReportSamples.small(), without))) {
      XWPFTableCell issuer = doc.getTables().get(0).getRow(0).getCell(0);
      assertThat(texts(issuer).get(0)).isEqualTo("ỦY BAN NHÂN DÂN\nXÃ NAM AN PHỤ");
      assertThat(doc.getTables().get(0).getRow(1).getCell(1).getText())
          .matches("Nam An Phụ, ngày +tháng +năm 2026");
    }
  }

  @Test
  void title_and_summary_name_the_period() throws IOException {
    try (XWPFDocument doc = write()) {
      List<XWPFParagraph> body = doc.getParagraphs();
      XWPFParagraph title = body.stream().filter(p -> p.getText().equals("BÁO CÁO")).findFirst().orElseThrow();
      XWPFParagraph summary = body.get(body.indexOf(title) + 1);
      assertThat(summary.getText()).isEqualTo("Kết quả thực hiện công tác cải cách hành chính quý I năm 2026");
      assertThat(title.getAlignment().name()).isEqualTo("CENTER");
      assertThat(title.getRuns().get(0).isBold()).isTrue();
      assertThat(title.getRuns().get(0).getFontSizeAsDouble()).isEqualTo(14.0);
      assertThat(summary.getRuns().get(0).isBold()).isTrue();
    }
  }

  @Test
  void results_give_the_totals_and_the_counts_by_area_and_by_unit() throws IOException {
    try (XWPFDocument doc = write()) {
      assertThat(bodyTexts(doc)).containsSubsequence("I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ",
          "Tính đến ngày 31/03/2026, tổng số nhiệm vụ cải cách hành chính phải thực hiện là 6 nhiệm vụ, trong đó: "
              + "hoàn thành đúng hạn 2 nhiệm vụ; hoàn thành quá hạn 1 nhiệm vụ; đang thực hiện, trong hạn 1 nhiệm vụ; "
              + "chưa hoàn thành, quá hạn 1 nhiệm vụ; chưa xác định thời hạn 1 nhiệm vụ. Tỷ lệ hoàn thành đạt 50%.",
          "1. Theo lĩnh vực", "2. Theo đơn vị chủ trì", "II. NHIỆM VỤ CHƯA HOÀN THÀNH, QUÁ HẠN", "III. CHỈ TIÊU",
          "IV. ĐÁNH GIÁ CHUNG");

      XWPFTable byArea = tableWithHeader(doc, "Lĩnh vực");
      assertThat(cells(byArea.getRow(0))).containsExactly("TT", "Lĩnh vực", "Tổng số", "Hoàn thành đúng hạn",
          "Hoàn thành quá hạn", "Đang thực hiện, trong hạn", "Chưa hoàn thành, quá hạn", "Chưa xác định thời hạn");
      assertThat(byArea.getRow(0).isRepeatHeader()).isTrue();
      assertThat(byArea.getRow(0).getCell(0).getParagraphs().get(0).getRuns().get(0).isBold()).isTrue();
      assertThat(byArea.getRows()).hasSize(4);
      assertThat(cells(byArea.getRow(1))).containsExactly("1", ReportSamples.AREA_1, "4", "1", "1", "0", "1", "1");
      assertThat(cells(byArea.getRow(3))).containsExactly("", "Tổng cộng", "6", "2", "1", "1", "1", "1");
      assertThat(byArea.getRow(3).getCell(2).getParagraphs().get(0).getRuns().get(0).isBold()).isTrue();
      assertThat(byArea.getRow(3).getCell(2).getParagraphs().get(0).getAlignment().name()).isEqualTo("CENTER");
      assertThat(byArea.getCTTbl().getTblPr().getTblBorders().getInsideH().getVal().toString()).isEqualTo("single");

      XWPFTable byUnit = tableWithHeader(doc, "Đơn vị chủ trì");
      assertThat(cells(byUnit.getRow(2))).containsExactly("2", ReportSamples.TTPVHCC, "2", "1", "0", "1", "0", "0");
      assertThat(cells(byUnit.getRow(3))).containsExactly("", "Tổng cộng", "6", "2", "1", "1", "1", "1");
    }
  }

  @Test
  void overdue_tasks_are_listed_with_unit_date_days_and_reason() throws IOException {
    try (XWPFDocument doc = write()) {
      XWPFTable overdue = tableWithHeader(doc, "Nhiệm vụ");
      assertThat(cells(overdue.getRow(0))).containsExactly("TT", "Nhiệm vụ", "Đơn vị chủ trì", "Thời hạn",
          "Số ngày quá hạn", "Lý do");
      assertThat(overdue.getRows()).hasSize(2);
      assertThat(cells(overdue.getRow(1))).containsExactly("1", "3: Xây dựng Báo cáo CCHC hàng quý và năm",
          ReportSamples.VHXH, "05/03/2026", "26", "Các đơn vị chưa gửi số liệu");
    }
  }

  @Test
  void targets_are_judged_met_or_not() throws IOException {
    try (XWPFDocument doc = write()) {
      XWPFTable targets = tableWithHeader(doc, "Chỉ tiêu");
      assertThat(cells(targets.getRow(0))).containsExactly("TT", "Chỉ tiêu", "Mục tiêu", "Kết quả", "Đánh giá");
      assertThat(cells(targets.getRow(1))).containsExactly("1", "Tỷ lệ hồ sơ thủ tục hành chính giải quyết đúng hạn",
          "tối thiểu 98%", "99,2%", "Đạt");
      assertThat(cells(targets.getRow(2)).get(4)).isEqualTo("Chưa đạt");
    }
  }

  @Test
  void empty_overdue_list_and_targets_are_said_in_words() throws IOException {
    try (XWPFDocument doc = read(DocxReportWriter.write(ReportSamples.withoutOverdueAndTargets(),
        ReportSamples.info()))) {
      assertThat(bodyTexts(doc)).containsSubsequence("II. NHIỆM VỤ CHƯA HOÀN THÀNH, QUÁ HẠN",
          "Không có nhiệm vụ quá hạn.", "III. CHỈ TIÊU", "Kế hoạch không có chỉ tiêu định lượng.");
      assertThat(doc.getTables()).noneMatch(t -> cells(t.getRow(0)).contains("Số ngày quá hạn"));
    }
  }

  @Test
  void assessment_and_the_units_reports_follow() throws IOException {
    try (XWPFDocument doc = write()) {
      assertThat(bodyTexts(doc)).containsSubsequence("IV. ĐÁNH GIÁ CHUNG",
          "Công tác cải cách hành chính quý I năm 2026 được triển khai đồng bộ.",
          "Một số nhiệm vụ còn chậm do các đơn vị gửi số liệu muộn.",
          "- " + ReportSamples.VHXH + ":", "Đã ban hành Kế hoạch cải cách hành chính năm 2026.",
          "Khó khăn, vướng mắc: Thiếu công chức làm công tác cải cách hành chính.",
          "- " + ReportSamples.TTPVHCC + ":", "Khó khăn, vướng mắc: Không.");
      XWPFParagraph unit = doc.getParagraphs().stream().filter(p -> p.getText().equals("- " + ReportSamples.VHXH + ":"))
          .findFirst().orElseThrow();
      assertThat(unit.getRuns().get(0).isBold()).isTrue();
    }
  }

  @Test
  void recipients_and_signer_close_the_document() throws IOException {
    try (XWPFDocument doc = write()) {
      XWPFTable footer = doc.getTables().get(doc.getTables().size() - 1);
      XWPFTableCell recipients = footer.getRow(0).getCell(0);
      assertThat(texts(recipients)).containsExactly("Nơi nhận:", "- Sở Nội vụ thành phố Hải Phòng;",
          "- TT Đảng ủy, HĐND xã;", "- Lãnh đạo UBND xã;", "- Lưu: VT, VHXH.");
      XWPFRun label = runWith(recipients, "Nơi nhận:");
      assertThat(label.isBold()).isTrue();
      assertThat(label.isItalic()).isTrue();
      assertThat(label.getFontSizeAsDouble()).isEqualTo(12.0);
      assertThat(runWith(recipients, "- Lưu").getFontSizeAsDouble()).isEqualTo(11.0);

      XWPFTableCell signer = footer.getRow(0).getCell(1);
      assertThat(texts(signer).stream().filter(t -> !t.isEmpty()))
          .containsExactly("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Nguyễn Văn An");
      assertThat(runWith(signer, "PHÓ CHỦ TỊCH").isBold()).isTrue();
      assertThat(runWith(signer, "Nguyễn Văn An").isBold()).isTrue();
    }
  }

  @Test
  void every_run_is_times_new_roman_on_an_a4_page_with_the_decree_margins() throws IOException {
    try (XWPFDocument doc = write()) {
      List<XWPFRun> runs = new ArrayList<>();
      doc.getBodyElements().forEach(e -> collectRuns(e, runs));
      for (XWPFHeader header : doc.getHeaderList()) {
        header.getBodyElements().forEach(e -> collectRuns(e, runs));
      }
      assertThat(runs).hasSizeGreaterThan(100);
      assertThat(runs).allSatisfy(run -> {
        assertThat(run.getFontFamily()).isEqualTo("Times New Roman");
        assertThat(run.getFontSizeAsDouble()).isBetween(11.0, 14.0);
      });
      assertThat(runs).filteredOn(run -> !run.text().isEmpty() && run.getFontSizeAsDouble() < 13)
          .allSatisfy(run -> assertThat(run.text()).matches("Nơi nhận:|- .*[;.]"));

      CTPageSz size = doc.getDocument().getBody().getSectPr().getPgSz();
      assertThat(size.getW()).isEqualTo(BigInteger.valueOf(11906));
      assertThat(size.getH()).isEqualTo(BigInteger.valueOf(16838));
      CTPageMar margins = doc.getDocument().getBody().getSectPr().getPgMar();
      assertThat(mm(margins.getTop())).isBetween(20.0, 25.0);
      assertThat(mm(margins.getBottom())).isBetween(20.0, 25.0);
      assertThat(mm(margins.getLeft())).isBetween(30.0, 35.0);
      assertThat(mm(margins.getRight())).isBetween(15.0, 20.0);
    }
  }

  @Test
  void place_and_date_follow_the_decree_for_leading_zeros() {
    assertThat(DocxReportWriter.placeAndDate("Nam An Phụ", ReportSamples.d("2026-02-05"), null))
        .isEqualTo("Nam An Phụ, ngày 05 tháng 02 năm 2026");
    assertThat(DocxReportWriter.placeAndDate("Nam An Phụ", ReportSamples.d("2026-12-25"), null))
        .isEqualTo("Nam An Phụ, ngày 25 tháng 12 năm 2026");
  }

  @Test
  void long_body_names_are_broken_after_uy_ban_nhan_dan() {
    assertThat(DocxReportWriter.lines("Ủy ban nhân dân phường Bắc Hồng Lĩnh"))
        .containsExactly("ỦY BAN NHÂN DÂN", "PHƯỜNG BẮC HỒNG LĨNH");
    assertThat(DocxReportWriter.lines("UBND thành phố Hải Phòng")).containsExactly("UBND THÀNH PHỐ HẢI PHÒNG");
  }

  // ---- helpers

  private static XWPFDocument write() throws IOException {
    return read(DocxReportWriter.write(ReportSamples.small(), ReportSamples.info()));
  }

  static XWPFDocument read(byte[] docx) throws IOException {
    return new XWPFDocument(new ByteArrayInputStream(docx));
  }

  private static double mm(Object twips) {
    return Double.parseDouble(twips.toString()) / 56.7;
  }

  static List<String> bodyTexts(XWPFDocument doc) {
    return doc.getParagraphs().stream().map(XWPFParagraph::getText).filter(t -> !t.isBlank()).toList();
  }

  static List<String> texts(XWPFTableCell cell) {
    return cell.getParagraphs().stream().map(XWPFParagraph::getText).toList();
  }

  static List<String> cells(XWPFTableRow row) {
    return row.getTableCells().stream().map(XWPFTableCell::getText).toList();
  }

  static XWPFTable tableWithHeader(XWPFDocument doc, String secondColumn) {
    return doc.getTables().stream()
        .filter(t -> t.getRow(0).getTableCells().size() > 1 && t.getRow(0).getCell(1).getText().equals(secondColumn))
        .findFirst().orElseThrow();
  }

  private static XWPFRun runWith(XWPFTableCell cell, String text) {
    return cell.getParagraphs().stream().flatMap(p -> p.getRuns().stream())
        .filter(r -> r.text().contains(text)).findFirst().orElseThrow();
  }

  private static void collectRuns(IBodyElement element, List<XWPFRun> runs) {
    if (element instanceof XWPFParagraph p) {
      runs.addAll(p.getRuns());
    } else if (element instanceof XWPFTable t) {
      t.getRows().forEach(row -> row.getTableCells().forEach(c -> c.getBodyElements().forEach(e -> collectRuns(e, runs))));
    }
  }
}
