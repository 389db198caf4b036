package vn.cchcflow.planimport.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellRangeAddress;
import vn.cchcflow.planimport.PlanParseException;

/**
 * Reads the first sheet of an Excel plan (the template's layout, or any sheet whose task table has the
 * usual headers). Dates are written dd/MM/yyyy; merged cells repeat their value in every row they cover.
 */
final class XlsxPlanReader {

  private XlsxPlanReader() {
  }

  static PlanSource read(byte[] bytes) {
    try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(bytes))) {
      Sheet sheet = workbook.getSheetAt(0);
      DataFormatter formatter = new DataFormatter();
      List<List<String>> rows = new ArrayList<>();
      for (int r = 0; r <= sheet.getLastRowNum(); r++) {
        Row row = sheet.getRow(r);
        List<String> cells = new ArrayList<>();
        if (row != null) {
          for (int c = 0; c < row.getLastCellNum(); c++) {
            cells.add(text(sheet, row, c, formatter));
          }
        }
        rows.add(cells);
      }
      return SheetRows.of(rows, "hàng");
    } catch (IOException | RuntimeException e) {
      throw new PlanParseException("Không đọc được tệp Excel (.xlsx): tệp hỏng hoặc không đúng định dạng.", e);
    }
  }

  private static String text(Sheet sheet, Row row, int column, DataFormatter formatter) {
    Cell cell = row.getCell(column);
    for (CellRangeAddress region : sheet.getMergedRegions()) {
      if (region.isInRange(row.getRowNum(), column) && region.getFirstRow() != row.getRowNum()
          && region.getFirstColumn() == column) {
        Row first = sheet.getRow(region.getFirstRow());
        cell = first == null ? null : first.getCell(column);
      }
    }
    if (cell == null) {
      return "";
    }
    if (cell.getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
      return cell.getLocalDateTimeCellValue().toLocalDate()
          .format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"));
    }
    return formatter.formatCellValue(cell);
  }
}
