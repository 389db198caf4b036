package vn.cchcflow.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import vn.cchcflow.system.Http;

/**
 * Login and passwords as shipped, outside the demo profile: the operator onboards a commune's people with
 * initial passwords (e-mail through the outbox, or a printed sheet), each person must set their own before
 * working, Camunda's password policy speaks Vietnamese, and guessing is slowed without locking anyone out.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "spring.datasource.url=jdbc:h2:mem:cchc-accounts-tests;DB_CLOSE_DELAY=-1",
    "camunda.bpm.job-execution.enabled=false",
    "cchc.notification.worker-enabled=false",
    "cchc.organisation.location=classpath:communes/namanphu.yaml",
    "camunda.bpm.admin-user.id=operator", "camunda.bpm.admin-user.password=Ha-Noi-2026-Secret"})
@ActiveProfiles("live")
@DirtiesContext
class AccountsOnH2Tests {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String OPERATOR_PASSWORD = "Ha-Noi-2026-Secret";

  @LocalServerPort
  int port;

  @Autowired
  JdbcTemplate jdbc;

  @Autowired
  IdentityService identity;

  private Http http() {
    return new Http("http://localhost:" + port);
  }

  @Test
  void onboarding_by_sheet_then_first_login_requires_setting_ones_own_password() throws Exception {
    Http operator = http().basic("operator", OPERATOR_PASSWORD);
    HttpResponse<String> sheet = operator.postJson("/api/accounts/initial-passwords",
        "{\"commune\":\"namanphu\",\"users\":[\"namanphukinhtecv1\"],\"delivery\":\"sheet\"}");
    assertThat(sheet.statusCode()).isEqualTo(200);
    assertThat(sheet.body()).contains("Bùi Thị Ngọc").contains("namanphukinhtecv1").contains("/doi-mat-khau.html");
    Matcher password = Pattern.compile("<td>([A-Za-z0-9]{4}-[A-Za-z0-9]{4}-[A-Za-z0-9]{4})</td>").matcher(sheet.body());
    assertThat(password.find()).isTrue();
    String initial = password.group(1);

    // the initial password opens nothing but the change, on every door
    HttpResponse<String> api = http().basic("namanphukinhtecv1", initial).get("/api/plans");
    assertThat(api.statusCode()).isEqualTo(403);
    assertThat(JSON.readTree(api.body()).path("message").asText()).contains("mật khẩu ban đầu").contains("/doi-mat-khau.html");
    assertThat(http().basic("namanphukinhtecv1", initial).get("/engine-rest/task").statusCode()).isEqualTo(403);
    assertThat(http().webappLogin("namanphukinhtecv1", initial, "tasklist").statusCode()).isEqualTo(403);

    // a weak new password is refused by Camunda's policy, in Vietnamese
    Http person = http().basic("namanphukinhtecv1", initial);
    HttpResponse<String> weak = person.postJson("/api/account/password", "{\"newPassword\":\"ngoc2026\"}");
    assertThat(weak.statusCode()).isEqualTo(400);
    assertThat(JSON.readTree(weak.body()).path("message").asText()).contains("ít nhất 10 ký tự");

    HttpResponse<String> changed = person.postJson("/api/account/password", "{\"newPassword\":\"Kinh-Te-2026-Ngoc\"}");
    assertThat(changed.statusCode()).isEqualTo(200);
    assertThat(http().basic("namanphukinhtecv1", initial).get("/api/plans").statusCode()).isEqualTo(401);
    assertThat(http().basic("namanphukinhtecv1", "Kinh-Te-2026-Ngoc").get("/api/plans").statusCode()).isEqualTo(200);
    assertThat(http().webappLogin("namanphukinhtecv1", "Kinh-Te-2026-Ngoc", "tasklist").statusCode()).isEqualTo(200);
  }

  @Test
  void onboarding_by_email_goes_through_the_outbox_and_only_the_operator_may_onboard() throws Exception {
    HttpResponse<String> answer = http().basic("operator", OPERATOR_PASSWORD).postJson("/api/accounts/initial-passwords",
        "{\"commune\":\"namanphu\",\"users\":[\"namanphuvhxhcv1\",\"namanphuvhxhcv2\"],\"delivery\":\"email\"}");
    assertThat(answer.statusCode()).isEqualTo(200);
    var body = JSON.readTree(answer.body());
    assertThat(body.path("emailed").size() + body.path("withoutEmail").size()).isEqualTo(2);
    assertThat(jdbc.queryForObject("select count(*) from cchc_notification where kind = 'INITIAL_PASSWORD'", Integer.class))
        .isEqualTo(body.path("emailed").size());
    if (body.path("emailed").size() > 0) {
      String mail = jdbc.queryForObject("select body from cchc_notification where kind = 'INITIAL_PASSWORD' order by id"
          + " fetch first 1 rows only", String.class);
      assertThat(mail).contains("Tên đăng nhập: namanphuvhxhcv").contains("Mật khẩu ban đầu: ").contains("/doi-mat-khau.html");
    }
    // an officer cannot issue passwords (nor take over accounts that way)
    identity.saveUser(withPassword(identity.newUser("namanphuvpubtp2"), "Van-Phong-2026"));
    assertThat(http().basic("namanphuvpubtp2", "Van-Phong-2026").postJson("/api/accounts/initial-passwords",
        "{\"commune\":\"namanphu\",\"delivery\":\"sheet\"}").statusCode()).isEqualTo(403);
  }

  @Test
  void guessing_is_slowed_per_address_while_the_owner_elsewhere_still_logs_in_and_nobody_is_locked() throws Exception {
    identity.saveUser(withPassword(identity.newUser("thuongquyet"), "Quyet-Thang-2026"));
    Http attacker = http().basic("thuongquyet", "wrong-guess");
    for (int i = 0; i < 4; i++) {
      assertThat(attacker.send(attacker.request("/engine-rest/task").header("X-Forwarded-For", "203.0.113.7").GET())
          .statusCode()).isEqualTo(401);
    }
    HttpResponse<String> throttled = attacker.send(attacker.request("/engine-rest/task")
        .header("X-Forwarded-For", "203.0.113.7").GET());
    assertThat(throttled.statusCode()).isEqualTo(429);
    assertThat(throttled.headers().firstValue("Retry-After")).isPresent();
    assertThat(JSON.readTree(throttled.body()).path("message").asText()).contains("vui lòng chờ");

    Http owner = http().basic("thuongquyet", "Quyet-Thang-2026");
    assertThat(owner.send(owner.request("/engine-rest/task").header("X-Forwarded-For", "10.1.2.3").GET()).statusCode())
        .as("the owner at her own address is not delayed").isEqualTo(200);

    // Camunda's own lock is off: many wrong passwords never lock the account
    for (int i = 0; i < 15; i++) {
      assertThat(identity.checkPassword("thuongquyet", "wrong-" + i)).isFalse();
    }
    assertThat(identity.checkPassword("thuongquyet", "Quyet-Thang-2026")).isTrue();
  }

  @Test
  void camundas_password_policy_answers_in_vietnamese_on_the_engine_rest() throws Exception {
    Http operator = http().basic("operator", OPERATOR_PASSWORD);
    HttpResponse<String> weak = operator.send(operator.request("/engine-rest/user/namanphuvpubtp/credentials")
        .header("Content-Type", "application/json")
        .PUT(HttpRequest.BodyPublishers.ofString("{\"password\":\"a\",\"authenticatedUserPassword\":\"" + OPERATOR_PASSWORD + "\"}")));
    assertThat(weak.statusCode()).isEqualTo(400);
    assertThat(JSON.readTree(weak.body()).path("message").asText()).contains("ít nhất 10 ký tự").doesNotContain("policy");
  }

  private static org.camunda.bpm.engine.identity.User withPassword(org.camunda.bpm.engine.identity.User user, String password) {
    user.setPassword(password);
    return user;
  }
}
