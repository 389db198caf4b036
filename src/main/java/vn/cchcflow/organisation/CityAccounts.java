package vn.cchcflow.organisation;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The city's Department of Home Affairs (Sở Nội vụ): its staff are members of the group
 * {@value #GROUP}, belong to no commune, and read every commune's reports and the city roll-up. The demo
 * profile adds one such account ({@code sonoivuhp} / the demo password). The group may open Cockpit, where
 * its dashboard is the city's view; it is granted nothing in the engine, so nothing there it can change.
 */
@Component
@Order(OrganisationSync.ORDER + 1)
public class CityAccounts implements ApplicationRunner {

  public static final String GROUP = "sonoivu";
  static final String DEMO_USER = "sonoivuhp";
  private static final String DEMO_NAME = "Nguyễn Thị Phương";

  private final IdentityService identity;
  private final AuthorizationSync authorizations;
  private final String departmentName;
  private final String demoPassword;

  CityAccounts(IdentityService identity, AuthorizationSync authorizations, @Value("${cchc.city.department:Sở Nội vụ}") String departmentName,
               @Value("${cchc.demo.password:}") String demoPassword) {
    this.identity = identity;
    this.authorizations = authorizations;
    this.departmentName = departmentName;
    this.demoPassword = demoPassword;
  }

  @Override
  public void run(ApplicationArguments args) {
    // the city's view is a Cockpit dashboard (cchc-city.js): Cockpit only, and no engine resource to change
    authorizations.grant(GROUP, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
    if (identity.isReadOnly()) {
      return; // the directory's city group is mapped to GROUP (cchc.directory.city-group)
    }
    Group group = identity.createGroupQuery().groupId(GROUP).singleResult();
    if (group == null) {
      group = identity.newGroup(GROUP);
      group.setName(departmentName);
      group.setType("WORKFLOW");
      identity.saveGroup(group);
    }
    if (!demoPassword.isEmpty() && identity.createUserQuery().userId(DEMO_USER).count() == 0) {
      User user = identity.newUser(DEMO_USER);
      user.setFirstName(PersonNames.firstNameField(DEMO_NAME));
      user.setLastName(PersonNames.lastNameField(DEMO_NAME));
      user.setEmail("phuong.nt@sonoivu.example.vn");
      user.setPassword(demoPassword);
      identity.saveUser(user);
      identity.createMembership(DEMO_USER, GROUP);
    }
  }
}
