package vn.cchcflow.schedule;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.IntPredicate;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * The grammar of deadline phrases, over {@link DeadlineTokens}. A phrase is read as one of:
 * <pre>
 * phrase     := ongoing | wholeYear | event | recurring | fromOrRange | bounded
 * ongoing    := ("thường xuyên" | "liên tục") [("trong" | "cả") "năm" YEAR] …
 * wholeYear  := ("cả" | "trong") "năm" [YEAR] [tail] | "năm" YEAR [tail]
 * event      := … "khi" … | … "theo" (lộ trình | hướng dẫn | yêu cầu | kế hoạch | …) …
 * recurring  := ["định kỳ"] ("hằng" | "mỗi") ("tháng" | "quý")
 *             | "định kỳ" N "tháng" ["một lần"]
 *             | ["định kỳ"] ["trước" | "chậm nhất"] ["ngày"] D ["của"]
 *                   (("hằng" | "mỗi") "tháng" | "tháng cuối" ["của"] ["mỗi" | "hằng"] "quý")
 * fromOrRange:= ["hoàn thành"] ["bắt đầu"] ["kể"] ["từ"] part
 *                   ( ("đến" | "tới") ["hết"] part | "-" part | ["trở đi"] ) ["hằng năm"]
 * bounded    := ["hoàn thành"] [prefix] part (("," | ";" | "và") part)* ["hằng năm"]
 * prefix     := "trước" | "chậm nhất trước" | "chậm nhất" ["là"] ["trong" | "vào"]
 *             | "đến hết" | "đến" | "tới" | "hết" | "cuối" | "trong" | "vào"
 * part       := date | month | quarter | half | year
 * date       := ["ngày"] D sep M sep YEAR | "ngày" D "tháng" M [("năm" | "/") YEAR] | "ngày" D sep M
 * month      := "tháng" run(12) [("/" | "năm") YEAR]
 * quarter    := "quý" run(4, Roman or Arabic) [("/" | "năm") YEAR]
 * half       := ("6" | "sáu") "tháng" ("đầu" | "cuối") "năm" ["/"] [YEAR]
 * year       := "năm" YEAR
 * run        := n (("," | "và") n+1 | "-" m&gt;n)*      (one span: "tháng 7-9", "quý II, III")
 * </pre>
 * Meanings: "trước X" is the day before X begins; "chậm nhất / đến hết / cuối X" is X's end; a bare single
 * part is due at its end, a run or half-year is a window; a list of parts each with its own unit word
 * ("tháng 6 và tháng 12/2026") is one due per part; "từ X" without an end is ongoing from X's start. A part
 * without a year takes it from the next part that has one, else from the plan period. Anything else is
 * UNKNOWN: a phrase must be read whole.
 */
final class DeadlineGrammar {

  private static final Pattern OUTSIDE_EVENT = Pattern.compile(" (?:khi|theo (?:lộ trình|hướng dẫn|yêu cầu|kế hoạch"
      + "|chỉ đạo|văn bản|thông báo|đề nghị|tiến độ|quy định)) ");

  private final DeadlineTokens in;
  private final DeadlinePeriod period;

  private DeadlineGrammar(DeadlineTokens in, DeadlinePeriod period) {
    this.in = in;
    this.period = period;
  }

  static Optional<Schedule> read(String phrase, DeadlinePeriod period) {
    DeadlineTokens tokens = DeadlineTokens.of(phrase);
    if (tokens.isEmpty()) {
      return Optional.empty();
    }
    DeadlineGrammar grammar = new DeadlineGrammar(tokens, period);
    return grammar.whole(grammar::ongoing)
        .or(() -> grammar.whole(grammar::wholeYear))
        .or(() -> OUTSIDE_EVENT.matcher(tokens.rest()).find() ? Optional.of(Schedule.onEvent()) : Optional.empty())
        .or(() -> grammar.whole(grammar::recurring))
        .or(() -> grammar.whole(grammar::fromOrRange))
        .or(() -> grammar.whole(grammar::bounded));
  }

  /** Runs one alternative from the start; it counts only when it reads the phrase to its end. */
  private Optional<Schedule> whole(Supplier<Optional<Schedule>> alternative) {
    in.reset(0);
    Optional<Schedule> read = alternative.get();
    return read.isPresent() && in.atEnd() ? read : Optional.empty();
  }

  // ---------------------------------------------------------------- continuous

  /** "Thường xuyên", "Thường xuyên trong năm 2026.", "Thường xuyên hoặc theo lộ trình …". */
  private Optional<Schedule> ongoing() {
    if (in.acceptAny("thường xuyên", "liên tục") == null) {
      return Optional.empty();
    }
    int mark = in.mark();
    Integer year = null;
    if (in.acceptAny("trong năm", "cả năm") != null) {
      year = in.year();
    }
    if (year == null) {
      in.reset(mark);
    }
    skipRest();
    return Optional.of(Schedule.continuous(null, year == null ? period.end() : LocalDate.of(year, 12, 31)));
  }

  /** "Cả năm 2026", "Trong năm", "Năm 2026", optionally followed by "/…", ", …", "(…" or "hoặc …". */
  private Optional<Schedule> wholeYear() {
    boolean prefixed = in.acceptAny("cả", "trong") != null;
    if (!in.accept("năm")) {
      return Optional.empty();
    }
    Integer year = in.year();
    if (!prefixed && year == null) {
      return Optional.empty(); // a bare "năm" says nothing
    }
    if (!in.atEnd() && in.acceptAny("/", ",", ";", "(", "hoặc") == null) {
      return Optional.empty();
    }
    skipRest();
    return Optional.of(Schedule.continuous(null, year == null ? period.end() : LocalDate.of(year, 12, 31)));
  }

  private void skipRest() {
    in.skipAll();
  }

  // ---------------------------------------------------------------- recurring

  private Optional<Schedule> recurring() {
    boolean periodic = in.accept("định kỳ");
    int mark = in.mark();
    if (in.acceptAny("hằng", "mỗi") != null) {
      if (in.accept("quý")) {
        return Optional.of(Schedule.recurring(period.monthlyDues(m -> m % 3 == 0, YearMonth::atEndOfMonth)));
      }
      if (in.accept("tháng")) {
        return Optional.of(Schedule.recurring(period.monthlyDues(m -> true, YearMonth::atEndOfMonth)));
      }
      return Optional.empty();
    }
    Integer every = in.number();
    if (periodic && every != null && in.accept("tháng")) {
      in.accept("một lần");
      // every 1, 2, 3, 4 or 6 months, counted from the start of the year; a yearly task says no day
      return List.of(1, 2, 3, 4, 6).contains(every)
          ? Optional.of(Schedule.recurring(period.monthlyDues(m -> m % every == 0, YearMonth::atEndOfMonth)))
          : Optional.empty();
    }
    in.reset(mark);
    return dayOfEveryMonth();
  }

  /** "Trước ngày 10 hằng tháng", "Chậm nhất ngày 05 tháng cuối quý", "Ngày 25 hằng tháng". */
  private Optional<Schedule> dayOfEveryMonth() {
    String bound = in.acceptAny("trước", "chậm nhất");
    in.accept("ngày");
    Integer day = in.number();
    if (day == null || day < 1 || day > 31) {
      return Optional.empty();
    }
    in.accept("của");
    IntPredicate months;
    if (in.acceptAny("hằng tháng", "mỗi tháng") != null) {
      months = m -> true;
    } else if (in.accept("tháng cuối")) {
      in.accept("của");
      in.acceptAny("mỗi", "hằng");
      if (!in.accept("quý")) {
        return Optional.empty();
      }
      months = m -> m % 3 == 0;
    } else {
      return Optional.empty();
    }
    boolean before = "trước".equals(bound);
    Function<YearMonth, LocalDate> due = month -> {
      // "ngày 31 hằng tháng" is the month's last day in short months
      LocalDate named = month.atDay(Math.min(day, month.lengthOfMonth()));
      return before ? named.minusDays(1) : named;
    };
    return Optional.of(Schedule.recurring(period.monthlyDues(months, due)));
  }

  // ---------------------------------------------------------------- from, range

  /** "Từ ngày 15/3/2026", "Tháng 01/2026 đến tháng 5/2026", "Từ quý II đến hết quý III/2026". */
  private Optional<Schedule> fromOrRange() {
    in.accept("hoàn thành");
    in.accept("bắt đầu");
    in.accept("kể");
    boolean from = in.accept("từ");
    Optional<Part> first = part(true);
    if (first.isEmpty()) {
      return Optional.empty();
    }
    if (in.acceptAny("đến", "tới") != null) {
      in.accept("hết");
    } else if (!in.accept("-")) {
      in.accept("trở đi");
      return from && in.atEnd()
          ? Optional.of(Schedule.continuous(period.locate(first.get()).start(), period.end())) : Optional.empty();
    }
    Optional<Part> last = part(false);
    in.accept("hằng năm");
    if (last.isEmpty()) {
      return Optional.empty();
    }
    DeadlinePeriod.Span[] spans = period.locate(first.get(), last.get());
    if (spans[1].end().isBefore(spans[0].start())) {
      return Optional.empty();
    }
    return Optional.of(Schedule.window(spans[0].start(), spans[1].end()));
  }

  // ---------------------------------------------------------------- bounded parts

  private enum Bound { BEFORE, BY_END, PLAIN }

  /** "Trước ngày 15/01/2026", "Quý II, III/2026", "Chậm nhất trong tháng 6/2026", "Tháng 6 và tháng 12/2026". */
  private Optional<Schedule> bounded() {
    in.accept("hoàn thành");
    Bound bound = bound();
    List<Part> parts = new ArrayList<>();
    Optional<Part> first = part(true);
    if (first.isEmpty()) {
      return Optional.empty();
    }
    parts.add(first.get());
    while (in.acceptAny(",", ";", "và") != null) {
      Optional<Part> next = part(false);
      if (next.isEmpty()) {
        return Optional.empty();
      }
      parts.add(next.get());
    }
    in.accept("hằng năm");
    List<DeadlinePeriod.Span> spans = period.locate(parts);
    if (spans.size() == 1) {
      DeadlinePeriod.Span span = spans.get(0);
      return Optional.of(switch (bound) {
        case BEFORE -> Schedule.dueBy(span.start().minusDays(1));
        case BY_END -> Schedule.dueBy(span.end());
        case PLAIN -> parts.get(0).single() ? Schedule.dueBy(span.end()) : Schedule.window(span.start(), span.end());
      });
    }
    List<LocalDate> dues = new ArrayList<>();
    for (DeadlinePeriod.Span span : spans) {
      LocalDate due = bound == Bound.BEFORE ? span.start().minusDays(1) : span.end();
      if (!dues.isEmpty() && !due.isAfter(dues.get(dues.size() - 1))) {
        return Optional.empty(); // a list out of order is not read
      }
      dues.add(due);
    }
    return Optional.of(Schedule.recurring(dues));
  }

  private Bound bound() {
    if (in.accept("chậm nhất trước") || in.accept("trước")) {
      return Bound.BEFORE;
    }
    if (in.accept("chậm nhất")) {
      in.accept("là");
      in.acceptAny("trong", "vào");
      return Bound.BY_END;
    }
    if (in.acceptAny("đến hết", "đến", "tới", "hết", "cuối") != null) {
      return Bound.BY_END;
    }
    in.acceptAny("trong", "vào");
    return Bound.PLAIN;
  }

  // ---------------------------------------------------------------- parts

  /** A calendar part; {@code year} is null when the phrase leaves it out. */
  record Part(boolean single, Integer year, java.util.function.IntFunction<DeadlinePeriod.Span> inYear) {
    DeadlinePeriod.Span in(int year) {
      return inYear.apply(year);
    }
  }

  /** One part; {@code first}: at the head of a phrase, where "7/9" without "ngày" could be anything. */
  private Optional<Part> part(boolean first) {
    int mark = in.mark();
    for (Supplier<Optional<Part>> kind : List.<Supplier<Optional<Part>>>of(
        this::date, this::dateInWords, () -> dateWithoutYear(first), this::months, this::quarters, this::half,
        this::year)) {
      in.reset(mark);
      Optional<Part> part = kind.get();
      if (part.isPresent()) {
        return part;
      }
    }
    in.reset(mark);
    return Optional.empty();
  }

  /** "15/01/2026", "ngày 9.9.2026": the separator repeats, so "7-9/2026" is not 7 September. */
  private Optional<Part> date() {
    in.accept("ngày");
    Integer day = in.number();
    String sep = in.acceptAny("/", ".", "-");
    Integer month = sep == null ? null : in.number();
    if (day == null || month == null || !in.accept(sep)) {
      return Optional.empty();
    }
    Integer year = in.year();
    return year == null ? Optional.empty() : Optional.of(date(day, month, year));
  }

  /** "ngày 15 tháng 3 năm 2026", "ngày 15 tháng 3". */
  private Optional<Part> dateInWords() {
    if (!in.accept("ngày")) {
      return Optional.empty();
    }
    Integer day = in.number();
    if (day == null || !in.accept("tháng")) {
      return Optional.empty();
    }
    Integer month = in.number();
    if (month == null) {
      return Optional.empty();
    }
    return Optional.of(date(day, month, yearSuffix()));
  }

  /** "ngày 15/3"; in a list after a first date, also "15/3". */
  private Optional<Part> dateWithoutYear(boolean first) {
    if (!in.accept("ngày") && first) {
      return Optional.empty();
    }
    Integer day = in.number();
    String sep = in.acceptAny("/", ".", "-");
    Integer month = sep == null ? null : in.number();
    if (day == null || month == null || in.nextIs(sep)) {
      return Optional.empty();
    }
    return Optional.of(date(day, month, null));
  }

  private static Part date(int day, int month, Integer year) {
    return new Part(true, year, y -> {
      LocalDate date = LocalDate.of(y, month, day);
      return new DeadlinePeriod.Span(date, date);
    });
  }

  private Optional<Part> months() {
    if (!in.accept("tháng")) {
      return Optional.empty();
    }
    Optional<int[]> run = run(12, false);
    if (run.isEmpty()) {
      return Optional.empty();
    }
    int firstMonth = run.get()[0];
    int lastMonth = run.get()[1];
    return Optional.of(new Part(firstMonth == lastMonth, yearSuffix(), y -> months(y, firstMonth, lastMonth)));
  }

  private Optional<Part> quarters() {
    if (!in.accept("quý")) {
      return Optional.empty();
    }
    Optional<int[]> run = run(4, true);
    if (run.isEmpty()) {
      return Optional.empty();
    }
    int first = run.get()[0];
    int last = run.get()[1];
    return Optional.of(new Part(first == last, yearSuffix(), y -> months(y, first * 3 - 2, last * 3)));
  }

  /** "6 tháng đầu năm 2026", "sáu tháng cuối năm". */
  private Optional<Part> half() {
    if (!(in.accept("6") || in.accept("sáu")) || !in.accept("tháng")) {
      return Optional.empty();
    }
    String which = in.acceptAny("đầu", "cuối");
    if (which == null || !in.accept("năm")) {
      return Optional.empty();
    }
    in.accept("/");
    Integer year = in.year();
    int firstMonth = "đầu".equals(which) ? 1 : 7;
    return Optional.of(new Part(false, year, y -> months(y, firstMonth, firstMonth + 5)));
  }

  private Optional<Part> year() {
    if (!in.accept("năm")) {
      return Optional.empty();
    }
    Integer year = in.year();
    return year == null ? Optional.empty() : Optional.of(new Part(true, year, y -> months(y, 1, 12)));
  }

  /** "/2026" or " năm 2026" after a month, quarter or written-out date; null when absent. */
  private Integer yearSuffix() {
    int mark = in.mark();
    if (in.acceptAny("/", "năm") != null) {
      Integer year = in.year();
      if (year != null) {
        return year;
      }
    }
    in.reset(mark);
    return null;
  }

  /**
   * "7-9", "ii, iii", "1 và 2": one span, so the units must follow each other ("Quý I, III" is not read). A
   * dash spans ("7-9"); a comma or "và" adds the next unit. A separator followed by a unit word ("và tháng
   * 12") is not part of the run: it starts the next part of a list; nor is a dash before a date.
   */
  private Optional<int[]> run(int max, boolean roman) {
    Integer first = roman ? in.quarterNumber() : in.number();
    if (first == null || first < 1 || first > max) {
      return Optional.empty();
    }
    int last = first;
    while (true) {
      int mark = in.mark();
      String sep = in.acceptAny(",", "-", "và");
      Integer n = sep == null ? null : roman ? in.quarterNumber() : in.number();
      if (n == null || "-".equals(sep) && in.nextIsDayMonthSeparator()) {
        // "tháng 9 - 11/10/2025": the dash starts a range to a date, not a run of months
        in.reset(mark);
        return Optional.of(new int[] {first, last});
      }
      if (n.toString().length() == 4 || n < 1 || n > max || ("-".equals(sep) ? n <= last : n != last + 1)) {
        return Optional.empty();
      }
      last = n;
    }
  }

  private static DeadlinePeriod.Span months(int year, int firstMonth, int lastMonth) {
    return new DeadlinePeriod.Span(YearMonth.of(year, firstMonth).atDay(1), YearMonth.of(year, lastMonth).atEndOfMonth());
  }
}
