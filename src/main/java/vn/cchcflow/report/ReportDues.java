package vn.cchcflow.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.cchcflow.plan.ReportingRule;
import vn.cchcflow.plan.ReportingRule.Kind;

/**
 * The reports a plan asks for, from its reporting schedule: each due date with the period it reports on
 * (a quarterly report due 04/03 reports on quý I). A quarterly report falling on the day of a 6-month or
 * annual report is covered by it, as communes do ("báo cáo Quý, báo cáo 6 tháng… báo cáo năm").
 */
public final class ReportDues {

  private ReportDues() {
  }

  /** One report to make: its period code and the last day to send it. */
  public record Due(String period, LocalDate due) {
  }

  public static List<Due> of(List<ReportingRule> reporting) {
    Map<String, Due> byPeriod = new LinkedHashMap<>();
    Set<LocalDate> broaderDays = new HashSet<>();
    for (ReportingRule rule : reporting) {
      if (rule.kind() == Kind.HALF_YEAR || rule.kind() == Kind.ANNUAL) {
        broaderDays.addAll(rule.dues());
      }
    }
    for (ReportingRule rule : reporting) {
      for (LocalDate due : rule.dues()) {
        if (rule.kind() == Kind.QUARTERLY && broaderDays.contains(due)) {
          continue;
        }
        String period = switch (rule.kind()) {
          case MONTHLY -> due.getYear() + "-" + String.format("%02d", due.getMonthValue());
          case QUARTERLY -> due.getYear() + "-Q" + ((due.getMonthValue() - 1) / 3 + 1);
          case HALF_YEAR -> due.getYear() + (due.getMonthValue() <= 6 ? "-H1" : "-H2");
          case ANNUAL -> String.valueOf(due.getYear());
        };
        byPeriod.putIfAbsent(period, new Due(period, due));
      }
    }
    List<Due> dues = new ArrayList<>(byPeriod.values());
    dues.sort(Comparator.comparing(Due::due).thenComparing(Due::period));
    return dues;
  }
}
