package vn.cchcflow.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What a registered plan commits the commune to besides its task list, as read from its body and
 * confirmed at import: its kind, the locality and coordinating unit it names (as written), the periodic
 * reports it asks for, its targets (chỉ tiêu) and the bodies its reports go to (from its reporting
 * sentence and "Nơi nhận"). Stored with the plan by {@link PlanCommitmentsConverter}.
 */
public record PlanCommitments(PlanKind kind, String locality, String coordinatingUnit, List<ReportingRule> reporting,
                              List<Target> targets, List<String> recipients) {

  /** A plan posted without a body (a bare task list): an administrative-reform plan with no reports asked. */
  public static final PlanCommitments NONE = new PlanCommitments(PlanKind.CCHC, null, null, List.of(), List.of(),
      List.of());

  public PlanCommitments {
    kind = kind == null ? PlanKind.CCHC : kind;
    reporting = reporting == null ? List.of() : List.copyOf(reporting);
    targets = targets == null ? List.of() : List.copyOf(targets);
    recipients = recipients == null ? List.of() : List.copyOf(recipients);
  }

  /**
   * The days the commune's own reports under the plan are due, within the period: every due day of the
   * plan's reporting rules; when the plan asks for none, the usual quarterly days (before day 05 of each
   * quarter's last month, i.e. the 4th, as Hải Phòng communes report).
   */
  public List<LocalDate> reportDays(LocalDate periodStart, LocalDate periodEnd) {
    List<LocalDate> days = new ArrayList<>();
    reporting.forEach(rule -> days.addAll(rule.dues()));
    if (days.isEmpty()) {
      for (LocalDate month = periodStart.withDayOfMonth(1); !month.isAfter(periodEnd); month = month.plusMonths(1)) {
        if (month.getMonthValue() % 3 == 0) {
          days.add(month.withDayOfMonth(4));
        }
      }
    }
    return days.stream().filter(d -> !d.isBefore(periodStart) && !d.isAfter(periodEnd)).distinct().sorted().toList();
  }
}
