package vn.cchcflow.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTask;
import org.springframework.scheduling.config.ScheduledTaskHolder;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole app (production profile, no demo data): "my notifications" and the operator's requeue over
 * HTTP, and the outbox inside an engine job's transaction.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "spring.datasource.url=jdbc:h2:mem:cchc-outbox-tests;DB_CLOSE_DELAY=-1",
    "camunda.bpm.job-execution.enabled=false",
    "cchc.organisation.location=classpath:communes/namanphu.yaml",
    "cchc.notification.worker-enabled=false"})
@ActiveProfiles("production")
@DirtiesContext
class NotificationApiTests {

  static final String PASSWORD = "secret-for-tests";
  static final String NGOC = "outboxngoc";
  static final String DUC = "outboxduc";
  static final String OPERATOR = "outboxoperator";

  @Autowired
  TestRestTemplate http;
  @Autowired
  IdentityService identity;
  @Autowired
  RepositoryService repository;
  @Autowired
  RuntimeService runtime;
  @Autowired
  ManagementService management;
  @Autowired
  Outbox outbox;
  @Autowired
  OutboxStore store;
  @Autowired
  JdbcTemplate jdbc;
  @Autowired
  ScheduledTaskHolder scheduler;

  final ObjectMapper json = new ObjectMapper();

  @BeforeEach
  void usersAndEmptyOutbox() {
    user(NGOC);
    user(DUC);
    user(OPERATOR);
    if (identity.createGroupQuery().groupId(Groups.CAMUNDA_ADMIN).count() == 0) {
      identity.saveGroup(identity.newGroup(Groups.CAMUNDA_ADMIN));
    }
    if (identity.createUserQuery().memberOfGroup(Groups.CAMUNDA_ADMIN).userId(OPERATOR).count() == 0) {
      identity.createMembership(OPERATOR, Groups.CAMUNDA_ADMIN);
    }
    jdbc.update("delete from cchc_notification_recipient");
    jdbc.update("delete from cchc_notification");
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void my_notifications_lists_only_the_callers_notifications_newest_first() throws Exception {
    enqueueAt("2026-03-01T01:00:00Z", "k1", "Nhắc việc 1", NGOC, DUC);
    enqueueAt("2026-03-02T01:00:00Z", "k2", "Nhắc việc 2", DUC);
    enqueueAt("2026-03-03T01:00:00Z", "k3", "Quá hạn: NV 29", NGOC);

    JsonNode mine = get(NGOC, "/api/notifications");
    assertThat(mine.findValuesAsText("subject")).containsExactly("Quá hạn: NV 29", "Nhắc việc 1");
    JsonNode newest = mine.get(0);
    assertThat(newest.get("kind").asText()).isEqualTo("REMINDER");
    assertThat(newest.get("status").asText()).isEqualTo("PENDING");
    assertThat(newest.get("body").asText()).isEqualTo("Nội dung Quá hạn: NV 29");
    assertThat(newest.get("processInstanceId").asText()).isEqualTo("pi-k3");
    assertThat(newest.get("taskId").asText()).isEqualTo("task-k3");
    assertThat(Instant.parse(newest.get("createdAt").asText())).isEqualTo(Instant.parse("2026-03-03T01:00:00Z"));
    assertThat(newest.get("sentAt").isNull()).isTrue();
    assertThat(newest.get("id").asLong()).isPositive();

    assertThat(get(DUC, "/api/notifications").findValuesAsText("subject"))
        .containsExactly("Nhắc việc 2", "Nhắc việc 1");
    assertThat(get(NGOC, "/api/notifications?limit=1").findValuesAsText("subject"))
        .containsExactly("Quá hạn: NV 29");
    assertThat(get(OPERATOR, "/api/notifications")).isEmpty();
    assertThat(http.getForEntity("/api/notifications", String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(http.withBasicAuth(NGOC, PASSWORD).getForEntity("/api/notifications?limit=abc", String.class)
        .getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
  }

  @Test
  void requeue_is_allowed_only_to_camunda_admins_and_only_for_uncertain_or_failed_messages() {
    long id = enqueueAt("2026-03-01T01:00:00Z", "k4", "Nhắc việc 4", NGOC);
    assertThat(requeue(OPERATOR, id).getStatusCode()).isEqualTo(HttpStatus.CONFLICT);

    // a node claims it and stops before recording the outcome; another poll finds the claim expired
    store.claim(id, "crashed-node", Instant.parse("2026-03-01T01:05:00Z"));
    store.markExpiredClaimsUncertain(Instant.parse("2026-03-01T01:06:00Z"));

    assertThat(requeue(NGOC, id).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(status(id)).isEqualTo("UNCERTAIN");
    ResponseEntity<String> requeued = requeue(OPERATOR, id);
    assertThat(requeued.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(requeued.getBody()).contains("\"status\":\"PENDING\"");
    assertThat(status(id)).isEqualTo("PENDING");
    assertThat(requeue(OPERATOR, 987654).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
  }

  @Test
  void a_job_that_fails_after_enqueueing_leaves_no_message_and_its_successful_retry_leaves_one() {
    BpmnModelInstance model = Bpmn.createExecutableProcess("OutboxInJobTest").camundaHistoryTimeToLive(1)
        .startEvent()
        .serviceTask("remind").camundaAsyncBefore().camundaDelegateExpression("${outboxTestReminder}")
        .serviceTask("next").camundaDelegateExpression("${outboxTestFailIfAsked}")
        .endEvent().done();
    repository.createDeployment().addModelInstance("outbox-in-job-test.bpmn", model).deploy();
    String instance = runtime.startProcessInstanceByKey("OutboxInJobTest",
        Map.of("commune", "namanphu", "fail", true)).getId();
    Job job = management.createJobQuery().processInstanceId(instance).singleResult();

    assertThatThrownBy(() -> management.executeJob(job.getId())).hasMessageContaining("step failed");
    assertThat(jdbc.queryForObject("select count(*) from cchc_notification", Integer.class)).isZero();

    runtime.setVariable(instance, "fail", false);
    management.executeJob(job.getId());
    assertThat(jdbc.queryForList("select dedup_key from cchc_notification", String.class))
        .containsExactly(instance + ":REMINDER");
  }

  @Test
  void the_worker_polls_every_10_seconds_by_default() {
    assertThat(scheduler.getScheduledTasks())
        .map(ScheduledTask::getTask)
        .filteredOn(task -> task.getRunnable().toString().endsWith("OutboxWorker.pollOnSchedule"))
        .singleElement()
        .isInstanceOfSatisfying(FixedDelayTask.class,
            task -> assertThat(task.getIntervalDuration()).isEqualTo(Duration.ofSeconds(10)));
  }

  @TestConfiguration
  static class EngineSteps {

    @Bean
    JavaDelegate outboxTestReminder(Outbox outbox) {
      return execution -> outbox.enqueue(new Notice(execution.getProcessInstanceId() + ":REMINDER", "namanphu",
          execution.getProcessInstanceId(), null, "REMINDER", List.of(new Recipient(NGOC, "Bùi Thị Ngọc", null)),
          "Nhắc việc", "Nội dung"));
    }

    @Bean
    JavaDelegate outboxTestFailIfAsked() {
      return execution -> {
        if (Boolean.TRUE.equals(execution.getVariable("fail"))) {
          throw new IllegalStateException("step failed");
        }
      };
    }
  }

  private long enqueueAt(String at, String key, String subject, String... userIds) {
    ClockUtil.setCurrentTime(Date.from(Instant.parse(at)));
    List<Recipient> recipients = Arrays.stream(userIds)
        .map(id -> new Recipient(id, id, id + "@namanphu.test")).toList();
    assertThat(outbox.enqueue(new Notice(key, "namanphu", "pi-" + key, "task-" + key, "REMINDER", recipients,
        subject, "Nội dung " + subject))).isTrue();
    return jdbc.queryForObject("select id from cchc_notification where dedup_key = ?", Long.class, key);
  }

  private String status(long id) {
    return jdbc.queryForObject("select status from cchc_notification where id = ?", String.class, id);
  }

  private JsonNode get(String user, String path) throws Exception {
    ResponseEntity<String> response = http.withBasicAuth(user, PASSWORD).getForEntity(path, String.class);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    return json.readTree(response.getBody());
  }

  private ResponseEntity<String> requeue(String user, long id) {
    return http.withBasicAuth(user, PASSWORD)
        .postForEntity("/api/notifications/" + id + "/requeue", null, String.class);
  }

  private void user(String id) {
    if (identity.createUserQuery().userId(id).count() == 0) {
      User user = identity.newUser(id);
      user.setPassword(PASSWORD);
      identity.saveUser(user);
    }
  }
}
