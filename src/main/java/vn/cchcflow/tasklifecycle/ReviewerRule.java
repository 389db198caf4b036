package vn.cchcflow.tasklifecycle;

import vn.cchcflow.organisation.Commune;
import vn.cchcflow.organisation.Person;
import vn.cchcflow.organisation.UnitGroups;

/**
 * Nobody reviews their own work: a part is reviewed by the coordinating unit, unless the coordinating
 * unit does that part itself; then by the leader in charge of it (Phó Chủ tịch phụ trách), or the chair
 * when the commune file names none.
 */
public final class ReviewerRule {

  private ReviewerRule() {
  }

  public static Reviewer reviewerOf(Commune commune, String partUnitCode) {
    if (!commune.coordinatingUnit().equals(partUnitCode)) {
      return Reviewer.group(UnitGroups.unit(commune.id(), commune.coordinatingUnit()));
    }
    return commune.leaderInChargeOf(partUnitCode).map(Person::id).map(Reviewer::user)
        .orElseGet(() -> Reviewer.group(UnitGroups.leaders(commune.id())));
  }
}
