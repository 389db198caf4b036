package vn.cchcflow.tasklifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.identityService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static vn.cchcflow.tasklifecycle.PlanTaskProcess.*;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.List;
import java.util.stream.Stream;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.cchcflow.organisation.Commune;
import vn.cchcflow.organisation.CommuneDirectory;
import vn.cchcflow.organisation.IdentitySync;
import vn.cchcflow.organisation.Unit;
import vn.cchcflow.system.VietnamTime;

/** Every path of the task lifecycle, with the commune Nam An Phụ as shipped. */
@Deployment(resources = "processes/PlanTaskProcess.bpmn")
class PlanTaskProcessTest {

  @RegisterExtension
  static ProcessEngineExtension engine = ProcessEngineExtension.builder()
      .configurationResource("camunda-unit-test.cfg.xml").build();

  private static final CommuneDirectory COMMUNES = CommuneDirectory.fromLocation("classpath:communes/namanphu.yaml");
  private static final Commune NAM_AN_PHU = COMMUNES.find("namanphu").orElseThrow();
  private static final LocalDate DUE = LocalDate.of(2026, 3, 31);

  @BeforeEach
  void organisationAndMocks() {
    new IdentitySync(identityService(), "").sync(NAM_AN_PHU);
    PlanTaskProcessMocks.register(engine.getProcessEngine(), COMMUNES);
    at(2026, 1, 20);
  }

  @AfterEach
  void reset() {
    ClockUtil.reset();
    Mocks.reset();
  }

  @Test
  void completes_on_time_when_every_step_is_done_before_the_deadline() {
    ProcessInstance pi = start("3", List.of(unit("vhxh")), List.of(), List.of(unit("vpub"), unit("kinhte")), DUE);
    assertThat(pi.getTenantId()).isEqualTo("namanphu");
    assertThat(pi.getBusinessKey()).isEqualTo("KH-CCHC-2026-3");

    Task assign = single(TASK_ASSIGN_OFFICER);
    assertThat(assign.getName()).isEqualTo("Phân công cán bộ thực hiện · NV 3: Xây dựng Báo cáo CCHC hàng quý");
    assertThat(candidateGroups(assign)).containsExactly("namanphuvhxhhead");
    assertThat(assign.getDueDate()).isEqualTo(VietnamTime.endOf(DUE));
    assertThat(assign.getFollowUpDate()).isEqualTo(VietnamTime.morningOf(LocalDate.of(2026, 3, 24)));
    assertThat(assign.getDescription()).contains("Phần việc của: Phòng Văn hóa - Xã hội");
    headAssigns(assign, "namanphuvhxhcv1");

    Task execute = single(TASK_EXECUTE_TASK);
    assertThat(execute.getName()).startsWith("Thực hiện nhiệm vụ · NV 3");
    assertThat(execute.getAssignee()).isEqualTo("namanphuvhxhcv1");
    assertThat(candidateGroups(execute)).containsExactly("namanphuvhxh");
    assertThat(execute.getDueDate()).isEqualTo(VietnamTime.endOf(DUE));
    List<Task> support = tasks(TASK_PROVIDE_SUPPORT_INPUT);
    assertThat(support).extracting(this::firstCandidateGroup)
        .containsExactlyInAnyOrder("namanphuvpub", "namanphukinhte");
    assertThat(support).allSatisfy(t -> assertThat(t.getName()).startsWith("Đơn vị phối hợp góp ý, cung cấp thông tin"));

    supportUnitsGiveInput(support);
    at(2026, 2, 10);
    officerExecutes(execute);
    Task signOff = single(TASK_SIGN_OFF);
    assertThat(signOff.getName()).startsWith("Lãnh đạo đơn vị ký duyệt");
    assertThat(candidateGroups(signOff)).containsExactly("namanphuvhxhhead");
    assertThat(taskService().getVariable(signOff.getId(), SUPPORT_INPUTS).toString())
        .contains("- Văn phòng HĐND và UBND: ý kiến").contains("- Phòng Kinh tế: ý kiến");
    headSignsOff(signOff, "approve");
    Task submit = single(TASK_SUBMIT_DELIVERABLE);
    assertThat(submit.getName()).startsWith("Nộp sản phẩm");
    assertThat(submit.getAssignee()).isEqualTo("namanphuvhxhcv1");
    officerSubmits(submit);
    Task review = single(TASK_REVIEW_DELIVERABLE);
    assertThat(review.getName()).startsWith("Cơ quan thường trực thẩm định sản phẩm");
    assertThat(candidateGroups(review)).containsExactly("namanphuvhxh");
    at(2026, 3, 31, 16, 0);
    coordinatorDecides(review, "approve", "Đạt");

    assertThat(pi).isEnded().hasPassed(END_EVENT_TASK_DONE_ON_TIME).hasNotPassed(END_EVENT_TASK_DONE_LATE);
    assertThat(historicVariable(pi, OUTCOME)).isEqualTo("DONE_ON_TIME");
    assertThat(historicVariable(pi, COMPLETED_AT)).isEqualTo(time(2026, 3, 31, 16, 0));
  }

  @Test
  void records_done_late_when_review_returns_twice_and_approves_after_deadline() {
    ProcessInstance pi = start("4", List.of(unit("vhxh")), List.of(), List.of(), DUE);
    headAssigns(single(TASK_ASSIGN_OFFICER), "namanphuvhxhcv2");

    for (int round = 1; round <= 2; round++) {
      officerExecutes(single(TASK_EXECUTE_TASK));
      headSignsOff(single(TASK_SIGN_OFF), "approve");
      officerSubmits(single(TASK_SUBMIT_DELIVERABLE));
      coordinatorDecides(single(TASK_REVIEW_DELIVERABLE), "return", "Bổ sung số liệu lần " + round);
      Task rework = single(TASK_EXECUTE_TASK);
      assertThat(rework.getAssignee()).isEqualTo("namanphuvhxhcv2");
      assertThat(taskService().getVariable(rework.getId(), "reviewComment")).isEqualTo("Bổ sung số liệu lần " + round);
    }
    officerExecutes(single(TASK_EXECUTE_TASK));
    headSignsOff(single(TASK_SIGN_OFF), "approve");
    officerSubmits(single(TASK_SUBMIT_DELIVERABLE));
    at(2026, 4, 1, 9, 0);
    coordinatorDecides(single(TASK_REVIEW_DELIVERABLE), "approve", "Đạt");

    assertThat(pi).isEnded().hasPassed(END_EVENT_TASK_DONE_LATE).hasNotPassed(END_EVENT_TASK_DONE_ON_TIME);
    assertThat(historicVariable(pi, OUTCOME)).isEqualTo("DONE_LATE");
    assertThat(historyService().createHistoricTaskInstanceQuery().processInstanceId(pi.getId())
        .taskDefinitionKey(TASK_REVIEW_DELIVERABLE).count()).isEqualTo(3);
  }

  @Test
  void returns_to_execution_when_unit_head_refuses_to_sign_off() {
    ProcessInstance pi = start("6", List.of(unit("vhxh")), List.of(), List.of(), DUE);
    headAssigns(single(TASK_ASSIGN_OFFICER), "namanphuvhxhcv1");
    officerExecutes(single(TASK_EXECUTE_TASK));
    Task signOff = single(TASK_SIGN_OFF);
    assertThatThrownBy(() -> taskService().complete(signOff.getId(), withVariables("signOffDecision", "return")))
        .hasMessageContaining("Khi trả lại, hãy ghi rõ nội dung cần sửa");
    taskService().complete(signOff.getId(), withVariables("signOffDecision", "return", "signOffComment", "Viết lại"));

    assertThat(pi).isWaitingAt(TASK_EXECUTE_TASK);
    assertThat(single(TASK_EXECUTE_TASK).getAssignee()).isEqualTo("namanphuvhxhcv1");
  }

  @Test
  void gives_each_lead_unit_its_own_part_and_ends_when_every_part_is_approved() {
    ProcessInstance pi = start("V.3", List.of(unit("ttpvhcc"), unit("vpub")), List.of(), List.of(unit("vhxh")), DUE);

    List<Task> assignments = tasks(TASK_ASSIGN_OFFICER);
    assertThat(assignments).extracting(this::firstCandidateGroup)
        .containsExactlyInAnyOrder("namanphuttpvhcchead", "namanphuvpubhead");

    headAssigns(taskFor(TASK_ASSIGN_OFFICER, "namanphuttpvhcchead"), "namanphuttpvhcccv1");
    headAssigns(taskFor(TASK_ASSIGN_OFFICER, "namanphuvpubhead"), "namanphuvpubcv1");
    assertThat(tasks(TASK_PROVIDE_SUPPORT_INPUT)).as("one support request per part").hasSize(2)
        .allSatisfy(t -> assertThat(firstCandidateGroup(t)).isEqualTo("namanphuvhxh"));
    supportUnitsGiveInput(tasks(TASK_PROVIDE_SUPPORT_INPUT));
    List<Task> executions = tasks(TASK_EXECUTE_TASK);
    assertThat(executions).extracting(Task::getAssignee)
        .containsExactlyInAnyOrder("namanphuttpvhcccv1", "namanphuvpubcv1");

    completePart("namanphuttpvhcccv1");
    assertThat(pi).isNotEnded();
    assertThat(tasks(TASK_EXECUTE_TASK)).extracting(Task::getAssignee).containsExactly("namanphuvpubcv1");

    completePart("namanphuvpubcv1");
    assertThat(pi).isEnded().hasPassed(END_EVENT_TASK_DONE_ON_TIME);
  }

  @Test
  void gives_local_support_units_their_part_when_the_lead_is_outside_the_commune() {
    ProcessInstance pi = start("5", List.of(), List.of("Sở Nội vụ/Sở Y tế/Sở GD&ĐT"), List.of(unit("vhxh")),
        LocalDate.of(2026, 12, 31));

    Task assign = single(TASK_ASSIGN_OFFICER);
    assertThat(candidateGroups(assign)).containsExactly("namanphuvhxhhead");
    assertThat(tasks(TASK_PROVIDE_SUPPORT_INPUT)).isEmpty();
    assertThat(runtimeService().getVariable(pi.getId(), EXTERNAL_LEADS)).isEqualTo("Sở Nội vụ/Sở Y tế/Sở GD&ĐT");

    headAssigns(assign, "namanphuvhxhcv1");
    completePart("namanphuvhxhcv1");
    assertThat(pi).isEnded().hasPassed(END_EVENT_TASK_DONE_ON_TIME);
  }

  @Test
  void goes_straight_to_execution_when_task_has_no_support_unit() {
    ProcessInstance pi = start("29", List.of(unit("kinhte")), List.of(), List.of(), DUE);
    headAssigns(single(TASK_ASSIGN_OFFICER), "namanphukinhtecv1");

    assertThat(pi).isWaitingAt(TASK_EXECUTE_TASK).isNotWaitingAt(TASK_PROVIDE_SUPPORT_INPUT);
    assertThat(tasks(TASK_PROVIDE_SUPPORT_INPUT)).isEmpty();
    completePart("namanphukinhtecv1");
    assertThat(pi).isEnded().hasPassed(END_EVENT_TASK_DONE_ON_TIME);
  }

  @Test
  void runs_without_due_dates_and_counts_as_on_time_when_task_has_no_deadline() {
    ProcessInstance pi = start("7", List.of(unit("vhxh")), List.of(), List.of(unit("ttdvsnc")), null);

    Task assign = single(TASK_ASSIGN_OFFICER);
    assertThat(assign.getDueDate()).isNull();
    assertThat(assign.getFollowUpDate()).isNull();
    headAssigns(assign, "namanphuvhxhcv1");
    assertThat(tasks(TASK_PROVIDE_SUPPORT_INPUT)).singleElement()
        .satisfies(t -> assertThat(t.getDueDate()).isNull());
    at(2027, 2, 1);
    completePart("namanphuvhxhcv1");

    assertThat(pi).isEnded().hasPassed(END_EVENT_TASK_DONE_ON_TIME);
    assertThat(historicVariable(pi, OUTCOME)).isEqualTo("DONE_ON_TIME");
  }

  @Test
  void closes_pending_support_input_when_the_part_is_approved() {
    ProcessInstance pi = start("13", List.of(unit("vpub")), List.of(), List.of(unit("vhxh")), DUE);
    headAssigns(single(TASK_ASSIGN_OFFICER), "namanphuvpubcv1");
    assertThat(tasks(TASK_PROVIDE_SUPPORT_INPUT)).hasSize(1);

    completePart("namanphuvpubcv1");

    assertThat(pi).isEnded();
    assertThat(tasks(TASK_PROVIDE_SUPPORT_INPUT)).isEmpty();
  }

  @Test
  void refuses_an_officer_from_another_unit_with_a_vietnamese_message() {
    ProcessInstance pi = start("3", List.of(unit("vhxh")), List.of(), List.of(), DUE);
    Task assign = single(TASK_ASSIGN_OFFICER);
    assertThat(taskService().getVariable(assign.getId(), OFFICER_OPTIONS).toString())
        .contains("namanphuvhxhcv1").contains("namanphuvhxhtp").doesNotContain("namanphukinhtecv1");

    assertThatThrownBy(() -> taskService().complete(assign.getId(), withVariables(OFFICER, "namanphukinhtecv1")))
        .isInstanceOf(ProcessEngineException.class)
        .hasMessageContaining("Cán bộ \"namanphukinhtecv1\" không thuộc Phòng Văn hóa - Xã hội");
    assertThat(pi).isWaitingAt(TASK_ASSIGN_OFFICER);
  }

  @Test
  void refuses_a_return_without_comment() {
    ProcessInstance pi = start("3", List.of(unit("vhxh")), List.of(), List.of(), DUE);
    headAssigns(single(TASK_ASSIGN_OFFICER), "namanphuvhxhcv1");
    officerExecutes(single(TASK_EXECUTE_TASK));
    headSignsOff(single(TASK_SIGN_OFF), "approve");
    officerSubmits(single(TASK_SUBMIT_DELIVERABLE));
    Task review = single(TASK_REVIEW_DELIVERABLE);

    assertThatThrownBy(() -> taskService().complete(review.getId(), withVariables("reviewDecision", "return")))
        .hasMessageContaining("Khi trả lại, hãy ghi rõ nội dung cần sửa");
    assertThat(pi).isWaitingAt(TASK_REVIEW_DELIVERABLE);
  }

  // --- the people of the process ---

  private void headAssigns(Task assign, String officer) {
    taskService().complete(assign.getId(), withVariables(OFFICER, officer));
  }

  private void supportUnitsGiveInput(List<Task> supportTasks) {
    supportTasks.forEach(t -> taskService().complete(t.getId(), withVariables(SUPPORT_INPUT, "ý kiến")));
  }

  private void officerExecutes(Task execute) {
    taskService().complete(execute.getId(), withVariables("progressNote", "Đã dự thảo"));
  }

  private void headSignsOff(Task signOff, String decision) {
    taskService().complete(signOff.getId(), withVariables("signOffDecision", decision));
  }

  private void officerSubmits(Task submit) {
    taskService().complete(submit.getId(), withVariables("documentNumber", "15/BC-UBND", "documentDate", "2026-03-20",
        "deliverableSummary", "Báo cáo quý I", "deliverableLink", "https://vanban.example.vn/15"));
  }

  private void coordinatorDecides(Task review, String decision, String comment) {
    taskService().complete(review.getId(), withVariables("reviewDecision", decision, "reviewComment", comment));
  }

  /** Takes the part executed by {@code officer} from execution to approval. */
  private void completePart(String officer) {
    officerExecutes(taskService().createTaskQuery().taskDefinitionKey(TASK_EXECUTE_TASK).taskAssignee(officer)
        .singleResult());
    String partExecution = taskService().createTaskQuery().taskDefinitionKey(TASK_SIGN_OFF).list().stream()
        .filter(t -> officer.equals(taskService().getVariable(t.getId(), OFFICER))).findFirst().orElseThrow()
        .getId();
    headSignsOff(taskService().createTaskQuery().taskId(partExecution).singleResult(), "approve");
    officerSubmits(taskService().createTaskQuery().taskDefinitionKey(TASK_SUBMIT_DELIVERABLE).taskAssignee(officer)
        .singleResult());
    Task review = taskService().createTaskQuery().taskDefinitionKey(TASK_REVIEW_DELIVERABLE).list().stream()
        .filter(t -> officer.equals(taskService().getVariable(t.getId(), OFFICER))).findFirst().orElseThrow();
    coordinatorDecides(review, "approve", "Đạt");
  }

  // --- helpers ---

  private ProcessInstance start(String number, List<Unit> leads, List<String> externalLeads, List<Unit> supports,
                                LocalDate due) {
    PlanTaskStart task = new PlanTaskStart(NAM_AN_PHU, 1L, "KH-CCHC-2026",
        "Kế hoạch cải cách hành chính nhà nước xã Nam An Phụ năm 2026", number, "I. Chỉ đạo điều hành",
        "Xây dựng Báo cáo CCHC hàng quý", leads, externalLeads, supports, "Quý I/2026", due, "Báo cáo", null,
        LocalDate.of(2026, 1, 1));
    return new PlanTaskProcessStarter(runtimeService()).startAndReturn(task);
  }

  private static Unit unit(String code) {
    return NAM_AN_PHU.unit(code).orElseThrow();
  }

  private Task single(String activityId) {
    List<Task> found = tasks(activityId);
    assertThat(found).as("open tasks at %s", activityId).hasSize(1);
    return found.get(0);
  }

  private List<Task> tasks(String activityId) {
    return taskService().createTaskQuery().taskDefinitionKey(activityId).list();
  }

  private Task taskFor(String activityId, String candidateGroup) {
    return taskService().createTaskQuery().taskDefinitionKey(activityId).taskCandidateGroup(candidateGroup)
        .singleResult();
  }

  private List<String> candidateGroups(Task task) {
    return taskService().getIdentityLinksForTask(task.getId()).stream()
        .filter(link -> "candidate".equals(link.getType())).map(IdentityLink::getGroupId).toList();
  }

  private String firstCandidateGroup(Task task) {
    return candidateGroups(task).get(0);
  }

  private Object historicVariable(ProcessInstance pi, String name) {
    return Stream.of(historyService().createHistoricVariableInstanceQuery().processInstanceId(pi.getId())
        .variableName(name).singleResult()).map(HistoricVariableInstance::getValue).findFirst().orElse(null);
  }

  private static void at(int year, int month, int day) {
    at(year, month, day, 9, 0);
  }

  private static void at(int year, int month, int day, int hour, int minute) {
    ClockUtil.setCurrentTime(time(year, month, day, hour, minute));
  }

  private static Date time(int year, int month, int day, int hour, int minute) {
    return Date.from(LocalDateTime.of(year, month, day, hour, minute).atZone(VietnamTime.ZONE).toInstant());
  }
}
