package vn.cchcflow.planimport.internal;

import vn.cchcflow.plan.PlanCommitments;
import vn.cchcflow.plan.PlanDocument;
import vn.cchcflow.planimport.ParsedPlan;
import vn.cchcflow.planimport.ParsedTask;

/** Turns a parsed plan into the canonical plan the plan service registers. */
public final class ImportedPlans {

  private ImportedPlans() {
  }

  public static PlanDocument toDocument(ParsedPlan parsed, String commune, String code) {
    var facts = parsed.plan();
    return new PlanDocument(commune, code == null || code.isBlank() ? PlanCodes.derive(facts) : code.strip(),
        facts.title(), facts.periodStart(), facts.periodEnd(),
        parsed.tasks().stream().map(ImportedPlans::task).toList(), commitments(parsed));
  }

  private static PlanDocument.Task task(ParsedTask task) {
    return new PlanDocument.Task(task.number(), task.area(), task.content(), task.leadUnits(), task.supportUnits(),
        task.deadlineText(), task.schedule() == null ? null : task.schedule().due(), task.deliverable(),
        task.schedule(), task.draft());
  }

  private static PlanCommitments commitments(ParsedPlan parsed) {
    var facts = parsed.plan();
    return new PlanCommitments(null, facts.locality(), facts.coordinatingUnit(), facts.reporting(), facts.targets(),
        null);
  }
}
