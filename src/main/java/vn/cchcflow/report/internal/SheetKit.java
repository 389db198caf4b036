package vn.cchcflow.report.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.cchcflow.report.StatusCounts;
import vn.cchcflow.tasklifecycle.TaskStatus;

/** Styles and cell writers shared by the report spreadsheets: Times New Roman, thin borders, dd/mm/yyyy dates. */
final class SheetKit {

  static final String FONT = "Times New Roman";

  final XSSFWorkbook workbook;
  final CellStyle title;
  final CellStyle section;
  final CellStyle header;
  final CellStyle text;
  final CellStyle wrapped;
  final CellStyle centred;
  final CellStyle number;
  final CellStyle date;
  final CellStyle rate;
  final CellStyle totalText;
  final CellStyle totalNumber;
  final CellStyle totalRate;

  SheetKit(XSSFWorkbook workbook) {
    this.workbook = workbook;
    Font plain = workbook.getFontAt(0);
    plain.setFontName(FONT);
    plain.setFontHeightInPoints((short) 12);
    Font bold = boldFont(12);
    title = workbook.createCellStyle();
    title.setFont(boldFont(14));
    title.setAlignment(HorizontalAlignment.CENTER);
    title.setVerticalAlignment(VerticalAlignment.CENTER);
    title.setWrapText(true);
    section = workbook.createCellStyle();
    section.setFont(bold);
    header = bordered(bold, HorizontalAlignment.CENTER, true);
    header.setVerticalAlignment(VerticalAlignment.CENTER);
    text = bordered(plain, HorizontalAlignment.LEFT, false);
    wrapped = bordered(plain, HorizontalAlignment.LEFT, true);
    centred = bordered(plain, HorizontalAlignment.CENTER, true);
    number = bordered(plain, HorizontalAlignment.CENTER, false);
    date = bordered(plain, HorizontalAlignment.CENTER, false);
    date.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
    rate = bordered(plain, HorizontalAlignment.CENTER, false);
    rate.setDataFormat(workbook.createDataFormat().getFormat("0.0"));
    totalText = bordered(bold, HorizontalAlignment.LEFT, false);
    totalNumber = bordered(bold, HorizontalAlignment.CENTER, false);
    totalRate = bordered(bold, HorizontalAlignment.CENTER, false);
    totalRate.setDataFormat(rate.getDataFormat());
  }

  private Font boldFont(int points) {
    Font font = workbook.createFont();
    font.setFontName(FONT);
    font.setFontHeightInPoints((short) points);
    font.setBold(true);
    return font;
  }

  private CellStyle bordered(Font font, HorizontalAlignment alignment, boolean wrap) {
    CellStyle style = workbook.createCellStyle();
    style.setFont(font);
    style.setAlignment(alignment);
    style.setVerticalAlignment(VerticalAlignment.TOP);
    style.setWrapText(wrap);
    style.setBorderTop(BorderStyle.THIN);
    style.setBorderBottom(BorderStyle.THIN);
    style.setBorderLeft(BorderStyle.THIN);
    style.setBorderRight(BorderStyle.THIN);
    return style;
  }

  // ---- cells

  static Cell string(Row row, int column, String value, CellStyle style) {
    Cell cell = row.createCell(column);
    if (value != null && !value.isEmpty()) {
      cell.setCellValue(value);
    }
    cell.setCellStyle(style);
    return cell;
  }

  static Cell number(Row row, int column, double value, CellStyle style) {
    Cell cell = row.createCell(column);
    cell.setCellValue(value);
    cell.setCellStyle(style);
    return cell;
  }

  /** A real date cell, or an empty bordered cell when there is no date. */
  static Cell date(Row row, int column, LocalDate value, CellStyle style) {
    Cell cell = row.createCell(column);
    if (value != null) {
      cell.setCellValue(value);
    }
    cell.setCellStyle(style);
    return cell;
  }

  /** A title over {@code columns} merged columns. */
  void title(Sheet sheet, int rowIndex, int columns, String value) {
    Row row = sheet.createRow(rowIndex);
    row.setHeightInPoints(36);
    string(row, 0, value, title);
    sheet.addMergedRegion(new CellRangeAddress(rowIndex, rowIndex, 0, columns - 1));
  }

  Row headerRow(Sheet sheet, int rowIndex, List<String> titles) {
    Row row = sheet.createRow(rowIndex);
    row.setHeightInPoints(48);
    for (int c = 0; c < titles.size(); c++) {
      string(row, c, titles.get(c), header);
    }
    return row;
  }

  /** Titles of a counts table: the two leading columns, the total, the five statuses, the rate. */
  static List<String> countTitles(String first, String second) {
    List<String> titles = new java.util.ArrayList<>(List.of(first, second, StatusNames.TOTAL));
    StatusNames.ORDER.forEach(status -> titles.add(StatusNames.of(status)));
    titles.add(StatusNames.RATE);
    return titles;
  }

  /** Total, the five statuses and the completion rate, as numbers, from {@code column} on. */
  void counts(Row row, int column, StatusCounts counts, boolean total) {
    CellStyle numbers = total ? totalNumber : number;
    number(row, column, counts.total(), numbers);
    int c = column + 1;
    for (TaskStatus status : StatusNames.ORDER) {
      number(row, c++, StatusNames.count(counts, status), numbers);
    }
    number(row, c, counts.completionRate(), total ? totalRate : rate);
  }

  static void widths(Sheet sheet, int... characters) {
    for (int c = 0; c < characters.length; c++) {
      sheet.setColumnWidth(c, characters[c] * 256);
    }
  }

  /** A4 landscape, one page wide, the given rows repeated on each printed page. */
  static void print(Sheet sheet, int headerRow) {
    PrintSetup setup = sheet.getPrintSetup();
    setup.setPaperSize(PrintSetup.A4_PAPERSIZE);
    setup.setLandscape(true);
    setup.setFitWidth((short) 1);
    setup.setFitHeight((short) 0);
    sheet.setFitToPage(true);
    sheet.setRepeatingRows(new CellRangeAddress(headerRow, headerRow, -1, -1));
  }

  byte[] bytes() {
    try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      workbook.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("Could not write the spreadsheet", e);
    }
  }
}
