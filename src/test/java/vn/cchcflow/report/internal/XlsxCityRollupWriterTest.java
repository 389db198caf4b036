package vn.cchcflow.report.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import vn.cchcflow.report.CityRollup;
import vn.cchcflow.report.StatusCounts;

class XlsxCityRollupWriterTest {

  @Test
  void one_row_per_commune_in_the_given_order_with_numeric_counts_and_rate() throws IOException {
    CityRollup rollup = ReportSamples.rollup();
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(XlsxCityRollupWriter.write(rollup)))) {
      XSSFSheet sheet = book.getSheet("Tổng hợp");
      assertThat(sheet.getRow(0).getCell(0).getStringCellValue())
          .isEqualTo("Tổng hợp kết quả thực hiện nhiệm vụ cải cách hành chính – quý I năm 2026");
      assertThat(XlsxTaskSheetWriterTest.strings(sheet.getRow(1))).containsExactly("Xếp hạng", "Xã/phường",
          "Tổng số", "Hoàn thành đúng hạn", "Hoàn thành quá hạn", "Đang thực hiện, trong hạn",
          "Chưa hoàn thành, quá hạn", "Chưa xác định thời hạn", "Tỷ lệ hoàn thành (%)");
      assertThat(sheet.getLastRowNum()).isEqualTo(1 + rollup.communes().size());
      for (int i = 0; i < rollup.communes().size(); i++) {
        CityRollup.Row commune = rollup.communes().get(i);
        Row row = sheet.getRow(2 + i);
        assertThat(row.getCell(0).getNumericCellValue()).isEqualTo(commune.rank());
        assertThat(row.getCell(1).getStringCellValue()).isEqualTo(commune.communeName());
        StatusCounts c = commune.counts();
        assertThat(XlsxTaskSheetWriterTest.numbers(row, 2, 9)).containsExactly((double) c.total(),
            (double) c.doneOnTime(), (double) c.doneLate(), (double) c.inProgress(), (double) c.overdue(),
            (double) c.noDeadline(), c.completionRate());
        assertThat(row.getCell(8).getCellType()).isEqualTo(CellType.NUMERIC);
      }
      assertThat(List.of(sheet.getRow(2).getCell(8).getNumericCellValue(), sheet.getRow(3).getCell(8)
          .getNumericCellValue(), sheet.getRow(4).getCell(8).getNumericCellValue())).containsExactly(62.9, 50.0, 0.0);
      assertThat(sheet.getRow(2).getCell(8).getCellStyle().getDataFormatString()).isEqualTo("0.0");
    }
  }

  @Test
  void empty_rollup_still_has_title_and_header() throws IOException {
    CityRollup empty = new CityRollup(ReportSamples.Q1_2026, List.of());
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(XlsxCityRollupWriter.write(empty)))) {
      assertThat(book.getSheet("Tổng hợp").getLastRowNum()).isEqualTo(1);
    }
  }
}
