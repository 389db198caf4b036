package vn.cchcflow.planimport.internal;

import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import vn.cchcflow.planimport.PlanFacts;
import vn.cchcflow.planimport.ReportingRule;
import vn.cchcflow.planimport.ReportingRule.Kind;
import vn.cchcflow.planimport.Target;
import vn.cchcflow.planimport.Target.Comparator;

/**
 * Reads what a plan says about itself in its body (the text before the appendix "Phụ lục"): title,
 * locality, period, coordinating unit, reporting schedule and targets (chỉ tiêu). Targets that a plan
 * states only as tasks of its appendix table ("… đạt tối thiểu 80%") are read from there too.
 */
public final class PlanBodyReader {

  static final int CI = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
  static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

  private static final Pattern APPENDIX_HEADING =
      Pattern.compile("(?m)^[ \\t]*(?:PHỤ LỤC|Phụ lục)(?:[ \\t]+[IVX\\d]+)?[ \\t]*$");
  /** Bold markup gluing two paragraphs together: "KẾ HOẠCH**Cải cách …", "YÊU CẦU****1. Mục đích". */
  private static final Pattern GLUED_BY_BOLD = Pattern.compile("(?<=[\\p{Lu}\\d:])\\*{2,}(?=[\\p{Lu}\\d])");
  private static final Pattern PAGE_NUMBER = Pattern.compile("\\d{1,3}");
  private static final Pattern LINE_END = Pattern.compile("[.:;!?…]$");
  /** Word's export hard-wraps lines near this length (seed 002); a shorter line ends its paragraph. */
  private static final int WRAPPED_LINE_LENGTH = 60;

  private PlanBodyReader() {
  }

  public static PlanFacts read(String text) {
    Parts parts = split(text);
    List<String> blocks = blocks(parts.body());
    String locality = Locality.find(blocks);
    String title = Title.find(parts.body(), locality);
    Period period = Period.of(title);
    List<Paragraph> paragraphs = blocks.stream().map(Paragraph::of).toList();
    return new PlanFacts(title, locality, period == null ? null : period.start(), period == null ? null : period.end(),
        Coordination.find(String.join("\n", blocks)), Reporting.read(paragraphs, period),
        Targets.read(paragraphs, parts.appendix()));
  }

  /** The body of a plan as paragraphs, markup removed; the appendix is left out. */
  static List<Paragraph> paragraphs(String text) {
    return blocks(split(text).body()).stream().map(Paragraph::of).toList();
  }

  record Parts(String body, String appendix) {
  }

  static Parts split(String text) {
    String clean = Normalizer.normalize(text, Normalizer.Form.NFC)
        .replace("\r\n", "\n").replace('\r', '\n').replace('\u00a0', ' ');
    clean = GLUED_BY_BOLD.matcher(clean).replaceAll("\n")
        .replaceAll("(?m)^[ \\t]*#{1,6}[ \\t]*", "")
        .replace("*", "");
    Matcher appendix = APPENDIX_HEADING.matcher(clean);
    return appendix.find() ? new Parts(clean.substring(0, appendix.start()), clean.substring(appendix.start()))
        : new Parts(clean, "");
  }

  /** Joins the lines Word broke inside a paragraph; blank lines carry no meaning in these exports. */
  static List<String> blocks(String body) {
    List<String> blocks = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    String previous = "";
    for (String raw : body.split("\n")) {
      String line = raw.replaceAll("\\s+", " ").strip();
      if (line.isEmpty() || PAGE_NUMBER.matcher(line).matches()) {
        continue;
      }
      if (current.length() > 0 && continues(previous, line)) {
        current.append(' ').append(line);
      } else {
        flush(blocks, current);
        current.append(line);
      }
      previous = line;
    }
    flush(blocks, current);
    return blocks;
  }

  private static boolean continues(String previous, String line) {
    if (Paragraph.of(line).kind() != Paragraph.Kind.PLAIN) {
      return false;
    }
    if (Character.isLowerCase(line.codePointAt(0))) {
      return true;
    }
    return !LINE_END.matcher(previous).find() && previous.length() >= WRAPPED_LINE_LENGTH;
  }

  private static void flush(List<String> blocks, StringBuilder current) {
    if (current.length() > 0) {
      blocks.add(current.toString());
      current.setLength(0);
    }
  }

  static String collapse(String text) {
    return text.replaceAll("\\s+", " ").strip();
  }

  /** One paragraph of the body with its outline marker ("IV.", "3.6.", "b)", "-") taken off. */
  record Paragraph(Kind kind, String code, String text) {

    enum Kind { ROMAN, NUMBERED, LETTERED, BULLET, PLAIN }

    private static final Pattern ROMAN = Pattern.compile("([IVXL]+)\\.\\s+(.+)");
    private static final Pattern MULTI_LEVEL = Pattern.compile("(\\d{1,2}(?:\\.\\d{1,2})+)\\.?\\s+(.+)");
    private static final Pattern ONE_LEVEL = Pattern.compile("(\\d{1,2})\\.(?!\\d)\\s*(.+)");
    private static final Pattern LETTERED = Pattern.compile("([a-zđ])\\)\\s*(.+)");
    private static final Pattern BULLET = Pattern.compile("[-–+•]\\s*(.+)");
    private static final Pattern SENTENCE_END = Pattern.compile("[.;!?…]$");
    private static final int HEADING_MAX_LENGTH = 160;

    static Paragraph of(String block) {
      Matcher m;
      if ((m = ROMAN.matcher(block)).matches()) {
        return new Paragraph(Kind.ROMAN, m.group(1), m.group(2));
      }
      if ((m = MULTI_LEVEL.matcher(block)).matches() || (m = ONE_LEVEL.matcher(block)).matches()) {
        return new Paragraph(Kind.NUMBERED, m.group(1), m.group(2));
      }
      if ((m = LETTERED.matcher(block)).matches()) {
        return new Paragraph(Kind.LETTERED, m.group(1), m.group(2));
      }
      if ((m = BULLET.matcher(block)).matches()) {
        return new Paragraph(Kind.BULLET, null, m.group(1));
      }
      return new Paragraph(Kind.PLAIN, null, block);
    }

    boolean isMarked() {
      return kind == Kind.ROMAN || kind == Kind.NUMBERED || kind == Kind.LETTERED;
    }

    /** Place in the outline, outermost first: "IV." 0, "2." 1, "2.1." 2, "a)" 10. */
    int rank() {
      return switch (kind) {
        case ROMAN -> 0;
        case NUMBERED -> code.split("\\.").length;
        case LETTERED -> 10;
        default -> Integer.MAX_VALUE;
      };
    }

    /** A marked line that introduces what follows rather than saying something itself. */
    boolean isHeading() {
      return isMarked() && text.length() <= HEADING_MAX_LENGTH && (text.endsWith(":") || !SENTENCE_END.matcher(text).find());
    }

    String title() {
      return text.replaceAll("\\s*:$", "").strip();
    }
  }

  record Period(LocalDate start, LocalDate end) {

    private static final Pattern LAST_HALF = Pattern.compile("6 tháng cuối năm (\\d{4})", CI);
    private static final Pattern FIRST_HALF = Pattern.compile("6 tháng đầu năm (\\d{4})", CI);
    private static final Pattern STAGE = Pattern.compile("giai đoạn (\\d{4})\\s*[-–]\\s*(\\d{4})", CI);
    private static final Pattern YEAR = Pattern.compile("năm (\\d{4})", CI);

    static Period of(String title) {
      if (title == null) {
        return null;
      }
      Matcher m;
      if ((m = LAST_HALF.matcher(title)).find()) {
        int year = Integer.parseInt(m.group(1));
        return new Period(LocalDate.of(year, 7, 1), LocalDate.of(year, 12, 31));
      }
      if ((m = FIRST_HALF.matcher(title)).find()) {
        int year = Integer.parseInt(m.group(1));
        return new Period(LocalDate.of(year, 1, 1), LocalDate.of(year, 6, 30));
      }
      if ((m = STAGE.matcher(title)).find()) {
        return new Period(LocalDate.of(Integer.parseInt(m.group(1)), 1, 1),
            LocalDate.of(Integer.parseInt(m.group(2)), 12, 31));
      }
      if ((m = YEAR.matcher(title)).find()) {
        int year = Integer.parseInt(m.group(1));
        return new Period(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
      }
      return null;
    }

    boolean contains(LocalDate day) {
      return !day.isBefore(start) && !day.isAfter(end);
    }

    List<YearMonth> months() {
      List<YearMonth> months = new ArrayList<>();
      for (YearMonth m = YearMonth.from(start); !m.isAfter(YearMonth.from(end)); m = m.plusMonths(1)) {
        months.add(m);
      }
      return months;
    }
  }

  /** "xã Nam An Phụ", "phường Thủy Nguyên": the spelling the body uses most. */
  private static final class Locality {

    private static final Pattern NAME = Pattern.compile("(?<!\\p{L})(xã|phường)((?: \\p{Lu}\\p{Ll}*)+)");

    static String find(List<String> blocks) {
      Map<String, Integer> counts = new LinkedHashMap<>();
      for (String block : blocks) {
        Matcher m = NAME.matcher(block);
        while (m.find()) {
          counts.merge(ToneMarks.modern(m.group()), 1, Integer::sum);
        }
      }
      String best = null;
      for (Map.Entry<String, Integer> e : counts.entrySet()) {
        if (best == null || e.getValue() > counts.get(best)) {
          best = e.getKey();
        }
      }
      return best;
    }
  }

  /**
   * "Kế hoạch …" as named by the decision that issues the plan ("QUYẾT ĐỊNH / Ban hành Kế hoạch …"), else
   * by the plan's own heading ("KẾ HOẠCH / Cải cách hành chính …").
   */
  private static final class Title {

    private static final Pattern PLAN_NAME = Pattern.compile("kế hoạch\\s+(.+)", CI);
    private static final Pattern HEADING = Pattern.compile("KẾ HOẠCH\\s*(.*)");

    static String find(String body, String locality) {
      List<String> lines = body.lines().map(PlanBodyReader::collapse).toList();
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

  /**
   * The unit that follows the plan up: named as the standing body ("Là cơ quan Thường trực", "giao … làm cơ
   * quan thường trực"), else the unit reports are sent through ("(qua Phòng …)"), else the unit that
   * compiles them ("… để tổng hợp").
   */
  private static final class Coordination {

    private static final String UNIT = "((?:Phòng|Văn phòng|Trung tâm|Ban)\\s[^()\\n;:.,]{1,60}?)";
    private static final List<Pattern> CLUES = List.of(
        Pattern.compile("(?m)^(?:\\d{1,2}(?:\\.\\d{1,2})*\\.?|[a-zđ]\\))\\s*" + UNIT
            + "\\s*:?\\s*\\n[-–+•]?\\s*Là cơ quan thường trực", CI),
        Pattern.compile("giao\\s+" + UNIT + "\\s+làm\\s+cơ quan thường trực", CI),
        Pattern.compile("\\(qua\\s+" + UNIT + "\\s*\\)", CI),
        Pattern.compile("(?:qua|với|giao)\\s+" + UNIT + "\\s+(?:để\\s+)?tổng hợp", CI));
    /** "Trung tâm Phục vụ hành chính công xã": the trailing "xã"/"phường" only says "of this commune". */
    private static final Pattern COMMUNE_SUFFIX = Pattern.compile("\\s+(?:xã|phường)$");

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

  /**
   * Periodic reports the body asks for. Kinds are read where a report is named ("báo cáo Quý", "báo cáo
   * năm") or listed after "định kỳ (hàng)"/"theo" ("hàng tháng, quý, 6 tháng, năm"); a deadline ("gửi
   * trước ngày 05 tháng cuối của quý") applies to the kinds named since the previous deadline. Without a
   * deadline a report is due on the last day of the month, quarter, half-year or year it covers.
   */
  private static final class Reporting {

    private static final String KIND = "(?:0?6 tháng|quý(?!\\s+[IV\\d])|năm(?!\\s*\\d)|tháng(?!\\s*\\d))";
    private static final Pattern NAMED = Pattern.compile("báo cáo\\s+(" + KIND + ")", CI);
    private static final Pattern LISTED = Pattern.compile(
        "(?:định kỳ|theo)\\s+(?:(?:hàng|hằng)\\s+)?(" + KIND + "(?:\\s*(?:,|và|hoặc)\\s*" + KIND + ")*)", CI);
    private static final Pattern ONE_KIND = Pattern.compile(KIND, CI);
    private static final Pattern REPORT = Pattern.compile("báo cáo", CI);
    private static final Pattern SENTENCE_BREAK = Pattern.compile("(?<=[.!?])\\s+(?=[\\p{Lu}\\d(“\"])");
    private static final Pattern DAY_OF_CLOSING_MONTH = Pattern.compile(
        "(trước|chậm nhất)\\s+ngày\\s+(\\d{1,2})\\s+(?:của\\s+)?(?:(?:hằng|hàng|mỗi)\\s+)?tháng(?!\\s*\\d)"
            + "(?:\\s+cuối(?:\\s+của)?\\s+quý)?", CI);
    private static final Pattern FIXED_DATE = Pattern.compile(
        "(trước|chậm nhất)\\s+ngày\\s+(\\d{1,2})(?:/|\\s+tháng\\s+)(\\d{1,2})(?:(?:/|\\s+năm\\s+)(\\d{4}))?", CI);

    /** A deadline: day of the month a report closes on, or a fixed date; "trước ngày X" is due the day before. */
    private record Due(int day, Integer month, Integer year, boolean before) {

      /** The due day for a report closing in that month; empty when the plan wrote an impossible date. */
      Optional<LocalDate> in(YearMonth closing) {
        try {
          LocalDate date = month == null ? closing.atDay(Math.min(day, closing.lengthOfMonth()))
              : LocalDate.of(year == null ? closing.getYear() : year, month, day);
          return Optional.of(before ? date.minusDays(1) : date);
        } catch (DateTimeException e) {
          return Optional.empty();
        }
      }
    }

    private record Found(Kind kind, String clause, Due due) {
    }

    private record Mention(int at, Kind kind, Due due) {
    }

    static List<ReportingRule> read(List<Paragraph> paragraphs, Period period) {
      Map<Kind, Found> found = new EnumMap<>(Kind.class);
      for (Paragraph paragraph : paragraphs) {
        for (String sentence : SENTENCE_BREAK.split(paragraph.text())) {
          for (String clause : clauses(sentence)) {
            for (Found f : parse(clause)) {
              Found known = found.get(f.kind());
              if (known == null || known.due() == null && f.due() != null) {
                found.put(f.kind(), f);
              }
            }
          }
        }
      }
      return found.values().stream()
          .map(f -> new ReportingRule(f.kind(), f.clause(), dues(f, period, found.containsKey(Kind.ANNUAL))))
          .toList();
    }

    /** The parenthesis or ';'-part of a sentence around each report kind it names, when it mentions a report. */
    private static List<String> clauses(String sentence) {
      List<String> clauses = new ArrayList<>();
      for (Pattern p : List.of(NAMED, LISTED)) {
        Matcher m = p.matcher(sentence);
        while (m.find()) {
          String clause = clauseAround(sentence, m.start());
          if (REPORT.matcher(clause).find() && !clauses.contains(clause)) {
            clauses.add(clause);
          }
        }
      }
      return clauses;
    }

    private static String clauseAround(String sentence, int at) {
      int open = sentence.lastIndexOf('(', at);
      int close = sentence.indexOf(')', at);
      if (open >= 0 && close > at && sentence.lastIndexOf(')', at) < open) {
        return collapse(sentence.substring(open + 1, close));
      }
      int from = sentence.lastIndexOf(';', at) + 1;
      int to = sentence.indexOf(';', at);
      return collapse(sentence.substring(from, to < 0 ? sentence.length() : to));
    }

    private static List<Found> parse(String clause) {
      List<Mention> mentions = new ArrayList<>();
      NAMED.matcher(clause).results().forEach(m -> mentions.add(new Mention(m.start(), kind(m.group(1)), null)));
      LISTED.matcher(clause).results().forEach(m -> ONE_KIND.matcher(m.group(1)).results()
          .forEach(k -> mentions.add(new Mention(m.start(), kind(k.group()), null))));
      DAY_OF_CLOSING_MONTH.matcher(clause).results()
          .forEach(m -> mentions.add(new Mention(m.start(), null, due(m, null, null))));
      FIXED_DATE.matcher(clause).results().forEach(m -> mentions.add(new Mention(m.start(), null,
          due(m, Integer.valueOf(m.group(3)), m.group(4) == null ? null : Integer.valueOf(m.group(4))))));
      mentions.sort(java.util.Comparator.comparingInt(Mention::at));

      List<Found> found = new ArrayList<>();
      List<Kind> waiting = new ArrayList<>();
      for (Mention mention : mentions) {
        if (mention.kind() != null) {
          waiting.add(mention.kind());
        } else {
          waiting.forEach(k -> found.add(new Found(k, clause, mention.due())));
          waiting.clear();
        }
      }
      waiting.forEach(k -> found.add(new Found(k, clause, null)));
      return found;
    }

    private static Due due(MatchResult m, Integer month, Integer year) {
      return new Due(Integer.parseInt(m.group(2)), month, year, m.group(1).equalsIgnoreCase("trước"));
    }

    private static Kind kind(String word) {
      String w = word.toLowerCase(VIETNAMESE);
      if (w.endsWith("6 tháng")) {
        return Kind.HALF_YEAR;
      }
      return switch (w) {
        case "quý" -> Kind.QUARTERLY;
        case "năm" -> Kind.ANNUAL;
        default -> Kind.MONTHLY;
      };
    }

    private static List<LocalDate> dues(Found f, Period period, boolean annualAsked) {
      if (period == null) {
        return List.of();
      }
      return period.months().stream()
          .filter(m -> closes(f.kind(), m, annualAsked))
          .flatMap(m -> f.due() == null ? Stream.of(m.atEndOfMonth()) : f.due().in(m).stream())
          .filter(period::contains)
          .distinct()
          .sorted()
          .toList();
    }

    /** The month a report period ends in; December's half-year report is the annual one when both are asked. */
    private static boolean closes(Kind kind, YearMonth month, boolean annualAsked) {
      int m = month.getMonthValue();
      return switch (kind) {
        case MONTHLY -> true;
        case QUARTERLY -> m % 3 == 0;
        case HALF_YEAR -> m == 6 || m == 12 && !annualAsked;
        case ANNUAL -> m == 12;
      };
    }
  }

  /**
   * Numeric targets. In a chỉ tiêu section every percentage is a target, and so is a count with "từ … trở
   * lên", "ít nhất" or "tối thiểu"; elsewhere (other body text, appendix task contents) a percentage is a
   * target only when stated as a goal ("đạt", "tối thiểu", "trên", "… trở lên"), since duties often say
   * "100%" as mere emphasis.
   */
  private static final class Targets {

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
          targets.addAll(targets(p.isMarked() ? p.code() : null, p.text(), true));
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

  /**
   * Old-style tone placement ("Thuỷ", "hoá") rewritten as most of the seeds write it ("Thủy", "hóa"), so a
   * name reads the same wherever it comes from.
   */
  static final class ToneMarks {

    private static final Pattern OLD_STYLE = Pattern.compile("(?<![qQ])([oOuU])([àáảãạèéẻẽẹỳýỷỹỵ])(?!\\p{L})");
    private static final String TONED_SECOND = "àáảãạèéẻẽẹỳýỷỹỵ";
    private static final String PLAIN_SECOND = "aaaaaeeeeeyyyyy";

    private ToneMarks() {
    }

    static String modern(String text) {
      return OLD_STYLE.matcher(text).replaceAll(m -> {
        char first = m.group(1).charAt(0);
        int index = TONED_SECOND.indexOf(m.group(2));
        char second = PLAIN_SECOND.charAt(index);
        boolean isO = Character.toLowerCase(first) == 'o';
        if (isO == (second == 'y')) {
          return m.group();
        }
        String toned = switch (first) {
          case 'o' -> "òóỏõọ";
          case 'O' -> "ÒÓỎÕỌ";
          case 'u' -> "ùúủũụ";
          default -> "ÙÚỦŨỤ";
        };
        return "" + toned.charAt(index % 5) + second;
      });
    }
  }
}
