package vn.cchcflow.report.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import vn.cchcflow.report.ReportFigures;

/**
 * The realistic sample (xã Nam An Phụ, quý I năm 2026, the 35 tasks of its CCHC plan) that docs/report-sample-page1.png
 * shows. The files land in target/report-sample/ for a look (LibreOffice: soffice --headless --convert-to pdf).
 */
class SampleReportTest {

  @Test
  void sample_report_for_nam_an_phu_first_quarter() throws IOException {
    ReportFigures figures = ReportSamples.namAnPhuQ1();
    byte[] docx = DocxReportWriter.write(figures, ReportSamples.namAnPhuInfo());
    byte[] xlsx = XlsxTaskSheetWriter.write(figures);
    Path dir = Files.createDirectories(Path.of("target", "report-sample"));
    Files.write(dir.resolve("bao-cao-cchc-quy-I-2026-nam-an-phu.docx"), docx);
    Files.write(dir.resolve("nhiem-vu-quy-I-2026-nam-an-phu.xlsx"), xlsx);

    assertThat(figures.tasks()).hasSize(35);
    try (XWPFDocument doc = DocxReportWriterTest.read(docx)) {
      assertThat(DocxReportWriterTest.bodyTexts(doc)).anyMatch(t -> t.startsWith(
          "Tính đến ngày 31/03/2026, tổng số nhiệm vụ cải cách hành chính phải thực hiện là 35 nhiệm vụ"));
      XWPFTable byArea = DocxReportWriterTest.tableWithHeader(doc, "Lĩnh vực");
      assertThat(byArea.getRows()).hasSize(1 + 7 + 1);
      assertThat(DocxReportWriterTest.cells(byArea.getRow(8))).containsExactly("", "Tổng cộng", "35", "4", "1", "25",
          "2", "3");
      XWPFTable overdue = DocxReportWriterTest.tableWithHeader(doc, "Nhiệm vụ");
      assertThat(DocxReportWriterTest.cells(overdue.getRow(1)).get(4)).isEqualTo("44");
      assertThat(DocxReportWriterTest.cells(DocxReportWriterTest.tableWithHeader(doc, "Chỉ tiêu").getRow(3)).get(4))
          .isEqualTo("Chưa có số liệu");
    }
  }
}
