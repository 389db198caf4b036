package vn.cchcflow.planimport.internal;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import vn.cchcflow.planimport.PlanParseException;

/**
 * Reads a CSV plan (text decoded by {@link TextEncoding}), separated by commas or semicolons, laid out like
 * the template.
 */
final class CsvPlanReader {

  private CsvPlanReader() {
  }

  static PlanSource read(String text) {
    char delimiter = count(text, ';') > count(text, ',') ? ';' : ',';
    List<List<String>> rows = new ArrayList<>();
    try {
      for (CSVRecord record : CSVFormat.DEFAULT.builder().setDelimiter(delimiter).get().parse(new StringReader(text))) {
        rows.add(record.toList());
      }
    } catch (IOException | UncheckedIOException | IllegalStateException e) {
      throw new PlanParseException("Không đọc được tệp CSV: " + describe(e)
          + ". Hãy kiểm tra dấu ngoặc kép và dấu phân cách ở dòng được nêu.", e);
    }
    return SheetRows.of(rows, "dòng");
  }

  private static long count(String text, char c) {
    String firstLines = text.lines().limit(20).reduce("", String::concat);
    return firstLines.chars().filter(ch -> ch == c).count();
  }

  private static String describe(Exception e) {
    String message = e.getMessage() == null ? "" : e.getMessage();
    var line = java.util.regex.Pattern.compile("line (\\d+)").matcher(message);
    return line.find() ? "lỗi ở dòng " + line.group(1) : "nội dung không đúng định dạng CSV";
  }
}
