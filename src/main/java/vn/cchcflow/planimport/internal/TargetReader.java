package vn.cchcflow.planimport.internal;

import static vn.cchcflow.planimport.internal.BodyText.CI;
import static vn.cchcflow.planimport.internal.BodyText.VIETNAMESE;
import static vn.cchcflow.planimport.internal.BodyText.collapse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.cchcflow.plan.Target;
import vn.cchcflow.plan.Target.Comparator;

/**
 * Targets. In a chỉ tiêu section every percentage is a target, and so is a count with "từ … trở lên",
 * "ít nhất" or "tối thiểu"; an item of the section without a figure is a qualitative target, kept as
 * written; elsewhere (other body text, appendix task contents) a percentage is a
 * target only when stated as a goal ("đạt", "tối thiểu", "trên", "… trở lên"), since duties often say
 * "100%" as mere emphasis.
 */
final class TargetReader {

  private static final Pattern SECTION = Pattern.compile("chỉ tiêu", CI);
  private static final Pattern PERCENT = Pattern.compile("(\\d{1,3}(?:[.,]\\d+)?)\\s?%");
  private static final Pattern COUNT = Pattern.compile("(?<!\\p{L})(?:từ|ít nhất|tối thiểu)\\s+(\\d{1,3})\\s+(?=\\p{L})", CI);
  private static final Pattern COUNT_UNIT_END =
      Pattern.compile("\\s+(?:trở lên|của|về|với|cho|trong|tại|được)(?!\\p{L})|\\s*[,.;()]");
  private static final Pattern GOAL_BEFORE = Pattern.compile(
      "(?<!\\p{L})(?:đạt(?: tỷ lệ)?|tối thiểu|ít nhất|từ|trên|hơn|dưới|không quá|không vượt quá|tối đa)$", CI);
  private static final Pattern AT_LEAST_AFTER = Pattern.compile("^\\s*trở lên", CI);
  private static final Pattern SENTENCE_BREAK = Pattern.compile("(?<=[.!?])\\s+(?=[\\p{Lu}\\d])");
  private static final Pattern LEADING_BULLET = Pattern.compile("^[-–+•]\\s*");
  private static final Pattern HTML_TAG = Pattern.compile("<[^>]+>");

  private record Figure(int start, int end, double value, String unit) {
  }

  private TargetReader() {
  }

  static List<Target> read(List<Paragraph> paragraphs, String appendix) {
    List<Target> targets = new ArrayList<>();
    int sectionRank = -1;
    for (Paragraph p : paragraphs) {
      if (sectionRank >= 0 && p.isMarked() && p.rank() <= sectionRank) {
        sectionRank = -1;
      }
      if (p.isHeading() && SECTION.matcher(p.text()).find()) {
        sectionRank = p.rank();
      } else if (sectionRank >= 0) {
        List<Target> numeric = targets(p.isMarked() ? p.code() : null, p.text(), true);
        targets.addAll(numeric);
        if (numeric.isEmpty() && !p.isHeading() && (p.isMarked() || p.kind() == Paragraph.Kind.BULLET)
            && !p.text().endsWith(":")) {
          // a target the plan states without a number is kept as it words it
          targets.add(Target.qualitative(p.isMarked() ? p.code() : null, tidy(p.text())));
        }
      } else {
        targets.addAll(targets(null, p.text(), false));
      }
    }
    targets.addAll(fromAppendix(appendix));
    return targets;
  }

  /** Task rows are tab-separated: number, content, …; continuation rows have no number. */
  private static List<Target> fromAppendix(String appendix) {
    List<Target> targets = new ArrayList<>();
    for (String line : appendix.split("\n")) {
      String[] cells = line.split("\t", -1);
      if (cells.length >= 2) {
        String code = cells[0].strip().replaceAll("\\.$", "");
        String content = collapse(HTML_TAG.matcher(cells[1]).replaceAll(" "));
        targets.addAll(targets(code.isEmpty() ? null : code, content, false));
      }
    }
    return targets;
  }

  private static List<Target> targets(String code, String text, boolean inSection) {
    List<Figure> all = figures(text, inSection);
    List<Target> targets = new ArrayList<>();
    for (Figure f : all) {
      String before = text.substring(0, f.start()).strip();
      String after = text.substring(f.end());
      boolean goal = GOAL_BEFORE.matcher(before).find() || AT_LEAST_AFTER.matcher(after).find();
      if (inSection || goal) {
        targets.add(new Target(code, statement(text, f, all), comparator(before), f.value(), f.unit()));
      }
    }
    return targets;
  }

  private static List<Figure> figures(String text, boolean withCounts) {
    List<Figure> figures = new ArrayList<>();
    PERCENT.matcher(text).results().forEach(m -> figures.add(
        new Figure(m.start(), m.end(), number(m.group(1)), "%")));
    if (withCounts) {
      Matcher m = COUNT.matcher(text);
      while (m.find()) {
        String rest = text.substring(m.end());
        Matcher end = COUNT_UNIT_END.matcher(rest);
        String unit = end.find() ? rest.substring(0, end.start()) : rest;
        figures.add(new Figure(m.start(1), m.end(1), number(m.group(1)), unit.strip()));
      }
      figures.sort(java.util.Comparator.comparingInt(Figure::start));
    }
    return figures;
  }

  private static Comparator comparator(String before) {
    String b = before.toLowerCase(VIETNAMESE);
    if (b.matches("(?s).*(?<!\\p{L})(không quá|không vượt quá|tối đa)$")) {
      return Comparator.AT_MOST;
    }
    if (b.matches("(?s).*(?<!\\p{L})dưới$")) {
      return Comparator.LESS_THAN;
    }
    if (b.matches("(?s).*(?<!\\p{L})(trên|hơn)$")) {
      return Comparator.GREATER_THAN;
    }
    return Comparator.AT_LEAST;
  }

  /** The sentence stating the figure, or only its ';'-part when the sentence states several figures. */
  private static String statement(String text, Figure figure, List<Figure> all) {
    int from = 0;
    for (String sentence : SENTENCE_BREAK.split(text)) {
      int start = text.indexOf(sentence, from);
      int end = start + sentence.length();
      from = end;
      if (figure.start() >= start && figure.start() < end) {
        if (count(all, start, end) == 1) {
          return tidy(sentence);
        }
        int clauseStart = Math.max(text.lastIndexOf(';', figure.start()) + 1, start);
        int semicolon = text.indexOf(';', figure.start());
        return tidy(text.substring(clauseStart, semicolon < 0 || semicolon > end ? end : semicolon));
      }
    }
    return tidy(text);
  }

  private static long count(List<Figure> figures, int start, int end) {
    return figures.stream().filter(f -> f.start() >= start && f.start() < end).count();
  }

  private static String tidy(String text) {
    return LEADING_BULLET.matcher(collapse(text)).replaceAll("");
  }

  private static double number(String digits) {
    return Double.parseDouble(digits.replace(',', '.'));
  }
}
