package vn.cchcflow.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import vn.cchcflow.plan.ReportingRule;
import vn.cchcflow.plan.ReportingRule.Kind;

/**
 * The reports a plan asks for, from its reporting schedule: one report per due date. When a monthly,
 * quarterly, 6-month and annual report fall due the same day, one report covers them: it reports on the
 * broadest period (the year, else the half-year, else the quarter) and names the others it covers, as
 * communes do ("báo cáo Quý, báo cáo 6 tháng… báo cáo năm"). A quarterly report due 04/03 reports on quý I.
 */
public final class ReportDues {

  private ReportDues() {
  }

  /** One report to make: its period code, the last day to send it, and the shorter periods it also covers. */
  public record Due(String period, LocalDate due, List<String> covers) {

    public Due {
      covers = covers == null ? List.of() : List.copyOf(covers);
    }
  }

  public static List<Due> of(List<ReportingRule> reporting) {
    Map<LocalDate, Set<Kind>> byDay = new TreeMap<>();
    for (ReportingRule rule : reporting) {
      for (LocalDate due : rule.dues()) {
        byDay.computeIfAbsent(due, d -> EnumSet.noneOf(Kind.class)).add(rule.kind());
      }
    }
    List<Due> dues = new ArrayList<>();
    byDay.forEach((day, kinds) -> {
      Kind broadest = kinds.stream().max(Enum::compareTo).orElseThrow();
      List<String> covers = new ArrayList<>();
      kinds.stream().filter(k -> k != broadest).sorted(java.util.Comparator.reverseOrder())
          .forEach(k -> covers.add(ReportPeriod.parse(period(k, day)).orElseThrow().label()));
      dues.add(new Due(period(broadest, day), day, covers));
    });
    return dues;
  }

  /** The period a report of that kind due on that day reports on. */
  static String period(Kind kind, LocalDate due) {
    return switch (kind) {
      case MONTHLY -> due.getYear() + "-" + String.format("%02d", due.getMonthValue());
      case QUARTERLY -> due.getYear() + "-Q" + ((due.getMonthValue() - 1) / 3 + 1);
      case HALF_YEAR -> due.getYear() + (due.getMonthValue() <= 6 ? "-H1" : "-H2");
      case ANNUAL -> String.valueOf(due.getYear());
    };
  }
}
