package vn.cchcflow.planimport.internal;

import java.util.List;

/** Says, in Vietnamese, why no row of a table could serve as its header. */
final class MissingColumns {

  private MissingColumns() {
  }

  static String describe(List<TableRow> rows) {
    TableRow best = null;
    int bestScore = 0;
    for (TableRow row : rows) {
      int score = score(row);
      if (score > bestScore) {
        best = row;
        bestScore = score;
      }
    }
    String needed = "“Nội dung công việc”, “Cơ quan chủ trì” và “Thời gian thực hiện”";
    if (best == null) {
      return "Không tìm thấy hàng tiêu đề của bảng nhiệm vụ: bảng cần có các cột " + needed + ".";
    }
    StringBuilder missing = new StringBuilder();
    String joined = String.join(" | ", best.cells()).toLowerCase();
    if (!joined.contains("nội dung") && !joined.contains("nhiệm vụ")) {
      missing.append("“Nội dung công việc” ");
    }
    if (!joined.contains("chủ trì")) {
      missing.append("“Cơ quan chủ trì” ");
    }
    if (!joined.contains("thời gian") && !joined.contains("thời hạn") && !joined.contains("tiến độ")) {
      missing.append("“Thời gian thực hiện” ");
    }
    return "Hàng tiêu đề của bảng nhiệm vụ (" + best.position() + ") thiếu cột " + missing.toString().strip()
        + ". Bảng cần có các cột " + needed + ".";
  }

  private static int score(TableRow row) {
    String joined = String.join(" | ", row.cells()).toLowerCase();
    int score = 0;
    for (String word : List.of("stt", "tt", "nội dung", "nhiệm vụ", "chủ trì", "phối hợp", "thời gian", "thời hạn",
        "sản phẩm")) {
      if (joined.contains(word)) {
        score++;
      }
    }
    return score >= 2 ? score : 0;
  }
}
