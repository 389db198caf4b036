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
    "cchc.organisation.location=classpath:communes/*.yaml",
    "cchc.reports.addresses[0].name=Văn phòng UBND thành phố",
    "cchc.reports.addresses[0].email=vanphong@haiphong.example.vn"})
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
  org.camunda.bpm.engine.FormService forms;
  @Autowired
  IdentityService identity;
  @Autowired
  org.camunda.bpm.engine.ManagementService management;
  @Autowired
  org.camunda.bpm.engine.HistoryService history;
  @Autowired
  TestRestTemplate http;
  @Autowired
  vn.cchcflow.planimport.PlanImportService imports;
  @Autowired
  vn.cchcflow.system.Messages messages;
  @Autowired
  vn.cchcflow.plan.PlanCatalog catalog;
  @Autowired
  org.springframework.jdbc.core.JdbcTemplate jdbc;

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
        task("6", B, "kinhte", LocalDate.of(2026, 5, 15))), PeriodReportScenario.NAM_AN_PHU_COMMITMENTS));

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
  void the_city_roll_up_counts_each_commune_as_its_own_summary_does() {
    // the roll-up reads plain rows of the record (JDBC, grouped by task in memory); the summary reads entities
    for (String p : List.of("2026-Q1", "2026-H1", "2026")) {
      StatusCounts summary = calculator.figures("namanphu", period(p), Map.of()).total();
      assertThat(calculator.rollup(period(p)).communes()).filteredOn(row -> row.communeId().equals("namanphu"))
          .singleElement().satisfies(row -> assertThat(row.counts()).as(p).isEqualTo(summary));
    }
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
  void opens_each_period_report_of_the_plans_reporting_schedule_two_weeks_before_it_is_due() throws Exception {
    at(2026, 1, 6);
    PlanCommitments facts = PeriodReportScenario.QUYET_THANG_COMMITMENTS;
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
        .contains("quyetthang-KH-QT-2026-2026-Q1", "quyetthang-KH-QT-2026-2026-H1", "quyetthang-KH-QT-2026-2026-Q3",
            "quyetthang-KH-QT-2026-2026");
    assertThat(runtime.createProcessInstanceQuery().processInstanceId(schedule.getId()).count()).isZero();

    // the TTHC-control report of quý I, issued late (in November): titled and addressed as seed 004 says
    String q1 = runtime.createProcessInstanceQuery().processInstanceBusinessKey("quyetthang-KH-QT-2026-2026-Q1")
        .singleResult().getId();
    tasks.createTaskQuery().processInstanceId(q1).taskDefinitionKey(PeriodReportProcess.TASK_FILE_UNIT_REPORT).list()
        .forEach(t -> tasks.complete(t.getId(), Variables.createVariables()));
    step(q1, PeriodReportProcess.TASK_CONSOLIDATE_REPORT, Map.of("assessment", "Cơ bản hoàn thành."));
    approveAs(q1, "quyetthangct", "quyetthang");
    cityUser("sonoivutest", "mk-so");
    JsonNode issued = json.readTree(http.withBasicAuth("sonoivutest", "mk-so")
        .getForEntity("/api/reports?commune=quyetthang", String.class).getBody());
    JsonNode report = issued.get(0);
    assertThat(report.at("/title").asText()).startsWith("Tình hình, kết quả thực hiện công tác kiểm soát thủ tục "
        + "hành chính, thực hiện cơ chế một cửa, một cửa liên thông quý I năm 2026");
    assertThat(report.at("/onTime").asBoolean()).isFalse();
    assertThat(report.findValuesAsText("recipient")).containsExactly("Sở Nội vụ", "Văn phòng UBND thành phố",
        "Trung tâm PVHCC thành phố", "Thường trực Đảng ủy xã", "Chủ tịch, các Phó CT UBND xã");
    assertThat(report.at("/deliveries/1/channel").asText()).isEqualTo("EMAIL");
    assertThat(report.at("/deliveries/1/addressees").asText()).contains("vanphong@haiphong.example.vn");
    assertThat(report.at("/deliveries/1/mailStatus").asText()).isEqualTo("PENDING");
    assertThat(report.at("/deliveries/2/channel").asText()).isEqualTo("NONE");
    String text = docxText(http.withBasicAuth("sonoivutest", "mk-so").getForEntity(report.at("/docxUrl").asText(),
        byte[].class).getBody());
    assertThat(text).contains("Căn cứ Thông tư số 01/2020/TT-VPCP").contains("- Văn phòng UBND thành phố;")
        .contains("- Lưu: VT, TTPVHCC.").doesNotContain("Như Điều 3");
    JsonNode calendar = json.readTree(http.withBasicAuth("sonoivutest", "mk-so")
        .getForEntity("/api/reports/calendar?commune=quyetthang", String.class).getBody());
    assertThat(calendar.findValuesAsText("period")).containsExactly("2026-Q1", "2026-H1", "2026-Q3", "2026");
    assertThat(calendar.get(0).at("/state").asText()).isEqualTo("ISSUED");
    assertThat(calendar.get(0).at("/late").asBoolean()).isTrue();
    assertThat(calendar.get(1).at("/covers/0").asText()).isEqualTo("quý II năm 2026");
    at(2027, 1, 10);
  }

  /**
   * Quý I of xã Nam An Phụ as it happens: the plan's schedule opens the report on 18/02, the units are reminded,
   * Phòng Kinh tế is escalated when late and files on 02/03 with the reason of its overdue task, a proposal and a
   * target value; the coordinating unit consolidates, the chair approves on 03/03 (on time, due 04/03); the city
   * downloads the report, which has everything a period report says.
   */
  @Test
  void a_quarter_of_nam_an_phu_from_the_units_reports_to_the_report_the_city_receives() throws Exception {
    try {
      password("namanphuvhxhcv1", "mk-vhxh");
      password("namanphuct", "mk-ct");
      password("namanphukinhtecv1", "mk-xa");
      cityUser("sonoivutest", "mk-so");
      String schedule = runtime.createProcessInstanceQuery().processDefinitionKey(ReportScheduleProcess.KEY)
          .processInstanceBusinessKey("namanphu-KH-NAM-2026").singleResult().getId();
      var opening = management.createJobQuery().processInstanceId(schedule).singleResult();
      assertThat(opening.getDuedate()).isEqualTo(Date.from(LocalDateTime.of(2026, 2, 18, 8, 0)
          .atZone(VietnamTime.ZONE).toInstant()));
      ClockUtil.setCurrentTime(opening.getDuedate());
      management.executeJob(opening.getId());
      String pid = runtime.createProcessInstanceQuery().processInstanceBusinessKey("namanphu-KH-NAM-2026-2026-Q1")
          .singleResult().getId();

      JsonNode calendar = calendar("namanphuvhxhcv1", "mk-vhxh");
      assertThat(calendar.get(0).at("/period").asText()).isEqualTo("2026-Q1");
      assertThat(calendar.get(0).at("/state").asText()).isEqualTo("OPENED");
      assertThat(calendar.get(0).at("/due").asText()).isEqualTo("2026-03-04");
      assertThat(calendar.get(0).at("/draftDocxUrl").asText()).isEqualTo("/api/reports/draft/" + pid + "/docx");
      assertThat(calendar.get(1).at("/state").asText()).isEqualTo("PLANNED");
      assertThat(calendar.get(1).at("/covers/0").asText()).isEqualTo("quý II năm 2026");

      // reminders on the commune's ladder: 7 days before the units' due date 27/02 falls in Tết, so on 23/02
      runNoticeJobs(pid, LocalDateTime.of(2026, 2, 23, 8, 0));
      at(2026, 2, 25);
      for (String unit : List.of("vhxh", "vpub", "ttpvhcc", "ttdvsnc")) {
        Map<String, Object> answers = Map.of("areaResult1", "Kết quả của " + unit + " trong lĩnh vực đầu tiên.");
        if (unit.startsWith("v")) {
          forms.submitTaskForm(unitTask(pid, unit).getId(), answers); // the door Tasklist uses
        } else {
          fileUnitReport(pid, unit, answers);
        }
      }
      // through either door each unit's answers stay its own, and none reached the report's process instance;
      // the centres lead no task of an area, so their answer to an area they were not asked about is dropped
      assertThat(runtime.getVariablesLocal(pid).keySet()).noneMatch(name -> name.startsWith("areaResult"));
      assertThat(unitReport(pid, "vhxh")).contains("Kết quả của vhxh").doesNotContain("Kết quả của vpub");
      assertThat(unitReport(pid, "vpub")).contains("Kết quả của vpub").doesNotContain("Kết quả của vhxh");
      assertThat(unitReport(pid, "ttpvhcc")).contains("areaResults={}");
      runNoticeJobs(pid, LocalDateTime.of(2026, 2, 26, 8, 0));
      runNoticeJobs(pid, LocalDateTime.of(2026, 3, 2, 8, 0));
      assertThat(notices(pid)).containsExactlyInAnyOrder(
          "REPORT_UNIT_REMINDER:namanphuvhxh:REMINDER-7@2026-02-27",
          "REPORT_UNIT_REMINDER:namanphuvpub:REMINDER-7@2026-02-27",
          "REPORT_UNIT_REMINDER:namanphuttpvhcc:REMINDER-7@2026-02-27",
          "REPORT_UNIT_REMINDER:namanphuttdvsnc:REMINDER-7@2026-02-27",
          "REPORT_UNIT_REMINDER:namanphukinhte:REMINDER-7@2026-02-27",
          "REPORT_UNIT_REMINDER:namanphukinhte:REMINDER-1@2026-02-27",
          "REPORT_UNIT_ESCALATION:namanphukinhte:ESCALATION-3@2026-02-27");
      assertThat(recipientsOf(pid, "ESCALATION-3")).contains("namanphukinhtecv1", "namanphukinhtetp",
          "namanphuvhxhtp").doesNotContain("namanphuct");

      at(2026, 3, 2);
      var kinhte = unitTask(pid, "kinhte");
      assertThat(tasks.getVariable(kinhte.getId(), "overdueTask1").toString()).startsWith("NV 2: Nhiệm vụ 2 (hạn 28/02/2026");
      assertThat(tasks.getVariable(kinhte.getId(), "targetText1")).isEqualTo(PeriodReportScenario.FILES_ON_TIME);
      assertThat(tasks.getVariable(kinhte.getId(), "targetText2")).isNull();
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> tasks.complete(kinhte.getId(),
              Variables.putValue("areaResult1", "Đã làm")))
          .hasMessageContaining("Hãy ghi lý do chưa hoàn thành của nhiệm vụ \"NV 2: Nhiệm vụ 2");
      fileUnitReport(pid, "kinhte", Map.of(
          "areaResult1", "Phòng Kinh tế đã dự thảo quy chế, đang lấy ý kiến.",
          "overdueReason1", "Chờ ý kiến thẩm định của Sở Tài chính",
          "overdueNewDue1", "15/03/2026",
          "targetValue1", "99,1%",
          "targetEvidence1", "Báo cáo số 12/BC-KT ngày 01/3/2026",
          "unitProposals", "Đề nghị Sở Tài chính sớm có ý kiến thẩm định."));
      assertThat(management.createJobQuery().processInstanceId(pid).count()).isZero();

      var consolidate = tasks.createTaskQuery().processInstanceId(pid)
          .taskDefinitionKey(PeriodReportProcess.TASK_CONSOLIDATE_REPORT).singleResult();
      assertThat(tasks.getVariable(consolidate.getId(), PeriodReportProcess.REPORT_PREVIEW).toString())
          .contains("NV 2 (Phòng Kinh tế): quá hạn 2 ngày").contains("Chờ ý kiến thẩm định của Sở Tài chính");
      assertThat(tasks.getVariable(consolidate.getId(), PeriodReportProcess.PROPOSALS))
          .isEqualTo("Phòng Kinh tế: Đề nghị Sở Tài chính sớm có ý kiến thẩm định.");
      assertThat(http.withBasicAuth("namanphukinhtecv1", "mk-xa").getForEntity("/api/reports/draft/" + pid + "/docx",
          String.class).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
      tasks.complete(consolidate.getId(), Variables.putValue("assessment", "Cơ bản hoàn thành kế hoạch quý I.")
          .putValue("proposals", "Đề nghị Sở Tài chính sớm có ý kiến thẩm định quy chế tài sản công."));
      at(2026, 3, 3);
      ResponseEntity<byte[]> draft = http.withBasicAuth("namanphuct", "mk-ct")
          .getForEntity("/api/reports/draft/" + pid + "/docx", byte[].class);
      assertThat(draft.getStatusCode()).isEqualTo(HttpStatus.OK);
      assertThat(docxText(draft.getBody())).contains("Số:       /BC-UBND").contains("ngày      tháng      năm 2026")
          .contains("Cơ bản hoàn thành kế hoạch quý I.");
      approveAs(pid, "namanphuct", "namanphu");

      JsonNode issued = json.readTree(http.withBasicAuth("sonoivutest", "mk-so")
          .getForEntity("/api/reports?commune=namanphu", String.class).getBody()).get(0);
      assertThat(issued.at("/number").asText()).isEqualTo("1/BC-UBND");
      assertThat(issued.at("/documentDate").asText()).isEqualTo("2026-03-03");
      assertThat(issued.at("/signerName").asText()).isEqualTo("Trịnh Văn Bình");
      assertThat(issued.at("/onTime").asBoolean()).isTrue();
      assertThat(issued.findValuesAsText("recipient")).containsExactly("Sở Nội vụ thành phố Hải Phòng",
          "UBND thành phố", "TT Đảng ủy, HĐND xã", "Lãnh đạo UBND xã");
      assertThat(issued.at("/deliveries/0/channel").asText()).isEqualTo("CITY");
      assertThat(issued.at("/deliveries/0/addressees").asText()).contains("sonoivutest");
      assertThat(issued.at("/deliveries/0/receivedAt").isNull()).isTrue();
      assertThat(issued.at("/deliveries/3/channel").asText()).isEqualTo("LEADERS");

      String text = docxText(http.withBasicAuth("sonoivutest", "mk-so").getForEntity(issued.at("/docxUrl").asText(),
          byte[].class).getBody());
      assertThat(text)
          .contains("Kết quả thực hiện công tác cải cách hành chính quý I năm 2026")
          .contains("Số: 1/BC-UBND").contains("Nam An Phụ, ngày 03 tháng 3 năm 2026")
          .contains("Phòng Kinh tế: Phòng Kinh tế đã dự thảo quy chế, đang lấy ý kiến.")
          .contains("Chờ ý kiến thẩm định của Sở Tài chính\t15/03/2026")
          .contains("V. PHƯƠNG HƯỚNG, NHIỆM VỤ QUÝ II NĂM 2026")
          .contains("2: Nhiệm vụ 2\tPhòng Kinh tế\t15/03/2026\tChuyển tiếp; đơn vị đề xuất hoàn thành trước 15/03/2026")
          .contains("3: Nhiệm vụ 3\tVăn phòng HĐND và UBND\t30/06/2026\tĐến hạn trong kỳ")
          .contains("6: Nhiệm vụ 6\tPhòng Kinh tế\t15/05/2026\tĐến hạn trong kỳ")
          .contains("Đề nghị Sở Tài chính sớm có ý kiến thẩm định quy chế tài sản công.")
          .contains("0%\tChưa đạt\tHệ thống tính: 0/1 nhiệm vụ đã đến hạn hoặc đã hoàn thành được hoàn thành đúng hạn")
          .contains("99,1%\tĐạt\tPhòng Kinh tế báo cáo; căn cứ: Báo cáo số 12/BC-KT ngày 01/3/2026")
          .contains("Chưa có số liệu\tChưa có số liệu\tChưa đơn vị nào báo cáo")
          .contains("- Sở Nội vụ thành phố Hải Phòng;").contains("- UBND thành phố;").contains("- Lưu: VT, VHXH.")
          .contains("TM. ỦY BAN NHÂN DÂN").contains("CHỦ TỊCH").contains("Trịnh Văn Bình")
          .doesNotContain("{{").doesNotContain("[task]");

      // the XLSX matches the figures of the plan for the quarter as issued
      ReportFigures figures = calculator.figures(catalog.find(issued.at("/planId").asLong()).orElseThrow(),
          ReportPeriod.parse("2026-Q1").orElseThrow());
      byte[] xlsx = http.withBasicAuth("namanphuvhxhcv1", "mk-vhxh").getForEntity(issued.at("/xlsxUrl").asText(),
          byte[].class).getBody();
      try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
        var sheet = book.getSheet("Nhiệm vụ");
        assertThat(sheet.getLastRowNum() - 1).isEqualTo(figures.tasks().size());
        for (int i = 0; i < figures.tasks().size(); i++) {
          assertThat(sheet.getRow(2 + i).getCell(2).getStringCellValue()).isEqualTo(figures.tasks().get(i).number());
          assertThat(sheet.getRow(2 + i).getCell(8).getStringCellValue()).isEqualTo(
              messages.get("report.status." + figures.tasks().get(i).status().name()));
          if (figures.tasks().get(i).number().equals("2")) {
            assertThat(sheet.getRow(2 + i).getCell(12).getStringCellValue())
                .isEqualTo("Chờ ý kiến thẩm định của Sở Tài chính");
          }
        }
      }
      assertThat(figures.total()).isEqualTo(new StatusCounts(0, 0, 4, 1, 1));

      // received by the city once it downloaded the report; the city's ranking counts it as delivered on time
      JsonNode after = json.readTree(http.withBasicAuth("sonoivutest", "mk-so")
          .getForEntity("/api/reports?commune=namanphu", String.class).getBody()).get(0);
      assertThat(after.at("/deliveries/0/receivedBy").asText()).isEqualTo("sonoivutest");
      JsonNode city = json.readTree(http.withBasicAuth("sonoivutest", "mk-so")
          .getForEntity("/api/reports/city?period=2026-Q1", String.class).getBody());
      JsonNode namAnPhu = null;
      for (JsonNode row : city.at("/communes")) {
        if (row.at("/communeId").asText().equals("namanphu")) {
          namAnPhu = row;
        }
      }
      assertThat(namAnPhu.at("/reportsDueInPeriod").asInt()).isEqualTo(1);
      assertThat(namAnPhu.at("/reportsOnTime").asInt()).isEqualTo(1);
      JsonNode after2 = calendar("namanphuct", "mk-ct");
      assertThat(after2.get(0).at("/state").asText()).isEqualTo("ISSUED");
      assertThat(after2.get(0).at("/late").asBoolean()).isFalse();
      assertThat(after2.get(0).at("/docxUrl").asText()).isEqualTo("/api/reports/" + issued.at("/id").asLong() + "/docx");
      assertThat(http.withBasicAuth("namanphukinhtecv1", "mk-xa").getForEntity("/api/reports/calendar?commune=namanphu",
          String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    } finally {
      at(2027, 1, 10);
    }
  }

  @Test
  void the_coordinating_unit_starts_an_ad_hoc_report_for_any_period_and_the_chair_reads_its_draft() throws Exception {
    password("namanphuvhxhcv1", "mk-vhxh");
    password("namanphupct", "mk-pct");
    password("namanphukinhtecv1", "mk-xa");
    password("quyetthangvhxhcv1", "mk-khac");
    ResponseEntity<String> refused = http.withBasicAuth("namanphukinhtecv1", "mk-xa").postForEntity("/api/reports",
        Map.of("commune", "namanphu", "period", "2026-10"), String.class);
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(json.readTree(refused.getBody()).at("/message").asText())
        .isEqualTo("Chỉ cơ quan thường trực của Xã Nam An Phụ được lập báo cáo.");
    ResponseEntity<String> badDue = http.withBasicAuth("namanphuvhxhcv1", "mk-vhxh").postForEntity("/api/reports",
        Map.of("commune", "namanphu", "period", "2026-10", "due", "10/01/2027"), String.class);
    assertThat(badDue.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(json.readTree(badDue.getBody()).at("/message").asText()).contains("Hạn gửi \"10/01/2027\" không hợp lệ");

    ResponseEntity<String> started = http.withBasicAuth("namanphuvhxhcv1", "mk-vhxh").postForEntity("/api/reports",
        Map.of("commune", "namanphu", "period", "2026-10", "due", "2027-01-20"), String.class);
    assertThat(started.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
    String pid = json.readTree(started.getBody()).at("/processInstanceId").asText();
    assertThat(tasks.createTaskQuery().processInstanceId(pid).taskDefinitionKey(PeriodReportProcess.TASK_FILE_UNIT_REPORT)
        .list()).hasSize(5).allSatisfy(t -> assertThat(t.getName())
        .startsWith("Đơn vị báo cáo kết quả trong kỳ · tháng 10 năm 2026 · "));
    JsonNode row = null;
    for (JsonNode r : calendar("namanphuvhxhcv1", "mk-vhxh")) {
      if (r.at("/processInstanceId").asText().equals(pid)) {
        row = r;
      }
    }
    assertThat(row).isNotNull();
    assertThat(row.at("/adHoc").asBoolean()).isTrue();
    assertThat(row.at("/state").asText()).isEqualTo("OPENED");
    assertThat(row.at("/due").asText()).isEqualTo("2027-01-20");
    assertThat(row.at("/late").asBoolean()).isFalse();

    ResponseEntity<byte[]> draft = http.withBasicAuth("namanphupct", "mk-pct")
        .getForEntity("/api/reports/draft/" + pid + "/docx", byte[].class);
    assertThat(draft.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(docxText(draft.getBody())).contains("tháng 10 năm 2026").contains("Trịnh Văn Bình");
    assertThat(http.withBasicAuth("quyetthangvhxhcv1", "mk-khac").getForEntity("/api/reports/draft/" + pid + "/docx",
        String.class).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(http.withBasicAuth("quyetthangvhxhcv1", "mk-khac").getForEntity("/api/reports?commune=namanphu",
        String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
  }

  @Test
  void seed_002_schedule_gives_one_report_per_due_date() throws Exception {
    byte[] seed = getClass().getClassLoader().getResourceAsStream("plans/seed-002-backhonglinh.txt").readAllBytes();
    var facts = imports.parse("seed-002-backhonglinh.txt", seed, null).plan();
    List<ReportDues.Due> dues = ReportDues.of(facts.reporting());

    assertThat(dues).hasSize(12);
    assertThat(dues).extracting(ReportDues.Due::due).doesNotHaveDuplicates();
    assertThat(dues).extracting(ReportDues.Due::period).containsExactly("2026-01", "2026-02", "2026-Q1", "2026-04",
        "2026-05", "2026-H1", "2026-07", "2026-08", "2026-Q3", "2026-10", "2026-11", "2026");
    assertThat(dues.get(2).covers()).containsExactly("tháng 3 năm 2026");
    assertThat(dues.get(5).covers()).containsExactly("quý II năm 2026", "tháng 6 năm 2026");
    assertThat(dues.get(11).covers()).containsExactly("quý IV năm 2026", "tháng 12 năm 2026");
  }

  // --- the report process ---

  private JsonNode calendar(String user, String password) throws Exception {
    ResponseEntity<String> answer = http.withBasicAuth(user, password)
        .getForEntity("/api/reports/calendar?commune=namanphu", String.class);
    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
    return json.readTree(answer.getBody());
  }

  private org.camunda.bpm.engine.task.Task unitTask(String pid, String unit) {
    return tasks.createTaskQuery().processInstanceId(pid).taskDefinitionKey(PeriodReportProcess.TASK_FILE_UNIT_REPORT)
        .taskCandidateGroup("namanphu" + unit).singleResult();
  }

  private String unitReport(String pid, String unit) {
    return runtime.getVariable(pid, PeriodReportProcess.UNIT_REPORT_PREFIX + "namanphu" + unit).toString();
  }

  private void fileUnitReport(String pid, String unit, Map<String, Object> answers) {
    tasks.complete(unitTask(pid, unit).getId(), Variables.fromMap(answers));
  }

  private void approveAs(String pid, String leader, String commune) {
    var approve = tasks.createTaskQuery().processInstanceId(pid)
        .taskDefinitionKey(PeriodReportProcess.TASK_APPROVE_REPORT).singleResult();
    identity.setAuthentication(leader, List.of(commune + "leaders"), List.of(commune));
    try {
      tasks.complete(approve.getId(), Variables.putValue("approvalDecision", "approve"));
    } finally {
      identity.clearAuthentication();
    }
  }

  /** Runs the report's notice timers due by {@code at}, with the engine clock there. */
  private void runNoticeJobs(String pid, LocalDateTime at) {
    Date when = Date.from(at.atZone(VietnamTime.ZONE).toInstant());
    ClockUtil.setCurrentTime(when);
    for (var job : management.createJobQuery().processInstanceId(pid).duedateLowerThan(new Date(when.getTime() + 1))
        .list()) {
      management.executeJob(job.getId());
    }
  }

  /** "KIND:unitGroup:STEP" of every notice written for the report's unit tasks. */
  private List<String> notices(String pid) {
    return jdbc.queryForList("select kind, dedup_key from cchc_notification where process_instance_id = ?", pid)
        .stream().map(r -> r.get("KIND") + ":" + r.get("DEDUP_KEY").toString().substring(pid.length() + 1)).toList();
  }

  private List<String> recipientsOf(String pid, String step) {
    return jdbc.queryForList("select r.user_id from cchc_notification n join cchc_notification_recipient r"
        + " on r.notification_id = n.id where n.process_instance_id = ? and n.dedup_key like ?", String.class, pid,
        "%" + step + "%");
  }

  private static String docxText(byte[] docx) throws java.io.IOException {
    try (var document = new org.apache.poi.xwpf.usermodel.XWPFDocument(new java.io.ByteArrayInputStream(docx))) {
      return new org.apache.poi.xwpf.extractor.XWPFWordExtractor(document).getText();
    }
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
    assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(pid).includeDeleted().list())
        .as("the steps' form fields went into the record and left no history").extracting(v -> v.getName())
        .doesNotContain("documentNumber", "reviewDecision", "reviewComment", "signOffDecision", "progressNote");
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
