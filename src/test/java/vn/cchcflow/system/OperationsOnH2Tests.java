package vn.cchcflow.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.AcquireJobsCmd;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import vn.cchcflow.AppOnH2;
import vn.cchcflow.tasklifecycle.PlanTaskProcess;

/**
 * The running app as the operator and an attacker see it: health and metrics, Vietnamese answers from every
 * door (our API, the engine REST API, the webapps' engine API), security headers, CSRF on our API with the
 * webapp login, the upload limit, wrong content types, the closed Camunda setup, and the node's name in
 * the engine.
 */
@AppOnH2
@AutoConfigureObservability(tracing = false)
@TestPropertySource(properties = {"cchc.node-id=node-a", "cchc.web.upload-limit=1MB"})
class OperationsOnH2Tests {

  private static final ObjectMapper JSON = new ObjectMapper();

  @LocalServerPort
  int port;

  @Autowired
  ProcessEngine engine;

  @Autowired
  JdbcTemplate jdbc;

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  private Http http() {
    return new Http("http://localhost:" + port);
  }

  // --- health and metrics ---

  @Test
  void health_status_is_open_and_its_details_only_for_the_operator() throws Exception {
    HttpResponse<String> anonymous = http().get("/actuator/health");
    assertThat(anonymous.statusCode()).isEqualTo(200);
    assertThat(json(anonymous).path("status").asText()).isEqualTo("UP");
    assertThat(json(anonymous).has("components")).as("details hidden from anonymous callers").isFalse();
    assertThat(http().get("/actuator/health/readiness").statusCode()).isEqualTo(200);
    assertThat(http().get("/actuator/health/liveness").statusCode()).isEqualTo(200);

    JsonNode operator = json(http().basic("admin", "demo").get("/actuator/health"));
    assertThat(operator.path("components").has("db")).isTrue();
    assertThat(operator.path("components").has("processEngine")).isTrue();
    assertThat(operator.path("components").path("outbox").path("status").asText()).isEqualTo("UP");
    // an officer is no operator
    assertThat(json(http().basic("namanphukinhtecv1", "demo").get("/actuator/health")).has("components")).isFalse();
  }

  @Test
  void outbox_health_turns_down_with_a_failed_message_or_an_old_pending_one_and_up_again_after() throws Exception {
    long failed = insertMessage("ops-test-failed", "FAILED", 0);
    HttpResponse<String> down = http().get("/actuator/health");
    assertThat(down.statusCode()).isEqualTo(503);
    JsonNode outbox = json(http().basic("admin", "demo").get("/actuator/health")).path("components").path("outbox");
    assertThat(outbox.path("status").asText()).isEqualTo("DOWN");
    assertThat(outbox.path("details").path("failed").asLong()).isEqualTo(1);
    assertThat(http().get("/actuator/health/readiness").statusCode())
        .as("a stuck e-mail does not take the node out of the load balancer").isEqualTo(200);

    // the operator requeues it: pending and young, health is UP again
    assertThat(http().basic("admin", "demo").send(http().basic("admin", "demo")
        .request("/api/notifications/" + failed + "/requeue").POST(HttpRequest.BodyPublishers.noBody())).statusCode())
        .isBetween(200, 204);
    assertThat(http().get("/actuator/health").statusCode()).isEqualTo(200);

    // a message pending for 2 hours (SMTP away): DOWN; once sent: UP
    long old = insertMessage("ops-test-old", "PENDING", 120);
    assertThat(http().get("/actuator/health").statusCode()).isEqualTo(503);
    jdbc.update("update cchc_notification set status = 'SENT' where id in (?, ?)", failed, old);
    assertThat(http().get("/actuator/health").statusCode()).isEqualTo(200);
  }

  @Test
  void prometheus_shows_requests_outbox_jobs_and_app_counters_to_the_operator_only() {
    assertThat(http().get("/actuator/prometheus").statusCode()).isEqualTo(401);
    assertThat(http().basic("namanphukinhtecv1", "demo").get("/actuator/prometheus").statusCode()).isEqualTo(401);
    http().basic("namanphukinhtecv1", "demo").get("/api/plans");
    String metrics = http().basic("admin", "demo").get("/actuator/prometheus").body();
    assertThat(metrics).contains("cchc_http_requests_seconds_count{door=\"api\"")
        .contains("cchc_outbox_messages{")
        .contains("cchc_jobs{")
        .contains("cchc_plans_registered_total{")
        .contains("cchc_reports_issued_total{")
        .contains("cchc_logins_failed_total{");
  }

  // --- Vietnamese answers from every door ---

  @Test
  void a_return_without_comment_answers_400_with_only_the_vietnamese_message_on_engine_rest_and_in_the_webapps() throws Exception {
    Task review = engine.getTaskService().createTaskQuery().tenantIdIn("namanphu")
        .taskDefinitionKey(PlanTaskProcess.TASK_REVIEW_DELIVERABLE).taskCandidateGroup("namanphuvhxh").list().get(0);
    String body = "{\"variables\":{\"reviewDecision\":{\"value\":\"return\"},\"reviewComment\":{\"value\":\"\"}}}";

    HttpResponse<String> rest = http().basic("namanphuvhxhtp", "demo")
        .postJson("/engine-rest/task/" + review.getId() + "/complete", body);
    assertThat(rest.statusCode()).isEqualTo(400);
    assertThat(json(rest).path("message").asText())
        .isEqualTo("Khi trả lại, hãy ghi rõ nội dung cần sửa, bổ sung vào ô ý kiến.");

    Http tasklist = http();
    assertThat(tasklist.webappLogin("namanphuvhxhtp", "demo", "tasklist").statusCode()).isEqualTo(200);
    HttpResponse<String> webapp = tasklist.send(tasklist
        .request("/camunda/api/engine/engine/default/task/" + review.getId() + "/submit-form")
        .header("Content-Type", "application/json").header("X-XSRF-TOKEN", tasklist.csrf())
        .POST(HttpRequest.BodyPublishers.ofString(body)));
    assertThat(webapp.statusCode()).isEqualTo(400);
    assertThat(json(webapp).path("message").asText())
        .isEqualTo("Khi trả lại, hãy ghi rõ nội dung cần sửa, bổ sung vào ô ý kiến.");
    assertThat(engine.getTaskService().createTaskQuery().taskId(review.getId()).count()).as("task still open").isOne();
  }

  @Test
  void engine_refusals_and_unknown_ids_answer_in_vietnamese_without_engine_codes() throws Exception {
    Task namanphuTask = engine.getTaskService().createTaskQuery().tenantIdIn("namanphu").list().get(0);
    HttpResponse<String> otherCommune = http().basic("quyetthangttpvhcctp", "demo")
        .postJson("/engine-rest/task/" + namanphuTask.getId() + "/complete", "{}");
    assertThat(otherCommune.statusCode()).isIn(403, 404);
    assertVietnameseOnly(otherCommune);

    HttpResponse<String> unknown = http().basic("namanphukinhtecv1", "demo").get("/engine-rest/task/no-such-task");
    assertThat(unknown.statusCode()).isEqualTo(404);
    assertVietnameseOnly(unknown);

    HttpResponse<String> unknownApi = http().basic("namanphukinhtecv1", "demo").get("/api/no-such-thing");
    assertThat(unknownApi.statusCode()).isEqualTo(404);
    assertVietnameseOnly(unknownApi);
    assertThat(unknownApi.headers().firstValue("X-Content-Type-Options")).as("headers on error pages too")
        .contains("nosniff");
  }

  @Test
  void the_camunda_first_user_setup_is_never_reachable() throws Exception {
    HttpResponse<String> setup = http().postJson("/camunda/api/admin/setup/default/user/create",
        "{\"profile\":{\"id\":\"intruder\",\"firstName\":\"A\",\"lastName\":\"B\"},\"credentials\":{\"password\":\"Intruder-123456\"}}");
    assertThat(setup.statusCode()).isEqualTo(404);
    assertVietnameseOnly(setup);
    assertThat(engine.getIdentityService().createUserQuery().userId("intruder").count()).isZero();
  }

  // --- web hardening ---

  @Test
  void every_door_sends_security_headers_and_hsts_only_over_https() {
    for (String path : List.of("/api/plans", "/engine-rest/task", "/camunda/app/tasklist/default/")) {
      HttpResponse<String> answer = http().basic("namanphukinhtecv1", "demo").get(path);
      assertThat(answer.headers().firstValue("X-Content-Type-Options")).as(path).contains("nosniff");
      assertThat(answer.headers().firstValue("Referrer-Policy")).as(path).isPresent();
      assertThat(answer.headers().firstValue("X-Frame-Options").isPresent()
          || answer.headers().firstValue("Content-Security-Policy").orElse("").contains("frame-ancestors 'none'"))
          .as(path + " frame protection").isTrue();
      assertThat(answer.headers().firstValue("Strict-Transport-Security")).as(path + " over http").isEmpty();
    }
    for (String path : List.of("/api/plans", "/engine-rest/task")) {
      Http client = http().basic("namanphukinhtecv1", "demo");
      HttpResponse<String> overHttps = client.send(client.request(path).header("X-Forwarded-Proto", "https").GET());
      assertThat(overHttps.headers().firstValue("Strict-Transport-Security")).as(path + " behind HTTPS").isPresent();
      assertThat(overHttps.headers().firstValue("Content-Security-Policy")).as(path).contains("default-src 'none'; frame-ancestors 'none'");
    }
  }

  @Test
  void the_session_cookie_is_secure_behind_https() {
    HttpResponse<String> overHttps = http().webappLogin("namanphukinhtecv1", "demo", "tasklist", "X-Forwarded-Proto", "https");
    assertThat(overHttps.statusCode()).isEqualTo(200);
    assertThat(overHttps.headers().allValues("Set-Cookie")).anyMatch(c -> c.startsWith("JSESSIONID") && c.contains("Secure"));
    HttpResponse<String> overHttp = http().webappLogin("namanphukinhtecv1", "demo", "tasklist");
    assertThat(overHttp.headers().allValues("Set-Cookie")).anyMatch(c -> c.startsWith("JSESSIONID") && !c.contains("Secure"));
  }

  @Test
  void our_api_takes_changes_with_the_webapp_login_only_with_its_csrf_token() throws Exception {
    Http cockpit = http();
    assertThat(cockpit.webappLogin("namanphuvhxhtp", "demo", "cockpit").statusCode()).isEqualTo(200);
    assertThat(cockpit.get("/api/plans").statusCode()).as("reading needs no token").isEqualTo(200);
    String start = "{\"commune\":\"namanphu\",\"period\":\"2026-Q1\",\"planId\":" + demoPlanId() + "}";
    HttpResponse<String> forged = cockpit.postJson("/api/reports", start);
    assertThat(forged.statusCode()).isEqualTo(403);
    assertVietnameseOnly(forged);
    HttpResponse<String> withToken = cockpit.send(cockpit.request("/api/reports").header("Content-Type", "application/json")
        .header("X-XSRF-TOKEN", cockpit.csrf()).POST(HttpRequest.BodyPublishers.ofString(start)));
    assertThat(withToken.statusCode()).isEqualTo(202);
  }

  @Test
  void an_upload_over_the_limit_answers_413_naming_it_on_our_api_and_the_engine_rest() throws Exception {
    byte[] big = new byte[1_500_000];
    String boundary = "cchcboundary";
    byte[] multipart = multipart(boundary, big);
    Http officer = http().basic("namanphuvhxhcv1", "demo");
    HttpResponse<String> api = officer.send(officer.request("/api/plans/parse")
        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.ofByteArray(multipart)));
    assertThat(api.statusCode()).isEqualTo(413);
    assertThat(json(api).path("message").asText()).contains("1 MB");

    byte[] huge = multipart(boundary, new byte[2_500_000]);
    HttpResponse<String> rest = officer.send(officer.request("/engine-rest/deployment/create")
        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.ofByteArray(huge)));
    assertThat(rest.statusCode()).isEqualTo(413);
    assertThat(json(rest).path("message").asText()).contains("1 MB");
  }

  @Test
  void a_wrong_content_type_answers_415_never_500() throws Exception {
    Http coordinator = http().basic("namanphuvhxhtp", "demo");
    for (String path : List.of("/api/reports", "/api/plans")) {
      HttpResponse<String> text = coordinator.send(coordinator.request(path).header("Content-Type", "text/plain")
          .POST(HttpRequest.BodyPublishers.ofString("hello")));
      assertThat(text.statusCode()).as(path).isEqualTo(415);
      assertVietnameseOnly(text);
    }
    HttpResponse<String> rest = coordinator.send(coordinator.request("/engine-rest/task/x/complete")
        .header("Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.ofString("hello")));
    assertThat(rest.statusCode()).isEqualTo(415);
    assertVietnameseOnly(rest);
  }

  // --- node identity ---

  @Test
  void the_job_log_and_the_job_locks_name_the_node() {
    ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    assertThat(configuration.getHostname()).isEqualTo("node-a");
    assertThat(configuration.getJobExecutor().getLockOwner()).isEqualTo("node-a");

    ManagementService management = engine.getManagementService();
    Job timer = management.createJobQuery().timers().tenantIdIn("namanphu").orderByJobDuedate().asc().list().get(0);
    ClockUtil.setCurrentTime(new Date(timer.getDuedate().getTime() + 1000));
    configuration.getCommandExecutorTxRequired().execute(new AcquireJobsCmd(configuration.getJobExecutor()));
    assertThat(jdbc.queryForObject("select LOCK_OWNER_ from ACT_RU_JOB where ID_ = ?", String.class, timer.getId()))
        .isEqualTo("node-a");
    jdbc.update("update ACT_RU_JOB set LOCK_OWNER_ = null, LOCK_EXP_TIME_ = null where ID_ = ?", timer.getId());
    management.executeJob(timer.getId());
    HistoryService history = engine.getHistoryService();
    assertThat(history.createHistoricJobLogQuery().jobId(timer.getId()).list().stream()
        .filter(log -> log.isSuccessLog() || log.isFailureLog()).toList())
        .as("the log of this execution").isNotEmpty().allSatisfy(log -> assertThat(log.getHostname()).isEqualTo("node-a"));
  }

  // --- history retention ---

  @Test
  void history_cleanup_removes_an_instance_its_models_time_to_live_after_it_ended_and_the_apps_records_stay() throws Exception {
    var runtime = engine.getRuntimeService();
    HistoryService history = engine.getHistoryService();
    Date ended = Date.from(java.time.Instant.parse("2026-04-01T03:00:00Z"));
    ClockUtil.setCurrentTime(ended);
    String task = runtime.createProcessInstanceQuery().processDefinitionKey("PlanTaskProcess").tenantIdIn("namanphu")
        .list().get(0).getId();
    HttpResponse<String> started = http().basic("namanphuvhxhtp", "demo")
        .postJson("/api/reports", "{\"commune\":\"namanphu\",\"period\":\"2026-Q1\",\"planId\":" + demoPlanId() + "}");
    assertThat(started.statusCode()).isEqualTo(202);
    String report = json(started).path("processInstanceId").asText();
    runtime.deleteProcessInstance(task, "withdrawn from the plan (retention test)");
    runtime.deleteProcessInstance(report, "closed (retention test)");
    jdbc.update("insert into cchc_report (commune, period_code, title, process_instance_id, issued_at, issued_by)"
        + " values ('namanphu', '2025', 'Báo cáo năm 2025', ?, current_timestamp, 'namanphuct')", report + "-2025");
    long reportId = jdbc.queryForObject("select id from cchc_report where period_code = '2025'", Long.class);
    jdbc.update("insert into cchc_report_document (report_id, kind, file_name, mime_type, content) values (?, 'DOCX',"
        + " 'bao-cao-2025.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', ?)",
        reportId, "DOCX 2025".getBytes());
    long plans = jdbc.queryForObject("select count(*) from cchc_plan", Long.class);
    long planTasks = jdbc.queryForObject("select count(*) from cchc_plan_task", Long.class);
    long running = history.createHistoricProcessInstanceQuery().unfinished().count();
    assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(task).singleResult().getRemovalTime())
        .as("PlanTaskProcess: 5 years after it ended").isEqualTo(Date.from(ended.toInstant().plus(java.time.Duration.ofDays(1825))));

    // a day before 5 years: nothing goes
    ClockUtil.setCurrentTime(Date.from(ended.toInstant().plus(java.time.Duration.ofDays(1824))));
    cleanUpHistory();
    assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(task).count()).isOne();

    // 5 years and a day: the task's history goes; the report process's (20 years) and running work stay
    ClockUtil.setCurrentTime(Date.from(ended.toInstant().plus(java.time.Duration.ofDays(1826))));
    cleanUpHistory();
    assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(task).count()).isZero();
    assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(task).count()).isZero();
    assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(report).count()).isOne();
    assertThat(history.createHistoricProcessInstanceQuery().unfinished().count()).isEqualTo(running);

    // 20 years and a day: the report process's history goes too; the app's records stay, the report downloadable
    ClockUtil.setCurrentTime(Date.from(ended.toInstant().plus(java.time.Duration.ofDays(7301))));
    cleanUpHistory();
    assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(report).count()).isZero();
    assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(report).count()).isZero();
    assertThat(jdbc.queryForObject("select count(*) from cchc_plan", Long.class)).isEqualTo(plans);
    assertThat(jdbc.queryForObject("select count(*) from cchc_plan_task", Long.class)).isEqualTo(planTasks);
    ClockUtil.reset();
    HttpResponse<String> docx = http().basic("sonoivuhp", "demo").get("/api/reports/" + reportId + "/docx");
    assertThat(docx.statusCode()).isEqualTo(200);
    assertThat(docx.body()).isEqualTo("DOCX 2025");
  }

  private long demoPlanId() {
    return jdbc.queryForObject("select id from cchc_plan where commune = 'namanphu' and code = 'KH-CCHC-2026'",
        Long.class);
  }

  private void cleanUpHistory() {
    ManagementService management = engine.getManagementService();
    for (int round = 0; round < 3; round++) {
      Job cleanup = engine.getHistoryService().cleanUpHistoryAsync(true);
      management.executeJob(cleanup.getId());
    }
  }

  // --- helpers ---

  private long insertMessage(String dedupKey, String status, int minutesAgo) {
    jdbc.update("insert into cchc_notification (dedup_key, commune, kind, subject, body, status, attempts,"
        + " next_attempt_at, created_at) values (?, 'namanphu', 'TEST', 'Thử', 'Thử', ?, 0,"
        + " dateadd('MINUTE', ?, current_timestamp), dateadd('MINUTE', ?, current_timestamp))",
        dedupKey, status, -minutesAgo, -minutesAgo);
    return jdbc.queryForObject("select id from cchc_notification where dedup_key = ?", Long.class, dedupKey);
  }

  private static byte[] multipart(String boundary, byte[] file) {
    String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"ke-hoach.docx\"\r\n"
        + "Content-Type: application/octet-stream\r\n\r\n";
    String tail = "\r\n--" + boundary + "--\r\n";
    byte[] out = new byte[head.length() + file.length + tail.length()];
    System.arraycopy(head.getBytes(), 0, out, 0, head.length());
    System.arraycopy(file, 0, out, head.length(), file.length);
    System.arraycopy(tail.getBytes(), 0, out, head.length() + file.length, tail.length());
    return out;
  }

  static void assertVietnameseOnly(HttpResponse<String> answer) throws Exception {
    String message = json(answer).path("message").asText();
    assertThat(message).as("message of %s", answer.uri()).isNotBlank()
        .doesNotContain("ENGINE-").doesNotContain("Exception").doesNotContain("Cannot ").doesNotContain("Not Found")
        .matches("(?s).*[àáảãạăâđèéêìíòóôơùúưỳý].*");
  }

  static JsonNode json(HttpResponse<String> answer) throws Exception {
    return JSON.readTree(answer.body());
  }
}
