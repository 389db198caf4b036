package vn.cchcflow.planimport;

import java.time.LocalDate;
import java.util.List;
import vn.cchcflow.plan.ReportingRule;
import vn.cchcflow.plan.Target;

/**
 * What a plan says about itself in its body: title, locality, period, coordinating unit (as written, or
 * the matched unit code when a commune is known), reporting schedule and targets (chỉ tiêu).
 */
public record PlanFacts(String title, String locality, LocalDate periodStart, LocalDate periodEnd,
                        String coordinatingUnit, List<ReportingRule> reporting, List<Target> targets) {

  public PlanFacts {
    reporting = reporting == null ? List.of() : List.copyOf(reporting);
    targets = targets == null ? List.of() : List.copyOf(targets);
  }
}
