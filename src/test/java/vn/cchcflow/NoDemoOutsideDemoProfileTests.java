package vn.cchcflow;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * A server without the demo profile (as in production): the commune's people exist but no demo password
 * opens any account, there is no admin/demo, and no demo plan is loaded.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "spring.datasource.url=jdbc:h2:mem:cchc-nodemo-tests;DB_CLOSE_DELAY=-1",
    "camunda.bpm.job-execution.enabled=false",
    "cchc.organisation.location=classpath:communes/namanphu.yaml"})
@ActiveProfiles("production")
@DirtiesContext
class NoDemoOutsideDemoProfileTests {

  @Autowired
  TestRestTemplate http;

  @Autowired
  IdentityService identity;

  @Test
  void commune_people_exist_but_no_demo_account_opens() {
    assertThat(identity.createUserQuery().userId("namanphuvhxhcv1").count()).isEqualTo(1);
    assertThat(identity.createUserQuery().userId("admin").count()).isZero();
    assertThat(http.withBasicAuth("namanphuvhxhcv1", "demo").getForEntity("/api/plans", String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(http.withBasicAuth("admin", "demo").getForEntity("/engine-rest/task", String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void loads_no_demo_plan() {
    identity.saveUser(withPassword(identity.newUser("operator2"), "p"));
    identity.createMembership("operator2", "namanphuvhxh");
    identity.createMembership("operator2", "namanphustaff");
    assertThat(http.withBasicAuth("operator2", "p").getForEntity("/api/plans", String.class).getBody()).isEqualTo("[]");
  }

  private static org.camunda.bpm.engine.identity.User withPassword(org.camunda.bpm.engine.identity.User user,
                                                                  String password) {
    user.setPassword(password);
    return user;
  }
}
