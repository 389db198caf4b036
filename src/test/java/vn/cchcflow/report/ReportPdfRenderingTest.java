package vn.cchcflow.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import vn.cchcflow.plan.PlanKind;

/**
 * The issued DOCX as a reader sees it: LibreOffice (Debian's libreoffice-writer, installed by .ci/run) turns
 * the quarterly report of xã Nam An Phụ into a PDF; the pages are counted, the text must show no template tag
 * left, and pdftoppm writes the page images to target/report-pages/ (the ones in docs/ were made so). Skipped,
 * with a message, where LibreOffice is not installed.
 */
class ReportPdfRenderingTest {

  private static final Path OUT = Path.of("target", "report-pages");

  @Test
  void the_quarterly_report_renders_to_an_a4_pdf_of_a_few_pages_with_no_tag_left() throws Exception {
    String soffice = find("soffice");
    assumeTrue(soffice != null, "LibreOffice (soffice) is not installed: the PDF rendering test is skipped; "
        + "install the Debian package libreoffice-writer to run it");
    Files.createDirectories(OUT);
    Path docx = OUT.resolve("bao-cao-quy-I-2026-nam-an-phu.docx");
    Files.write(docx, ReportDocumentTest.render(PlanKind.CCHC, "file:/nonexistent/"));
    Path profile = Files.createTempDirectory("lo-profile");
    run(List.of(soffice, "-env:UserInstallation=" + profile.toUri(), "--headless", "--convert-to", "pdf",
        "--outdir", OUT.toString(), docx.toString()));
    Path pdf = OUT.resolve("bao-cao-quy-I-2026-nam-an-phu.pdf");
    assertThat(pdf).exists();

    String info = run(List.of(require("pdfinfo"), pdf.toString()));
    Matcher pages = Pattern.compile("Pages:\\s+(\\d+)").matcher(info);
    assertThat(pages.find()).isTrue();
    assertThat(Integer.parseInt(pages.group(1))).isBetween(3, 7);
    assertThat(info).contains("pts (A4)");
    String text = run(List.of(require("pdftotext"), "-layout", pdf.toString(), "-"));
    assertThat(text).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM").contains("BÁO CÁO")
        .contains("VI. ĐỀ XUẤT, KIẾN NGHỊ").contains("Trần Văn Hùng")
        .doesNotContain("{{").doesNotContain("}}").doesNotContain("[n]").doesNotContain("[reason]");
    run(List.of(require("pdftoppm"), "-png", "-r", "60", pdf.toString(), OUT.resolve("trang").toString()));
    try (var listing = Files.list(OUT)) {
      assertThat(listing.filter(p -> p.getFileName().toString().startsWith("trang-")).count())
          .isEqualTo(Integer.parseInt(pages.group(1)));
    }
  }

  private static String require(String tool) {
    String path = find(tool);
    assumeTrue(path != null, tool + " (Debian package poppler-utils) is not installed: test skipped");
    return path;
  }

  private static String find(String tool) {
    for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin").split(":")) {
      Path candidate = Path.of(dir, tool);
      if (Files.isExecutable(candidate)) {
        return candidate.toString();
      }
    }
    return null;
  }

  private static String run(List<String> command) throws IOException, InterruptedException {
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    byte[] output = process.getInputStream().readAllBytes();
    assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("%s finished", command.get(0)).isTrue();
    assertThat(process.exitValue()).as("%s: %s", command, new String(output, StandardCharsets.UTF_8)).isZero();
    return new String(output, StandardCharsets.UTF_8);
  }
}
