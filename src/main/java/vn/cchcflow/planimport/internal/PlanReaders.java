package vn.cchcflow.planimport.internal;

import java.util.Locale;
import vn.cchcflow.planimport.PlanParseException;

/** Picks the reader for a plan file by its extension. */
final class PlanReaders {

  private PlanReaders() {
  }

  static PlanSource read(String fileName, byte[] bytes) {
    String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
    if (bytes == null || bytes.length == 0) {
      throw new PlanParseException("Tệp \"" + fileName + "\" rỗng.");
    }
    if (name.endsWith(".docx")) {
      return DocxPlanReader.read(bytes);
    }
    if (name.endsWith(".xlsx") || name.endsWith(".xls")) {
      return XlsxPlanReader.read(bytes);
    }
    if (name.endsWith(".csv")) {
      return CsvPlanReader.read(TextEncoding.decode(fileName, bytes));
    }
    if (name.endsWith(".txt") || name.endsWith(".md")) {
      return TextPlanReader.read(TextEncoding.decode(fileName, bytes));
    }
    if (name.endsWith(".doc")) {
      throw new PlanParseException("Tệp \"" + fileName + "\" là định dạng Word cũ (.doc). Hãy mở bằng Word và lưu lại "
          + "thành .docx rồi nhập lại.");
    }
    throw new PlanParseException("Không nhận dạng được tệp \"" + fileName + "\". Hệ thống đọc được tệp .docx, .xlsx, "
        + ".csv và .txt.");
  }
}
