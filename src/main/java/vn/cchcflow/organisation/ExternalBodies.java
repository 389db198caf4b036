package vn.cchcflow.organisation;

import java.util.List;

/**
 * Bodies outside the commune's People's Committee that plans name as lead or support: city departments
 * ("Sở Nội vụ/Sở Y tế"), the city, ministries, vertical agencies ("cơ quan tổ chức theo ngành dọc"),
 * the Fatherland Front, the Party's committees and bodies, mass and social organisations and associations, the
 * media. They are kept as written, never matched to a unit.
 */
public final class ExternalBodies {

  private static final List<String> PREFIXES = List.of(
      "sở ", "bộ ", "ubnd thành phố", "ubnd tỉnh", "ủy ban nhân dân thành phố", "ủy ban nhân dân tỉnh",
      "thành phố", "tỉnh ", "trung ương", "chính phủ", "văn phòng chính phủ", "công an", "mặt trận",
      "ủy ban mặt trận", "cơ quan truyền thông", "cơ quan có phản ánh", "cổng thông tin", "báo ", "đài ",
      "đảng ", "đảng ủy", "cơ quan đảng", "chi bộ", "tổ chức xã hội", "tổ chức khác", "đoàn thanh niên",
      "liên đoàn lao động", "công đoàn", "hội liên hiệp", "hội nông dân", "hội cựu chiến binh", "hội người cao tuổi",
      "hội chữ thập đỏ");
  private static final List<String> FRAGMENTS = List.of("ngành dọc", "tổ chức chính trị", "đoàn thể");

  private ExternalBodies() {
  }

  public static boolean isExternal(String name) {
    String n = UnitNames.normalise(name).replaceFirst("^các ", "");
    return PREFIXES.stream().anyMatch(n::startsWith) || FRAGMENTS.stream().anyMatch(n::contains);
  }
}
