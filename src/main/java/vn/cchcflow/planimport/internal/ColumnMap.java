package vn.cchcflow.planimport.internal;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Where each column of a task table is, found by its header whatever the wording (TT/STT; Nội dung công
 * việc/Nhiệm vụ; Cơ quan/Đơn vị chủ trì; … phối hợp; Thời gian thực hiện/Thời hạn hoàn thành; Sản phẩm).
 * Any other titled column (Ghi chú, Kinh phí, Căn cứ …) is an extra column: kept as a note of the task,
 * never taken as its content.
 */
record ColumnMap(int number, int content, int lead, int support, int deadline, int deliverable,
                 java.util.Map<Integer, String> extra) {

  ColumnMap(int number, int content, int lead, int support, int deadline, int deliverable) {
    this(number, content, lead, support, deadline, deliverable, java.util.Map.of());
  }

  /** The column map if this row is a header row. */
  static Optional<ColumnMap> ofHeader(List<String> cells) {
    int number = -1, content = -1, lead = -1, support = -1, deadline = -1, deliverable = -1;
    java.util.Map<Integer, String> extra = new java.util.LinkedHashMap<>();
    for (int i = 0; i < cells.size(); i++) {
      String h = normalise(cells.get(i));
      if (h.isEmpty()) {
        continue;
      }
      if (number < 0 && (h.equals("tt") || h.equals("stt") || h.equals("số tt") || h.equals("số thứ tự"))) {
        number = i;
      } else if (content < 0 && (h.startsWith("nội dung") || h.startsWith("nhiệm vụ") || h.startsWith("tên nhiệm vụ")
          || h.startsWith("công việc"))) {
        content = i;
      } else if (lead < 0 && h.contains("chủ trì")) {
        lead = i;
      } else if (support < 0 && h.contains("phối hợp")) {
        support = i;
      } else if (deadline < 0 && (h.startsWith("thời gian") || h.startsWith("thời hạn") || h.startsWith("tiến độ"))) {
        deadline = i;
      } else if (deliverable < 0 && (h.startsWith("sản phẩm") || h.startsWith("kết quả"))) {
        deliverable = i;
      } else {
        extra.put(i, CellText.clean(cells.get(i)).strip());
      }
    }
    if (content < 0 || lead < 0 || deadline < 0) {
      return Optional.empty();
    }
    return Optional.of(new ColumnMap(number, content, lead, support, deadline, deliverable, java.util.Collections.unmodifiableMap(extra)));
  }

  static boolean isHeader(List<String> cells) {
    return ofHeader(cells).isPresent();
  }

  private static String normalise(String header) {
    return BodyText.collapse(Normalizer.normalize(CellText.clean(header), Normalizer.Form.NFC)
        .toLowerCase(Locale.ROOT));
  }
}
