package vn.cchcflow.planimport.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** The Excel template for plans without an appendix; {@link XlsxPlanReader} reads it back. */
public final class PlanTemplate {

  static final List<String> HEADER = List.of("STT", "Nội dung công việc", "Cơ quan chủ trì", "Cơ quan phối hợp",
      "Thời gian thực hiện", "Sản phẩm");

  private PlanTemplate() {
  }

  public static void write(OutputStream out) throws IOException {
    try (XSSFWorkbook workbook = new XSSFWorkbook()) {
      CellStyle bold = workbook.createCellStyle();
      Font font = workbook.createFont();
      font.setBold(true);
      bold.setFont(font);
      Sheet plan = workbook.createSheet("Kế hoạch");
      int r = 0;
      r = row(plan, r, bold, "Tên kế hoạch", "Kế hoạch cải cách hành chính năm 2026");
      r = row(plan, r, bold, "Xã/phường", "xã …");
      r = row(plan, r, bold, "Từ ngày", "01/01/2026");
      r = row(plan, r, bold, "Đến ngày", "31/12/2026");
      r = row(plan, r, bold, "Cơ quan thường trực", "Phòng Văn hóa - Xã hội");
      r = row(plan, r, bold, "Mã kế hoạch", "");
      r++;
      Row header = plan.createRow(r++);
      for (int c = 0; c < HEADER.size(); c++) {
        header.createCell(c).setCellValue(HEADER.get(c));
        header.getCell(c).setCellStyle(bold);
      }
      plan.createRow(r++).createCell(0).setCellValue("I. Chỉ đạo điều hành, kiểm tra và tuyên truyền");
      Row example = plan.createRow(r);
      List<String> cells = List.of("1", "Ban hành Kế hoạch cải cách hành chính năm 2026", "Phòng Văn hóa - Xã hội",
          "Các cơ quan, đơn vị liên quan", "Trước ngày 15/01/2026", "Kế hoạch");
      for (int c = 0; c < cells.size(); c++) {
        example.createCell(c).setCellValue(cells.get(c));
      }
      int[] widths = {8, 60, 30, 30, 25, 30};
      for (int c = 0; c < widths.length; c++) {
        plan.setColumnWidth(c, widths[c] * 256);
      }
      Sheet help = workbook.createSheet("Hướng dẫn");
      List<String> lines = List.of(
          "Điền thông tin kế hoạch ở các ô phía trên bảng, mỗi nhiệm vụ một hàng trong bảng (thay hàng ví dụ).",
          "Hàng nhóm lĩnh vực: ghi số La Mã và tên lĩnh vực ở cột STT (ví dụ \"II. Cải cách thể chế\").",
          "Nhiều đơn vị trong một ô: ngăn cách bằng dấu chấm phẩy (;) hoặc xuống dòng.",
          "Thời gian thực hiện ghi như trong kế hoạch: \"Trước ngày 15/01/2026\", \"Quý I/2026\", \"Thường xuyên\", "
              + "\"Khi thành phố tổ chức\"…",
          "Mã kế hoạch để trống thì hệ thống tự đặt theo tên và kỳ kế hoạch (ví dụ KH-CCHC-2026).");
      for (int i = 0; i < lines.size(); i++) {
        help.createRow(i).createCell(0).setCellValue(lines.get(i));
      }
      help.setColumnWidth(0, 120 * 256);
      workbook.write(out);
    }
  }

  private static int row(Sheet sheet, int r, CellStyle bold, String label, String value) {
    Row row = sheet.createRow(r);
    row.createCell(0).setCellValue(label);
    row.getCell(0).setCellStyle(bold);
    row.createCell(1).setCellValue(value);
    return r + 1;
  }
}
