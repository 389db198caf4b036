package vn.cchcflow.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.mock.env.MockEnvironment;
import vn.cchcflow.CchcFlowApplication;

@ExtendWith(OutputCaptureExtension.class)
class ProductionStartGuardTest {

  @Test
  void a_start_with_the_postgres_profile_and_no_operator_stops_with_a_clear_message(CapturedOutput output) {
    assertThatThrownBy(() -> new SpringApplicationBuilder(CchcFlowApplication.class).profiles("postgres")
        .run("--server.port=0"))
        .isInstanceOf(ProductionStartGuard.ProductionStartRefused.class)
        .hasMessageContaining("CAMUNDA_BPM_ADMINUSER_ID").hasMessageContaining("CAMUNDA_BPM_ADMINUSER_PASSWORD");
    assertThat(output).contains("APPLICATION FAILED TO START").contains("CAMUNDA_BPM_ADMINUSER_PASSWORD=");
  }

  @Test
  void a_weak_operator_password_is_refused_and_a_strong_one_accepted() {
    MockEnvironment weak = new MockEnvironment().withProperty("camunda.bpm.admin-user.id", "operator")
        .withProperty("camunda.bpm.admin-user.password", "admin123");
    weak.setActiveProfiles("postgres");
    assertThat(ProductionStartGuard.problems(weak)).singleElement().asString()
        .contains("too weak").contains("an upper-case letter").contains("a special character");

    MockEnvironment strong = new MockEnvironment().withProperty("camunda.bpm.admin-user.id", "operator")
        .withProperty("camunda.bpm.admin-user.password", "Ha-Noi-2026-Secret");
    strong.setActiveProfiles("postgres");
    assertThat(ProductionStartGuard.problems(strong)).isEmpty();
  }

  @Test
  void the_demo_profile_needs_nothing_and_the_directory_needs_its_operator_group() {
    MockEnvironment demo = new MockEnvironment();
    demo.setActiveProfiles("postgres", "demo");
    assertThat(ProductionStartGuard.problems(demo)).isEmpty();

    MockEnvironment directory = new MockEnvironment().withProperty("cchc.directory.enabled", "true");
    directory.setActiveProfiles("postgres");
    assertThat(ProductionStartGuard.problems(directory)).singleElement().asString()
        .contains("CCHC_DIRECTORY_OPERATORGROUP");
    directory.setProperty("cchc.directory.operator-group", "cchc-operators");
    assertThat(ProductionStartGuard.problems(directory)).isEmpty();
  }

  @Test
  void a_demo_start_warns_that_demo_accounts_exist(CapturedOutput output) {
    new DemoProfileWarning("admin").warn();
    assertThat(output).contains("DEMO PROFILE ACTIVE").contains("'demo'");
  }
}
