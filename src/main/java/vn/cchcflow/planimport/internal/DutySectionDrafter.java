package vn.cchcflow.planimport.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Drafts duties from the unit-duty sections of a plan's body ("IV. TỔ CHỨC THỰC HIỆN" → "a) Phòng Văn hóa
 * - Xã hội:" followed by "-" bullets), for plans that come without a task appendix. Each bullet is one duty
 * of its section's unit; a section without bullets gives one duty per paragraph.
 *
 * <p>A section addressed to the heads of a group of units ("Trưởng các phòng chuyên môn, tổ chức hành chính,
 * đơn vị liên quan") gives its duties to that group, as written. General duties of all units ("Trách
 * nhiệm chung", "Các phòng, ban, đơn vị …") give only the duties that name a deadline ("… trước ngày
 * 25/01/2026"), addressed to "Các cơ quan, đơn vị"; the rest are standing principles, not tasks. The
 * steering committee ("Ban Chỉ đạo …", made of the units' own heads) and requests to bodies the commune
 * does not direct ("Đề nghị Ủy ban Mặt trận Tổ quốc …") give no duties: they cannot be assigned or followed
 * up as tasks.
 */
public final class DutySectionDrafter {

  private static final Pattern DUTY_PART = Pattern.compile("TỔ CHỨC THỰC HIỆN|PHÂN CÔNG|TRÁCH NHIỆM", BodyText.CI);
  private static final Pattern SIGNATURE_BLOCK = Pattern.compile("^Nơi nhận", BodyText.CI);

  private DutySectionDrafter() {
  }

  public static List<DraftDuty> draft(String text) {
    return walk(text, new ArrayList<>());
  }

  /**
   * The paragraphs written inside one unit's section ("Văn phòng …: - Định kỳ hàng quý, có văn bản báo cáo
   * …"): what a unit must do, not what the plan itself says (its own reporting rule, its targets).
   */
  static java.util.Set<String> unitSectionParagraphs(String text) {
    java.util.Set<String> inSections = new java.util.HashSet<>();
    walk(text, inSections);
    return inSections;
  }

  private static List<DraftDuty> walk(String text, java.util.Collection<String> inSections) {
    List<DraftDuty> duties = new ArrayList<>();
    boolean inDutyPart = false;
    Section section = null;
    for (Paragraph p : BodyText.paragraphs(text)) {
      if (p.kind() == Paragraph.Kind.ROMAN) {
        inDutyPart = DUTY_PART.matcher(p.text()).find();
        section = null;
      } else if (inDutyPart && SIGNATURE_BLOCK.matcher(p.text()).find()) {
        break;
      } else if (inDutyPart && p.isHeading()) {
        section = Section.open(p);
      } else if (section != null) {
        section = section.take(p, duties);
        if (section != null && !section.sharedByAll()) {
          inSections.add(p.text());
        }
      }
    }
    return duties;
  }

  /** The duties of one unit, opened by its heading ("a) Phòng Văn hóa - Xã hội:", "3. Trung tâm …"). */
  private static final class Section {

    private static final Pattern RESPONSIBILITY_OF = Pattern.compile("^Trách nhiệm\\s+(?:của\\s+)?");
    private static final Pattern UNIT = Pattern.compile("^(?:Phòng|Văn phòng|Trung tâm|Ban|Công an|Đội|Tổ|Hội đồng)\\s");
    private static final Pattern STEERING_COMMITTEE = Pattern.compile("^Ban Chỉ đạo");
    /** "Trung tâm Dịch vụ tổng hợp phường: tăng cường …" in a section shared by two units. */
    private static final Pattern UNIT_PREFIX =
        Pattern.compile("^((?:Phòng|Văn phòng|Trung tâm|Ban)\\s[^:]{1,80}):\\s*(.+)$");
    /** "Là cơ quan Thường trực về CCHC": a role (read as the coordinating unit), not a duty. */
    private static final Pattern STANDING_ROLE = Pattern.compile("^Là cơ quan thường trực", BodyText.CI);

    /** "Trưởng các phòng chuyên môn, tổ chức hành chính, đơn vị liên quan": the heads of a group of units. */
    private static final Pattern GROUP_HEADS =
        Pattern.compile("^(?:Thủ trưởng|Trưởng|Lãnh đạo)\\s+(các\\s+(?:phòng|cơ quan|đơn vị).*)$");
    private static final Pattern GENERAL = Pattern.compile("^(?:Trách nhiệm chung|Các (?:phòng|cơ quan|đơn vị))");
    static final String ALL_UNITS = "Các cơ quan, đơn vị";
    private static final Pattern PERIODIC_REPORTING =
        Pattern.compile("chế độ (?:thông tin )?báo cáo|báo cáo (?:định kỳ|quý|tháng|6 tháng|năm)", BodyText.CI);

    private final String unit;
    private final int rank;
    private final boolean datedOnly;
    private boolean hasDuties;
    private boolean lastMarked;
    private DraftDuty lastAdded;

    private Section(String unit, int rank, boolean datedOnly) {
      this.unit = unit;
      this.rank = rank;
      this.datedOnly = datedOnly;
    }

    /** The section of the unit or group a heading names; null when it names none the commune directs. */
    static Section open(Paragraph heading) {
      String name = RESPONSIBILITY_OF.matcher(heading.title()).replaceFirst("");
      if (STEERING_COMMITTEE.matcher(name).find()) {
        return null;
      }
      if (UNIT.matcher(name).find()) {
        return new Section(name, heading.rank(), false);
      }
      Matcher group = GROUP_HEADS.matcher(name);
      if (group.find()) {
        return new Section(capitalized(group.group(1)), heading.rank(), false);
      }
      return GENERAL.matcher(heading.title()).find() ? new Section(ALL_UNITS, heading.rank(), true) : null;
    }

    /** A section of a group of units or of all units, not of one unit. */
    boolean sharedByAll() {
      return datedOnly || !UNIT.matcher(unit).find();
    }

    /** Takes the next paragraph of the section; null when that paragraph ends it. */
    Section take(Paragraph p, List<DraftDuty> duties) {
      if (p.isMarked()) {
        // a sub-item is a duty; an item at the section's own level ("g) Các phòng, ban …") ends it
        lastMarked = p.rank() > rank;
        return lastMarked ? add(p.text(), duties) : null;
      }
      if (p.kind() == Paragraph.Kind.BULLET) {
        lastMarked = false;
        return add(p.text(), duties);
      }
      if (p.text().endsWith(":")) {
        return this;
      }
      if (lastMarked && lastAdded != null) {
        // a paragraph under a numbered sub-item ("2.1 …" then "Báo cáo kết quả …") belongs to it
        DraftDuty last = duties.get(duties.size() - 1);
        duties.set(duties.size() - 1, new DraftDuty(last.unitName(), last.content() + " " + p.text(),
            last.deadlineText() != null ? last.deadlineText() : Deadline.find(p.text())));
        return this;
      }
      // a plain paragraph is the duty of a section without bullets, else the plan's closing words
      return hasDuties ? null : add(p.text(), duties);
    }

    private Section add(String duty, List<DraftDuty> duties) {
      hasDuties = true;
      lastAdded = null;
      // general duties: only those with a deadline of their own; the reporting rule is the plan's, not a task
      if (datedOnly && (Deadline.find(duty) == null || PERIODIC_REPORTING.matcher(duty).find())) {
        return this;
      }
      if (STANDING_ROLE.matcher(duty).find()) {
        return this;
      }
      Matcher prefixed = UNIT_PREFIX.matcher(duty);
      if (prefixed.matches()) {
        String content = capitalized(prefixed.group(2));
        lastAdded = new DraftDuty(prefixed.group(1).strip(), content, Deadline.find(content));
      } else {
        lastAdded = new DraftDuty(unit, duty, Deadline.find(duty));
      }
      duties.add(lastAdded);
      return this;
    }

    private static String capitalized(String text) {
      return text.substring(0, 1).toUpperCase(BodyText.VIETNAMESE) + text.substring(1);
    }
  }

  /**
   * An explicit deadline named inside a duty: a date ("trước ngày 15/12/2026"), a quarter ("trong Quý
   * I/2026" → "Quý I/2026") or a month ("trong tháng 10/2026" → "tháng 10/2026"). Recurring or vague time
   * words ("hằng quý", "thường xuyên", "kịp thời") are not deadlines; a bare date is usually a document's
   * date ("Kế hoạch số 310/KH-UBND ngày 24/11/2025"), so a date needs "trước"/"chậm nhất"/"hạn".
   */
  static final class Deadline {

    private static final List<Pattern> PHRASES = List.of(
        Pattern.compile("(?:trước|chậm nhất(?:\\s+là)?|hạn)\\s+ngày\\s+\\d{1,2}"
            + "(?:/\\d{1,2}(?:/\\d{4})?|\\s+tháng\\s+\\d{1,2}(?:\\s+năm\\s+\\d{4})?)", BodyText.CI),
        Pattern.compile("(?:(?:trước|chậm nhất)\\s+)?quý\\s+(?:IV|I{1,3}|[1-4])(?:\\s*/\\s*\\d{4}|\\s+năm\\s+\\d{4})",
            BodyText.CI),
        Pattern.compile("(?:trước|chậm nhất|trong)\\s+tháng\\s+\\d{1,2}(?:\\s*/\\s*\\d{4}|\\s+năm\\s+\\d{4})",
            BodyText.CI));
    private static final Pattern WITHIN = Pattern.compile("^trong\\s+", BodyText.CI);

    private Deadline() {
    }

    static String find(String duty) {
      Matcher first = null;
      for (Pattern phrase : PHRASES) {
        Matcher m = phrase.matcher(duty);
        if (m.find() && (first == null || m.start() < first.start())) {
          first = m;
        }
      }
      return first == null ? null : WITHIN.matcher(first.group()).replaceFirst("");
    }
  }
}
