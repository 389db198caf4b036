package vn.cchcflow.organisation;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.IdentityServiceImpl;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Makes Camunda's users, groups, tenant and memberships match a commune file. Running it twice changes
 * nothing; people moved between units lose their old group memberships.
 */
@Component
public class IdentitySync {

  private static final Logger LOG = LoggerFactory.getLogger(IdentitySync.class);

  private final IdentityService identity;
  private final String demoPassword;

  public IdentitySync(IdentityService identity, @Value("${cchc.demo.password:}") String demoPassword) {
    this.identity = identity;
    this.demoPassword = demoPassword;
  }

  public void sync(Commune commune) {
    if (identity.isReadOnly()) {
      // people and memberships come from the directory (organisation.directory); nothing to write
      LOG.info("Commune '{}': people and groups come from the directory", commune.id());
      return;
    }
    saveTenant(commune.id(), commune.name());
    long withRandomPassword = commune.people().filter(this::saveUser).count();
    if (withRandomPassword > 0) {
      LOG.info("Commune '{}': {} new users created without a usable password; issue their initial passwords"
              + " (POST /api/accounts/initial-passwords, README \"Operator guide\")",
          commune.id(),
          withRandomPassword);
    }

    Map<String, Set<String>> members = new LinkedHashMap<>();
    Map<String, String> groupNames = new LinkedHashMap<>();
    String staff = UnitGroups.staff(commune.id());
    groupNames.put(staff, "Cán bộ " + commune.name());
    members.put(staff, commune.people().map(Person::id).collect(Collectors.toSet()));
    String leaders = UnitGroups.leaders(commune.id());
    groupNames.put(leaders, "Lãnh đạo UBND " + commune.name());
    members.put(leaders, commune.leaders().stream().map(Person::id).collect(Collectors.toSet()));
    for (Unit unit : commune.units()) {
      String unitGroup = UnitGroups.unit(commune.id(), unit.code());
      String headGroup = UnitGroups.head(commune.id(), unit.code());
      groupNames.put(unitGroup, unit.name());
      groupNames.put(headGroup, "Lãnh đạo " + unit.name());
      Set<String> unitMembers = new HashSet<>();
      unitMembers.add(unit.head().id());
      unit.officers().forEach(o -> unitMembers.add(o.id()));
      members.put(unitGroup, unitMembers);
      members.put(headGroup, Set.of(unit.head().id()));
    }

    groupNames.forEach((groupId, name) -> saveGroup(groupId, name));
    members.forEach(this::syncMembers);
    if (identity.createTenantQuery().groupMember(staff).tenantId(commune.id()).count() == 0) {
      identity.createTenantGroupMembership(commune.id(), staff);
    }
    LOG.info("Organisation of commune '{}' synced: {} groups, {} people", commune.id(), groupNames.size(),
        commune.people().count());
  }

  private void saveTenant(String id, String name) {
    Tenant tenant = identity.createTenantQuery().tenantId(id).singleResult();
    if (tenant == null) {
      tenant = identity.newTenant(id);
    }
    tenant.setName(name);
    identity.saveTenant(tenant);
  }

  /** Returns true when the user is new and got a random password. */
  private boolean saveUser(Person person) {
    User user = identity.createUserQuery().userId(person.id()).singleResult();
    boolean isNew = user == null;
    if (isNew) {
      user = identity.newUser(person.id());
      // Camunda fails on a login against a user without password; a random one locks the account
      // until the operator issues an initial password (POST /api/accounts/initial-passwords).
      user.setPassword(demoPassword.isEmpty() ? UUID.randomUUID() + "-" + UUID.randomUUID() : demoPassword);
    }
    // Vietnamese order on every screen: Camunda shows first + " " + last (see PersonNames)
    user.setFirstName(PersonNames.firstNameField(person.name()));
    user.setLastName(PersonNames.lastNameField(person.name()));
    user.setEmail(person.email());
    if (isNew && identity instanceof IdentityServiceImpl engineIdentity) {
      // the random or demo password is nobody's password: the policy is for passwords people choose
      engineIdentity.saveUser(user, true);
    } else {
      identity.saveUser(user);
    }
    return isNew && demoPassword.isEmpty();
  }

  private void saveGroup(String id, String name) {
    Group group = identity.createGroupQuery().groupId(id).singleResult();
    if (group == null) {
      group = identity.newGroup(id);
    }
    group.setName(name);
    group.setType("WORKFLOW");
    identity.saveGroup(group);
  }

  private void syncMembers(String groupId, Set<String> wanted) {
    Set<String> current = identity.createUserQuery().memberOfGroup(groupId).list().stream()
        .map(User::getId).collect(Collectors.toSet());
    for (String userId : wanted) {
      if (!current.contains(userId)) {
        identity.createMembership(userId, groupId);
      }
    }
    for (String userId : List.copyOf(current)) {
      if (!wanted.contains(userId)) {
        identity.deleteMembership(userId, groupId);
      }
    }
  }
}
