package vn.cchcflow.planimport.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import vn.cchcflow.planimport.PlanParseException;

/**
 * Reads a Word plan: its paragraphs are the body (followed by the table rows, tab-separated, as in a
 * text export); its tables' rows are the task table. A cell spanning
 * several columns is spread over them; a cell merged down several rows repeats its text in each row, as
 * a reader of the printed table understands it.
 */
final class DocxPlanReader {

  private DocxPlanReader() {
  }

  static PlanSource read(byte[] bytes) {
    try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(bytes))) {
      StringBuilder body = new StringBuilder();
      for (XWPFParagraph paragraph : document.getParagraphs()) {
        body.append(paragraph.getText()).append('\n');
      }
      List<TableRow> rows = new ArrayList<>();
      int tableNumber = 0;
      for (XWPFTable table : document.getTables()) {
        tableNumber++;
        List<String> above = List.of();
        int rowNumber = 0;
        for (XWPFTableRow row : table.getRows()) {
          rowNumber++;
          List<String> cells = cells(row, above);
          rows.add(new TableRow("bảng " + tableNumber + ", hàng " + rowNumber, cells));
          body.append(String.join("\t", cells).replace('\n', ' ')).append('\n');
          above = cells;
        }
        rows.add(TableRow.pageBreak("cuối bảng " + tableNumber));
      }
      return new PlanSource(body.toString(), rows, Map.of());
    } catch (IOException | RuntimeException e) {
      throw new PlanParseException("Không đọc được tệp Word (.docx): tệp hỏng hoặc không đúng định dạng.", e);
    }
  }

  private static List<String> cells(XWPFTableRow row, List<String> above) {
    List<String> cells = new ArrayList<>();
    for (XWPFTableCell cell : row.getTableCells()) {
      CTTcPr properties = cell.getCTTc().getTcPr();
      int column = cells.size();
      boolean mergedFromAbove = properties != null && properties.getVMerge() != null
          && properties.getVMerge().getVal() != STMerge.RESTART;
      cells.add(mergedFromAbove && column < above.size() ? above.get(column) : text(cell));
      int span = properties != null && properties.getGridSpan() != null
          ? properties.getGridSpan().getVal().intValue() : 1;
      for (int i = 1; i < span; i++) {
        cells.add("");
      }
    }
    return cells;
  }

  private static String text(XWPFTableCell cell) {
    StringBuilder text = new StringBuilder();
    for (XWPFParagraph paragraph : cell.getParagraphs()) {
      String line = paragraph.getText().strip();
      if (line.isEmpty()) {
        continue;
      }
      if (text.length() > 0) {
        text.append('\n');
      }
      text.append(paragraph.getNumID() != null && !line.startsWith("-") ? "- " + line : line);
    }
    return text.toString();
  }
}
