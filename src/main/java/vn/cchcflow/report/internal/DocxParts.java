package vn.cchcflow.report.internal;

import java.math.BigInteger;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.LineSpacingRule;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableWidthType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTParaRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblCellMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;

/**
 * Page, paragraph, run and table helpers for {@link DocxReportWriter}, following Nghị định 30/2020/NĐ-CP:
 * A4 portrait, Times New Roman, sizes in points, lengths in twips (1 mm = 56.7 twips).
 */
final class DocxParts {

  static final String FONT = "Times New Roman";
  static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");

  static final int MM = 57;
  /** A4 210 × 297 mm; margins top 20, bottom 20, left 30, right 15 mm. */
  static final int PAGE_WIDTH = 11906;
  static final int PAGE_HEIGHT = 16838;
  static final int MARGIN_TOP = 1134;
  static final int MARGIN_BOTTOM = 1134;
  static final int MARGIN_LEFT = 1701;
  static final int MARGIN_RIGHT = 851;
  /** 165 mm of text between the margins (9354 twips). */
  static final int TEXT_WIDTH = PAGE_WIDTH - MARGIN_LEFT - MARGIN_RIGHT;
  /** Left and right padding inside table cells. */
  static final int CELL_PADDING = 85;

  static final int BODY_SIZE = 14;
  static final int TABLE_SIZE = 13;

  private DocxParts() {
  }

  /** A4 portrait with the decree's margins, Times New Roman 14 pt by default, page numbers from page 2. */
  static void setUpPage(XWPFDocument doc) {
    CTStyles styles = CTStyles.Factory.newInstance();
    CTRPr defaults = styles.addNewDocDefaults().addNewRPrDefault().addNewRPr();
    fonts(defaults.addNewRFonts());
    defaults.addNewSz().setVal(BigInteger.valueOf(BODY_SIZE * 2L));
    defaults.addNewSzCs().setVal(BigInteger.valueOf(BODY_SIZE * 2L));
    defaults.addNewLang().setVal("vi-VN");
    doc.createStyles().setStyles(styles);

    CTSectPr section = doc.getDocument().getBody().isSetSectPr() ? doc.getDocument().getBody().getSectPr()
        : doc.getDocument().getBody().addNewSectPr();
    CTPageSz size = section.isSetPgSz() ? section.getPgSz() : section.addNewPgSz();
    size.setW(BigInteger.valueOf(PAGE_WIDTH));
    size.setH(BigInteger.valueOf(PAGE_HEIGHT));
    size.setOrient(STPageOrientation.PORTRAIT);
    CTPageMar margins = section.isSetPgMar() ? section.getPgMar() : section.addNewPgMar();
    margins.setTop(BigInteger.valueOf(MARGIN_TOP));
    margins.setBottom(BigInteger.valueOf(MARGIN_BOTTOM));
    margins.setLeft(BigInteger.valueOf(MARGIN_LEFT));
    margins.setRight(BigInteger.valueOf(MARGIN_RIGHT));
    margins.setHeader(BigInteger.valueOf(10 * MM));
    margins.setFooter(BigInteger.valueOf(10 * MM));
    margins.setGutter(BigInteger.ZERO);

    doc.createHeader(HeaderFooterType.FIRST);
    XWPFHeader header = doc.createHeader(HeaderFooterType.DEFAULT);
    XWPFParagraph page = header.getParagraphs().isEmpty() ? header.createParagraph() : header.getParagraphs().get(0);
    format(page, ParagraphAlignment.CENTER, 0, 0);
    field(page, "PAGE", "2", BODY_SIZE);
  }

  // ---- paragraphs and runs

  static XWPFParagraph paragraph(XWPFDocument doc, ParagraphAlignment alignment, int beforePt, int afterPt) {
    return format(doc.createParagraph(), alignment, beforePt, afterPt);
  }

  static XWPFParagraph format(XWPFParagraph p, ParagraphAlignment alignment, int beforePt, int afterPt) {
    p.setAlignment(alignment);
    p.setSpacingBefore(beforePt * 20);
    p.setSpacingAfter(afterPt * 20);
    p.setSpacingBetween(1.0, LineSpacingRule.AUTO);
    return p;
  }

  /** A justified body paragraph with the first line indented 1.27 cm and 6 pt after it. */
  static XWPFParagraph body(XWPFDocument doc) {
    XWPFParagraph p = paragraph(doc, ParagraphAlignment.BOTH, 0, 6);
    p.setIndentationFirstLine(720);
    return p;
  }

  static XWPFParagraph body(XWPFDocument doc, String text) {
    XWPFParagraph p = body(doc);
    run(p, text, BODY_SIZE, false, false);
    return p;
  }

  /** A bold heading indented like the body ("I. KẾT QUẢ…", "1. Theo lĩnh vực"). */
  static XWPFParagraph heading(XWPFDocument doc, String text) {
    XWPFParagraph p = paragraph(doc, ParagraphAlignment.BOTH, 6, 6);
    p.setIndentationFirstLine(720);
    p.setKeepNext(true);
    run(p, text, BODY_SIZE, true, false);
    return p;
  }

  /** A run in Times New Roman; line breaks in {@code text} become breaks. */
  static XWPFRun run(XWPFParagraph p, String text, int points, boolean bold, boolean italic) {
    XWPFRun run = styled(p.createRun(), points, bold, italic);
    String[] lines = (text == null ? "" : nfc(text)).split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      if (i > 0) {
        run.addBreak();
      }
      run.setText(lines[i], i);
    }
    return run;
  }

  /** Font, bold, italic, size: set in the order of the schema's run properties (rFonts, b, i, sz). */
  static XWPFRun styled(XWPFRun run, int points, boolean bold, boolean italic) {
    run.setFontFamily(FONT);
    run.setBold(bold);
    run.setItalic(italic);
    run.setFontSize(points);
    return run;
  }

  /**
   * A short horizontal line, centred between the given indents: an empty paragraph with a 1 pt paragraph mark
   * whose top border is the line (the usual way of drawing the lines under the issuing body, the motto and the
   * summary). {@code gapPt}: room between the text above and the line.
   */
  static XWPFParagraph rule(XWPFParagraph p, int indentLeft, int indentRight, int gapPt) {
    format(p, ParagraphAlignment.CENTER, 0, 0);
    p.setSpacingBefore(gapPt * 20);
    p.setIndentationLeft(indentLeft);
    p.setIndentationRight(indentRight);
    CTPPr properties = p.getCTP().isSetPPr() ? p.getCTP().getPPr() : p.getCTP().addNewPPr();
    CTBorder line = (properties.isSetPBdr() ? properties.getPBdr() : properties.addNewPBdr()).addNewTop();
    line.setVal(STBorder.SINGLE);
    line.setSz(BigInteger.valueOf(6));
    line.setSpace(BigInteger.ZERO);
    line.setColor("auto");
    CTParaRPr mark = properties.isSetRPr() ? properties.getRPr() : properties.addNewRPr();
    mark.addNewSz().setVal(BigInteger.valueOf(2));
    mark.addNewSzCs().setVal(BigInteger.valueOf(2));
    return p;
  }

  /** A rule of {@code lineWidth} centred in {@code space} (both in twips). */
  static XWPFParagraph centredRule(XWPFParagraph p, int space, int lineWidth, int gapPt) {
    int side = Math.max(0, (space - lineWidth) / 2);
    return rule(p, side, side, gapPt);
  }

  /** A field such as PAGE, as runs that all carry the font. */
  static void field(XWPFParagraph p, String instruction, String shown, int points) {
    styled(p.createRun(), points, false, false).getCTR().addNewFldChar().setFldCharType(STFldCharType.BEGIN);
    XWPFRun code = styled(p.createRun(), points, false, false);
    code.getCTR().addNewInstrText().setStringValue(" " + instruction + " ");
    styled(p.createRun(), points, false, false).getCTR().addNewFldChar().setFldCharType(STFldCharType.SEPARATE);
    styled(p.createRun(), points, false, false).setText(shown);
    styled(p.createRun(), points, false, false).getCTR().addNewFldChar().setFldCharType(STFldCharType.END);
  }

  // ---- tables

  /** A fixed-layout table of one row with the given column widths (twips), full or no borders. */
  static XWPFTable table(XWPFDocument doc, int[] widths, boolean borders) {
    XWPFTable table = doc.createTable(1, widths.length);
    CTTblPr properties = table.getCTTbl().getTblPr() == null ? table.getCTTbl().addNewTblPr()
        : table.getCTTbl().getTblPr();
    (properties.isSetTblLayout() ? properties.getTblLayout() : properties.addNewTblLayout())
        .setType(STTblLayoutType.FIXED);
    table.setWidthType(TableWidthType.DXA);
    table.setWidth(String.valueOf(sum(widths)));
    CTTblGrid grid = table.getCTTbl().getTblGrid() == null ? table.getCTTbl().addNewTblGrid()
        : table.getCTTbl().getTblGrid();
    while (grid.sizeOfGridColArray() > 0) {
      grid.removeGridCol(0);
    }
    for (int width : widths) {
      grid.addNewGridCol().setW(BigInteger.valueOf(width));
    }
    XWPFTable.XWPFBorderType line = borders ? XWPFTable.XWPFBorderType.SINGLE : XWPFTable.XWPFBorderType.NONE;
    int size = borders ? 4 : 0;
    String colour = borders ? "000000" : "auto";
    table.setTopBorder(line, size, 0, colour);
    table.setBottomBorder(line, size, 0, colour);
    table.setLeftBorder(line, size, 0, colour);
    table.setRightBorder(line, size, 0, colour);
    table.setInsideHBorder(line, size, 0, colour);
    table.setInsideVBorder(line, size, 0, colour);
    cellMargins(table, borders ? 28 : 0, CELL_PADDING);
    return table;
  }

  /** Moves the table's left edge by {@code twips} (negative: into the left margin). */
  static void indent(XWPFTable table, int twips) {
    CTTblPr properties = table.getCTTbl().getTblPr();
    CTTblWidth indent = properties.isSetTblInd() ? properties.getTblInd() : properties.addNewTblInd();
    indent.setW(BigInteger.valueOf(twips));
    indent.setType(STTblWidth.DXA);
  }

  /** Cell margins written out in full (POI drops zero margins, and then Word's defaults apply). */
  static void cellMargins(XWPFTable table, int topAndBottom, int sides) {
    CTTblPr properties = table.getCTTbl().getTblPr();
    if (properties.isSetTblCellMar()) {
      properties.unsetTblCellMar();
    }
    CTTblCellMar margins = properties.addNewTblCellMar();
    for (CTTblWidth margin : List.of(margins.addNewTop(), margins.addNewBottom())) {
      margin.setW(BigInteger.valueOf(topAndBottom));
      margin.setType(STTblWidth.DXA);
    }
    for (CTTblWidth margin : List.of(margins.addNewLeft(), margins.addNewRight())) {
      margin.setW(BigInteger.valueOf(sides));
      margin.setType(STTblWidth.DXA);
    }
  }

  /** The next row of a data table (cells centred vertically): the first row, or a new one. */
  static XWPFTableRow row(XWPFTable table, int[] widths, boolean first) {
    XWPFTableRow row = first ? table.getRow(0) : table.createRow();
    widths(row, widths, XWPFTableCell.XWPFVertAlign.CENTER);
    row.setCantSplitRow(true);
    return row;
  }

  /** The next row of a borderless layout table (header, signature): cells aligned at the top. */
  static XWPFTableRow layoutRow(XWPFTable table, int[] widths, boolean first) {
    XWPFTableRow row = first ? table.getRow(0) : table.createRow();
    widths(row, widths, XWPFTableCell.XWPFVertAlign.TOP);
    row.setCantSplitRow(true);
    return row;
  }

  private static void widths(XWPFTableRow row, int[] widths, XWPFTableCell.XWPFVertAlign alignment) {
    for (int c = 0; c < widths.length; c++) {
      XWPFTableCell cell = row.getCell(c);
      cell.setWidthType(TableWidthType.DXA);
      cell.setWidth(String.valueOf(widths[c]));
      cell.setVerticalAlignment(alignment);
    }
  }

  /** The header row of a bordered table: bold, centred, repeated on every page. */
  static void headerRow(XWPFTable table, int[] widths, List<String> titles) {
    XWPFTableRow row = row(table, widths, true);
    row.setRepeatHeader(true);
    for (int c = 0; c < titles.size(); c++) {
      cellText(row.getCell(c), titles.get(c), true, ParagraphAlignment.CENTER);
    }
  }

  /** One table row; {@code centred[c]} tells which columns are centred (numbers, dates). */
  static void dataRow(XWPFTable table, int[] widths, List<String> values, boolean bold, boolean[] centred) {
    XWPFTableRow row = row(table, widths, false);
    for (int c = 0; c < values.size(); c++) {
      cellText(row.getCell(c), values.get(c), bold,
          centred[c] ? ParagraphAlignment.CENTER : ParagraphAlignment.LEFT);
    }
  }

  static XWPFParagraph cellText(XWPFTableCell cell, String text, boolean bold, ParagraphAlignment alignment) {
    XWPFParagraph p = format(paragraph(cell), alignment, 2, 2);
    run(p, text, TABLE_SIZE, bold, false);
    return p;
  }

  /** The cell's next paragraph: its initial empty one first, then new ones. */
  static XWPFParagraph paragraph(XWPFTableCell cell) {
    List<XWPFParagraph> paragraphs = cell.getParagraphs();
    if (paragraphs.size() == 1) {
      XWPFParagraph only = paragraphs.get(0);
      if (only.getRuns().isEmpty() && only.getCTP().getPPr() == null) {
        return only;
      }
    }
    return cell.addParagraph();
  }

  // ---- text

  /** Upper case the Vietnamese way, whatever the input's Unicode form. */
  static String upper(String text) {
    return Normalizer.normalize(text.strip(), Normalizer.Form.NFC).toUpperCase(VIETNAMESE);
  }

  static String nfc(String text) {
    return text == null ? null : Normalizer.normalize(text, Normalizer.Form.NFC);
  }

  static boolean blank(String text) {
    return text == null || text.isBlank();
  }

  private static void fonts(CTFonts fonts) {
    fonts.setAscii(FONT);
    fonts.setHAnsi(FONT);
    fonts.setCs(FONT);
    fonts.setEastAsia(FONT);
  }

  private static int sum(int[] widths) {
    int total = 0;
    for (int width : widths) {
      total += width;
    }
    return total;
  }
}
