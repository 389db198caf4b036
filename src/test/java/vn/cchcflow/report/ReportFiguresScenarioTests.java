package vn.cchcflow.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import vn.cchcflow.organisation.CityAccounts;
import vn.cchcflow.plan.PlanCommitments;
import vn.cchcflow.plan.PlanDocument;
import vn.cchcflow.plan.PlanKind;
import vn.cchcflow.plan.ReportingRule;
import vn.cchcflow.plan.PlanService;
import vn.cchcflow.system.VietnamTime;
import vn.cchcflow.tasklifecycle.PlanTaskProcess;

/**
 * A year of xã Nam An Phụ built with the engine clock: six tasks in two areas and three units, done on
 * time, done late after being returned twice, in progress, overdue, without a date. The quarter, half-year
 * and annual figures must equal the ones computed by hand below.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "spring.datasource.url=jdbc:h2:mem:cchc-report-tests;DB_CLOSE_DELAY=-1",
    "camunda.bpm.job-execution.enabled=false",
    "cchc.notification.worker-enabled=false",
    "cchc.organisation.location=classpath:communes/*.yaml"})
@ActiveProfiles("production")
@DirtiesContext
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportFiguresScenarioTests {

  static final String A = "I. Chỉ đạo điều hành";
  static final String B = "II. Cải cách thể chế";
  static final String VHXH = "Phòng Văn hóa - Xã hội";
  static final String KINHTE = "Phòng Kinh tế";
  static final String VPUB = "Văn phòng HĐND và UBND";

  @Autowired
  private vn.cchcflow.tasklifecycle.TaskRecord record;
  @Autowired
  PlanService plans;
  @Autowired
  ReportCalculator calculator;
  @Autowired
  TaskService tasks;
  @Autowired
  RuntimeService runtime;
  @Autowired
  IdentityService identity;
  @Autowired
  org.camunda.bpm.engine.ManagementService management;
  @Autowired
  TestRestTemplate http;

  final ObjectMapper json = new ObjectMapper();

  @BeforeAll
  void buildTheYear() {
    at(2026, 1, 5);
    plans.register(new PlanDocument("namanphu", "KH-NAM-2026", "Kế hoạch cải cách hành chính năm 2026 (kiểm thử)",
        LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), List.of(
        task("1", A, "vhxh", LocalDate.of(2026, 3, 31)),
        task("2", A, "kinhte", LocalDate.of(2026, 2, 28)),
        task("3", B, "vpub", LocalDate.of(2026, 6, 30)),
        task("4", B, "vhxh", null),
        task("5", A, "vpub", LocalDate.of(2026, 9, 30)),
        task("6", B, "kinhte", LocalDate.of(2026, 5, 15)))));

    at(2026, 3, 20);
    complete("1", 0);
    at(2026, 4, 10);
    complete("2", 2);
    at(2026, 5, 10);
    complete("6", 0);
    at(2026, 9, 29);
    complete("5", 0);
    at(2027, 1, 10);
  }

  @AfterAll
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void first_quarter_counts_what_stood_on_31_march() {
    ReportFigures q1 = calculator.figures("namanphu", period("2026-Q1"), Map.of());

    assertThat(q1.asOf()).isEqualTo(LocalDate.of(2026, 3, 31));
    assertThat(q1.total()).isEqualTo(new StatusCounts(1, 0, 3, 1, 1));
    assertThat(q1.byArea()).containsExactly(
        group(A, 1, 0, 1, 1, 0),
        group(B, 0, 0, 2, 0, 1));
    assertThat(q1.byUnit()).containsExactly(
        group(VHXH, 1, 0, 0, 0, 1),
        group(VPUB, 0, 0, 2, 0, 0),
        group(KINHTE, 0, 0, 1, 1, 0));
    assertThat(q1.overdue()).singleElement().satisfies(line -> {
      assertThat(line.number()).isEqualTo("2");
      assertThat(line.daysOverdue()).isEqualTo(31);
    });
  }

  @Test
  void half_year_counts_the_task_returned_twice_as_done_late() {
    ReportFigures h1 = calculator.figures("namanphu", period("2026-H1"), Map.of());

    assertThat(h1.total()).isEqualTo(new StatusCounts(2, 1, 2, 0, 1));
    assertThat(h1.byArea()).containsExactly(
        group(A, 1, 1, 1, 0, 0),
        group(B, 1, 0, 1, 0, 1));
    assertThat(h1.byUnit()).containsExactly(
        group(VHXH, 1, 0, 0, 0, 1),
        group(VPUB, 0, 0, 2, 0, 0),
        group(KINHTE, 1, 1, 0, 0, 0));
    assertThat(h1.tasks()).filteredOn(t -> t.number().equals("2")).singleElement()
        .satisfies(t -> assertThat(t.completedOn()).isEqualTo(LocalDate.of(2026, 4, 10)));
  }

  @Test
  void year_counts_the_unfinished_task_as_overdue() {
    ReportFigures year = calculator.figures("namanphu", period("2026"), Map.of());

    assertThat(year.total()).isEqualTo(new StatusCounts(3, 1, 0, 1, 1));
    assertThat(year.total().completionRate()).isEqualTo(66.7);
    assertThat(year.byArea()).containsExactly(
        group(A, 2, 1, 0, 0, 0),
        group(B, 1, 0, 0, 1, 1));
    assertThat(year.byUnit()).containsExactly(
        group(VHXH, 1, 0, 0, 0, 1),
        group(VPUB, 1, 0, 0, 1, 0),
        group(KINHTE, 1, 1, 0, 0, 0));
    assertThat(year.overdue()).extracting(ReportFigures.TaskLine::number).containsExactly("3");
  }

  @Test
  void the_commune_and_the_city_read_the_summary_other_communes_do_not() throws Exception {
    password("namanphukinhtecv1", "mk-xa");
    password("quyetthangvhxhcv1", "mk-khac");
    cityUser("sonoivutest", "mk-so");

    ResponseEntity<String> own = http.withBasicAuth("namanphukinhtecv1", "mk-xa")
        .getForEntity("/api/reports/summary?commune=namanphu&period=2026-Q1", String.class);
    assertThat(own.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(json.readTree(own.getBody()).at("/total/overdue").asInt()).isEqualTo(1);

    ResponseEntity<String> foreign = http.withBasicAuth("quyetthangvhxhcv1", "mk-khac")
        .getForEntity("/api/reports/summary?commune=namanphu&period=2026-Q1", String.class);
    assertThat(foreign.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(http.withBasicAuth("quyetthangvhxhcv1", "mk-khac")
        .getForEntity("/api/reports/city?period=2026", String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

    assertThat(http.withBasicAuth("sonoivutest", "mk-so")
        .getForEntity("/api/reports/summary?commune=namanphu&period=2026", String.class).getStatusCode())
        .isEqualTo(HttpStatus.OK);
    JsonNode city = json.readTree(http.withBasicAuth("sonoivutest", "mk-so")
        .getForEntity("/api/reports/city?period=2026", String.class).getBody());
    assertThat(city.at("/communes").findValuesAsText("communeId")).containsExactly("namanphu", "quyetthang");
    assertThat(city.at("/communes/0/counts/doneOnTime").asInt()).isEqualTo(3);
    assertThat(city.at("/communes/0/rank").asInt()).isEqualTo(1);

    ResponseEntity<String> badPeriod = http.withBasicAuth("sonoivutest", "mk-so")
        .getForEntity("/api/reports/city?period=2026-Q5", String.class);
    assertThat(badPeriod.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(json.readTree(badPeriod.getBody()).at("/message").asText()).contains("Kỳ báo cáo \"2026-Q5\" không hợp lệ");
  }

  @Test
  void issues_the_quarterly_report_through_units_coordinating_unit_and_chair() throws Exception {
    password("namanphuvhxhcv1", "mk-vhxh");
    password("quyetthangvhxhcv1", "mk-khac");
    cityUser("sonoivutest", "mk-so");
    ResponseEntity<String> started = http.withBasicAuth("namanphuvhxhcv1", "mk-vhxh").postForEntity("/api/reports",
        Map.of("commune", "namanphu", "period", "2026-Q1"), String.class);
    assertThat(started.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
    String pid = json.readTree(started.getBody()).at("/processInstanceId").asText();

    List<org.camunda.bpm.engine.task.Task> unitTasks = tasks.createTaskQuery().processInstanceId(pid)
        .taskDefinitionKey(PeriodReportProcess.TASK_FILE_UNIT_REPORT).list();
    assertThat(unitTasks).hasSize(5).allSatisfy(t ->
        assertThat(t.getName()).startsWith("Đơn vị báo cáo kết quả trong kỳ · quý I năm 2026 · "));
    assertThat(unitTasks.get(0).getDueDate()).isEqualTo(VietnamTime.endOf(LocalDate.of(2026, 2, 27)));
    for (var unitTask : unitTasks) {
      tasks.complete(unitTask.getId(), Variables.putValue("unitResults", "Hoàn thành các việc trong kỳ")
          .putValue("unitObstacles", "Thiếu nhân lực"));
    }
    var consolidate = tasks.createTaskQuery().processInstanceId(pid)
        .taskDefinitionKey(PeriodReportProcess.TASK_CONSOLIDATE_REPORT).singleResult();
    assertThat(tasks.getVariable(consolidate.getId(), PeriodReportProcess.REPORT_PREVIEW).toString())
        .contains("Tổng cộng: 6 nhiệm vụ; đúng hạn 1").contains("NV 2 (Phòng Kinh tế): quá hạn 31 ngày");
    tasks.complete(consolidate.getId(), Variables.putValue("assessment", "Cơ bản hoàn thành kế hoạch quý I.")
        .putValue("targetValues", ""));
    var approve = tasks.createTaskQuery().processInstanceId(pid)
        .taskDefinitionKey(PeriodReportProcess.TASK_APPROVE_REPORT).singleResult();
    identity.setAuthentication("namanphupct", List.of("namanphuleaders"), List.of("namanphu"));
    try {
      tasks.complete(approve.getId(), Variables.putValue("approvalDecision", "approve"));
    } finally {
      identity.clearAuthentication();
    }

    assertThat(runtime.createProcessInstanceQuery().processInstanceId(pid).count()).isZero();
    JsonNode issued = json.readTree(http.withBasicAuth("sonoivutest", "mk-so").getForEntity("/api/reports",
        String.class).getBody());
    assertThat(issued.findValuesAsText("periodCode")).contains("2026-Q1");
    long id = issued.get(0).get("id").asLong();
    ResponseEntity<byte[]> docx = http.withBasicAuth("sonoivutest", "mk-so")
        .getForEntity("/api/reports/" + id + "/docx", byte[].class);
    assertThat(docx.getStatusCode()).isEqualTo(HttpStatus.OK);
    try (var document = new org.apache.poi.xwpf.usermodel.XWPFDocument(new java.io.ByteArrayInputStream(docx.getBody()))) {
      String text = new org.apache.poi.xwpf.extractor.XWPFWordExtractor(document).getText();
      assertThat(text).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM").contains("ỦY BAN NHÂN DÂN XÃ NAM AN PHỤ")
          .contains("quý I năm 2026").contains("Cơ bản hoàn thành kế hoạch quý I.").contains("Mai Thị Yến")
          .contains("Sở Nội vụ");
    }
    assertThat(http.withBasicAuth("namanphuvhxhcv1", "mk-vhxh").getForEntity("/api/reports/" + id + "/xlsx",
        byte[].class).getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(http.withBasicAuth("quyetthangvhxhcv1", "mk-khac").getForEntity("/api/reports/" + id + "/docx",
        String.class).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
  }

  @Test
  void opens_each_period_report_of_the_plans_reporting_schedule_two_weeks_before_it_is_due() {
    at(2026, 1, 6);
    PlanCommitments facts = new PlanCommitments(PlanKind.TTHC_CONTROL, null, null, List.of(
        new ReportingRule(ReportingRule.Kind.QUARTERLY, "quý", List.of(LocalDate.of(2026, 3, 4),
            LocalDate.of(2026, 6, 4), LocalDate.of(2026, 9, 4), LocalDate.of(2026, 12, 4))),
        new ReportingRule(ReportingRule.Kind.HALF_YEAR, "6 tháng", List.of(LocalDate.of(2026, 6, 4))),
        new ReportingRule(ReportingRule.Kind.ANNUAL, "năm", List.of(LocalDate.of(2026, 12, 4)))), List.of(), List.of());
    plans.register(new PlanDocument("quyetthang", "KH-QT-2026", "Kế hoạch kiểm soát TTHC năm 2026 (kiểm thử)",
        LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31),
        List.of(new PlanDocument.Task("1", A, "Nhiệm vụ", List.of("ttpvhcc"), List.of(), "Thường xuyên",
            LocalDate.of(2026, 12, 31), "Báo cáo")), facts));
    var schedule = runtime.createProcessInstanceQuery().processDefinitionKey("ReportScheduleProcess")
        .processInstanceBusinessKey("quyetthang-KH-QT-2026").singleResult();

    List<String> opened = new java.util.ArrayList<>();
    for (int i = 0; i < 4; i++) {
      var job = management.createJobQuery().processInstanceId(schedule.getId()).singleResult();
      opened.add(VietnamTime.dayOf(job.getDuedate()).toString());
      ClockUtil.setCurrentTime(job.getDuedate());
      management.executeJob(job.getId());
    }

    assertThat(opened).containsExactly("2026-02-18", "2026-05-21", "2026-08-21", "2026-11-20");
    assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(PeriodReportProcess.KEY).list())
        .extracting(p -> p.getBusinessKey())
        .contains("quyetthang-2026-Q1", "quyetthang-2026-H1", "quyetthang-2026-Q3", "quyetthang-2026");
    assertThat(runtime.createProcessInstanceQuery().processInstanceId(schedule.getId()).count()).isZero();
    at(2027, 1, 10);
  }

  // --- the year ---

  private static PlanDocument.Task task(String number, String area, String unit, LocalDate due) {
    return new PlanDocument.Task(number, area, "Nhiệm vụ " + number, List.of(unit), List.of(),
        due == null ? "Khi thành phố tổ chức" : "Chậm nhất ngày " + due, due, "Báo cáo");
  }

  /** Takes the task through every step at the current engine time; the coordinating unit returns it first. */
  private void complete(String number, int returns) {
    String pid = runtime.createProcessInstanceQuery().processInstanceBusinessKey("KH-NAM-2026-" + number)
        .singleResult().getId();
    String assign = tasks.createTaskQuery().processInstanceId(pid).taskDefinitionKey(PlanTaskProcess.TASK_ASSIGN_OFFICER)
        .singleResult().getId();
    String unit = "namanphu" + record.part(((Number) tasks.getVariable(assign, PlanTaskProcess.PART_ID)).longValue())
        .unitCode();
    String officer = identity.createUserQuery().memberOfGroup(unit).list().stream()
        .filter(u -> !u.getId().endsWith("tp")).findFirst().orElseThrow().getId();
    step(pid, PlanTaskProcess.TASK_ASSIGN_OFFICER, Map.of(PlanTaskProcess.OFFICER, officer));
    for (int round = 0; round <= returns; round++) {
      step(pid, PlanTaskProcess.TASK_EXECUTE_TASK, Map.of("progressNote", "Đã làm"));
      step(pid, PlanTaskProcess.TASK_SIGN_OFF, Map.of("signOffDecision", "approve"));
      step(pid, PlanTaskProcess.TASK_SUBMIT_DELIVERABLE, Map.of("documentNumber", "1/BC", "documentDate",
          "01/01/2026", "deliverableSummary", "Sản phẩm"));
      step(pid, PlanTaskProcess.TASK_REVIEW_DELIVERABLE, round < returns
          ? Map.of("reviewDecision", "return", "reviewComment", "Bổ sung lần " + (round + 1))
          : Map.of("reviewDecision", "approve", "reviewComment", "Đạt"));
    }
    assertThat(runtime.createProcessInstanceQuery().processInstanceId(pid).count()).isZero();
  }

  private void step(String pid, String step, Map<String, Object> variables) {
    String id = tasks.createTaskQuery().processInstanceId(pid).taskDefinitionKey(step).singleResult().getId();
    tasks.complete(id, Variables.fromMap(variables));
  }

  private void password(String userId, String password) {
    User user = identity.createUserQuery().userId(userId).singleResult();
    user.setPassword(password);
    identity.saveUser(user);
  }

  private void cityUser(String userId, String password) {
    if (identity.createUserQuery().userId(userId).count() == 0) {
      User user = identity.newUser(userId);
      user.setPassword(password);
      identity.saveUser(user);
      identity.createMembership(userId, CityAccounts.GROUP);
    }
  }

  private static ReportFigures.Group group(String name, int onTime, int late, int inProgress, int overdue, int none) {
    return new ReportFigures.Group(name, new StatusCounts(onTime, late, inProgress, overdue, none));
  }

  private static ReportPeriod period(String code) {
    return ReportPeriod.parse(code).orElseThrow();
  }

  private static void at(int year, int month, int day) {
    ClockUtil.setCurrentTime(Date.from(LocalDateTime.of(year, month, day, 10, 0).atZone(VietnamTime.ZONE).toInstant()));
  }
}
