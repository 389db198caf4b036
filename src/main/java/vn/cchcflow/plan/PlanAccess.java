package vn.cchcflow.plan;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;
import vn.cchcflow.organisation.CityAccounts;
import vn.cchcflow.organisation.Commune;
import vn.cchcflow.organisation.CommuneDirectory;
import vn.cchcflow.organisation.UnitGroups;
import vn.cchcflow.system.Messages;

/**
 * Who may see and register which plans, read from the engine authentication that the API's basic-auth
 * filter sets. No authentication means an internal call (start-up demo data).
 */
@Component
public class PlanAccess {

  private final IdentityService identity;
  private final CommuneDirectory communes;
  private final Messages messages;

  PlanAccess(IdentityService identity, CommuneDirectory communes, Messages messages) {
    this.identity = identity;
    this.communes = communes;
    this.messages = messages;
  }

  String currentUser() {
    Authentication auth = identity.getCurrentAuthentication();
    return auth == null ? "system" : auth.getUserId();
  }

  public boolean canRegister(Commune commune) {
    Authentication auth = identity.getCurrentAuthentication();
    return auth == null || isAdmin(auth)
        || groups(auth).contains(UnitGroups.unit(commune.id(), commune.coordinatingUnit()));
  }

  /** Communes whose plans the caller may read; null means all. */
  Collection<String> readableCommunes() {
    Authentication auth = identity.getCurrentAuthentication();
    if (auth == null || isAdmin(auth)) {
      return null;
    }
    return auth.getTenantIds() == null ? List.of() : auth.getTenantIds();
  }

  boolean canRead(Plan plan) {
    return canReadCommune(plan.getCommune());
  }

  /** Whether the caller belongs to the commune (or is the operator, or an internal call). */
  public boolean canReadCommune(String commune) {
    Collection<String> communes = readableCommunes();
    return communes == null || communes.contains(commune);
  }

  /** The coordinating unit and the commune's leaders follow every task; other units only their own. */
  boolean seesWholePlan(Commune commune) {
    Authentication auth = identity.getCurrentAuthentication();
    if (auth == null || isAdmin(auth)) {
      return true;
    }
    Set<String> groups = groups(auth);
    return groups.contains(UnitGroups.unit(commune.id(), commune.coordinatingUnit()))
        || groups.contains(UnitGroups.leaders(commune.id()));
  }

  boolean takesPartIn(Commune commune, PlanTask task) {
    Set<String> groups = groups(identity.getCurrentAuthentication());
    return java.util.stream.Stream.concat(task.getLeadUnits().stream(), task.getSupportUnits().stream())
        .anyMatch(code -> groups.contains(UnitGroups.unit(commune.id(), code)));
  }

  /** The commune's supervisors (coordinating unit and leaders), the city and the operator read its audit trail. */
  void requireAuditReader(String communeId) {
    Authentication auth = identity.getCurrentAuthentication();
    if (auth == null || isAdmin(auth) || isCity(auth)) {
      return;
    }
    boolean supervisor = canReadCommune(communeId) && communes.find(communeId).map(this::seesWholePlan).orElse(false);
    if (!supervisor) {
      throw new PlanAccessDeniedException(messages.get("audit.denied"));
    }
  }

  void requireOperator() {
    Authentication auth = identity.getCurrentAuthentication();
    if (auth != null && !isAdmin(auth)) {
      throw new PlanAccessDeniedException(messages.get("audit.operatorOnly"));
    }
  }

  /** Whether the caller is the commune's coordinating unit or one of its leaders (or the operator). */
  public boolean supervises(Commune commune) {
    return seesWholePlan(commune);
  }

  private static boolean isCity(Authentication auth) {
    return groups(auth).contains(CityAccounts.GROUP);
  }

  private static boolean isAdmin(Authentication auth) {
    return groups(auth).contains(Groups.CAMUNDA_ADMIN);
  }

  private static Set<String> groups(Authentication auth) {
    return auth == null || auth.getGroupIds() == null ? Set.of()
        : auth.getGroupIds().stream().collect(Collectors.toSet());
  }
}
