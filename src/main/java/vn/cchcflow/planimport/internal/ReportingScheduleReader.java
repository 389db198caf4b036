package vn.cchcflow.planimport.internal;

import static vn.cchcflow.planimport.internal.BodyText.CI;
import static vn.cchcflow.planimport.internal.BodyText.VIETNAMESE;
import static vn.cchcflow.planimport.internal.BodyText.collapse;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import vn.cchcflow.plan.ReportingRule;
import vn.cchcflow.plan.ReportingRule.Kind;

/**
 * Periodic reports the body asks for. Kinds are read where a report is named ("báo cáo Quý", "báo cáo
 * năm") or listed after "định kỳ (hàng)"/"theo" ("hàng tháng, quý, 6 tháng, năm"); a deadline ("gửi
 * trước ngày 05 tháng cuối của quý") applies to the kinds named since the previous deadline. Without a
 * deadline a report is due on the last day of the month, quarter, half-year or year it covers: a proposal,
 * which the importer says is one ({@link #namesDay}).
 */
final class ReportingScheduleReader {

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

  private ReportingScheduleReader() {
  }

  static List<ReportingRule> read(List<Paragraph> paragraphs, PlanPeriod period) {
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

  /**
   * Whether the plan names the day a report of this rule is due; when it does not, its dues are the last days
   * of the periods covered: a proposal for the coordinating unit to confirm, not the plan's word.
   */
  static boolean namesDay(ReportingRule rule) {
    return parse(rule.text()).stream().anyMatch(f -> f.kind() == rule.kind() && f.due() != null);
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

  private static List<LocalDate> dues(Found f, PlanPeriod period, boolean annualAsked) {
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
