package vn.cchcflow.plan;

import java.time.LocalDate;

/** A plan as listed by {@code GET /api/plans}. */
public record PlanSummary(long id, String commune, String code, String title, LocalDate periodStart,
                          LocalDate periodEnd, int taskCount) {

  static PlanSummary of(Plan plan) {
    return new PlanSummary(plan.getId(), plan.getCommune(), plan.getCode(), plan.getTitle(), plan.getPeriodStart(),
        plan.getPeriodEnd(), plan.getTasks().size());
  }
}
