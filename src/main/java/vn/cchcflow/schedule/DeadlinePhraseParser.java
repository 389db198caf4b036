package vn.cchcflow.schedule;

import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.function.IntPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the Vietnamese deadline phrase of a plan task ("Trước ngày 15/01/2026", "Quý II, III/2026",
 * "Hằng quý", "Khi thành phố tổ chức") into a {@link Schedule}.
 *
 * <p>The phrase is normalised (NFC, lower case, single spaces, no trailing dots, "hàng" read as
 * "hằng"), then the rule families are tried in order: continuous, on-event, recurring, one calendar
 * term, a range of two terms. Every rule must match the whole phrase, so a phrase the grammar does
 * not know is UNKNOWN rather than half-read.
 */
public final class DeadlinePhraseParser {

  private static final String QUARTER_WORD = "(?:quý|quí|qúy)";
  private static final String QUARTER_NUMBER = "(?:iv|iii|ii|i|[1-4])";
  private static final String LIST_SEPARATOR = "\\s*(?:,|-|và)\\s*";
  /** "/2026" or " năm 2026" after a month or quarter. */
  private static final String YEAR_SUFFIX = "(?:\\s*/\\s*|\\s+năm\\s+)(\\d{4})";
  private static final String EVERY_YEAR_SUFFIX = "(?:\\s+hằng\\s+năm)?";

  // ---- continuous ----
  private static final Pattern ONGOING =
      Pattern.compile("(?:thường xuyên|liên tục)(?:\\s+(?:trong|cả)\\s+năm\\s+(\\d{4}))?(?:[\\s,;/(].*)?");
  /** "Cả năm 2026", "Trong năm", "Năm 2026", optionally followed by "/…", ", …" or "hoặc …". */
  private static final Pattern WHOLE_YEAR =
      Pattern.compile("(cả\\s+|trong\\s+)?năm(?:\\s+(\\d{4}))?(?:\\s*[/,;(].*|\\s+hoặc\\s.*)?");
  private static final Pattern FROM_ONWARDS =
      Pattern.compile("(?:hoàn thành\\s+)?(?:bắt đầu\\s+)?(?:kể\\s+)?từ\\s+(?<term>.+?)(?:\\s+trở đi)?");

  // ---- on event ----
  private static final Pattern OUTSIDE_EVENT = Pattern.compile(
      "(?U)\\b(?:khi|theo\\s+(?:lộ trình|hướng dẫn|yêu cầu|kế hoạch|chỉ đạo|văn bản|thông báo|đề nghị|tiến độ|quy định))\\b");

  // ---- recurring ----
  private static final String EVERY = "(?:định kỳ\\s+)?(?:hằng|mỗi)\\s+";
  private static final Pattern EVERY_QUARTER = Pattern.compile(EVERY + QUARTER_WORD);
  private static final Pattern EVERY_MONTH = Pattern.compile(EVERY + "tháng");
  private static final String DAY_OF = "(?:định kỳ\\s+)?(?:(trước|chậm nhất)\\s+)?(?:ngày\\s+)?(\\d{1,2})\\s+(?:của\\s+)?";
  private static final Pattern DAY_OF_LAST_MONTH_OF_QUARTER = Pattern.compile(
      DAY_OF + "tháng\\s+cuối\\s+(?:của\\s+)?(?:mỗi\\s+|hằng\\s+)?" + QUARTER_WORD);
  private static final Pattern DAY_OF_EVERY_MONTH = Pattern.compile(DAY_OF + "(?:hằng|mỗi)\\s+tháng");

  // ---- one calendar term, with the word in front that says how it bounds the work ----
  private static final Pattern SINGLE_TERM = Pattern.compile("(?:hoàn thành\\s+)?"
      + "(?:(?<before>(?:chậm nhất\\s+)?trước)\\s+"
      + "|(?<byEnd>chậm nhất(?:\\s+là)?(?:\\s+(?:trong|vào))?|đến hết|đến|tới|hết|cuối)\\s+"
      + "|(?:trong|vào)\\s+)?"
      + "(?<term>.+?)" + EVERY_YEAR_SUFFIX);
  private static final Pattern RANGE = Pattern.compile("(?:hoàn thành\\s+)?(?:bắt đầu\\s+)?(?:từ\\s+)?"
      + "(?<from>.+?)\\s+(?:(?:đến|tới)(?:\\s+hết)?\\s+|-\\s+)(?<to>.+?)" + EVERY_YEAR_SUFFIX);

  // ---- calendar terms ----
  /** The separator must repeat, so "7-9/2026" is not read as 7 September. */
  private static final Pattern DATE =
      Pattern.compile("(?:ngày\\s+)?(\\d{1,2})\\s*([/.-])\\s*(\\d{1,2})\\s*\\2\\s*(\\d{4})");
  private static final Pattern DATE_IN_WORDS =
      Pattern.compile("ngày\\s+(\\d{1,2})\\s+tháng\\s+(\\d{1,2})(?:\\s+năm\\s+(\\d{4}))?");
  /** A date without a year needs "ngày" in front, otherwise "7/9" could be anything. */
  private static final Pattern DATE_WITHOUT_YEAR = Pattern.compile("ngày\\s+(\\d{1,2})\\s*[/.-]\\s*(\\d{1,2})");
  private static final Pattern MONTHS =
      Pattern.compile("tháng\\s+(\\d{1,2}(?:" + LIST_SEPARATOR + "(?:tháng\\s+)?\\d{1,2})*)(?:" + YEAR_SUFFIX + ")?");
  private static final Pattern QUARTERS = Pattern.compile(QUARTER_WORD + "\\s+(" + QUARTER_NUMBER + "(?:"
      + LIST_SEPARATOR + "(?:" + QUARTER_WORD + "\\s+)?" + QUARTER_NUMBER + ")*)(?:" + YEAR_SUFFIX + ")?");
  private static final Pattern HALF_YEAR =
      Pattern.compile("(?:6|sáu)\\s+tháng\\s+(đầu|cuối)\\s+năm(?:\\s*/?\\s*(\\d{4}))?");
  private static final Pattern YEAR = Pattern.compile("năm\\s+(\\d{4})");
  private static final Pattern LIST_ITEM =
      Pattern.compile("(?:(,|-|và)\\s*)?(?:tháng\\s+|" + QUARTER_WORD + "\\s+)?(iv|iii|ii|i|\\d{1,2})");

  private DeadlinePhraseParser() {
  }

  /**
   * periodStart/periodEnd: the plan period, e.g. 2026-01-01..2026-12-31 or 2025-07-01..2025-12-31.
   * Never returns null; null/blank phrase → Schedule.unknown().
   */
  public static Schedule parse(String phrase, LocalDate periodStart, LocalDate periodEnd) {
    if (phrase == null || phrase.isBlank()) {
      return Schedule.unknown();
    }
    Period period = new Period(Objects.requireNonNull(periodStart), Objects.requireNonNull(periodEnd));
    String text = normalise(phrase);
    try {
      return continuous(text, period)
          .or(() -> onEvent(text))
          .or(() -> recurring(text, period))
          .or(() -> singleTerm(text, period))
          .or(() -> range(text, period))
          .orElseGet(Schedule::unknown);
    } catch (DateTimeException impossibleDate) { // "31/2/2026", "tháng 13"
      return Schedule.unknown();
    }
  }

  private static String normalise(String phrase) {
    String text = Normalizer.normalize(phrase, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    text = text.replace('\u00a0', ' ').replaceAll("[–—]", "-").replaceAll("\\s+", " ").trim();
    text = text.replaceAll("[\\s.;,:!]+$", "");
    return text.replaceAll("(?U)\\bhàng (?=năm|quý|quí|tháng|tuần|ngày)", "hằng ");
  }

  // ---------------------------------------------------------------- rule families

  /** "Thường xuyên…", "Cả năm 2026", "Năm 2026", "Từ ngày 15/3/2026". */
  private static Optional<Schedule> continuous(String text, Period period) {
    Matcher m = ONGOING.matcher(text);
    if (m.matches()) {
      return Optional.of(Schedule.continuous(null, endOfYearOr(m.group(1), period.end())));
    }
    m = WHOLE_YEAR.matcher(text);
    if (m.matches() && (m.group(1) != null || m.group(2) != null)) { // bare "năm" means nothing
      return Optional.of(Schedule.continuous(null, endOfYearOr(m.group(2), period.end())));
    }
    m = FROM_ONWARDS.matcher(text);
    if (m.matches()) {
      return term(m.group("term"))
          .map(term -> Schedule.continuous(period.locate(term).start(), period.end()));
    }
    return Optional.empty();
  }

  /** A named year is kept as written, so the caller can warn when it is not the plan's year. */
  private static LocalDate endOfYearOr(String year, LocalDate periodEnd) {
    return year == null ? periodEnd : LocalDate.of(Integer.parseInt(year), 12, 31);
  }

  /** "Khi …", "Sau khi …", "Theo lộ trình / hướng dẫn / yêu cầu / kế hoạch …": any date in it is not a due. */
  private static Optional<Schedule> onEvent(String text) {
    return OUTSIDE_EVENT.matcher(text).find() ? Optional.of(Schedule.onEvent()) : Optional.empty();
  }

  /** "Hằng quý", "Hằng tháng", "Trước ngày 05 của tháng cuối quý", "Ngày 25 hằng tháng". */
  private static Optional<Schedule> recurring(String text, Period period) {
    if (EVERY_QUARTER.matcher(text).matches()) {
      return Optional.of(Schedule.recurring(period.monthlyDues(month -> month % 3 == 0, YearMonth::atEndOfMonth)));
    }
    if (EVERY_MONTH.matcher(text).matches()) {
      return Optional.of(Schedule.recurring(period.monthlyDues(month -> true, YearMonth::atEndOfMonth)));
    }
    Matcher m = DAY_OF_LAST_MONTH_OF_QUARTER.matcher(text);
    if (m.matches()) {
      return Optional.of(Schedule.recurring(period.monthlyDues(month -> month % 3 == 0, dayOfMonth(m))));
    }
    m = DAY_OF_EVERY_MONTH.matcher(text);
    if (m.matches()) {
      return Optional.of(Schedule.recurring(period.monthlyDues(month -> true, dayOfMonth(m))));
    }
    return Optional.empty();
  }

  /** Group 1: "trước" (the day before) or "chậm nhất"; group 2: the day. */
  private static Function<YearMonth, LocalDate> dayOfMonth(Matcher m) {
    int day = Integer.parseInt(m.group(2));
    boolean before = "trước".equals(m.group(1));
    return month -> {
      // "ngày 31 hằng tháng" means the month's last day in short months
      LocalDate named = month.atDay(Math.min(day, month.lengthOfMonth()));
      return before ? named.minusDays(1) : named;
    };
  }

  /**
   * One date, month(s), quarter(s), half or year. "Trước X" = the day before X begins; "chậm nhất /
   * đến hết / cuối X" = the end of X; otherwise a single unit is due at its end and a run of units
   * ("Tháng 7-9/2026", "6 tháng đầu năm") is a window.
   */
  private static Optional<Schedule> singleTerm(String text, Period period) {
    Matcher m = SINGLE_TERM.matcher(text);
    if (!m.matches()) {
      return Optional.empty();
    }
    boolean before = m.group("before") != null;
    boolean byEnd = m.group("byEnd") != null;
    return term(m.group("term")).map(term -> {
      Span span = period.locate(term);
      if (before) {
        return Schedule.dueBy(span.start().minusDays(1));
      }
      return byEnd || term.single() ? Schedule.dueBy(span.end()) : Schedule.window(span.start(), span.end());
    });
  }

  /** "Tháng 01/2026 đến tháng 5/2026", "Bắt đầu từ tháng 4 đến tháng 11/2026". */
  private static Optional<Schedule> range(String text, Period period) {
    Matcher m = RANGE.matcher(text);
    if (!m.matches()) {
      return Optional.empty();
    }
    Optional<Term> from = term(m.group("from"));
    Optional<Term> to = term(m.group("to"));
    if (from.isEmpty() || to.isEmpty()) {
      return Optional.empty();
    }
    Span[] spans = period.locate(from.get(), to.get());
    if (spans[1].end().isBefore(spans[0].start())) {
      return Optional.empty();
    }
    return Optional.of(Schedule.window(spans[0].start(), spans[1].end()));
  }

  // ---------------------------------------------------------------- calendar terms

  /** A calendar unit named in a phrase; {@code year} is null when the phrase leaves it out. */
  private record Term(boolean single, Integer year, IntFunction<Span> inYear) {
    Span in(int year) {
      return inYear.apply(year);
    }
  }

  private record Span(LocalDate start, LocalDate end) {
  }

  private static Optional<Term> term(String text) {
    Matcher m;
    if ((m = DATE.matcher(text)).matches()) {
      return Optional.of(date(m.group(1), m.group(3), m.group(4)));
    }
    if ((m = DATE_IN_WORDS.matcher(text)).matches()) {
      return Optional.of(date(m.group(1), m.group(2), m.group(3)));
    }
    if ((m = DATE_WITHOUT_YEAR.matcher(text)).matches()) {
      return Optional.of(date(m.group(1), m.group(2), null));
    }
    if ((m = MONTHS.matcher(text)).matches()) {
      Integer year = yearOf(m.group(2));
      return run(m.group(1), 12).map(r -> new Term(r.single(), year, y -> months(y, r.first(), r.last())));
    }
    if ((m = QUARTERS.matcher(text)).matches()) {
      Integer year = yearOf(m.group(2));
      return run(m.group(1), 4)
          .map(r -> new Term(r.single(), year, y -> months(y, r.first() * 3 - 2, r.last() * 3)));
    }
    if ((m = HALF_YEAR.matcher(text)).matches()) {
      int firstMonth = "đầu".equals(m.group(1)) ? 1 : 7;
      return Optional.of(new Term(false, yearOf(m.group(2)), y -> months(y, firstMonth, firstMonth + 5)));
    }
    if ((m = YEAR.matcher(text)).matches()) {
      return Optional.of(new Term(true, yearOf(m.group(1)), y -> months(y, 1, 12)));
    }
    return Optional.empty();
  }

  private static Term date(String day, String month, String year) {
    return new Term(true, yearOf(year), y -> {
      LocalDate date = LocalDate.of(y, Integer.parseInt(month), Integer.parseInt(day));
      return new Span(date, date);
    });
  }

  private static Span months(int year, int firstMonth, int lastMonth) {
    return new Span(YearMonth.of(year, firstMonth).atDay(1), YearMonth.of(year, lastMonth).atEndOfMonth());
  }

  private static Integer yearOf(String year) {
    return year == null ? null : Integer.valueOf(year);
  }

  private record Run(int first, int last) {
    boolean single() {
      return first == last;
    }
  }

  /**
   * "7-9", "ii, iii", "1 và 2": must be consecutive ("Quý I, III" is not one span, so it is not
   * read). A dash spans ("7-9"); a comma or "và" lists the next unit.
   */
  private static Optional<Run> run(String list, int max) {
    Matcher m = LIST_ITEM.matcher(list);
    int first = 0;
    int last = 0;
    while (m.find()) {
      int n = number(m.group(2));
      boolean fits = first == 0 || ("-".equals(m.group(1)) ? n > last : n == last + 1);
      if (n < 1 || n > max || !fits) {
        return Optional.empty();
      }
      first = first == 0 ? n : first;
      last = n;
    }
    return Optional.of(new Run(first, last));
  }

  private static int number(String token) {
    return switch (token) {
      case "i" -> 1;
      case "ii" -> 2;
      case "iii" -> 3;
      case "iv" -> 4;
      default -> Integer.parseInt(token);
    };
  }

  // ---------------------------------------------------------------- plan period

  private record Period(LocalDate start, LocalDate end) {

    boolean contains(LocalDate day) {
      return !day.isBefore(start) && !day.isAfter(end);
    }

    boolean overlaps(Span span) {
      return !span.end().isBefore(start) && !span.start().isAfter(end);
    }

    /** A term without a year falls in the plan year that overlaps it, else the period's first year. */
    Span locate(Term term) {
      if (term.year() != null) {
        return term.in(term.year());
      }
      for (int year = start.getYear(); year <= end.getYear(); year++) {
        if (overlaps(term.in(year))) {
          return term.in(year);
        }
      }
      return term.in(start.getYear());
    }

    /** Locates both ends of a range; a missing year is taken from the other end ("tháng 4 đến tháng 11/2026"). */
    Span[] locate(Term from, Term to) {
      if (from.year() == null && to.year() != null) {
        Span last = to.in(to.year());
        Span first = from.in(to.year());
        return new Span[] {first.start().isAfter(last.start()) ? from.in(to.year() - 1) : first, last};
      }
      Span first = locate(from);
      if (to.year() != null) {
        return new Span[] {first, to.in(to.year())};
      }
      Span last = to.in(first.start().getYear());
      return new Span[] {first, last.end().isBefore(first.start()) ? to.in(first.start().getYear() + 1) : last};
    }

    /** The due in each month of the period that passes the filter, keeping only dues inside the period. */
    List<LocalDate> monthlyDues(IntPredicate monthFilter, Function<YearMonth, LocalDate> dueIn) {
      List<LocalDate> dues = new ArrayList<>();
      for (YearMonth month = YearMonth.from(start); !month.isAfter(YearMonth.from(end)); month = month.plusMonths(1)) {
        if (monthFilter.test(month.getMonthValue())) {
          LocalDate due = dueIn.apply(month);
          if (contains(due)) {
            dues.add(due);
          }
        }
      }
      return dues;
    }
  }
}
