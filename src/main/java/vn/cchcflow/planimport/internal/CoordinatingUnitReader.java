package vn.cchcflow.planimport.internal;

import static vn.cchcflow.planimport.internal.BodyText.CI;
import static vn.cchcflow.planimport.internal.BodyText.collapse;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The unit that follows the plan up: named as the standing body ("Là cơ quan Thường trực", "giao … làm cơ
 * quan thường trực"), else the unit reports are sent through ("(qua Phòng …)"), else the unit that
 * compiles them ("… để tổng hợp").
 */
final class CoordinatingUnitReader {

  private static final String UNIT = "((?:Phòng|Văn phòng|Trung tâm|Ban)\\s[^()\\n;:.,]{1,60}?)";
  private static final List<Pattern> CLUES = List.of(
      Pattern.compile("(?m)^(?:\\d{1,2}(?:\\.\\d{1,2})*\\.?|[a-zđ]\\))\\s*" + UNIT
          + "\\s*:?\\s*\\n[-–+•]?\\s*Là cơ quan thường trực", CI),
      Pattern.compile("giao\\s+" + UNIT + "\\s+làm\\s+cơ quan thường trực", CI),
      Pattern.compile("\\(qua\\s+" + UNIT + "\\s*\\)", CI),
      Pattern.compile("(?:qua|với|giao)\\s+" + UNIT + "\\s+(?:để\\s+)?tổng hợp", CI));
  /** "Trung tâm Phục vụ hành chính công xã": the trailing "xã"/"phường" only says "of this commune". */
  private static final Pattern COMMUNE_SUFFIX = Pattern.compile("\\s+(?:xã|phường)$");

  private CoordinatingUnitReader() {
  }

  static String find(String body) {
    for (Pattern clue : CLUES) {
      Matcher m = clue.matcher(body);
      if (m.find()) {
        return COMMUNE_SUFFIX.matcher(collapse(m.group(1))).replaceAll("");
      }
    }
    return null;
  }
}
