package vn.cchcflow.report.internal;

import static vn.cchcflow.report.internal.SheetKit.number;
import static vn.cchcflow.report.internal.SheetKit.string;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.cchcflow.report.CityRollup;

/** The city's comparison of its communes for one period: one ranked row per commune, counts as numbers. */
public final class XlsxCityRollupWriter {

  static final String SHEET = "Tổng hợp";
  static final List<String> HEADER = SheetKit.countTitles("Xếp hạng", "Xã/phường");
  static final int FIRST_COMMUNE_ROW = 2;

  private XlsxCityRollupWriter() {
  }

  public static byte[] write(CityRollup r) {
    try (XSSFWorkbook workbook = new XSSFWorkbook()) {
      SheetKit kit = new SheetKit(workbook);
      Sheet sheet = workbook.createSheet(SHEET);
      kit.title(sheet, 0, HEADER.size(), title(r));
      kit.headerRow(sheet, 1, HEADER);
      int index = FIRST_COMMUNE_ROW;
      for (CityRollup.Row commune : r.communes()) {
        Row row = sheet.createRow(index++);
        number(row, 0, commune.rank(), kit.number);
        string(row, 1, commune.communeName(), kit.wrapped);
        kit.counts(row, 2, commune.counts(), false);
      }
      SheetKit.widths(sheet, 9, 32, 10, 14, 14, 14, 14, 14, 14);
      sheet.createFreezePane(2, FIRST_COMMUNE_ROW);
      sheet.setAutoFilter(new CellRangeAddress(1, Math.max(1, index - 1), 0, HEADER.size() - 1));
      SheetKit.print(sheet, 1);
      return kit.bytes();
    } catch (IOException e) {
      throw new UncheckedIOException("Could not write the city roll-up", e);
    }
  }

  static String title(CityRollup r) {
    return "Tổng hợp kết quả thực hiện nhiệm vụ cải cách hành chính – " + r.period().label();
  }
}
