package vn.cchcflow.planimport.internal;

import static vn.cchcflow.planimport.internal.BodyText.CI;
import static vn.cchcflow.planimport.internal.BodyText.VIETNAMESE;
import static vn.cchcflow.planimport.internal.BodyText.collapse;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "Kế hoạch …" as named by the decision that issues the plan ("QUYẾT ĐỊNH / Ban hành Kế hoạch …"), else
 * by the plan's own heading ("KẾ HOẠCH / Cải cách hành chính …").
 */
final class PlanTitleReader {

  private static final Pattern PLAN_NAME = Pattern.compile("kế hoạch\\s+(.+)", CI);
  private static final Pattern HEADING = Pattern.compile("KẾ HOẠCH\\s*(.*)");

  private PlanTitleReader() {
  }

  static String find(String body, String locality) {
    List<String> lines = body.lines().map(BodyText::collapse).toList();
    return fromDecision(lines).or(() -> fromHeading(lines))
        .filter(name -> !name.isBlank())
        .map(name -> "Kế hoạch " + sentenceCase(name, locality))
        .map(ToneMarks::modern)
        .orElse(null);
  }

  private static Optional<String> fromDecision(List<String> lines) {
    int decision = lines.indexOf("QUYẾT ĐỊNH");
    if (decision < 0) {
      return Optional.empty();
    }
    Matcher m = PLAN_NAME.matcher(String.join(" ", paragraphAfter(lines, decision + 1)));
    return m.find() ? Optional.of(m.group(1)) : Optional.empty();
  }

  private static Optional<String> fromHeading(List<String> lines) {
    for (int i = 0; i < lines.size(); i++) {
      Matcher m = HEADING.matcher(lines.get(i));
      if (m.matches()) {
        List<String> name = new ArrayList<>();
        if (!m.group(1).isEmpty()) {
          name.add(m.group(1));
        }
        name.addAll(paragraphAfter(lines, i + 1));
        return Optional.of(String.join(" ", name));
      }
    }
    return Optional.empty();
  }

  /** The lines of the next paragraph: blank lines skipped before it, a blank or "(Kèm theo …" ends it. */
  private static List<String> paragraphAfter(List<String> lines, int from) {
    int i = from;
    while (i < lines.size() && lines.get(i).isEmpty()) {
      i++;
    }
    List<String> paragraph = new ArrayList<>();
    while (i < lines.size() && !lines.get(i).isEmpty() && !lines.get(i).startsWith("(")) {
      paragraph.add(lines.get(i++));
    }
    return paragraph;
  }

  private static String sentenceCase(String name, String locality) {
    String clean = collapse(name).replaceAll("^[“\"]+|[”\"]+$", "").replaceAll("[.,;:]+$", "");
    if (clean.equals(clean.toUpperCase(VIETNAMESE))) {
      String lower = clean.toLowerCase(VIETNAMESE);
      return locality == null ? lower : lower.replace(locality.toLowerCase(VIETNAMESE), locality);
    }
    boolean acronym = clean.length() > 1 && Character.isUpperCase(clean.codePointAt(1));
    return acronym ? clean : clean.substring(0, 1).toLowerCase(VIETNAMESE) + clean.substring(1);
  }
}
