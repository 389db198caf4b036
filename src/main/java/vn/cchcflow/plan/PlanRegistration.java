package vn.cchcflow.plan;

/** Answer to a registration: the plan, and whether this call created it (false: it existed, nothing started). */
public record PlanRegistration(PlanSummary plan, boolean created) {
}
