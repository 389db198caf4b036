package vn.cchcflow.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.io.DefaultResourceLoader;
import vn.cchcflow.plan.PlanKind;
import vn.cchcflow.system.Messages;

/** The issued DOCX, filled from the shipped template (or a commune's own), read back with POI. */
class ReportDocumentTest {

  static ReportRenderer renderer(String templates) {
    return new ReportRenderer(new ReportTemplates(new DefaultResourceLoader(), templates), Messages.fromBundle());
  }

  static byte[] render(PlanKind kind, String templates) {
    return renderer(templates).docx(ReportDocumentSamples.namAnPhuQ1(kind), ReportDocumentSamples.info("Phó Chủ tịch"));
  }

  @Test
  void a_quarterly_report_has_its_frame_results_per_area_reasons_targets_next_period_and_proposals() throws IOException {
    try (XWPFDocument doc = read(render(PlanKind.CCHC, "file:/nonexistent/"))) {
      String text = new XWPFWordExtractor(doc).getText();
      XWPFTable header = doc.getTables().get(0);
      assertThat(header.getRow(0).getCell(0).getText()).contains("UBND THÀNH PHỐ HẢI PHÒNG")
          .contains("ỦY BAN NHÂN DÂN\nXÃ NAM AN PHỤ");
      assertThat(header.getRow(1).getCell(0).getText()).isEqualTo("Số: 12/BC-UBND");
      assertThat(header.getRow(1).getCell(1).getText()).isEqualTo("Nam An Phụ, ngày 03 tháng 3 năm 2026");
      assertThat(paragraphs(doc)).containsSubsequence("BÁO CÁO",
          "Kết quả thực hiện công tác cải cách hành chính quý I năm 2026",
          "I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ", "2. Kết quả theo từng lĩnh vực",
          "I. Chỉ đạo điều hành, kiểm tra và tuyên truyền",
          "- Phòng Văn hóa - Xã hội: Tham mưu ban hành Kế hoạch cải cách hành chính, Kế hoạch tuyên truyền năm "
              + "2026; tổng hợp báo cáo quý I.",
          "II. NHIỆM VỤ CHƯA HOÀN THÀNH, QUÁ HẠN VÀ NGUYÊN NHÂN", "III. KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU",
          "IV. ĐÁNH GIÁ CHUNG", "V. PHƯƠNG HƯỚNG, NHIỆM VỤ QUÝ II NĂM 2026", "VI. ĐỀ XUẤT, KIẾN NGHỊ",
          "Đề nghị Sở Tài chính sớm ban hành hướng dẫn định mức sử dụng tài sản công.");
      assertThat(text).contains("Căn cứ Nghị định số 09/2019/NĐ-CP")
          .contains("Tính đến ngày 31/03/2026, tổng số nhiệm vụ phải thực hiện là 35 nhiệm vụ")
          .contains("Các đơn vị chưa báo cáo kết quả riêng của lĩnh vực này.");

      XWPFTable overdue = table(doc, "Đề xuất hạn mới");
      assertThat(cells(overdue.getRow(1))).containsExactly("1", "29: Ban hành quy chế quản lý, sử dụng tài sản công "
          + "của các cơ quan, đơn vị", "Phòng Kinh tế", "15/02/2026", "44",
          "Chờ hướng dẫn của Sở Tài chính về định mức sử dụng tài sản công", "15/05/2026");
      assertThat(cells(overdue.getRow(2)).get(5)).isEqualTo("Đơn vị chưa báo cáo lý do");

      XWPFTable targets = table(doc, "Nguồn số liệu");
      assertThat(cells(targets.getRow(1)).subList(3, 6)).containsExactly("57,1%", "Chưa đạt",
          "Hệ thống tính: 4/7 nhiệm vụ đã đến hạn hoặc đã hoàn thành được hoàn thành đúng hạn");
      assertThat(cells(targets.getRow(2)).get(5))
          .isEqualTo("Trung tâm Phục vụ hành chính công báo cáo; căn cứ: Báo cáo số 15/BC-TTPVHCC ngày 28/03/2026");
      assertThat(cells(targets.getRow(3)).subList(3, 5)).containsExactly("Chưa có số liệu", "Chưa có số liệu");

      XWPFTable next = table(doc, "Ghi chú");
      assertThat(next.getRows()).hasSize(4);
      assertThat(cells(next.getRow(1)).get(4)).isEqualTo("Chuyển tiếp; đơn vị đề xuất hoàn thành trước 15/05/2026");

      XWPFTable duties = table(doc, "Đơn vị chưa nộp");
      assertThat(cells(duties.getRow(2))).containsExactly("2", "18: Cập nhật, công khai TTHC trên Cơ sở dữ liệu Quốc "
          + "gia về TTHC (báo cáo tiến độ quý I)", "25/02/2026", "4/5 đơn vị nộp đúng hạn; 0 nộp muộn", "Phòng Kinh tế");
      assertThat(text).contains("Trong kỳ có 2 sản phẩm định kỳ của nhiệm vụ thường xuyên, định kỳ; các đơn vị nộp "
          + "đúng hạn 4/6 lượt, cụ thể:");

      XWPFTable byArea = table(doc, "Lĩnh vực");
      assertThat(cells(byArea.getRow(8))).containsExactly("", "Tổng cộng", "35", "4", "1", "25", "2", "3");

      XWPFTableRow footer = doc.getTables().get(doc.getTables().size() - 1).getRow(0);
      assertThat(footer.getCell(0).getText()).contains("- Sở Nội vụ thành phố Hải Phòng;").contains("- Lưu: VT, VHXH.");
      assertThat(footer.getCell(1).getText()).contains("TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH").contains("PHÓ CHỦ TỊCH")
          .contains("Trần Văn Hùng");
      assertThat(text).doesNotContain("{{").doesNotContain("}}").doesNotContain("[n]").doesNotContain("[task]");
    }
  }

  @Test
  void a_tthc_control_report_is_titled_and_grounded_for_procedure_control() throws IOException {
    try (XWPFDocument doc = read(render(PlanKind.TTHC_CONTROL, "file:/nonexistent/"))) {
      String text = new XWPFWordExtractor(doc).getText();
      assertThat(paragraphs(doc)).contains("Tình hình, kết quả thực hiện công tác kiểm soát thủ tục hành chính, thực "
          + "hiện cơ chế một cửa, một cửa liên thông quý I năm 2026");
      assertThat(text).contains("Căn cứ Thông tư số 01/2020/TT-VPCP ngày 21/10/2020 của Văn phòng Chính phủ")
          .doesNotContain("Nghị định số 09/2019");
    }
  }

  /** Office staff change the signer title in their commune's template (here with POI, as Word would save it). */
  @Test
  void a_communes_own_template_changes_the_issued_report_without_a_build(@TempDir Path folder) throws IOException {
    byte[] shipped;
    try (var in = getClass().getClassLoader().getResourceAsStream("templates/report/bao-cao-dinh-ky.docx")) {
      shipped = in.readAllBytes();
    }
    try (XWPFDocument template = read(shipped); OutputStream out = Files.newOutputStream(folder.resolve("namanphu.docx"))) {
      XWPFTableCell signer = template.getTables().get(template.getTables().size() - 1).getRow(0).getCell(1);
      for (XWPFParagraph p : signer.getParagraphs()) {
        for (XWPFRun run : p.getRuns()) {
          if ("{{signerTitle}}".equals(run.text())) {
            run.setText("CHỦ TỊCH", 0);
          }
        }
      }
      template.write(out);
    }

    String location = folder.toUri().toString();
    try (XWPFDocument own = read(render(PlanKind.CCHC, location))) {
      String signer = own.getTables().get(own.getTables().size() - 1).getRow(0).getCell(1).getText();
      assertThat(signer).contains("CHỦ TỊCH").doesNotContain("PHÓ CHỦ TỊCH");
    }
    ReportContent other = ReportDocumentSamples.namAnPhuQ1(PlanKind.CCHC);
    ReportFigures f = other.figures();
    ReportContent quyetThang = new ReportContent(new ReportFigures("quyetthang", "Xã Quyết Thắng", f.province(),
        f.period(), f.asOf(), f.total(), f.byArea(), f.byUnit(), f.tasks(), f.overdue(), f.targets(), List.of()),
        other.planId(), other.planCode(), other.planTitle(), other.kind(), other.coveredPeriods(), other.areas(),
        other.overdue(), other.targets(), other.nextPeriod(), other.nextTasks(), other.assessment(), other.obstacles(),
        other.proposals());
    try (XWPFDocument shippedLayout = read(renderer(location).docx(quyetThang,
        ReportDocumentSamples.info("Phó Chủ tịch")))) {
      assertThat(shippedLayout.getTables().get(shippedLayout.getTables().size() - 1).getRow(0).getCell(1).getText())
          .contains("PHÓ CHỦ TỊCH");
    }
  }

  static XWPFDocument read(byte[] docx) throws IOException {
    return new XWPFDocument(new ByteArrayInputStream(docx));
  }

  static List<String> paragraphs(XWPFDocument doc) {
    List<String> texts = new ArrayList<>();
    doc.getParagraphs().forEach(p -> texts.add(p.getText()));
    return texts;
  }

  static XWPFTable table(XWPFDocument doc, String lastHeader) {
    return doc.getTables().stream().filter(t -> {
      List<XWPFTableCell> header = t.getRow(0).getTableCells();
      return header.get(header.size() - 1).getText().equals(lastHeader)
          || header.get(1).getText().equals(lastHeader);
    }).findFirst().orElseThrow(() -> new AssertionError("no table with header " + lastHeader));
  }

  static List<String> cells(XWPFTableRow row) {
    return row.getTableCells().stream().map(XWPFTableCell::getText).toList();
  }
}
