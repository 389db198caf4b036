package vn.cchcflow.tasklifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static vn.cchcflow.tasklifecycle.Lifecycle.at;
import static vn.cchcflow.tasklifecycle.Lifecycle.time;
import static vn.cchcflow.tasklifecycle.PlanTaskProcess.*;

import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.cchcflow.system.OfficialRefusal;
import vn.cchcflow.system.VietnamTime;

/** Every path of the task lifecycle, with the commune Nam An Phụ as shipped. */
@Deployment(resources = "processes/PlanTaskProcess.bpmn")
class PlanTaskProcessTest {

  @RegisterExtension
  static ProcessEngineExtension engine = ProcessEngineExtension.builder()
      .configurationResource("camunda-unit-test.cfg.xml").build();

  private static final LocalDate DUE = LocalDate.of(2026, 3, 31);

  private Lifecycle life;

  @BeforeEach
  void organisationAndMocks() {
    life = new Lifecycle(engine.getProcessEngine());
    at(2026, 1, 20, 9, 0);
  }

  @AfterEach
  void reset() {
    ClockUtil.reset();
    Mocks.reset();
  }

  @Test
  void completes_on_time_when_every_step_is_done_before_the_deadline() {
    ProcessInstance pi = life.start("29", List.of("kinhte"), List.of("vpub", "vhxh"), DUE);
    assertThat(pi.getTenantId()).isEqualTo("namanphu");
    assertThat(pi.getBusinessKey()).isEqualTo("KH-CCHC-2026-29");

    Task assign = life.single(TASK_ASSIGN_OFFICER);
    assertThat(assign.getName()).isEqualTo("Phân công cán bộ thực hiện · NV 29: Xây dựng Báo cáo CCHC hàng quý");
    assertThat(assign.getAssignee()).as("the unit's only head gets it in 'Việc của tôi'").isEqualTo("namanphukinhtetp");
    assertThat(life.candidateGroups(assign)).containsExactly("namanphukinhtehead");
    assertThat(assign.getDueDate()).isEqualTo(VietnamTime.endOf(DUE));
    assertThat(assign.getFollowUpDate()).isEqualTo(VietnamTime.morningOf(LocalDate.of(2026, 3, 24)));
    assertThat(life.local(assign, STEP_BRIEF).toString()).contains("**Hạn của bước này:** 31/03/2026")
        .contains("**Phần việc của:** Phòng Kinh tế");
    life.headAssigns(assign, "namanphukinhtecv1");

    Task execute = life.single(TASK_EXECUTE_TASK);
    assertThat(execute.getName()).startsWith("Thực hiện nhiệm vụ · NV 29");
    assertThat(execute.getAssignee()).isEqualTo("namanphukinhtecv1");
    assertThat(life.candidateGroups(execute)).containsExactly("namanphukinhte");
    List<Task> support = life.tasks(TASK_PROVIDE_SUPPORT_INPUT);
    assertThat(support).extracting(t -> life.candidateGroups(t).get(0))
        .containsExactlyInAnyOrder("namanphuvpub", "namanphuvhxh");
    assertThat(support).allSatisfy(t -> assertThat(t.getDueDate()).as("5 working days before the lead's deadline")
        .isEqualTo(VietnamTime.endOf(LocalDate.of(2026, 3, 24))));

    support.forEach(life::supportGives);
    at(2026, 2, 10, 9, 0);
    life.officerExecutes(execute);
    Task signOff = life.single(TASK_SIGN_OFF);
    assertThat(signOff.getAssignee()).isEqualTo("namanphukinhtetp");
    assertThat(life.local(signOff, STEP_BRIEF).toString()).contains("**Kết quả thực hiện của cán bộ:** Đã dự thảo")
        .contains("- Văn phòng HĐND và UBND: ý kiến phối hợp").contains("- Phòng Văn hóa - Xã hội: ý kiến phối hợp")
        .doesNotContain("chưa gửi ý kiến");
    life.headSignsOff(signOff);
    life.officerSubmits(life.single(TASK_SUBMIT_DELIVERABLE));
    Task review = life.single(TASK_REVIEW_DELIVERABLE);
    assertThat(review.getName()).startsWith("Thẩm định sản phẩm · NV 29");
    assertThat(life.candidateGroups(review)).as("the coordinating unit reviews another unit's work")
        .containsExactly("namanphuvhxh");
    assertThat(life.local(review, STEP_BRIEF).toString()).contains("**Văn bản:** 15/BC-UBND ngày 20/03/2026");
    at(2026, 3, 31, 16, 0);
    life.reviewerDecides(review, APPROVE, "Đạt");

    assertThat(pi).isEnded().hasPassed(END_EVENT_TASK_DONE_ON_TIME).hasNotPassed(END_EVENT_TASK_DONE_LATE);
    DeliverableView done = life.deliverables(pi).get(0);
    assertThat(done.status(VietnamTime.now().toInstant())).isEqualTo(TaskStatus.DONE_ON_TIME);
    assertThat(done.doneAt()).isEqualTo(time(2026, 3, 31, 16, 0).toInstant());
    assertThat(life.record().parts(done.id()).get(0).submission().documentNumber()).isEqualTo("15/BC-UBND");
    assertThat(engine.getProcessEngine().getHistoryService().createHistoricVariableInstanceQuery()
        .processInstanceId(pi.getId()).variableName(DOCUMENT_NUMBER).count())
        .as("what the form said is in the record; the engine forgot it").isZero();
  }

  @Test
  void the_leader_in_charge_reviews_work_the_coordinating_unit_leads_itself() {
    ProcessInstance pi = life.start("3", List.of("vhxh"), List.of(), DUE);
    life.headAssigns(life.single(TASK_ASSIGN_OFFICER), "namanphuvhxhcv1");
    life.officerWorksThrough();

    Task review = life.single(TASK_REVIEW_DELIVERABLE);
    assertThat(life.candidateGroups(review)).doesNotContain("namanphuvhxh").isEmpty();
    assertThat(life.candidateUsers(review)).as("the vice-chair in charge of Phòng VHXH")
        .containsExactly("namanphupct");
    life.reviewerDecides(review, APPROVE, "Đạt");
    assertThat(pi).isEnded();
  }

  @Test
  void counts_a_submission_made_on_the_due_day_as_on_time_though_approved_three_days_later() {
    ProcessInstance pi = life.start("29", List.of("kinhte"), List.of(), DUE);
    life.headAssigns(life.single(TASK_ASSIGN_OFFICER), "namanphukinhtecv1");
    life.officerExecutes(life.single(TASK_EXECUTE_TASK));
    life.headSignsOff(life.single(TASK_SIGN_OFF));
    at(2026, 3, 31, 17, 30);
    life.officerSubmits(life.single(TASK_SUBMIT_DELIVERABLE));
    at(2026, 4, 3, 10, 0);
    life.reviewerDecides(life.single(TASK_REVIEW_DELIVERABLE), APPROVE, "Đạt");

    assertThat(pi).isEnded().hasPassed(END_EVENT_TASK_DONE_ON_TIME);
    assertThat(life.deliverables(pi).get(0).status(VietnamTime.now().toInstant())).isEqualTo(TaskStatus.DONE_ON_TIME);
    PartView part = life.record().parts(life.deliverables(pi).get(0).id()).get(0);
    ReviewView review = life.record().reviews(part.id()).stream().filter(r -> r.stage() == ReviewStage.REVIEW)
        .findFirst().orElseThrow();
    assertThat(review.submittedAt()).isEqualTo(time(2026, 3, 31, 17, 30).toInstant());
    assertThat(review.decidedAt()).as("the review's turnaround is recorded on its own")
        .isEqualTo(time(2026, 4, 3, 10, 0).toInstant());
  }

  @Test
  void asks_support_input_five_working_days_before_the_lead_and_reminds_the_unit_that_still_owes_it() {
    ProcessInstance pi = life.start("12", List.of("kinhte"), List.of("vpub"), DUE);
    life.headAssigns(life.single(TASK_ASSIGN_OFFICER), "namanphukinhtecv1");
    Task support = life.single(TASK_PROVIDE_SUPPORT_INPUT);
    assertThat(VietnamTime.dayOf(support.getDueDate())).as("5 working days before 31/03")
        .isEqualTo(LocalDate.of(2026, 3, 24));

    var reminder = life.job(pi, BOUNDARY_EVENT_SUPPORT_INPUT_REMINDER_DUE);
    assertThat(VietnamTime.dayOf(reminder.getDuedate())).as("a working day before the input is due")
        .isEqualTo(LocalDate.of(2026, 3, 23));
    life.fire(reminder);
    assertThat(life.wiring.outbox().notices).filteredOn(n -> n.kind().equals("SUPPORT_INPUT_REMINDER"))
        .singleElement().satisfies(n -> assertThat(n.recipients()).extracting(r -> r.userId())
            .contains("namanphuvpubcv1").doesNotContain("namanphukinhtecv1"));

    // the head signs off knowing which input is still missing
    life.officerExecutes(life.single(TASK_EXECUTE_TASK));
    assertThat(life.local(life.single(TASK_SIGN_OFF), STEP_BRIEF).toString())
        .contains("**Đơn vị phối hợp chưa gửi ý kiến:** Văn phòng");
  }

  @Test
  void tells_the_coordinating_units_head_when_a_review_waits_more_than_three_working_days() {
    ProcessInstance pi = life.start("13", List.of("kinhte"), List.of(), DUE);
    life.headAssigns(life.single(TASK_ASSIGN_OFFICER), "namanphukinhtecv1");
    at(2026, 3, 2, 9, 0); // Monday
    life.officerWorksThrough();

    var waiting = life.job(pi, BOUNDARY_EVENT_REVIEW_WAITING);
    assertThat(VietnamTime.dayOf(waiting.getDuedate())).as("three working days after the submission")
        .isEqualTo(LocalDate.of(2026, 3, 5));
    life.fire(waiting);
    assertThat(life.wiring.outbox().notices).filteredOn(n -> n.kind().equals("REVIEW_WAITING"))
        .singleElement().satisfies(n -> assertThat(n.recipients()).extracting(r -> r.userId())
            .contains("namanphuvhxhtp"));
    assertThat(life.single(TASK_REVIEW_DELIVERABLE)).as("the review stays where it is").isNotNull();
  }

  @Test
  void records_done_late_when_the_approved_resubmission_came_after_the_deadline() {
    ProcessInstance pi = life.start("4", List.of("kinhte"), List.of(), DUE);
    life.headAssigns(life.single(TASK_ASSIGN_OFFICER), "namanphukinhtecv1");

    for (int round = 1; round <= 2; round++) {
      life.officerWorksThrough();
      life.reviewerDecides(life.single(TASK_REVIEW_DELIVERABLE), "return", "Bổ sung số liệu lần " + round);
      Task rework = life.single(TASK_EXECUTE_TASK);
      assertThat(rework.getAssignee()).isEqualTo("namanphukinhtecv1");
      assertThat(life.local(rework, STEP_BRIEF).toString())
          .contains("**Ý kiến khi trả lại:** Bổ sung số liệu lần " + round);
    }
    at(2026, 4, 1, 9, 0);
    life.officerWorksThrough();
    life.reviewerDecides(life.single(TASK_REVIEW_DELIVERABLE), APPROVE, "Đạt");

    assertThat(pi).isEnded().hasPassed(END_EVENT_TASK_DONE_LATE).hasNotPassed(END_EVENT_TASK_DONE_ON_TIME);
    assertThat(life.deliverables(pi).get(0).status(VietnamTime.now().toInstant())).isEqualTo(TaskStatus.DONE_LATE);
    assertThat(life.record().parts(life.deliverables(pi).get(0).id()).get(0).returns()).isEqualTo(2);
  }

  @Test
  void returns_to_execution_when_unit_head_refuses_to_sign_off() {
    ProcessInstance pi = life.start("6", List.of("kinhte"), List.of(), DUE);
    life.headAssigns(life.single(TASK_ASSIGN_OFFICER), "namanphukinhtecv1");
    life.officerExecutes(life.single(TASK_EXECUTE_TASK));
    Task signOff = life.single(TASK_SIGN_OFF);
    assertThatThrownBy(() -> life.complete(signOff, withVariables(SIGN_OFF_DECISION, "return")))
        .satisfies(e -> assertThat(OfficialRefusal.in(e)).isNotNull())
        .hasMessageContaining("Khi trả lại, hãy ghi rõ nội dung cần sửa");
    life.complete(signOff, withVariables(SIGN_OFF_DECISION, "return", SIGN_OFF_COMMENT, "Viết lại"));

    assertThat(pi).isWaitingAt(TASK_EXECUTE_TASK);
    Task rework = life.single(TASK_EXECUTE_TASK);
    assertThat(rework.getAssignee()).isEqualTo("namanphukinhtecv1");
    assertThat(life.local(rework, STEP_BRIEF).toString()).contains("**Ý kiến khi trả lại:** Viết lại");
  }

  @Test
  void gives_each_lead_unit_its_own_part_and_ends_when_every_part_is_approved() {
    ProcessInstance pi = life.start("V.3", List.of("ttpvhcc", "vpub"), List.of("kinhte"), DUE);

    assertThat(life.tasks(TASK_ASSIGN_OFFICER)).extracting(t -> life.candidateGroups(t).get(0))
        .containsExactlyInAnyOrder("namanphuttpvhcchead", "namanphuvpubhead");
    life.headAssigns(taskFor(TASK_ASSIGN_OFFICER, "namanphuttpvhcchead"), "namanphuttpvhcccv1");
    life.headAssigns(taskFor(TASK_ASSIGN_OFFICER, "namanphuvpubhead"), "namanphuvpubcv1");
    assertThat(life.tasks(TASK_PROVIDE_SUPPORT_INPUT)).as("one support request per part").hasSize(2)
        .allSatisfy(t -> assertThat(life.candidateGroups(t)).containsExactly("namanphukinhte"));
    assertThat(life.tasks(TASK_EXECUTE_TASK)).extracting(Task::getAssignee)
        .containsExactlyInAnyOrder("namanphuttpvhcccv1", "namanphuvpubcv1");

    completePart("namanphuttpvhcccv1");
    assertThat(pi).isNotEnded();
    assertThat(life.tasks(TASK_EXECUTE_TASK)).extracting(Task::getAssignee).containsExactly("namanphuvpubcv1");
    completePart("namanphuvpubcv1");
    assertThat(pi).isEnded().hasPassed(END_EVENT_TASK_DONE_ON_TIME);
    assertThat(life.record().parts(life.deliverables(pi).get(0).id())).extracting(PartView::unitCode)
        .containsExactly("ttpvhcc", "vpub");
  }

  @Test
  void gives_local_support_units_their_part_when_the_lead_is_outside_the_commune() {
    ProcessInstance pi = life.start("5", "Triển khai tiêm chủng", List.of(), List.of("Sở Nội vụ/Sở Y tế/Sở GD&ĐT"),
        List.of("kinhte"), null, LocalDate.of(2026, 12, 31));

    Task assign = life.single(TASK_ASSIGN_OFFICER);
    assertThat(life.candidateGroups(assign)).containsExactly("namanphukinhtehead");
    assertThat(life.tasks(TASK_PROVIDE_SUPPORT_INPUT)).isEmpty();
    assertThat(engine.getProcessEngine().getRuntimeService().getVariable(pi.getId(), TASK_BRIEF).toString())
        .contains("**Đơn vị chủ trì:** Sở Nội vụ/Sở Y tế/Sở GD&ĐT");
    life.completeEveryStep("namanphukinhtecv1");
    assertThat(pi).isEnded().hasPassed(END_EVENT_TASK_DONE_ON_TIME);
  }

  @Test
  void goes_straight_to_execution_when_task_has_no_support_unit() {
    ProcessInstance pi = life.start("29", List.of("kinhte"), List.of(), DUE);
    life.headAssigns(life.single(TASK_ASSIGN_OFFICER), "namanphukinhtecv1");

    assertThat(pi).isWaitingAt(TASK_EXECUTE_TASK).isNotWaitingAt(TASK_PROVIDE_SUPPORT_INPUT);
    life.officerWorksThrough();
    life.reviewerDecides(life.single(TASK_REVIEW_DELIVERABLE), APPROVE, "Đạt");
    assertThat(pi).isEnded().hasPassed(END_EVENT_TASK_DONE_ON_TIME);
  }

  @Test
  void runs_without_due_dates_and_waits_for_the_coordinating_unit_to_set_one() {
    ProcessInstance pi = life.start("7", List.of("kinhte"), List.of("ttdvsnc"), null);

    Task assign = life.single(TASK_ASSIGN_OFFICER);
    assertThat(assign.getDueDate()).isNull();
    assertThat(assign.getFollowUpDate()).isNull();
    assertThat(life.candidateGroups(life.single(TASK_SET_DEADLINE))).containsExactly("namanphuvhxh");
    life.headAssigns(assign, "namanphukinhtecv1");
    assertThat(life.tasks(TASK_PROVIDE_SUPPORT_INPUT)).singleElement()
        .satisfies(t -> assertThat(t.getDueDate()).isNull());
    assertThat(life.deliverables(pi).get(0).status(VietnamTime.now().toInstant())).isEqualTo(TaskStatus.NO_DEADLINE);
    at(2027, 2, 1, 9, 0);
    life.officerWorksThrough();
    life.reviewerDecides(life.single(TASK_REVIEW_DELIVERABLE), APPROVE, "Đạt");

    assertThat(pi).isEnded().hasPassed(END_EVENT_TASK_DONE_ON_TIME);
  }

  @Test
  void closes_pending_support_input_when_the_part_is_approved() {
    ProcessInstance pi = life.start("13", List.of("vpub"), List.of("kinhte"), DUE);
    life.headAssigns(life.single(TASK_ASSIGN_OFFICER), "namanphuvpubcv1");
    assertThat(life.tasks(TASK_PROVIDE_SUPPORT_INPUT)).hasSize(1);

    life.officerExecutes(life.single(TASK_EXECUTE_TASK));
    assertThat(life.local(life.single(TASK_SIGN_OFF), STEP_BRIEF).toString())
        .as("the head sees whose input is missing").contains("**Đơn vị phối hợp chưa gửi ý kiến:** Phòng Kinh tế");
    life.headSignsOff(life.single(TASK_SIGN_OFF));
    life.officerSubmits(life.single(TASK_SUBMIT_DELIVERABLE));
    life.reviewerDecides(life.single(TASK_REVIEW_DELIVERABLE), APPROVE, "Đạt");

    assertThat(pi).isEnded();
    assertThat(life.tasks(TASK_PROVIDE_SUPPORT_INPUT)).isEmpty();
  }

  @Test
  void refuses_an_officer_from_another_unit_with_a_vietnamese_message() {
    ProcessInstance pi = life.start("29", List.of("kinhte"), List.of(), DUE);
    Task assign = life.single(TASK_ASSIGN_OFFICER);
    assertThat(life.local(assign, OFFICER_OPTIONS).toString())
        .contains("namanphukinhtecv1").contains("namanphukinhtetp").doesNotContain("namanphuvhxhcv1");

    assertThatThrownBy(() -> life.headAssigns(assign, "namanphuvhxhcv1"))
        .satisfies(e -> assertThat(OfficialRefusal.in(e)).isNotNull())
        .hasMessageContaining("Cán bộ \"namanphuvhxhcv1\" không thuộc Phòng Kinh tế");
    assertThat(pi).isWaitingAt(TASK_ASSIGN_OFFICER);
  }

  @Test
  void refuses_a_return_without_comment() {
    ProcessInstance pi = life.start("29", List.of("kinhte"), List.of(), DUE);
    life.headAssigns(life.single(TASK_ASSIGN_OFFICER), "namanphukinhtecv1");
    life.officerWorksThrough();
    Task review = life.single(TASK_REVIEW_DELIVERABLE);

    assertThatThrownBy(() -> life.complete(review, withVariables(REVIEW_DECISION, "return")))
        .hasMessageContaining("Khi trả lại, hãy ghi rõ nội dung cần sửa");
    assertThat(pi).isWaitingAt(TASK_REVIEW_DELIVERABLE);
  }

  // --- the people of the process ---

  private Task taskFor(String activityId, String candidateGroup) {
    return engine.getProcessEngine().getTaskService().createTaskQuery().taskDefinitionKey(activityId)
        .taskCandidateGroup(candidateGroup).includeAssignedTasks().singleResult();
  }

  /** Takes the part executed by {@code officer} from execution to approval. */
  private void completePart(String officer) {
    var tasks = engine.getProcessEngine().getTaskService();
    Task execute = tasks.createTaskQuery().taskDefinitionKey(TASK_EXECUTE_TASK).taskAssignee(officer).singleResult();
    Object partId = tasks.getVariable(execute.getId(), PART_ID);
    life.officerExecutes(execute);
    life.headSignsOff(ofPart(TASK_SIGN_OFF, partId));
    life.officerSubmits(ofPart(TASK_SUBMIT_DELIVERABLE, partId));
    life.reviewerDecides(ofPart(TASK_REVIEW_DELIVERABLE, partId), APPROVE, "Đạt");
  }

  private Task ofPart(String activityId, Object partId) {
    var tasks = engine.getProcessEngine().getTaskService();
    return life.tasks(activityId).stream().filter(t -> partId.equals(tasks.getVariable(t.getId(), PART_ID)))
        .findFirst().orElseThrow();
  }
}
