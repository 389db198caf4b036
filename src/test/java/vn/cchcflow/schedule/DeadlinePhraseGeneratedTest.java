package vn.cchcflow.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.IntPredicate;
import org.junit.jupiter.api.Test;

/**
 * Thousands of deadline phrases composed from the parts officials write (dates, months, quarters,
 * half-years, years; prefixes; lists; ranges; repetition; events; ongoing work; and broken phrases), each
 * with the schedule it must mean, worked out here from the parts chosen, not by the parser. A fixed seed
 * makes every run compose the same phrases.
 */
class DeadlinePhraseGeneratedTest {

  private static final int PHRASES = 6_000;
  private static final long SEED = Long.getLong("deadline.seed", 20_261_201L);

  /** A plan period; {@code free} holds the months a part without a year may name (they overlap the period). */
  private record Plan(LocalDate start, LocalDate end, int year, int firstFreeMonth) {
    static final Plan YEAR_2026 = new Plan(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), 2026, 1);
    static final Plan YEAR_2025 = new Plan(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31), 2025, 1);
    static final Plan HALF_2025 = new Plan(LocalDate.of(2025, 7, 1), LocalDate.of(2025, 12, 31), 2025, 7);
  }

  /** A composed part: its text, the days it covers, whether it is one unit, and whether it names its year. */
  private record Part(String text, LocalDate start, LocalDate end, boolean single, boolean hasYear) {
  }

  private record Case(String family, String phrase, Plan plan, Schedule expected) {
  }

  private final Random random = new Random(SEED);

  @Test
  void reads_every_composed_phrase_as_the_schedule_its_parts_mean() {
    Map<String, Integer> perFamily = new TreeMap<>();
    List<String> wrong = new ArrayList<>();
    for (int i = 0; i < PHRASES; i++) {
      Case c = compose();
      perFamily.merge(c.family(), 1, Integer::sum);
      Schedule read = DeadlinePhraseParser.parse(c.phrase(), c.plan().start(), c.plan().end());
      if (!read.equals(c.expected())) {
        wrong.add(c.family() + ": «" + c.phrase() + "» in " + c.plan().start() + ".." + c.plan().end() + " read " + read
            + " expected " + c.expected());
      }
    }
    System.out.printf("generated deadline phrases: %d, wrong: %d, per family: %s%n", PHRASES, wrong.size(), perFamily);
    assertThat(perFamily.values().stream().mapToInt(Integer::intValue).sum()).isGreaterThanOrEqualTo(5_000);
    assertThat(wrong).as("phrases read wrong (first 30)").hasSize(0);
  }

  // ---------------------------------------------------------------- families

  private Case compose() {
    Plan plan = pick(Plan.YEAR_2026, Plan.YEAR_2026, Plan.YEAR_2025, Plan.HALF_2025);
    int family = random.nextInt(100);
    Case c;
    if (family < 25) {
      c = bounded(plan);
    } else if (family < 38) {
      c = list(plan);
    } else if (family < 53) {
      c = range(plan);
    } else if (family < 60) {
      c = from(plan);
    } else if (family < 72) {
      c = recurring(plan);
    } else if (family < 77) {
      c = event(plan);
    } else if (family < 83) {
      c = ongoing(plan);
    } else {
      c = broken(plan);
    }
    return new Case(c.family(), surface(c.phrase()), plan, c.expected());
  }

  /** "Trước ngày 15/3/2026", "Chậm nhất trong quý II/2026", "Tháng 7-9/2026", "Tháng 10 hằng năm". */
  private Case bounded(Plan plan) {
    int kind = random.nextInt(3); // 0 before, 1 by end, 2 plain
    String prefix = switch (kind) {
      case 0 -> pick("Trước ", "Chậm nhất trước ", "Hoàn thành trước ");
      case 1 -> pick("Chậm nhất ", "Chậm nhất là ", "Chậm nhất trong ", "Chậm nhất vào ", "Đến hết ", "Đến ", "Tới ",
          "Hết ", "Cuối ", "Hoàn thành chậm nhất ");
      default -> pick("", "", "Trong ", "Vào ", "Hoàn thành trong ", "Hoàn thành ");
    };
    Part part = kind == 2 ? part(plan, true, false) : part(plan, true, true);
    String everyYear = !part.hasYear() && random.nextInt(4) == 0 ? " hằng năm" : "";
    Schedule expected = switch (kind) {
      case 0 -> Schedule.dueBy(part.start().minusDays(1));
      case 1 -> Schedule.dueBy(part.end());
      default -> part.single() ? Schedule.dueBy(part.end()) : Schedule.window(part.start(), part.end());
    };
    return new Case("bounded", prefix + part.text() + everyYear, plan, expected);
  }

  /** "Tháng 6 và tháng 12/2026", "Quý I; quý III năm 2026", "Ngày 30/6 và 31/12/2026". */
  private Case list(Plan plan) {
    boolean before = random.nextInt(4) == 0;
    String prefix = before ? pick("Trước ", "Chậm nhất trước ") : pick("", "", "Chậm nhất ", "Trong ", "Vào ");
    int count = 2 + random.nextInt(2);
    boolean yearOnLastOnly = random.nextBoolean();
    boolean anyYear = random.nextInt(3) > 0;
    int year = anyYear ? plan.year() + pick(0, 0, 0, 1) : plan.year();
    String kind = pick("month", "quarter", "date");
    List<Part> parts = new ArrayList<>();
    int from = kind.equals("quarter") ? (plan.firstFreeMonth() + 2) / 3 : plan.firstFreeMonth();
    int last = kind.equals("quarter") ? 4 : 12;
    if (last - from + 1 < count) {
      count = last - from + 1;
    }
    if (count < 2) {
      return bounded(plan);
    }
    List<Integer> units = increasing(from, last, count);
    StringBuilder text = new StringBuilder(prefix);
    List<LocalDate> dues = new ArrayList<>();
    for (int i = 0; i < units.size(); i++) {
      int u = units.get(i);
      boolean lastOne = i == units.size() - 1;
      boolean writeYear = anyYear && (lastOne || !yearOnLastOnly);
      String yearText = writeYear ? pick("/", " năm ") + year : "";
      Part part = switch (kind) {
        case "month" -> new Part(pick("tháng ", "Tháng ") + pad(u) + yearText, YearMonth.of(year, u).atDay(1),
            YearMonth.of(year, u).atEndOfMonth(), true, writeYear);
        case "quarter" -> new Part(pick("quý ", "Quý ") + quarter(u) + yearText,
            YearMonth.of(year, u * 3 - 2).atDay(1), YearMonth.of(year, u * 3).atEndOfMonth(), true, writeYear);
        default -> {
          int day = 1 + random.nextInt(28);
          LocalDate date = LocalDate.of(year, u, day);
          String dateText = i > 0 && random.nextBoolean()
              ? day + "/" + u + (writeYear ? "/" + year : "")
              : "ngày " + pad(day) + "/" + pad(u) + (writeYear ? "/" + year : "");
          yield new Part(dateText, date, date, true, writeYear);
        }
      };
      parts.add(part);
      if (i > 0) {
        text.append(pick(" và ", ", ", "; "));
      }
      text.append(part.text());
      dues.add(before ? part.start().minusDays(1) : part.end());
    }
    return new Case("list", text.toString(), plan, Schedule.recurring(dues));
  }

  /** "Từ tháng 4 đến tháng 11/2026", "Quý II - quý III/2026", "Từ ngày 01/3/2026 đến hết ngày 30/6/2026". */
  private Case range(Plan plan) {
    boolean withYear = random.nextInt(3) > 0;
    int year = withYear ? plan.year() + pick(0, 0, 1) : plan.year();
    int firstMonth = plan.firstFreeMonth() + random.nextInt(12 - plan.firstFreeMonth());
    int lastMonth = firstMonth + 1 + random.nextInt(12 - firstMonth);
    Part first = unitAt(firstMonth, year, random.nextBoolean() && withYear, true);
    Part last = unitAt(lastMonth, year, withYear, false);
    if (last.end().isBefore(first.start())) {
      return bounded(plan);
    }
    String phrase = pick("Từ ", "Từ ", "Bắt đầu từ ", "Hoàn thành từ ", "") + first.text()
        + pick(" đến ", " đến hết ", " tới ", " - ") + last.text();
    return new Case("range", phrase, plan, Schedule.window(first.start(), last.end()));
  }

  /** A date, month or quarter containing the month; first parts of a phrase need "ngày" before a date. */
  private Part unitAt(int month, int year, boolean writeYear, boolean first) {
    String yearText = writeYear ? pick("/", " năm ") + year : "";
    return switch (random.nextInt(3)) {
      case 0 -> {
        int day = 1 + random.nextInt(28);
        LocalDate date = LocalDate.of(year, month, day);
        String text = writeYear
            ? pick("ngày ", first ? "ngày " : "") + pad(day) + "/" + pad(month) + "/" + year
            : "ngày " + day + "/" + month;
        yield new Part(text, date, date, true, writeYear);
      }
      case 1 -> new Part(pick("tháng ", "Tháng ") + pad(month) + yearText, YearMonth.of(year, month).atDay(1),
          YearMonth.of(year, month).atEndOfMonth(), true, writeYear);
      default -> {
        int q = (month + 2) / 3;
        yield new Part(pick("quý ", "Quý ") + quarter(q) + yearText, YearMonth.of(year, q * 3 - 2).atDay(1),
            YearMonth.of(year, q * 3).atEndOfMonth(), true, writeYear);
      }
    };
  }

  /** "Từ ngày 15/3/2026", "Kể từ tháng 4 trở đi": ongoing from the start of the part to the period's end. */
  private Case from(Plan plan) {
    Part part = part(plan, true, false);
    String phrase = pick("Từ ", "Bắt đầu từ ", "Kể từ ") + part.text() + pick("", "", " trở đi");
    return new Case("from", phrase, plan, Schedule.continuous(part.start(), plan.end()));
  }

  /** "Hằng quý", "Định kỳ 6 tháng", "Trước ngày 10 hằng tháng", "Chậm nhất ngày 05 tháng cuối quý". */
  private Case recurring(Plan plan) {
    int kind = random.nextInt(4);
    if (kind == 0) {
      boolean quarterly = random.nextBoolean();
      String phrase = pick("", "Định kỳ ") + pick("hằng ", "hàng ", "mỗi ") + (quarterly ? pick("quý", "quí") : "tháng");
      return new Case("recurring", phrase, plan, monthEnds(plan, quarterly ? m -> m % 3 == 0 : m -> true));
    }
    if (kind == 1) {
      int every = pick(1, 2, 3, 4, 6);
      String phrase = "Định kỳ " + every + " tháng" + pick("", " một lần");
      return new Case("recurring", phrase, plan, monthEnds(plan, m -> m % every == 0));
    }
    int day = 1 + random.nextInt(31);
    String bound = pick("", "Trước ", "Chậm nhất ");
    boolean quarterly = kind == 3;
    String phrase = bound + pick("ngày ", "Ngày ") + pad(day) + pick(" ", " của ")
        + (quarterly ? "tháng cuối " + pick("", "của ") + pick("", "mỗi ", "hằng ") + "quý" : pick("hằng", "mỗi") + " tháng");
    List<LocalDate> dues = new ArrayList<>();
    for (YearMonth m = YearMonth.from(plan.start()); !m.isAfter(YearMonth.from(plan.end())); m = m.plusMonths(1)) {
      if (!quarterly || m.getMonthValue() % 3 == 0) {
        LocalDate due = m.atDay(Math.min(day, m.lengthOfMonth()));
        due = bound.startsWith("Trước") ? due.minusDays(1) : due;
        if (!due.isBefore(plan.start()) && !due.isAfter(plan.end())) {
          dues.add(due);
        }
      }
    }
    return new Case("recurring", bound.isEmpty() ? capitalised(phrase) : phrase, plan, Schedule.recurring(dues));
  }

  private static Schedule monthEnds(Plan plan, IntPredicate months) {
    List<LocalDate> dues = new ArrayList<>();
    for (YearMonth m = YearMonth.from(plan.start()); !m.isAfter(YearMonth.from(plan.end())); m = m.plusMonths(1)) {
      if (months.test(m.getMonthValue())) {
        dues.add(m.atEndOfMonth());
      }
    }
    return Schedule.recurring(dues);
  }

  /** "Khi thành phố tổ chức", "Theo hướng dẫn của Sở Nội vụ (trước ngày 15/3/2026)". */
  private Case event(Plan plan) {
    String phrase = pick("Khi ", "Ngay sau khi ", "Sau khi ", "Theo lộ trình của ", "Theo hướng dẫn của ",
        "Theo yêu cầu của ", "Theo kế hoạch của ", "Theo chỉ đạo của ", "Theo văn bản của ", "Theo thông báo của ",
        "Theo tiến độ của ") + pick("thành phố tổ chức", "Sở Nội vụ", "UBND thành phố ban hành Kế hoạch",
        "cấp trên, trước ngày 15/3/" + plan.year(), "Trung ương và Kế hoạch số 310/KH-UBND ngày 24/11/2025");
    return new Case("event", phrase, plan, Schedule.onEvent());
  }

  /** "Thường xuyên", "Thường xuyên trong năm 2026", "Cả năm", "Năm 2026", "Trong năm 2026". */
  private Case ongoing(Plan plan) {
    int year = plan.year();
    return switch (random.nextInt(4)) {
      case 0 -> new Case("ongoing", pick("Thường xuyên", "Liên tục") + pick("", ", kịp thời", " hoặc theo lộ trình"),
          plan, Schedule.continuous(null, plan.end()));
      case 1 -> new Case("ongoing", pick("Thường xuyên", "Liên tục") + pick(" trong năm ", " cả năm ") + year, plan,
          Schedule.continuous(null, LocalDate.of(year, 12, 31)));
      case 2 -> new Case("ongoing", pick("Cả năm", "Trong năm"), plan, Schedule.continuous(null, plan.end()));
      default -> new Case("ongoing", pick("Cả năm ", "Trong năm ", "Năm ") + year + pick("", "/theo thời gian đánh giá"),
          plan, Schedule.continuous(null, LocalDate.of(year, 12, 31)));
    };
  }

  /** Phrases that must stay UNKNOWN: impossible or out-of-order parts, unit words without a number, leftovers. */
  private Case broken(Plan plan) {
    int y = plan.year();
    String phrase = switch (random.nextInt(12)) {
      case 0 -> "Quý V/" + y;
      case 1 -> "Tháng " + (13 + random.nextInt(10)) + "/" + y;
      case 2 -> pick("Ngày 31/2/", "Ngày 30/2/", "Trước ngày 31/4/", "ngày 32/1/") + y;
      case 3 -> "Quý I, III/" + y;
      case 4 -> "Tháng " + (6 + random.nextInt(6)) + "-" + (1 + random.nextInt(5)) + "/" + y;
      case 5 -> (1 + random.nextInt(9)) + "-" + (10 + random.nextInt(3)) + "/" + y;
      case 6 -> pick("Hằng năm", "Định kỳ hằng năm", "Năm", "Định kỳ 12 tháng", "Định kỳ 5 tháng", "Ngày 0 hằng tháng");
      case 7 -> "Từ tháng " + (6 + random.nextInt(6)) + "/" + y + " đến tháng " + (1 + random.nextInt(5)) + "/" + y;
      case 8 -> "Tháng 12/" + y + " và tháng 6/" + y;
      case 9 -> bounded(plan).phrase() + pick(" sớm", " tùy tình hình", " xyz", " (dự kiến)");
      case 10 -> pick("Sớm nhất có thể", "Kịp thời", "Ngay", "abc", "Trong tháng", "Quý", "Trước ngày");
      default -> pick("7/9", "Trước 15/3", "Tháng 6 hoặc tháng 7/" + y);
    };
    return new Case("broken", phrase, plan, Schedule.unknown());
  }

  // ---------------------------------------------------------------- parts

  /**
   * A date, written-out date, month, month run, quarter, quarter run, half-year or (when {@code yearPart})
   * year; {@code first}: heading a phrase. Parts without a year name months of the plan period.
   */
  private Part part(Plan plan, boolean first, boolean yearPart) {
    boolean withYear = random.nextInt(3) > 0;
    int year = withYear ? plan.year() + pick(0, 0, 0, -1, 1) : plan.year();
    int lowest = withYear ? 1 : plan.firstFreeMonth();
    int month = lowest + random.nextInt(13 - lowest);
    String yearText = withYear ? pick("/", " năm ", "/ ") + year : "";
    int kind = random.nextInt(yearPart ? 8 : 7);
    switch (kind) {
      case 0: { // numeric date, "ngày" optional with a year
        int day = 1 + random.nextInt(YearMonth.of(year, month).lengthOfMonth());
        LocalDate date = LocalDate.of(year, month, day);
        String sep = pick("/", "/", ".", "-");
        String text = withYear ? pick("ngày ", "Ngày ", "") + pad(day) + sep + pad(month) + sep + year
            : "ngày " + day + pick("/", ".") + month;
        return new Part(text, date, date, true, withYear);
      }
      case 1: { // written out
        int day = 1 + random.nextInt(YearMonth.of(year, month).lengthOfMonth());
        LocalDate date = LocalDate.of(year, month, day);
        return new Part("ngày " + day + " tháng " + month + (withYear ? " năm " + year : ""), date, date, true, withYear);
      }
      case 2: // one month
        return new Part(pick("tháng ", "Tháng ") + pad(month) + yearText, YearMonth.of(year, month).atDay(1),
            YearMonth.of(year, month).atEndOfMonth(), true, withYear);
      case 3: { // run of months
        if (month == 12) {
          month = 11;
        }
        int last = month + 1 + random.nextInt(Math.min(3, 12 - month));
        String run = random.nextBoolean() ? month + pick("-", " - ") + last : consecutive(month, last, false);
        return new Part(pick("tháng ", "Tháng ") + run + yearText, YearMonth.of(year, month).atDay(1),
            YearMonth.of(year, last).atEndOfMonth(), false, withYear);
      }
      case 4: { // one quarter
        int q = (month + 2) / 3;
        return new Part(pick("quý ", "Quý ", "quí ") + quarter(q) + yearText, YearMonth.of(year, q * 3 - 2).atDay(1),
            YearMonth.of(year, q * 3).atEndOfMonth(), true, withYear);
      }
      case 5: { // run of quarters
        int q = Math.min(3, (month + 2) / 3);
        int last = q + 1 + random.nextInt(4 - q);
        boolean roman = random.nextBoolean();
        String run = random.nextBoolean() ? quarter(q, roman) + "-" + quarter(last, roman) : consecutive(q, last, roman);
        return new Part(pick("quý ", "Quý ") + run + yearText, YearMonth.of(year, q * 3 - 2).atDay(1),
            YearMonth.of(year, last * 3).atEndOfMonth(), false, withYear);
      }
      case 6: { // half-year
        boolean firstHalf = month <= 6;
        int from = firstHalf ? 1 : 7;
        return new Part(pick("6", "sáu") + " tháng " + (firstHalf ? "đầu" : "cuối") + " năm" + (withYear ? " " + year : ""),
            YearMonth.of(year, from).atDay(1), YearMonth.of(year, from + 5).atEndOfMonth(), false, withYear);
      }
      default: // a year, after "trước" or "đến hết"
        int y = plan.year() + pick(0, 1);
        return new Part("năm " + y, LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31), true, true);
    }
  }

  private String consecutive(int first, int last, boolean roman) {
    StringBuilder text = new StringBuilder(quarterOrNumber(first, roman));
    for (int n = first + 1; n <= last; n++) {
      text.append(n == last && random.nextBoolean() ? " và " : pick(", ", ","));
      text.append(quarterOrNumber(n, roman));
    }
    return text.toString();
  }

  private static String quarterOrNumber(int n, boolean roman) {
    return roman ? quarter(n, true) : String.valueOf(n);
  }

  private String quarter(int q) {
    return quarter(q, random.nextBoolean());
  }

  private static String quarter(int q, boolean roman) {
    return roman ? new String[] {"I", "II", "III", "IV"}[q - 1] : String.valueOf(q);
  }

  private List<Integer> increasing(int from, int to, int count) {
    List<Integer> all = new ArrayList<>();
    for (int n = from; n <= to; n++) {
      all.add(n);
    }
    java.util.Collections.shuffle(all, random);
    return all.subList(0, count).stream().sorted().toList();
  }

  // ---------------------------------------------------------------- surface

  /** What officials' typing does to a phrase: case, spacing, a closing dot, decomposed diacritics, "hàng". */
  private String surface(String phrase) {
    String text = capitalised(phrase);
    switch (random.nextInt(10)) {
      case 0 -> text = text.toUpperCase(java.util.Locale.ROOT);
      case 1 -> text = text.toLowerCase(java.util.Locale.ROOT);
      case 2 -> text = "  " + text.replace(" ", "  ") + " ";
      case 3 -> text = Normalizer.normalize(text, Normalizer.Form.NFD);
      default -> {
      }
    }
    return text + pick("", "", "", ".", ";", " .");
  }

  private static String capitalised(String text) {
    return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + text.substring(1);
  }

  private String pad(int n) {
    return n < 10 && random.nextBoolean() ? "0" + n : String.valueOf(n);
  }

  @SafeVarargs
  private <T> T pick(T... options) {
    return options[random.nextInt(options.length)];
  }
}
