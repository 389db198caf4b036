package vn.cchcflow.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.identityService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static vn.cchcflow.tasklifecycle.PlanTaskProcess.*;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.cchcflow.schedule.Schedule;
import vn.cchcflow.system.VietnamTime;
import vn.cchcflow.tasklifecycle.Lifecycle;
import vn.cchcflow.tasklifecycle.PlanTaskProcessMocks;

/**
 * Deadlines that act, by time travel: the engine clock is moved and the timer jobs executed, never slept on.
 * Nam An Phụ's task 29 (Phòng Kinh tế) due Tuesday 31/03/2026 unless a test says otherwise.
 */
@Deployment(resources = "processes/PlanTaskProcess.bpmn")
class DeadlineNoticesProcessTest {

  @RegisterExtension
  static ProcessEngineExtension engine = ProcessEngineExtension.builder()
      .configurationResource("camunda-unit-test.cfg.xml").build();

  private static final LocalDate DUE = LocalDate.of(2026, 3, 31);

  private Lifecycle life;
  private PlanTaskProcessMocks.RecordingOutbox outbox;

  @BeforeEach
  void setUp() {
    life = new Lifecycle(engine.getProcessEngine());
    outbox = life.wiring.outbox();
    at(2026, 3, 2, 9, 0);
  }

  @AfterEach
  void tearDown() {
    ClockUtil.reset();
    Mocks.reset();
  }

  @Test
  void reminds_7_and_1_days_before_the_due_date_at_8_on_working_days() {
    ProcessInstance pi = start(Schedule.dueBy(DUE), DUE);

    assertThat(noticeJob(pi).getDuedate()).isEqualTo(time(2026, 3, 24, 8, 0));
    fireNotice(pi);
    assertThat(outbox.notices).singleElement().satisfies(notice -> {
      assertThat(notice.kind()).isEqualTo("REMINDER");
      assertThat(notice.subject()).isEqualTo("[Nhắc hạn] NV 29: còn 7 ngày, hạn cuối 31/03/2026");
      assertThat(notice.body()).contains("Kính gửi Vũ Đức Thắng").contains("Kế hoạch cải cách hành chính")
          .contains("Đang ở bước: Phân công cán bộ thực hiện").contains("http://cchc.example.vn/camunda/app/tasklist/");
      assertThat(notice.recipients()).extracting(Recipient::userId).containsExactly("namanphukinhtetp");
    });
    assertThat(noticeJob(pi).getDuedate()).isEqualTo(time(2026, 3, 30, 8, 0));
    fireNotice(pi);
    assertThat(outbox.notices).hasSize(2);
    assertThat(outbox.notices.get(1).subject()).isEqualTo("[Nhắc hạn] NV 29: còn 1 ngày, hạn cuối 31/03/2026");
  }

  @Test
  void escalates_to_unit_head_then_coordinating_unit_then_leaders_then_weekly() {
    ProcessInstance pi = start(Schedule.dueBy(DUE), DUE);
    headAssigns("namanphukinhtecv1");
    fireNotice(pi);
    fireNotice(pi);

    assertThat(noticeJob(pi).getDuedate()).isEqualTo(time(2026, 4, 1, 8, 0));
    fireNotice(pi);
    assertThat(last().subject()).isEqualTo("[Quá hạn 1 ngày] NV 29: Ban hành quy chế quản lý tài sản công");
    assertThat(last().recipients()).extracting(Recipient::userId)
        .containsExactlyInAnyOrder("namanphukinhtecv1", "namanphukinhtetp");

    assertThat(noticeJob(pi).getDuedate()).isEqualTo(time(2026, 4, 3, 8, 0));
    fireNotice(pi);
    assertThat(last().subject()).startsWith("[Quá hạn 3 ngày]");
    assertThat(last().recipients()).extracting(Recipient::userId)
        .contains("namanphukinhtecv1", "namanphukinhtetp", "namanphuvhxhtp", "namanphuvhxhcv1", "namanphuvhxhcv2")
        .doesNotContain("namanphuct");
    assertThat(last().body()).contains("Mức đôn đốc: cơ quan thường trực");

    assertThat(noticeJob(pi).getDuedate()).isEqualTo(time(2026, 4, 7, 8, 0));
    fireNotice(pi);
    assertThat(last().subject()).startsWith("[Quá hạn 7 ngày]");
    assertThat(last().recipients()).extracting(Recipient::userId).contains("namanphuct", "namanphupct");

    assertThat(noticeJob(pi).getDuedate()).isEqualTo(time(2026, 4, 14, 8, 0));
    fireNotice(pi);
    assertThat(last().subject()).startsWith("[Quá hạn 14 ngày]");
    assertThat(noticeJob(pi).getDuedate()).isEqualTo(time(2026, 4, 21, 8, 0));
    assertThat(outbox.notices).extracting(Notice::kind)
        .containsExactly("REMINDER", "REMINDER", "ESCALATION", "ESCALATION", "ESCALATION", "ESCALATION");
  }

  @Test
  void sends_nothing_for_a_task_completed_before_its_first_reminder() {
    ProcessInstance pi = start(Schedule.dueBy(DUE), DUE);
    completeEveryStep("namanphukinhtecv1");

    assertThat(pi).isEnded().hasPassed(END_EVENT_TASK_DONE_ON_TIME);
    assertThat(managementService().createJobQuery().processInstanceId(pi.getId()).count()).isZero();
    assertThat(outbox.notices).isEmpty();
  }

  @Test
  void keeps_its_ladder_when_the_deliverable_is_returned() {
    ProcessInstance pi = start(Schedule.dueBy(DUE), DUE);
    headAssigns("namanphukinhtecv1");
    fireNotice(pi);
    officerExecutesAndSubmits("namanphukinhtecv1");
    taskService().complete(task(TASK_REVIEW_DELIVERABLE).getId(),
        withVariables(REVIEW_DECISION, "return", REVIEW_COMMENT, "Bổ sung phụ lục"));

    assertThat(pi).isWaitingAt(TASK_EXECUTE_TASK);
    assertThat(noticeJob(pi).getDuedate()).isEqualTo(time(2026, 3, 30, 8, 0));
    fireNotice(pi);
    assertThat(last().subject()).isEqualTo("[Nhắc hạn] NV 29: còn 1 ngày, hạn cuối 31/03/2026");
    assertThat(last().recipients()).extracting(Recipient::userId).containsExactly("namanphukinhtecv1");
  }

  @Test
  void catches_up_with_one_escalation_when_imported_10_days_overdue() {
    at(2026, 4, 10, 9, 0);
    ProcessInstance pi = start(Schedule.dueBy(DUE), DUE);

    assertThat(noticeJob(pi).getDuedate()).isEqualTo(time(2026, 4, 10, 9, 0));
    fireNotice(pi);

    assertThat(outbox.notices).singleElement().satisfies(notice ->
        assertThat(notice.subject()).isEqualTo("[Quá hạn 10 ngày] NV 29: Ban hành quy chế quản lý tài sản công"));
    assertThat(noticeJob(pi).getDuedate()).isEqualTo(time(2026, 4, 14, 8, 0));
  }

  @Test
  void catches_up_on_the_next_working_day_when_imported_at_a_weekend() {
    at(2026, 4, 11, 10, 0);
    ProcessInstance pi = start(Schedule.dueBy(DUE), DUE);

    assertThat(noticeJob(pi).getDuedate()).isEqualTo(time(2026, 4, 13, 8, 0));
    fireNotice(pi);
    assertThat(outbox.notices).singleElement().satisfies(notice ->
        assertThat(notice.subject()).startsWith("[Quá hạn 13 ngày]"));
  }

  @Test
  void moves_a_reminder_falling_on_a_weekend_or_holiday_to_the_next_working_day() {
    // due Monday 20/04/2026: the 1-day reminder falls on Sunday 19/04 and goes out Monday 20/04
    ProcessInstance weekend = start(Schedule.dueBy(LocalDate.of(2026, 4, 20)), LocalDate.of(2026, 4, 20));
    fireNotice(weekend);
    assertThat(noticeJob(weekend).getDuedate()).isEqualTo(time(2026, 4, 20, 8, 0));

    // due 16/02/2026 (Tết): the 1-day reminder on 15/02 waits until Tết is over, Monday 23/02
    at(2026, 2, 1, 9, 0);
    ProcessInstance tet = start(Schedule.dueBy(LocalDate.of(2026, 2, 16)), LocalDate.of(2026, 2, 16));
    assertThat(noticeJob(tet).getDuedate()).isEqualTo(time(2026, 2, 9, 8, 0));
    fireNotice(tet);
    assertThat(noticeJob(tet).getDuedate()).isEqualTo(time(2026, 2, 23, 8, 0));
  }

  @Test
  void waits_silently_for_a_date_then_runs_on_time_when_the_event_is_known() {
    ProcessInstance pi = start(Schedule.onEvent(), null);

    Task setDeadline = task(TASK_SET_DEADLINE);
    assertThat(setDeadline.getName()).startsWith("Xác định thời hạn");
    assertThat(taskService().getIdentityLinksForTask(setDeadline.getId())).extracting(l -> l.getGroupId())
        .containsExactly("namanphuvhxh");
    assertThat(managementService().createJobQuery().processInstanceId(pi.getId()).activityId(TIMER_EVENT_NOTICE_DUE)
        .count()).isZero();
    at(2026, 9, 1, 9, 0);
    assertThat(outbox.notices).isEmpty();

    taskService().complete(setDeadline.getId(), withVariables(NEW_DUE_DATE, "15/10/2026"));

    assertThat(life.deliverables(pi).get(0).due()).isEqualTo(LocalDate.of(2026, 10, 15));
    assertThat(life.wiring.events()).singleElement().isInstanceOf(vn.cchcflow.tasklifecycle.TaskDeadlineChanged.class);
    assertThat(task(TASK_ASSIGN_OFFICER).getDueDate()).isEqualTo(VietnamTime.endOf(LocalDate.of(2026, 10, 15)));
    assertThat(noticeJob(pi).getDuedate()).isEqualTo(time(2026, 10, 8, 8, 0));
    completeEveryStep("namanphukinhtecv1");
    assertThat(pi).isEnded().hasPassed(END_EVENT_TASK_DONE_ON_TIME);
    assertThat(outbox.notices).isEmpty();
  }

  @Test
  void moves_its_timers_when_the_due_date_changes() {
    ProcessInstance pi = start(Schedule.dueBy(DUE), DUE);
    headAssigns("namanphukinhtecv1");
    assertThat(noticeJob(pi).getDuedate()).isEqualTo(time(2026, 3, 24, 8, 0));

    life.wiring.deadlines().change(life.planTaskId(pi), pi.getId(), LocalDate.of(2026, 5, 29), "Kế hoạch sửa đổi",
        "Kế hoạch số 20/KH-UBND ngày 01/03/2026");

    assertThat(noticeJob(pi).getDuedate()).isEqualTo(time(2026, 5, 22, 8, 0));
    assertThat(task(TASK_EXECUTE_TASK).getDueDate()).isEqualTo(VietnamTime.endOf(LocalDate.of(2026, 5, 29)));
    assertThat(task(TASK_EXECUTE_TASK).getFollowUpDate()).isEqualTo(VietnamTime.morningOf(LocalDate.of(2026, 5, 22)));
    at(2026, 4, 2, 9, 0);
    officerExecutesAndSubmits("namanphukinhtecv1");
    taskService().complete(task(TASK_REVIEW_DELIVERABLE).getId(), withVariables(REVIEW_DECISION, APPROVE));
    assertThat(pi).isEnded().hasPassed(END_EVENT_TASK_DONE_ON_TIME);
    assertThat(outbox.notices).isEmpty();
  }

  @Test
  void starts_the_ladder_afresh_for_a_new_due_date_after_reminders_were_sent() {
    ProcessInstance pi = start(Schedule.dueBy(DUE), DUE);
    headAssigns("namanphukinhtecv1");
    fireNotice(pi);
    fireNotice(pi);
    assertThat(outbox.notices).extracting(Notice::subject).containsExactly(
        "[Nhắc hạn] NV 29: còn 7 ngày, hạn cuối 31/03/2026", "[Nhắc hạn] NV 29: còn 1 ngày, hạn cuối 31/03/2026");

    life.wiring.deadlines().change(life.planTaskId(pi), pi.getId(), LocalDate.of(2026, 5, 29), "Kế hoạch sửa đổi",
        "Kế hoạch số 20/KH-UBND ngày 01/03/2026");

    assertThat(noticeJob(pi).getDuedate()).isEqualTo(time(2026, 5, 22, 8, 0));
    fireNotice(pi);
    assertThat(last().subject()).isEqualTo("[Nhắc hạn] NV 29: còn 7 ngày, hạn cuối 29/05/2026");
  }

  // --- the people and the clock ---

  private ProcessInstance start(Schedule schedule, LocalDate due) {
    return life.start("29", "Ban hành quy chế quản lý tài sản công", List.of("kinhte"), List.of(), List.of(),
        schedule, due);
  }

  private void headAssigns(String officer) {
    taskService().complete(task(TASK_ASSIGN_OFFICER).getId(), withVariables(OFFICER, officer));
  }

  private void officerExecutesAndSubmits(String officer) {
    life.officerWorksThrough();
  }

  private void completeEveryStep(String officer) {
    headAssigns(officer);
    officerExecutesAndSubmits(officer);
    taskService().complete(task(TASK_REVIEW_DELIVERABLE).getId(), withVariables(REVIEW_DECISION, APPROVE));
  }

  private static Task task(String step) {
    return taskService().createTaskQuery().taskDefinitionKey(step).singleResult();
  }

  private static Job noticeJob(ProcessInstance pi) {
    return job(pi, TIMER_EVENT_NOTICE_DUE);
  }

  private static Job job(ProcessInstance pi, String activity) {
    Job job = managementService().createJobQuery().processInstanceId(pi.getId()).activityId(activity).singleResult();
    assertThat(job).as("timer at %s", activity).isNotNull();
    return job;
  }

  /** Moves the clock to the notice timer and fires it. */
  private static void fireNotice(ProcessInstance pi) {
    Job job = noticeJob(pi);
    ClockUtil.setCurrentTime(job.getDuedate());
    managementService().executeJob(job.getId());
  }

  private Notice last() {
    return outbox.notices.get(outbox.notices.size() - 1);
  }

  private static void at(int year, int month, int day, int hour, int minute) {
    Lifecycle.at(year, month, day, hour, minute);
  }

  private static Date time(int year, int month, int day, int hour, int minute) {
    return Lifecycle.time(year, month, day, hour, minute);
  }
}
