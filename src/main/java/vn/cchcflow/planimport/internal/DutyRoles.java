package vn.cchcflow.planimport.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who leads and who supports a duty drafted from a unit's section, as the bullet says it:
 * <ul>
 *   <li>"Phối hợp với Phòng Văn hóa - Xã hội tham mưu …" in the Văn phòng's section: the Phòng leads, the
 *       Văn phòng supports;</li>
 *   <li>"Chủ trì, phối hợp với Phòng Văn hóa - Xã hội, Văn phòng HĐND&amp;UBND phường thẩm định …": the
 *       section's unit leads, the units named support;</li>
 *   <li>"Phối hợp với các cơ quan, đơn vị liên quan …": the section's unit supports, the lead is not named;</li>
 *   <li>otherwise the section's unit leads alone.</li>
 * </ul>
 * The names run from "phối hợp với" to the first word that starts the work itself ("tham mưu", "thực hiện",
 * "để" …); names are separated by "," or "và" when the next name starts like a unit ("Phòng …", "Văn
 * phòng …"), so "Phòng Kinh tế, Hạ tầng và Đô thị" stays one name.
 */
final class DutyRoles {

  private static final Pattern SUPPORTING = Pattern.compile("^phối hợp với\\s+", BodyText.CI);
  private static final Pattern LEADING = Pattern.compile("^chủ trì,?\\s+phối hợp với\\s+", BodyText.CI);
  /** Words that begin the work after the partners' names. */
  private static final Pattern WORK = Pattern.compile("(?U)\\s(?:tham mưu|thực hiện|tổ chức|dự trù|thẩm định|để|trong|"
      + "cập nhật|xây dựng|triển khai|giải quyết|rà soát|hướng dẫn|theo dõi|kiểm tra|đề xuất|thường xuyên|tiếp tục|"
      + "tuyên truyền|ban hành|trình|duy trì|nâng cao|đôn đốc|chỉ đạo|quản lý|khảo sát|đánh giá|báo cáo|tiếp nhận|"
      + "công khai|vận hành|thu thập|số hóa|cung cấp|lập|bố trí|nghiên cứu|phổ biến|các chuyên đề|các nội dung|"
      + "nội dung|thực thi|hoàn thiện|giám sát|định kỳ)\\b", BodyText.CI);
  private static final Pattern NEXT_NAME = Pattern.compile(
      "\\s*(?:,|\\s và)\\s+(?=(?:các\\s+)?(?:Phòng|Văn phòng|Trung tâm|Ban|Công an|Ủy ban|UBND|Mặt trận|Hội|Đoàn|"
          + "Đảng|Sở|cơ quan|đơn vị|phòng|tổ chức)\\b)", BodyText.CI);
  private static final int LONGEST_NAMES = 160;

  /** The lead and support cells ("\n"-separated names) of a drafted duty. */
  record Cells(String lead, String support) {
  }

  private DutyRoles() {
  }

  static Cells of(String sectionUnit, String duty) {
    Matcher leading = LEADING.matcher(duty);
    if (leading.find()) {
      String partners = partners(duty.substring(leading.end()));
      return new Cells(sectionUnit, partners == null ? "" : partners);
    }
    Matcher supporting = SUPPORTING.matcher(duty);
    if (supporting.find()) {
      String partners = partners(duty.substring(supporting.end()));
      if (partners != null) {
        // "phối hợp với các cơ quan, đơn vị liên quan" names no lead: it is asked for, never guessed
        boolean named = partners.lines().anyMatch(n -> !UnitNameMapper.isGeneric(n));
        return new Cells(named ? partners : "", sectionUnit);
      }
    }
    return new Cells(sectionUnit, "");
  }

  /** The names before the work begins, one per line; null when no end of the names can be told. */
  private static String partners(String rest) {
    Matcher work = WORK.matcher(rest);
    if (!work.find() || work.start() > LONGEST_NAMES) {
      return null;
    }
    List<String> names = new ArrayList<>();
    for (String name : NEXT_NAME.split(rest.substring(0, work.start()))) {
      String n = name.strip().replaceAll("[,;:]+$", "");
      if (!n.isEmpty()) {
        names.add(n);
      }
    }
    return names.isEmpty() ? null : String.join("\n", names);
  }
}
