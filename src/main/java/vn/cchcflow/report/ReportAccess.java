package vn.cchcflow.report;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;
import vn.cchcflow.organisation.CityAccounts;
import vn.cchcflow.plan.PlanAccess;

/** Reports of a commune are for its own people and the city's Sở Nội vụ; the roll-up only for the latter. */
@Component
class ReportAccess {

  private final PlanAccess plans;
  private final IdentityService identity;

  ReportAccess(PlanAccess plans, IdentityService identity) {
    this.plans = plans;
    this.identity = identity;
  }

  boolean canReadCommune(String commune) {
    return isCity() || plans.canReadCommune(commune);
  }

  boolean canReadCity() {
    Authentication auth = identity.getCurrentAuthentication();
    return auth == null || isCity() || auth.getGroupIds().contains("camunda-admin");
  }

  private boolean isCity() {
    Authentication auth = identity.getCurrentAuthentication();
    return auth != null && auth.getGroupIds() != null && auth.getGroupIds().contains(CityAccounts.GROUP);
  }
}
