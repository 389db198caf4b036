package vn.cchcflow.plan;

import java.util.List;
import java.util.Locale;

/** Bodies outside the commune that plans name as lead or support ("Sở Nội vụ/Sở Y tế", "UBND thành phố"). */
final class ExternalBodies {

  private static final List<String> PREFIXES = List.of(
      "sở ", "bộ ", "ubnd thành phố", "ubnd tỉnh", "ủy ban nhân dân thành phố", "ủy ban nhân dân tỉnh",
      "uỷ ban nhân dân thành phố", "uỷ ban nhân dân tỉnh", "thành phố", "tỉnh ", "trung ương", "chính phủ",
      "văn phòng chính phủ", "công an thành phố", "công an tỉnh");

  private ExternalBodies() {
  }

  static boolean isExternal(String name) {
    String lower = name.strip().toLowerCase(Locale.ROOT);
    return PREFIXES.stream().anyMatch(lower::startsWith);
  }
}
