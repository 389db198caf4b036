package vn.cchcflow.report;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;
import vn.cchcflow.organisation.CityAccounts;
import vn.cchcflow.organisation.CommuneDirectory;
import vn.cchcflow.organisation.UnitGroups;
import vn.cchcflow.plan.PlanAccess;

/**
 * Who reads what of the reports. A commune's figures: its own people and the city's Sở Nội vụ. Its reports
 * (calendar, drafts, issued documents): its coordinating unit and leaders, and the Sở Nội vụ. The roll-up of
 * every commune: the Sở Nội vụ. No authentication means an internal call.
 */
@Component
class ReportAccess {

  private final PlanAccess plans;
  private final IdentityService identity;
  private final CommuneDirectory communes;

  ReportAccess(PlanAccess plans, IdentityService identity, CommuneDirectory communes) {
    this.plans = plans;
    this.identity = identity;
    this.communes = communes;
  }

  boolean canReadCommune(String commune) {
    return isCity() || plans.canReadCommune(commune);
  }

  /** The commune's coordinating unit and leaders, the Sở Nội vụ and the operator follow its reports. */
  boolean canFollowReports(String commune) {
    Authentication auth = identity.getCurrentAuthentication();
    if (auth == null || isCity() || groups(auth).contains(Groups.CAMUNDA_ADMIN)) {
      return true;
    }
    return communes.find(commune).map(c -> groups(auth).contains(UnitGroups.unit(c.id(), c.coordinatingUnit()))
        || groups(auth).contains(UnitGroups.leaders(c.id()))).orElse(false);
  }

  boolean canReadCity() {
    Authentication auth = identity.getCurrentAuthentication();
    return auth == null || isCity() || groups(auth).contains(Groups.CAMUNDA_ADMIN);
  }

  boolean isCity() {
    Authentication auth = identity.getCurrentAuthentication();
    return auth != null && groups(auth).contains(CityAccounts.GROUP);
  }

  String currentUser() {
    Authentication auth = identity.getCurrentAuthentication();
    return auth == null ? null : auth.getUserId();
  }

  private static List<String> groups(Authentication auth) {
    return auth.getGroupIds() == null ? List.of() : auth.getGroupIds();
  }
}
