package vn.cchcflow.organisation.directory;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import vn.cchcflow.CchcFlowApplication;
import vn.cchcflow.system.Http;

/**
 * People from a real LDAP server (Debian's slapd, or an in-memory server where slapd is missing): the app
 * runs outside the demo profile with {@code cchc.directory.enabled}, the commune file says which directory
 * group is which unit; a directory user logs in with the directory password and sees their unit's tasks,
 * named in Vietnamese order.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DirectoryLoginTests {

  private static final ObjectMapper JSON = new ObjectMapper();

  private TestLdap ldap;
  private ConfigurableApplicationContext app;
  private String base;

  @BeforeAll
  void start() throws Exception {
    ldap = TestLdap.start();
    System.out.println("DirectoryLoginTests: LDAP server is " + ldap.kind() + " at " + ldap.url());
    app = new SpringApplicationBuilder(CchcFlowApplication.class).profiles("live").run(
        "--server.port=0",
        "--spring.datasource.url=jdbc:h2:mem:cchc-directory-tests;DB_CLOSE_DELAY=-1",
        "--camunda.bpm.job-execution.enabled=false",
        "--cchc.notification.worker-enabled=false",
        "--cchc.organisation.location=classpath:directory/anphu.yaml",
        "--cchc.directory.enabled=true",
        "--cchc.directory.url=" + ldap.url(),
        "--cchc.directory.base-dn=" + TestLdap.BASE_DN,
        "--cchc.directory.manager-dn=" + TestLdap.MANAGER_DN,
        "--cchc.directory.manager-password=" + TestLdap.MANAGER_PASSWORD,
        "--cchc.directory.user-search-base=ou=people",
        "--cchc.directory.group-search-base=ou=groups",
        "--cchc.directory.operator-group=cchc-operators");
    base = "http://localhost:" + app.getEnvironment().getProperty("local.server.port");
  }

  @AfterAll
  void stop() throws Exception {
    if (app != null) {
      app.close();
    }
    if (ldap != null) {
      ldap.close();
    }
  }

  @Test
  void a_directory_user_logs_in_and_sees_only_her_units_tasks_named_in_vietnamese_order() throws Exception {
    // the coordinating unit (a directory user) registers a plan with a task for each unit
    HttpResponse<String> registered = new Http(base).basic("hanhnt", "Van-Hoa-2026-Hanh").postJson("/api/plans", """
        {"commune": "anphu", "code": "KH-LDAP-2026", "title": "Kế hoạch cải cách hành chính năm 2026",
         "periodStart": "2026-01-01", "periodEnd": "2026-12-31",
         "tasks": [
           {"number": "1", "area": "I. Chỉ đạo điều hành", "content": "Ban hành quy chế quản lý tài sản công",
            "leadUnits": ["Phòng Kinh tế"], "supportUnits": [], "deadlineText": "Quý 2/2026", "dueDate": "2026-06-30",
            "deliverable": "Quy chế"},
           {"number": "2", "area": "I. Chỉ đạo điều hành", "content": "Tuyên truyền cải cách hành chính",
            "leadUnits": ["Phòng Văn hóa - Xã hội"], "supportUnits": [], "deadlineText": "Quý 3/2026",
            "dueDate": "2026-09-30", "deliverable": "Báo cáo"}]}""");
    assertThat(registered.statusCode()).as(registered.body()).isEqualTo(201);

    Http ngoc = new Http(base).basic("ngocbt", "Kinh-Te-2026-Ngoc");
    JsonNode tasks = JSON.readTree(ngoc.get("/engine-rest/task").body());
    assertThat(tasks.size()).isEqualTo(1);
    assertThat(tasks.get(0).path("tenantId").asText()).isEqualTo("anphu");
    assertThat(tasks.get(0).path("name").asText()).contains("Ban hành quy chế quản lý tài sản công");

    JsonNode profile = JSON.readTree(ngoc.get("/engine-rest/user/ngocbt/profile").body());
    assertThat(profile.path("firstName").asText() + " " + profile.path("lastName").asText()).isEqualTo("Bùi Thị Ngọc");

    // the webapps take the directory password too; a wrong one is refused
    Http tasklist = new Http(base);
    assertThat(tasklist.webappLogin("ngocbt", "Kinh-Te-2026-Ngoc", "tasklist").statusCode()).isEqualTo(200);
    assertThat(JSON.readTree(tasklist.get("/camunda/api/engine/engine/default/task").body()).size()).isEqualTo(1);
    assertThat(new Http(base).basic("ngocbt", "wrong-password").get("/engine-rest/task").statusCode()).isEqualTo(401);
  }

  @Test
  void the_directorys_operator_group_administers_the_app_and_passwords_stay_in_the_directory() throws Exception {
    Http operator = new Http(base).basic("quanly", "Quan-Tri-2026-Ldap");
    assertThat(JSON.readTree(operator.get("/actuator/health").body()).has("components")).isTrue();
    HttpResponse<String> onboarding = operator.postJson("/api/accounts/initial-passwords",
        "{\"commune\":\"anphu\",\"delivery\":\"sheet\"}");
    assertThat(onboarding.statusCode()).isEqualTo(409);
    assertThat(JSON.readTree(onboarding.body()).path("message").asText()).contains("LDAP");
    assertThat(new Http(base).basic("ngocbt", "Kinh-Te-2026-Ngoc").get("/actuator/prometheus").statusCode())
        .as("an officer is no operator").isEqualTo(401);
  }
}
