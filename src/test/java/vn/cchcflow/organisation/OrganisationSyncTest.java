package vn.cchcflow.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Syncing the organisation twice gives the same identity, grants and filters as syncing once. */
class OrganisationSyncTest {

  @RegisterExtension
  static ProcessEngineExtension extension = ProcessEngineExtension.builder()
      .configurationResource("camunda-unit-test.cfg.xml").build();

  private static final Commune NAM_AN_PHU = CommuneDirectory.fromLocation("classpath:communes/namanphu.yaml")
      .find("namanphu").orElseThrow();

  @Test
  void syncing_twice_changes_nothing_and_moved_people_leave_their_old_unit() {
    ProcessEngine engine = extension.getProcessEngine();
    IdentitySync identity = new IdentitySync(engine.getIdentityService(), "demo");
    AuthorizationSync authorizations = new AuthorizationSync(engine.getAuthorizationService());
    TasklistFilterSync filters = new TasklistFilterSync(engine.getFilterService(), engine.getTaskService(), authorizations);
    Runnable sync = () -> {
      identity.sync(NAM_AN_PHU);
      authorizations.sync(NAM_AN_PHU);
      filters.sync(NAM_AN_PHU);
    };

    // the in-memory engine is shared with other test classes: start from a commune nobody synced yet
    NAM_AN_PHU.people().forEach(person -> engine.getIdentityService().deleteUser(person.id()));
    sync.run();
    List<Long> once = counts(engine);
    sync.run();
    assertThat(counts(engine)).isEqualTo(once);
    assertThat(once.get(0)).isEqualTo(13);                       // people
    // four filters per unit, "Chờ thẩm định" of the coordinating unit, two of the leaders
    assertThat(once.get(3)).isEqualTo(5 * 4 + 1 + 2);
    assertThat(engine.getFilterService().createFilterQuery().list()).extracting(f -> f.getName())
        .contains("Chờ thẩm định", "Việc chờ lãnh đạo");
    assertThat(engine.getIdentityService().checkPassword("namanphuvhxhcv1", "demo")).isTrue();
    assertThat(engine.getIdentityService().createTenantQuery().userMember("namanphukinhtecv1")
        .includingGroupsOfUser(true).singleResult().getId()).isEqualTo("namanphu");
    assertThat(engine.getAuthorizationService().createAuthorizationQuery().groupIdIn("namanphuleaders")
        .resourceType(Resources.APPLICATION).resourceId("cockpit").hasPermission(Permissions.ACCESS).count()).isEqualTo(1);

    // Phòng Kinh tế's officer moves to Văn phòng: one sync later he is in VP only
    engine.getIdentityService().createMembership("namanphukinhtecv1", "namanphuvpub");
    identity.sync(NAM_AN_PHU);
    assertThat(engine.getIdentityService().createGroupQuery().groupMember("namanphukinhtecv1").list())
        .extracting(g -> g.getId()).containsExactlyInAnyOrder("namanphukinhte", "namanphustaff");
  }

  private static List<Long> counts(ProcessEngine engine) {
    var identity = engine.getIdentityService();
    long memberships = identity.createGroupQuery().list().stream()
        .mapToLong(g -> identity.createUserQuery().memberOfGroup(g.getId()).count()).sum();
    return List.of(identity.createUserQuery().count(), identity.createGroupQuery().count(), memberships,
        engine.getFilterService().createFilterQuery().count(),
        engine.getAuthorizationService().createAuthorizationQuery().count(),
        identity.createTenantQuery().count());
  }
}
