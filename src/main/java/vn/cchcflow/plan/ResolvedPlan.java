package vn.cchcflow.plan;

import java.util.List;
import vn.cchcflow.organisation.Commune;
import vn.cchcflow.organisation.Unit;

/** A valid plan whose unit names are resolved against its commune's organisation. */
record ResolvedPlan(Commune commune, PlanDocument document, List<ResolvedTask> tasks) {

  record ResolvedTask(PlanDocument.Task source, List<Unit> leadUnits, List<String> externalLeads,
                      List<Unit> supportUnits, List<String> externalSupports) {
  }
}
