package vn.cchcflow.plan;

/** A plan was registered and its tasks started (published inside that transaction). */
public record PlanRegistered(long planId, String commune, String code, PlanCommitments commitments) {
}
