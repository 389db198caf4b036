package vn.cchcflow.plan;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import vn.cchcflow.system.VietnamTime;

/**
 * The whole foundation over HTTP, as the commune's people use it: the coordinating unit posts a plan,
 * each person completes their step through the engine REST API, and outsiders are refused. Run on H2
 * and on PostgreSQL by the subclasses.
 */
abstract class PlanLifecycleApiScenario {

  static final String PASSWORD = "demo";
  static final String COORDINATOR = "namanphuvhxhcv1";
  static final String KINHTE_HEAD = "namanphukinhtetp";
  static final String KINHTE_OFFICER = "namanphukinhtecv1";
  static final String TTDVSNC_OFFICER = "namanphuttdvsnccv1";
  static final String VPUB_OFFICER = "namanphuvpubcv1";
  static final String OTHER_COMMUNE_OFFICER = "quyetthangkinhtecv1";

  @Autowired
  TestRestTemplate http;

  @Autowired
  org.camunda.bpm.engine.ManagementService management;

  final ObjectMapper json = new ObjectMapper();

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void organisation_is_synced_to_camunda_groups_and_tenants() throws Exception {
    JsonNode groups = get("admin", "/engine-rest/group?member=" + KINHTE_HEAD);
    assertThat(ids(groups)).contains("namanphukinhte", "namanphukinhtehead", "namanphustaff");
    JsonNode tenants = get("admin", "/engine-rest/tenant?userMember=" + KINHTE_OFFICER + "&includingGroupsOfUser=true");
    assertThat(ids(tenants)).containsExactly("namanphu");
    JsonNode filters = get(KINHTE_OFFICER, "/engine-rest/filter");
    assertThat(filters.findValuesAsText("name"))
        .containsExactlyInAnyOrder("Việc của tôi", "Việc của phòng", "Sắp đến hạn", "Quá hạn");
  }

  @Test
  void anonymous_calls_get_401() {
    assertThat(http.getForEntity("/api/plans", String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(http.getForEntity("/engine-rest/task", String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    // a wrong password delays that user's next logins (Camunda's login throttling), so use an idle account
    assertThat(exchange("quyetthangpct", "wrong", HttpMethod.GET, "/api/plans", null).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void takes_a_task_through_every_step_as_the_right_people() throws Exception {
    String code = "KH-TEST-" + UUID.randomUUID().toString().substring(0, 8);
    ResponseEntity<String> created = post(COORDINATOR, "/api/plans", plan(code));
    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    long planId = json.readTree(created.getBody()).at("/plan/id").asLong();
    assertThat(json.readTree(created.getBody()).at("/plan/taskCount").asInt()).isEqualTo(4);

    // posting the same plan again starts nothing new
    ResponseEntity<String> again = post(COORDINATOR, "/api/plans", plan(code));
    assertThat(again.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(json.readTree(again.getBody()).at("/created").asBoolean()).isFalse();
    assertThat(get("admin", "/engine-rest/process-instance/count?businessKey=" + code + "-1").at("/count").asInt())
        .isEqualTo(1);

    Map<String, JsonNode> byNumber = tasksByNumber(COORDINATOR, planId);
    assertThat(byNumber.get("1").at("/status").asText()).isEqualTo("IN_PROGRESS");
    assertThat(byNumber.get("1").at("/currentSteps/0/step").asText()).isEqualTo("Task_AssignOfficer");
    assertThat(byNumber.get("1").at("/currentSteps/0/name").asText()).isEqualTo("Phân công cán bộ thực hiện");
    assertThat(byNumber.get("1").at("/businessKey").asText()).isEqualTo(code + "-1");
    assertThat(byNumber.get("2").at("/status").asText()).isEqualTo("OVERDUE");
    assertThat(byNumber.get("3").at("/status").asText()).isEqualTo("NO_DEADLINE");

    // the unit head assigns; an officer of another unit can neither see nor complete the task
    String assign = taskId(KINHTE_HEAD, code + "-1", "Task_AssignOfficer");
    assertThat(get(VPUB_OFFICER, "/engine-rest/task?processInstanceBusinessKey=" + code + "-1")).isEmpty();
    assertThat(complete(VPUB_OFFICER, assign, Map.of("officer", KINHTE_OFFICER)).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    // another commune's officer: the engine's tenant check refuses the call (Camunda answers it with 500)
    assertThat(complete(OTHER_COMMUNE_OFFICER, assign, Map.of("officer", KINHTE_OFFICER)).getStatusCode()
        .is2xxSuccessful()).isFalse();
    assertThat(taskId(KINHTE_HEAD, code + "-1", "Task_AssignOfficer")).isEqualTo(assign);
    assertThat(complete(KINHTE_HEAD, assign, Map.of("officer", KINHTE_OFFICER)).getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);

    // support unit gives input while the officer executes
    String support = taskId(TTDVSNC_OFFICER, code + "-1", "Task_ProvideSupportInput");
    assertThat(complete(TTDVSNC_OFFICER, support, Map.of("supportInput", "Đã cung cấp số liệu tài sản")).getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);
    String execute = taskId(KINHTE_OFFICER, code + "-1", "Task_ExecuteTask");
    assertThat(complete(VPUB_OFFICER, execute, Map.of("progressNote", "x")).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(complete(KINHTE_OFFICER, execute, Map.of("progressNote", "Đã dự thảo quy chế")).getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(complete(KINHTE_HEAD, taskId(KINHTE_HEAD, code + "-1", "Task_SignOff"),
        Map.of("signOffDecision", "approve")).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(complete(KINHTE_OFFICER, taskId(KINHTE_OFFICER, code + "-1", "Task_SubmitDeliverable"),
        Map.of("documentNumber", "12/QĐ-UBND", "documentDate", "2026-11-20", "deliverableSummary", "Quy chế quản lý tài sản công",
            "deliverableLink", "https://vanban.example.vn/12")).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

    // the coordinating unit returns it once, then approves
    String review = taskId(COORDINATOR, code + "-1", "Task_ReviewDeliverable");
    assertThat(complete(KINHTE_OFFICER, review, Map.of("reviewDecision", "approve")).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(complete(COORDINATOR, review, Map.of("reviewDecision", "return", "reviewComment", "Bổ sung phụ lục"))
        .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(tasksByNumber(KINHTE_OFFICER, planId).get("1").at("/currentSteps/0/step").asText())
        .isEqualTo("Task_ExecuteTask");
    complete(KINHTE_OFFICER, taskId(KINHTE_OFFICER, code + "-1", "Task_ExecuteTask"), Map.of("progressNote", "Đã bổ sung"));
    complete(KINHTE_HEAD, taskId(KINHTE_HEAD, code + "-1", "Task_SignOff"), Map.of("signOffDecision", "approve"));
    complete(KINHTE_OFFICER, taskId(KINHTE_OFFICER, code + "-1", "Task_SubmitDeliverable"),
        Map.of("documentNumber", "12/QĐ-UBND", "documentDate", "2026-11-21", "deliverableSummary", "Bản bổ sung"));
    assertThat(complete(COORDINATOR, taskId(COORDINATOR, code + "-1", "Task_ReviewDeliverable"),
        Map.of("reviewDecision", "approve")).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

    JsonNode done = tasksByNumber(COORDINATOR, planId).get("1");
    assertThat(done.at("/status").asText()).isEqualTo("DONE_ON_TIME");
    assertThat(done.at("/currentSteps")).isEmpty();
    assertThat(done.at("/completedAt").isNull()).isFalse();
  }

  @Test
  void judges_on_time_by_the_submission_not_by_the_reviewers_click() throws Exception {
    String code = "KH-LATE-" + UUID.randomUUID().toString().substring(0, 8);
    long planId = json.readTree(post(COORDINATOR, "/api/plans", plan(code)).getBody()).at("/plan/id").asLong();
    String key = code + "-4";
    complete(KINHTE_HEAD, taskId(KINHTE_HEAD, key, "Task_AssignOfficer"), Map.of("officer", KINHTE_OFFICER));
    complete(KINHTE_OFFICER, taskId(KINHTE_OFFICER, key, "Task_ExecuteTask"), Map.of("progressNote", "Xong"));
    complete(KINHTE_HEAD, taskId(KINHTE_HEAD, key, "Task_SignOff"), Map.of("signOffDecision", "approve"));
    complete(KINHTE_OFFICER, taskId(KINHTE_OFFICER, key, "Task_SubmitDeliverable"),
        Map.of("documentNumber", "3/BC", "documentDate", "30/12/2026", "deliverableSummary", "Báo cáo"));
    ClockUtil.setCurrentTime(Date.from(LocalDateTime.of(2027, 1, 4, 9, 0).atZone(VietnamTime.ZONE).toInstant()));
    complete(COORDINATOR, taskId(COORDINATOR, key, "Task_ReviewDeliverable"),
        Map.of("reviewDecision", "return", "reviewComment", "Bổ sung số liệu"));
    assertThat(tasksByNumber(COORDINATOR, planId).get("4").at("/status").asText()).isEqualTo("OVERDUE");

    // resubmitted after the due day: the approved submission is late, whenever it is approved
    complete(KINHTE_OFFICER, taskId(KINHTE_OFFICER, key, "Task_ExecuteTask"), Map.of("progressNote", "Đã bổ sung"));
    complete(KINHTE_HEAD, taskId(KINHTE_HEAD, key, "Task_SignOff"), Map.of("signOffDecision", "approve"));
    complete(KINHTE_OFFICER, taskId(KINHTE_OFFICER, key, "Task_SubmitDeliverable"),
        Map.of("documentNumber", "3/BC", "documentDate", "04/01/2027", "deliverableSummary", "Báo cáo bổ sung"));
    complete(COORDINATOR, taskId(COORDINATOR, key, "Task_ReviewDeliverable"), Map.of("reviewDecision", "approve"));
    assertThat(tasksByNumber(COORDINATOR, planId).get("4").at("/status").asText()).isEqualTo("DONE_LATE");

    // task 1 is submitted in time and approved days after its due day: on time
    String first = code + "-1";
    ClockUtil.setCurrentTime(Date.from(LocalDateTime.of(2026, 12, 30, 9, 0).atZone(VietnamTime.ZONE).toInstant()));
    complete(KINHTE_HEAD, taskId(KINHTE_HEAD, first, "Task_AssignOfficer"), Map.of("officer", KINHTE_OFFICER));
    complete(KINHTE_OFFICER, taskId(KINHTE_OFFICER, first, "Task_ExecuteTask"), Map.of("progressNote", "Xong"));
    complete(KINHTE_HEAD, taskId(KINHTE_HEAD, first, "Task_SignOff"), Map.of("signOffDecision", "approve"));
    complete(KINHTE_OFFICER, taskId(KINHTE_OFFICER, first, "Task_SubmitDeliverable"),
        Map.of("documentNumber", "4/QĐ", "documentDate", "30/12/2026", "deliverableSummary", "Quy chế"));
    ClockUtil.setCurrentTime(Date.from(LocalDateTime.of(2027, 1, 5, 9, 0).atZone(VietnamTime.ZONE).toInstant()));
    complete(COORDINATOR, taskId(COORDINATOR, first, "Task_ReviewDeliverable"), Map.of("reviewDecision", "approve"));
    assertThat(tasksByNumber(COORDINATOR, planId).get("1").at("/status").asText()).isEqualTo("DONE_ON_TIME");

    // one status rule: the task list, the dashboard's figures and each task's history page tell the same
    Map<String, String> listed = new java.util.TreeMap<>();
    tasksByNumber(COORDINATOR, planId).forEach((number, task) -> listed.put(number, task.at("/status").asText()));
    Map<String, String> counted = new java.util.TreeMap<>();
    get(COORDINATOR, "/api/reports/plan/" + planId).at("/tasks")
        .forEach(line -> counted.put(line.at("/number").asText(), line.at("/status").asText()));
    Map<String, String> traced = new java.util.TreeMap<>();
    for (String number : listed.keySet()) {
      traced.put(number, get(COORDINATOR, "/api/plans/" + planId + "/tasks/" + number + "/trail").at("/status").asText());
    }
    assertThat(listed.values()).contains("DONE_LATE", "DONE_ON_TIME", "OVERDUE");
    assertThat(counted).isEqualTo(listed);
    assertThat(traced).isEqualTo(listed);
  }

  @Test
  void three_identical_registrations_at_once_give_one_plan_and_start_each_task_once() throws Exception {
    String code = "KH-PAR-" + UUID.randomUUID().toString().substring(0, 8);
    var pool = java.util.concurrent.Executors.newFixedThreadPool(3);
    var go = new java.util.concurrent.CountDownLatch(1);
    List<java.util.concurrent.Future<ResponseEntity<String>>> answers = new java.util.ArrayList<>();
    for (int i = 0; i < 3; i++) {
      answers.add(pool.submit(() -> {
        go.await();
        return post(COORDINATOR, "/api/plans", plan(code));
      }));
    }
    go.countDown();
    List<Integer> statuses = new java.util.ArrayList<>();
    java.util.Set<Long> planIds = new java.util.HashSet<>();
    for (var answer : answers) {
      ResponseEntity<String> response = answer.get(2, java.util.concurrent.TimeUnit.MINUTES);
      statuses.add(response.getStatusCode().value());
      planIds.add(json.readTree(response.getBody()).at("/plan/id").asLong());
    }
    pool.shutdown();

    assertThat(statuses).containsExactlyInAnyOrder(201, 200, 200);
    assertThat(planIds).hasSize(1);
    assertThat(get("admin", "/engine-rest/history/process-instance/count?processInstanceBusinessKeyLike=" + code + "-%")
        .at("/count").asInt()).as("each of the four tasks started once").isEqualTo(4);
  }

  @Test
  void the_coordinating_unit_moves_a_due_date_and_the_task_its_open_step_and_the_audit_trail_show_it()
      throws Exception {
    String code = "KH-HAN-" + UUID.randomUUID().toString().substring(0, 8);
    long planId = json.readTree(post(COORDINATOR, "/api/plans", plan(code)).getBody()).at("/plan/id").asLong();
    String change = "{\"dueDate\": \"2026-06-30\", \"reason\": \"Lùi hạn theo đề nghị của Văn phòng\","
        + " \"document\": \"Công văn số 12/UBND ngày 02/06/2026\"}";

    ResponseEntity<String> refused = exchange(VPUB_OFFICER, PASSWORD, HttpMethod.PUT,
        "/api/plans/" + planId + "/tasks/2/due-date", change);
    assertThat(refused.getStatusCode()).as("the lead unit cannot move its own deadline").isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(tasksByNumber(COORDINATOR, planId).get("2").at("/dueDate").asText()).isEqualTo("2026-03-31");

    ResponseEntity<String> moved = exchange(COORDINATOR, PASSWORD, HttpMethod.PUT,
        "/api/plans/" + planId + "/tasks/2/due-date", change);
    assertThat(moved.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(tasksByNumber(COORDINATOR, planId).get("2").at("/dueDate").asText()).isEqualTo("2026-06-30");
    JsonNode open = get("admin", "/engine-rest/task?processInstanceBusinessKey=" + code + "-2");
    assertThat(open).isNotEmpty();
    open.forEach(step -> assertThat(step.at("/due").asText()).as("the open step's due date").startsWith("2026-06-30"));

    List<JsonNode> entries = new java.util.ArrayList<>();
    get("namanphuct", "/api/audit?commune=namanphu").forEach(entry -> {
      if (entry.at("/planId").asLong() == planId) {
        entries.add(entry);
      }
    });
    assertThat(entries).singleElement().satisfies(entry -> {
      assertThat(entry.at("/taskNumber").asText()).isEqualTo("2");
      assertThat(entry.at("/field").asText()).isEqualTo("dueDate");
      assertThat(entry.at("/oldValue").asText()).isEqualTo("31/03/2026");
      assertThat(entry.at("/newValue").asText()).isEqualTo("30/06/2026");
      assertThat(entry.at("/reason").asText()).isEqualTo("Lùi hạn theo đề nghị của Văn phòng");
      assertThat(entry.at("/documentRef").asText()).isEqualTo("Công văn số 12/UBND ngày 02/06/2026");
      assertThat(entry.at("/changedBy").asText()).isEqualTo(COORDINATOR);
    });
  }

  @Test
  void units_and_communes_see_only_their_own_plans_and_tasks() throws Exception {
    String code = "KH-SEE-" + UUID.randomUUID().toString().substring(0, 8);
    long planId = json.readTree(post(COORDINATOR, "/api/plans", plan(code)).getBody()).at("/plan/id").asLong();

    assertThat(tasksByNumber(COORDINATOR, planId)).containsOnlyKeys("1", "2", "3", "4");
    assertThat(tasksByNumber(VPUB_OFFICER, planId)).containsOnlyKeys("2");
    assertThat(get(OTHER_COMMUNE_OFFICER, "/api/plans").findValuesAsText("code")).doesNotContain(code);
    ResponseEntity<String> foreign = exchange(OTHER_COMMUNE_OFFICER, PASSWORD, HttpMethod.GET,
        "/api/plans/" + planId + "/tasks", null);
    assertThat(foreign.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(json.readTree(foreign.getBody()).at("/message").asText()).contains("Không tìm thấy kế hoạch");
    assertThat(get(OTHER_COMMUNE_OFFICER, "/engine-rest/process-instance?businessKey=" + code + "-1")).isEmpty();
  }

  @Test
  void only_the_coordinating_unit_registers_plans() throws Exception {
    ResponseEntity<String> refused = post(KINHTE_OFFICER, "/api/plans", plan("KH-NO-" + UUID.randomUUID()));
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(json.readTree(refused.getBody()).at("/message").asText())
        .isEqualTo("Chỉ cơ quan thường trực của Xã Nam An Phụ được đăng ký kế hoạch.");
  }

  @Test
  void refuses_malformed_json_with_a_vietnamese_message_and_starts_nothing() throws Exception {
    ResponseEntity<String> answer = post(COORDINATOR, "/api/plans", "{\"commune\": \"namanphu\", \"code\": ");
    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(json.readTree(answer.getBody()).at("/message").asText())
        .startsWith("Nội dung gửi lên không phải JSON hợp lệ (dòng 1, cột");
  }

  @Test
  void refuses_a_bad_date_naming_the_field() throws Exception {
    JsonNode body = postBrokenPlan("\"2026-12-31\"", "\"31/12/2026\"");
    assertThat(body.at("/errors/0/field").asText()).isEqualTo("periodEnd");
    assertThat(body.at("/message").asText()).contains("31/12/2026").contains("2026-03-31");
  }

  @Test
  void refuses_an_unknown_unit_naming_the_task_and_the_unit() throws Exception {
    JsonNode body = postBrokenPlan("\"ttdvsnc\"", "\"Phòng Y tế\"");
    assertThat(body.at("/message").asText()).startsWith("Kế hoạch không hợp lệ, chưa nhiệm vụ nào được khởi tạo.");
    assertThat(body.at("/errors/0/field").asText()).isEqualTo("tasks[0].supportUnits[0]");
    assertThat(body.at("/errors/0/message").asText())
        .isEqualTo("Nhiệm vụ số 1: không có đơn vị \"Phòng Y tế\" trong tổ chức của Xã Nam An Phụ.");
  }

  @Test
  void refuses_a_duplicate_task_number_and_starts_nothing() throws Exception {
    JsonNode body = postBrokenPlan("\"number\": \"3\"", "\"number\": \"2\"");
    assertThat(body.at("/errors/0/field").asText()).isEqualTo("tasks[2].number");
    assertThat(body.at("/errors/0/message").asText()).contains("Số thứ tự nhiệm vụ \"2\" bị trùng");
  }

  @Test
  void refuses_a_due_date_outside_the_plan_period_and_starts_nothing() throws Exception {
    JsonNode body = postBrokenPlan("\"2026-03-31\"", "\"2027-03-31\"");
    assertThat(body.at("/errors/0/field").asText()).isEqualTo("tasks[1].dueDate");
    assertThat(body.at("/errors/0/message").asText())
        .isEqualTo("Nhiệm vụ số 2: thời hạn 31/03/2027 nằm ngoài kỳ kế hoạch (01/01/2026 – 31/12/2026).");
  }

  // --- plan import ---

  @Test
  void imports_seed_001_directly_starting_one_process_per_task_and_nothing_twice() throws Exception {
    String code = "KH-IMPORT-" + UUID.randomUUID().toString().substring(0, 8);
    String path = "/api/plans/import?review=false&commune=namanphu&code=" + code;

    ResponseEntity<String> first = upload(COORDINATOR, path, "ke-hoach-cchc-2026.txt", seed("seed-001-namanphu.txt"));
    assertThat(first.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    JsonNode body = json.readTree(first.getBody());
    assertThat(body.at("/registration/plan/taskCount").asInt()).isEqualTo(36);
    assertThat(body.at("/warnings").toString()).contains("chưa xác định thời hạn");
    assertThat(instances(code)).isEqualTo(36);

    ResponseEntity<String> again = upload(COORDINATOR, path, "ke-hoach-cchc-2026.txt", seed("seed-001-namanphu.txt"));
    assertThat(again.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(instances(code)).isEqualTo(36);

    long planId = body.at("/registration/plan/id").asLong();
    Map<String, JsonNode> tasks = tasksByNumber(COORDINATOR, planId);
    assertThat(tasks.get("24.2").at("/leadUnits/0").asText()).isEqualTo("Phòng Văn hóa - Xã hội");
    assertThat(tasks.get("7").at("/status").asText()).isEqualTo("NO_DEADLINE");
    assertThat(tasks.get("1").at("/dueDate").asText()).isEqualTo("2026-01-14");
  }

  /** The scenario's apps register plans of more than 40 tasks in the background (cchc.import.background-threshold). */
  @Test
  void registers_a_large_plan_in_the_background_and_tells_where_it_stands() throws Exception {
    String code = "KH-LON-" + UUID.randomUUID().toString().substring(0, 8);
    StringBuilder large = new StringBuilder(new String(seed("seed-001-namanphu.txt"), java.nio.charset.StandardCharsets.UTF_8));
    for (int n = 37; n <= 45; n++) {
      large.append("\n").append(n).append("\tRà soát thủ tục hành chính lĩnh vực số ").append(n)
          .append("\tPhòng Kinh tế xã\tVăn phòng HĐND và UBND\tQuý III/2026\tBáo cáo rà soát");
    }
    ResponseEntity<String> accepted = upload(COORDINATOR, "/api/plans/import?review=false&commune=namanphu&code=" + code,
        "ke-hoach-lon.txt", large.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
    assertThat(accepted.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
    String status = accepted.getHeaders().getLocation().toString();
    assertThat(json.readTree(accepted.getBody()).at("/status").asText()).isEqualTo(status);
    assertThat(get(COORDINATOR, status).at("/state").asText()).isEqualTo("RUNNING");
    assertThat(exchange(OTHER_COMMUNE_OFFICER, PASSWORD, HttpMethod.GET, status, null).getStatusCode())
        .as("another commune does not learn of it").isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(instances(code)).isZero();

    String processInstanceId = status.substring(status.lastIndexOf('/') + 1);
    var job = management.createJobQuery().processInstanceId(processInstanceId).singleResult();
    management.executeJob(job.getId());

    JsonNode done = get(COORDINATOR, status);
    assertThat(done.at("/state").asText()).isEqualTo("DONE");
    assertThat(done.at("/message").asText()).isEqualTo("Đã nhập kế hoạch và khởi tạo mọi nhiệm vụ.");
    assertThat(tasksByNumber(COORDINATOR, done.at("/planId").asLong())).hasSize(45);
    assertThat(instances(code)).isEqualTo(45);
  }

  @Test
  void amends_an_imported_plan_with_exactly_the_changes_of_the_amended_document() throws Exception {
    String code = "KH-AMEND-" + UUID.randomUUID().toString().substring(0, 8);
    ResponseEntity<String> imported = upload(COORDINATOR, "/api/plans/import?review=false&commune=namanphu&code=" + code,
        "ke-hoach-cchc-2026.txt", seed("seed-001-namanphu.txt"));
    long planId = json.readTree(imported.getBody()).at("/registration/plan/id").asLong();
    assertThat(instances(code)).isEqualTo(36);

    // the "Kế hoạch sửa đổi, bổ sung": 35 dropped, 36 and 37 added, 29 led by the Văn phòng, 31 a month later
    String amended = new String(seed("seed-001-namanphu.txt"), java.nio.charset.StandardCharsets.UTF_8).lines()
        .filter(line -> !line.startsWith("35\t"))
        .map(line -> line.startsWith("29\t") ? line.replace("\tPhòng Kinh tế xã\t", "\tVăn phòng HĐND và UBND\t") : line)
        .map(line -> line.startsWith("31\t") ? line.replace("\tTháng 10/2026\t", "\tTháng 11/2026\t") : line)
        .map(line -> line.startsWith("34\t") ? line
            + "\n36\tXây dựng cơ sở dữ liệu tài sản công của xã\tPhòng Kinh tế xã\tCác phòng chuyên môn, đơn vị liên quan"
            + "\tQuý III/2026\tCơ sở dữ liệu"
            + "\n37\tKhảo sát mức độ hài lòng về dịch vụ hành chính công\tTrung tâm Phục vụ hành chính công"
            + "\tPhòng Văn hóa - Xã hội\tTháng 11/2026\tBáo cáo kết quả khảo sát" : line)
        .collect(java.util.stream.Collectors.joining("\n"));
    String path = "/api/plans/" + planId + "/amendments/import?documentNumber=25/KH-UBND&documentDate=15/06/2026";
    JsonNode preview = json.readTree(upload(COORDINATOR, path, "ke-hoach-sua-doi.txt",
        amended.getBytes(java.nio.charset.StandardCharsets.UTF_8)).getBody());
    Map<String, List<String>> byKind = new java.util.TreeMap<>();
    preview.at("/lines").forEach(line -> byKind.computeIfAbsent(line.at("/kind").asText(), k -> new java.util.ArrayList<>())
        .add(line.at("/number").asText()));
    assertThat(byKind.get("ADDED")).containsExactly("36", "37");
    assertThat(byKind.get("DROPPED")).containsExactly("35");
    assertThat(byKind.get("CHANGED")).containsExactly("29", "31");
    assertThat(byKind.get("UNCHANGED")).hasSize(33);
    assertThat(instances(code)).as("a preview changes nothing").isEqualTo(36);

    JsonNode applied = json.readTree(upload(COORDINATOR, path + "&apply=true", "ke-hoach-sua-doi.txt",
        amended.getBytes(java.nio.charset.StandardCharsets.UTF_8)).getBody());
    assertThat(applied.at("/document").asText()).isEqualTo("25/KH-UBND ngày 15/06/2026");
    assertThat(instances(code)).as("35 ended as withdrawn, 36 and 37 started").isEqualTo(37);
    assertThat(get("admin", "/engine-rest/history/process-instance/count?processInstanceBusinessKeyLike=" + code + "-%")
        .at("/count").asInt()).as("nothing started twice").isEqualTo(38);
    assertThat(get("admin", "/engine-rest/process-instance/count?businessKey=" + code + "-36").at("/count").asInt())
        .isEqualTo(1);
    Map<String, JsonNode> tasks = tasksByNumber(COORDINATOR, planId);
    assertThat(tasks.get("35").at("/status").asText()).isEqualTo("WITHDRAWN");
    assertThat(get("admin", "/engine-rest/history/process-instance?processInstanceBusinessKey=" + code + "-35").get(0)
        .at("/endTime").isNull()).isFalse();
    assertThat(tasks.get("29").at("/leadUnits").toString()).contains("Văn phòng HĐND và UBND")
        .doesNotContain("Phòng Kinh tế");
    assertThat(get("namanphuvpubtp", "/engine-rest/task?processInstanceBusinessKey=" + code + "-29"
        + "&taskDefinitionKey=Task_AssignOfficer")).as("the new lead unit's head has the step").hasSize(1);
    assertThat(tasks.get("31").at("/dueDate").asText()).isEqualTo("2026-11-30");
    assertThat(tasks.get("36").at("/status").asText()).isIn("IN_PROGRESS", "OVERDUE");

    JsonNode audit = get("namanphuct", "/api/audit?commune=namanphu");
    List<String> entries = new java.util.ArrayList<>();
    audit.forEach(entry -> {
      if (entry.at("/planId").asLong() == planId) {
        entries.add(entry.at("/taskNumber").asText() + ":" + entry.at("/field").asText());
        assertThat(entry.at("/documentRef").asText()).isEqualTo("25/KH-UBND ngày 15/06/2026");
        assertThat(entry.at("/changedBy").asText()).isEqualTo(COORDINATOR);
      }
    });
    // 29's support is "the other units": with a new lead, the Phòng Kinh tế becomes one of them
    assertThat(entries).containsExactlyInAnyOrder("35:withdrawn", "36:added", "37:added", "29:leadUnits",
        "29:supportUnits", "31:deadlineText", "31:dueDate");

    // the same amendment again finds nothing left to do and starts nothing
    JsonNode again = json.readTree(upload(COORDINATOR, path, "ke-hoach-sua-doi.txt",
        amended.getBytes(java.nio.charset.StandardCharsets.UTF_8)).getBody());
    again.at("/lines").forEach(line -> assertThat(line.at("/kind").asText()).isEqualTo("UNCHANGED"));
    assertThat(instances(code)).isEqualTo(37);
  }

  @Test
  void refuses_an_import_whose_units_the_commune_does_not_have_and_starts_nothing() throws Exception {
    String code = "KH-AIQUOC-" + UUID.randomUUID().toString().substring(0, 8);
    ResponseEntity<String> answer = upload(COORDINATOR,
        "/api/plans/import?review=false&commune=namanphu&code=" + code, "aiquoc.txt", seed("seed-000-aiquoc.txt"));

    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(json.readTree(answer.getBody()).at("/errors/0/message").asText())
        // draft 12: the dated general duty (IV.1.d) is draft 1, so the Phòng Kinh tế's first duty moved from 11 to 12
        .isEqualTo("Nhiệm vụ số 12: không có đơn vị \"Phòng Kinh tế, Hạ tầng và Đô thị phường\" trong tổ chức của Xã Nam An Phụ.");
    assertThat(instances(code)).isZero();
  }

  @Test
  void refuses_a_file_it_cannot_read_with_a_vietnamese_message() throws Exception {
    ResponseEntity<String> answer = upload(COORDINATOR, "/api/plans/import?review=false&commune=namanphu",
        "ke-hoach.xlsx", "không phải Excel".getBytes(java.nio.charset.StandardCharsets.UTF_8));

    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(json.readTree(answer.getBody()).at("/message").asText())
        .isEqualTo("Không đọc được tệp Excel (.xlsx): tệp hỏng hoặc không đúng định dạng.");
  }

  @Test
  void previews_a_plan_without_storing_anything() throws Exception {
    ResponseEntity<String> answer = upload("quyetthangttpvhcccv1", "/api/plans/parse?commune=quyetthang",
        "quyetthang.txt", seed("seed-004-quyetthang.txt"));

    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
    JsonNode parsed = json.readTree(answer.getBody());
    assertThat(parsed.at("/plan/coordinatingUnit").asText()).isEqualTo("ttpvhcc");
    assertThat(parsed.at("/tasks").size()).isEqualTo(29);
    assertThat(upload(KINHTE_OFFICER, "/api/plans/parse?commune=quyetthang", "quyetthang.txt",
        seed("seed-004-quyetthang.txt")).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
  }

  @Test
  void previews_utf16_and_windows_1258_copies_of_seed_001_like_the_original() throws Exception {
    JsonNode original = json.readTree(upload(COORDINATOR, "/api/plans/parse?commune=namanphu", "cchc.txt",
        seed("seed-001-namanphu.txt")).getBody());
    String text = new String(seed("seed-001-namanphu.txt"), java.nio.charset.StandardCharsets.UTF_8);

    for (byte[] copy : List.of(vn.cchcflow.planimport.EncodedSeeds.utf16(text),
        vn.cchcflow.planimport.EncodedSeeds.windows1258(text))) {
      ResponseEntity<String> answer = upload(COORDINATOR, "/api/plans/parse?commune=namanphu", "cchc.txt", copy);
      assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
      JsonNode parsed = json.readTree(answer.getBody());
      assertThat(parsed.at("/tasks").size()).isEqualTo(36);
      assertThat(parsed).isEqualTo(original);
    }
  }

  @Test
  void the_review_registers_no_date_the_plan_does_not_state_until_the_reviewer_sets_it() throws Exception {
    String reviewer = "quyetthangttpvhcccv1";
    ResponseEntity<String> started = upload(reviewer, "/api/plans/import?commune=quyetthang", "quyetthang.txt",
        seed("seed-004-quyetthang.txt"));
    assertThat(started.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
    String importInstance = json.readTree(started.getBody()).at("/processInstanceId").asText();
    String review = get(reviewer, "/engine-rest/task?processInstanceId=" + importInstance).get(0).get("id").asText();
    assertThat(get(reviewer, "/engine-rest/task/" + review + "/variables/importPreview").at("/value").asText())
        .contains("Kế hoạch chỉ ghi thời điểm bắt đầu (\"Từ ngày 15/3/2026.\" → bắt đầu 15/03/2026), không ghi thời hạn "
            + "hoàn thành; cơ quan thường trực cần điền thời hạn vào ô “Sửa thời hạn” (dòng 199).");

    String code = "KH-QT-" + UUID.randomUUID().toString().substring(0, 8);
    ResponseEntity<String> refused = complete(reviewer, review, Map.of("planCode", code, "importDecision", "confirm"));
    assertThat(refused.getStatusCode().is2xxSuccessful()).isFalse();
    assertThat(refused.getBody()).contains("Chưa thể xác nhận kế hoạch: nhiệm vụ số II.2.6 chưa có thời hạn");
    assertThat(instances(code)).isZero();

    assertThat(complete(reviewer, review, Map.of("planCode", code, "deadlineCorrections", "II.2.6: 30/11/2026",
        "importDecision", "confirm")).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(instances(code)).isEqualTo(29);
    long planId = get(reviewer, "/api/plans").findParents("code").stream()
        .filter(p -> code.equals(p.get("code").asText())).findFirst().orElseThrow().get("id").asLong();
    assertThat(tasksByNumber(reviewer, planId).get("II.2.6").at("/dueDate").asText()).isEqualTo("2026-11-30");
  }

  @Test
  void reviews_an_import_in_tasklist_then_starts_every_task_on_confirmation() throws Exception {
    ResponseEntity<String> started = upload(COORDINATOR, "/api/plans/import?commune=namanphu", "cchc.txt",
        seed("seed-001-namanphu.txt"));
    assertThat(started.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
    String importInstance = json.readTree(started.getBody()).at("/processInstanceId").asText();

    JsonNode reviews = get(COORDINATOR, "/engine-rest/task?processInstanceId=" + importInstance);
    assertThat(reviews).hasSize(1);
    assertThat(reviews.get(0).get("name").asText()).isEqualTo("Rà soát kế hoạch đã đọc");
    assertThat(get(KINHTE_OFFICER, "/engine-rest/task?processInstanceId=" + importInstance)).isEmpty();
    String review = reviews.get(0).get("id").asText();
    assertThat(get(COORDINATOR, "/engine-rest/task/" + review + "/variables/importPreview").at("/value").asText())
        .contains("**36 nhiệm vụ**").contains("Khi thành phố tổ chức");
    assertThat(get(COORDINATOR, "/engine-rest/task/" + review + "/variables/planCode").at("/value").asText())
        .isEqualTo("KH-CCHC-2026");

    // a correction that names no task of the plan is refused and nothing starts
    String code = "KH-REVIEWED-" + UUID.randomUUID().toString().substring(0, 8);
    ResponseEntity<String> refused = complete(COORDINATOR, review, Map.of("planCode", code,
        "deadlineCorrections", "99: 30/06/2026", "importDecision", "confirm"));
    assertThat(refused.getStatusCode().is2xxSuccessful()).isFalse();
    assertThat(refused.getBody()).contains("Ô “Sửa thời hạn”, dòng 1: không có nhiệm vụ số “99” trong kế hoạch.");
    assertThat(instances(code)).isZero();

    // the reviewer drops one task, dates an event-driven one and confirms: every other task starts
    assertThat(complete(COORDINATOR, review, Map.of("planCode", code, "dropTasks", "24.1",
        "deadlineCorrections", "7: 30/06/2026", "unitCorrections", "33: chủ trì Phòng Kinh tế",
        "importDecision", "confirm")).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(instances(code)).isEqualTo(35);
    long planId = get(COORDINATOR, "/api/plans").findParents("code").stream()
        .filter(p -> code.equals(p.get("code").asText())).findFirst().orElseThrow().get("id").asLong();
    Map<String, JsonNode> tasks = tasksByNumber(COORDINATOR, planId);
    assertThat(tasks).doesNotContainKey("24.1");
    assertThat(tasks.get("7").at("/dueDate").asText()).isEqualTo("2026-06-30");
    assertThat(tasks.get("33").at("/leadUnits/0").asText()).isEqualTo("Phòng Kinh tế");
  }

  @Test
  void offers_the_excel_template() {
    ResponseEntity<byte[]> answer = http.exchange("/api/plans/template.xlsx", HttpMethod.GET,
        new HttpEntity<>(authOnly(COORDINATOR)), byte[].class);
    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(answer.getBody()).startsWith(new byte[] {'P', 'K'});
  }

  // --- helpers ---

  int instances(String planCode) throws Exception {
    return get("admin", "/engine-rest/process-instance/count?processDefinitionKey=PlanTaskProcess&businessKeyLike="
        + planCode + "-%").at("/count").asInt();
  }

  static byte[] seed(String name) throws java.io.IOException {
    try (var in = PlanLifecycleApiScenario.class.getResourceAsStream("/plans/" + name)) {
      return in.readAllBytes();
    }
  }

  ResponseEntity<String> upload(String user, String path, String fileName, byte[] content) {
    org.springframework.util.LinkedMultiValueMap<String, Object> form = new org.springframework.util.LinkedMultiValueMap<>();
    form.add("file", new org.springframework.core.io.ByteArrayResource(content) {
      @Override
      public String getFilename() {
        return fileName;
      }
    });
    HttpHeaders headers = authOnly(user);
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    return http.exchange(path, HttpMethod.POST, new HttpEntity<>(form, headers), String.class);
  }

  static HttpHeaders authOnly(String user) {
    HttpHeaders headers = new HttpHeaders();
    headers.setBasicAuth(user, PASSWORD);
    return headers;
  }

  /** Four tasks: 1 led by Phòng Kinh tế with support, 2 overdue by VP, 3 with no date, 4 due at year end. */
  static String plan(String code) {
    return """
        {"commune": "namanphu", "code": "%s", "title": "Kế hoạch cải cách hành chính năm 2026 (kiểm thử)",
         "periodStart": "2026-01-01", "periodEnd": "2026-12-31",
         "tasks": [
          {"number": "1", "area": "VI. Cải cách tài chính công", "content": "Ban hành quy chế quản lý, sử dụng tài sản công",
           "leadUnits": ["Phòng Kinh tế"], "supportUnits": ["ttdvsnc"], "deadlineText": "Cả năm 2026",
           "dueDate": "2026-12-31", "deliverable": "Quy chế"},
          {"number": "2", "area": "II. Cải cách thể chế", "content": "Ban hành kế hoạch rà soát văn bản quy phạm pháp luật",
           "leadUnits": ["vpub"], "supportUnits": [], "deadlineText": "Quý I/2026", "dueDate": "2026-03-31",
           "deliverable": "Kế hoạch"},
          {"number": "3", "area": "I. Chỉ đạo điều hành", "content": "Tham gia Hội thi trực tuyến tìm hiểu CCHC",
           "leadUnits": ["Phòng Văn hóa – Xã hội xã"], "supportUnits": [], "deadlineText": "Khi thành phố tổ chức",
           "dueDate": null, "deliverable": "Báo cáo kết quả hội thi"},
          {"number": "4", "area": "VI. Cải cách tài chính công", "content": "Tổng kiểm kê tài sản công",
           "leadUnits": ["kinhte"], "supportUnits": [], "deadlineText": "Cả năm 2026", "dueDate": "2026-12-31",
           "deliverable": "Báo cáo"}
         ]}
        """.formatted(code);
  }

  /** Posts the test plan with one piece of text replaced; expects 400, and that nothing was stored or started. */
  JsonNode postBrokenPlan(String text, String replacement) throws Exception {
    String code = "KH-BAD-" + UUID.randomUUID().toString().substring(0, 8);
    ResponseEntity<String> answer = post(COORDINATOR, "/api/plans", plan(code).replace(text, replacement));
    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertNothingStarted(code);
    return json.readTree(answer.getBody());
  }

  void assertNothingStarted(String code) throws Exception {
    assertThat(get(COORDINATOR, "/api/plans").findValuesAsText("code")).doesNotContain(code);
    assertThat(get("admin", "/engine-rest/process-instance/count?businessKey=" + code + "-1").at("/count").asInt())
        .isZero();
  }

  Map<String, JsonNode> tasksByNumber(String user, long planId) throws Exception {
    JsonNode tasks = get(user, "/api/plans/" + planId + "/tasks");
    Map<String, JsonNode> byNumber = new java.util.LinkedHashMap<>();
    tasks.forEach(task -> byNumber.put(task.get("number").asText(), task));
    return byNumber;
  }

  String taskId(String user, String businessKey, String step) throws Exception {
    JsonNode found = get(user, "/engine-rest/task?processInstanceBusinessKey=" + businessKey
        + "&taskDefinitionKey=" + step);
    assertThat(found).as("%s sees one %s of %s", user, step, businessKey).hasSize(1);
    return found.get(0).get("id").asText();
  }

  ResponseEntity<String> complete(String user, String taskId, Map<String, String> variables) throws Exception {
    Map<String, Object> body = Map.of("variables", variables.entrySet().stream()
        .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, e -> Map.of("value", e.getValue()))));
    return post(user, "/engine-rest/task/" + taskId + "/complete", json.writeValueAsString(body));
  }

  ResponseEntity<String> post(String user, String path, String body) {
    return exchange(user, PASSWORD, HttpMethod.POST, path, body);
  }

  ResponseEntity<String> exchange(String user, String password, HttpMethod method, String path, String body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setBasicAuth(user, password);
    headers.setContentType(MediaType.APPLICATION_JSON);
    headers.setAccept(List.of(MediaType.APPLICATION_JSON));
    return http.exchange(path, method, new HttpEntity<>(body, headers), String.class);
  }

  JsonNode get(String user, String path) throws Exception {
    ResponseEntity<String> answer = exchange(user, PASSWORD, HttpMethod.GET, path, null);
    assertThat(answer.getStatusCode()).as("GET %s as %s: %s", path, user, answer.getBody()).isEqualTo(HttpStatus.OK);
    return json.readTree(answer.getBody());
  }

  static List<String> ids(JsonNode array) {
    return array.findValuesAsText("id");
  }
}
