package vn.cchcflow.planimport.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import vn.cchcflow.organisation.Commune;
import vn.cchcflow.organisation.CommuneDirectory;
import vn.cchcflow.planimport.ParsedPlan;
import vn.cchcflow.planimport.ParsedTask;

/**
 * Seed 001 laid out as a Word document and as an Excel sheet (built here with Apache POI, with merged
 * section rows, a lead-unit cell merged down several tasks, and the header repeated on every page) reads
 * to the same plan as its text export.
 */
class OfficeFormatsTest {

  private static final Commune NAM_AN_PHU = CommuneDirectory.fromLocation("classpath:communes/namanphu.yaml")
      .find("namanphu").orElseThrow();
  private static String text;
  private static PlanSource source;
  private static ParsedPlan fromText;

  @BeforeAll
  static void readTheTextExport() throws IOException {
    try (InputStream in = OfficeFormatsTest.class.getResourceAsStream("/plans/seed-001-namanphu.txt")) {
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    source = TextPlanReader.read(text);
    fromText = PlanAssembler.assemble(source, NAM_AN_PHU);
    assertThat(fromText.tasks()).hasSize(36);
  }

  @Test
  void a_word_document_with_merged_cells_reads_to_the_same_plan_as_its_text() throws IOException {
    ParsedPlan fromWord = PlanAssembler.parse("ke-hoach.docx", docx(), NAM_AN_PHU);

    assertSameTasks(fromWord);
    assertThat(fromWord.plan().title()).isEqualTo(fromText.plan().title());
    assertThat(fromWord.plan().periodEnd()).isEqualTo(fromText.plan().periodEnd());
    assertThat(fromWord.plan().reporting()).isEqualTo(fromText.plan().reporting());
  }

  @Test
  void an_excel_sheet_with_merged_section_rows_reads_to_the_same_tasks_as_the_text() throws IOException {
    ParsedPlan fromExcel = PlanAssembler.parse("ke-hoach.xlsx", xlsx(), NAM_AN_PHU);

    assertSameTasks(fromExcel);
    assertThat(fromExcel.plan().title()).isEqualTo("Kế hoạch cải cách hành chính nhà nước xã Nam An Phụ năm 2026");
    assertThat(fromExcel.plan().periodStart()).hasToString("2026-01-01");
  }

  @Test
  void the_downloadable_template_reads_back_as_a_plan_with_its_example_task() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PlanTemplate.write(out);

    ParsedPlan parsed = PlanAssembler.parse("mau.xlsx", out.toByteArray(), NAM_AN_PHU);

    assertThat(parsed.plan().title()).isEqualTo("Kế hoạch cải cách hành chính năm 2026");
    assertThat(parsed.tasks()).singleElement().satisfies(task -> {
      assertThat(task.area()).isEqualTo("I. Chỉ đạo điều hành, kiểm tra và tuyên truyền");
      assertThat(task.leadUnits()).containsExactly("vhxh");
      assertThat(task.schedule().due()).hasToString("2026-01-14");
    });
  }

  private static void assertSameTasks(ParsedPlan other) {
    assertThat(other.tasks()).hasSameSizeAs(fromText.tasks());
    for (int i = 0; i < fromText.tasks().size(); i++) {
      ParsedTask want = fromText.tasks().get(i);
      ParsedTask got = other.tasks().get(i);
      assertThat(List.of(got.number(), got.area(), got.content(), got.leadUnits(), got.supportUnits(),
          String.valueOf(got.deadlineText()), got.schedule(), String.valueOf(got.deliverable())))
          .as("task %s", want.number())
          .isEqualTo(List.of(want.number(), want.area(), want.content(), want.leadUnits(), want.supportUnits(),
              String.valueOf(want.deadlineText()), want.schedule(), String.valueOf(want.deliverable())));
    }
  }

  /** One Word table per page of the text export; section rows span the table; equal lead cells are merged down. */
  private static byte[] docx() throws IOException {
    try (XWPFDocument document = new XWPFDocument()) {
      for (String line : source.bodyText().substring(0, text.indexOf("\nTT\t")).split("\n")) {
        document.createParagraph().createRun().setText(line);
      }
      for (List<TableRow> page : pages()) {
        XWPFTable table = document.createTable();
        String leadAbove = null;
        for (int r = 0; r < page.size(); r++) {
          List<String> cells = page.get(r).cells();
          XWPFTableRow row = r == 0 ? table.getRow(0) : table.createRow();
          boolean section = cells.get(0).matches("^[IVX]+\\..*") && cells.subList(1, cells.size()).stream()
              .allMatch(String::isBlank);
          for (int c = 0; c < 6; c++) {
            XWPFTableCell cell = c < row.getTableCells().size() ? row.getCell(c) : row.addNewTableCell();
            cell.setText(c < cells.size() ? cells.get(c) : "");
          }
          if (section) {
            for (int c = 5; c >= 1; c--) {
              row.removeCell(c);
            }
            row.getCell(0).getCTTc().addNewTcPr().addNewGridSpan().setVal(BigInteger.valueOf(6));
            leadAbove = null;
            continue;
          }
          String lead = cells.size() > 2 ? cells.get(2) : "";
          XWPFTableCell leadCell = row.getCell(2);
          if (!lead.isBlank() && lead.equals(leadAbove)) {
            leadCell.removeParagraph(0);
            leadCell.addParagraph();
            leadCell.getCTTc().addNewTcPr().addNewVMerge().setVal(STMerge.CONTINUE);
          } else if (!lead.isBlank()) {
            leadCell.getCTTc().addNewTcPr().addNewVMerge().setVal(STMerge.RESTART);
          }
          leadAbove = lead.isBlank() ? null : lead;
        }
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      document.write(out);
      return out.toByteArray();
    }
  }

  /** The plan's facts as labelled cells, then the table rows; section rows merged across the sheet. */
  private static byte[] xlsx() throws IOException {
    try (XSSFWorkbook workbook = new XSSFWorkbook()) {
      Sheet sheet = workbook.createSheet("Kế hoạch");
      int r = 0;
      r = label(sheet, r, "Tên kế hoạch", "Kế hoạch cải cách hành chính nhà nước xã Nam An Phụ năm 2026");
      r = label(sheet, r, "Từ ngày", "01/01/2026");
      r = label(sheet, r, "Đến ngày", "31/12/2026");
      r++;
      for (TableRow tableRow : source.rows()) {
        Row row = sheet.createRow(r);
        List<String> cells = tableRow.cells();
        for (int c = 0; c < cells.size(); c++) {
          row.createCell(c).setCellValue(cells.get(c));
        }
        if (!cells.isEmpty() && cells.get(0).matches("^[IVX]+\\..*")) {
          sheet.addMergedRegion(new CellRangeAddress(r, r, 0, 5));
        }
        r++;
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      workbook.write(out);
      return out.toByteArray();
    }
  }

  private static int label(Sheet sheet, int r, String label, String value) {
    Row row = sheet.createRow(r);
    row.createCell(0).setCellValue(label);
    row.createCell(1).setCellValue(value);
    return r + 1;
  }

  private static List<List<TableRow>> pages() {
    List<List<TableRow>> pages = new ArrayList<>();
    List<TableRow> page = new ArrayList<>();
    for (TableRow row : source.rows()) {
      if (row.isPageBreak()) {
        if (!page.isEmpty()) {
          pages.add(page);
        }
        page = new ArrayList<>();
      } else {
        page.add(row);
      }
    }
    if (!page.isEmpty()) {
      pages.add(page);
    }
    return pages;
  }
}
