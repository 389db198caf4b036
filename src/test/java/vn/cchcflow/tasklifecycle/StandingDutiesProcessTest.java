package vn.cchcflow.tasklifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static vn.cchcflow.tasklifecycle.Lifecycle.at;
import static vn.cchcflow.tasklifecycle.Lifecycle.time;
import static vn.cchcflow.tasklifecycle.PlanTaskProcess.*;

import java.time.Instant;
import java.time.LocalDate;
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
import vn.cchcflow.schedule.WorkingCalendar;
import vn.cchcflow.system.VietnamTime;

/**
 * Standing and recurring duties period by period: a recurring task has one tracked deliverable per due
 * date, each with its own status; a standing duty reports its progress before each of the commune's own
 * report days and is closed by its final assessment, a missing progress report staying counted as missing.
 */
@Deployment(resources = "processes/PlanTaskProcess.bpmn")
class StandingDutiesProcessTest {

  @RegisterExtension
  static ProcessEngineExtension engine = ProcessEngineExtension.builder()
      .configurationResource("camunda-unit-test.cfg.xml").build();

  private static final List<LocalDate> QUARTER_REPORTS = List.of(LocalDate.of(2026, 3, 4), LocalDate.of(2026, 6, 4),
      LocalDate.of(2026, 9, 4), LocalDate.of(2026, 12, 4));

  private Lifecycle life;

  @BeforeEach
  void setUp() {
    life = new Lifecycle(engine.getProcessEngine());
    at(2026, 1, 15, 9, 0);
  }

  @AfterEach
  void tearDown() {
    ClockUtil.reset();
    Mocks.reset();
  }

  @Test
  void a_quarterly_report_task_tracks_four_deliverables_each_with_its_own_status() {
    ProcessInstance pi = life.start("3", "Xây dựng Báo cáo CCHC hàng quý", List.of("kinhte"), List.of(), List.of(),
        Schedule.recurring(QUARTER_REPORTS), LocalDate.of(2026, 12, 4));

    List<DeliverableView> deliverables = life.deliverables(pi);
    assertThat(deliverables).extracting(DeliverableView::due).containsExactlyElementsOf(QUARTER_REPORTS);
    assertThat(deliverables).allSatisfy(d -> assertThat(d.kind()).isEqualTo(DeliverableKind.RESULT));
    assertThat(life.tasks(TASK_ASSIGN_OFFICER)).as("nothing to do before a quarter's report opens").isEmpty();

    for (int quarter = 0; quarter < 4; quarter++) {
      LocalDate due = QUARTER_REPORTS.get(quarter);
      Job opens = life.jobs(pi, TIMER_EVENT_DELIVERABLE_OPENS).get(0);
      assertThat(opens.getDuedate()).as("opens two weeks before it is due").isEqualTo(time(due.minusDays(14), 8, 0));
      life.fire(opens);
      Task assign = life.single(TASK_ASSIGN_OFFICER);
      assertThat(assign.getDueDate()).isEqualTo(VietnamTime.endOf(due));
      boolean late = quarter == 1;
      life.headAssigns(assign, "namanphukinhtecv1");
      if (late) {
        ClockUtil.setCurrentTime(time(due.plusDays(3), 10, 0));
      }
      life.officerWorksThrough();
      life.reviewerDecides(life.single(TASK_REVIEW_DELIVERABLE), APPROVE, "Đạt");
    }

    assertThat(pi).isEnded().hasPassed(END_EVENT_TASK_DONE_LATE);
    Instant now = VietnamTime.now().toInstant();
    assertThat(life.deliverables(pi)).extracting(d -> d.status(now)).containsExactly(TaskStatus.DONE_ON_TIME,
        TaskStatus.DONE_LATE, TaskStatus.DONE_ON_TIME, TaskStatus.DONE_ON_TIME);
  }

  @Test
  void a_standing_duty_reports_progress_before_each_commune_report_and_its_final_assessment_closes_it() {
    ProcessInstance pi = life.start("1", "Thực hiện công tác CCHC thường xuyên", List.of("kinhte"), List.of(), List.of(),
        Schedule.continuous(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)), LocalDate.of(2026, 12, 31));

    WorkingCalendar calendar = WorkingCalendar.vietnam();
    List<DeliverableView> deliverables = life.deliverables(pi);
    List<DeliverableView> progress = deliverables.stream()
        .filter(d -> d.kind() == DeliverableKind.PROGRESS_REPORT).toList();
    assertThat(progress).hasSize(4);
    for (int i = 0; i < 4; i++) {
      assertThat(progress.get(i).due()).as("due 5 working days before the commune's report of %s",
          QUARTER_REPORTS.get(i)).isEqualTo(calendar.workingDaysBefore(QUARTER_REPORTS.get(i), 5))
          .isBefore(QUARTER_REPORTS.get(i));
    }
    assertThat(deliverables.get(deliverables.size() - 1).kind()).isEqualTo(DeliverableKind.FINAL_ASSESSMENT);
    life.headAssigns(life.single(TASK_ASSIGN_OFFICER), "namanphukinhtecv1");

    // the first quarter's progress report is given in time; the second is never given
    life.fire(life.jobs(pi, TIMER_EVENT_DELIVERABLE_OPENS).get(0));
    Task q1 = life.single(TASK_REPORT_PROGRESS);
    assertThat(q1.getName()).startsWith("Báo cáo tiến độ định kỳ · NV 1");
    assertThat(life.candidateGroups(q1)).containsExactly("namanphukinhte");
    assertThat(q1.getDueDate()).isEqualTo(VietnamTime.endOf(progress.get(0).due()));
    life.complete(q1, withVariables("progressDone", "Đã rà soát TTHC", "progressPercent", 25, "progressObstacles", ""));
    life.fire(life.jobs(pi, TIMER_EVENT_DELIVERABLE_OPENS).get(0));
    assertThat(life.single(TASK_REPORT_PROGRESS).getDueDate()).isEqualTo(VietnamTime.endOf(progress.get(1).due()));

    at(2026, 6, 20, 9, 0);
    Instant afterQ2 = VietnamTime.now().toInstant();
    assertThat(life.deliverables(pi)).filteredOn(d -> d.kind() == DeliverableKind.PROGRESS_REPORT)
        .extracting(d -> d.status(afterQ2))
        .containsExactly(TaskStatus.DONE_ON_TIME, TaskStatus.OVERDUE, TaskStatus.IN_PROGRESS, TaskStatus.IN_PROGRESS);

    // the year's assessment is approved at the end of the period: the duty is closed
    at(2026, 12, 28, 9, 0);
    life.officerWorksThrough();
    life.reviewerDecides(life.single(TASK_REVIEW_DELIVERABLE), APPROVE, "Đạt");
    assertThat(pi).isEnded().hasPassed(END_EVENT_TASK_DONE_LATE);
    assertThat(life.tasks(TASK_REPORT_PROGRESS)).isEmpty();
    Instant end = time(2026, 12, 31, 20, 0).toInstant();
    assertThat(life.deliverables(pi)).extracting(d -> d.status(end)).as("the missing report stays counted as missing")
        .containsExactly(TaskStatus.DONE_ON_TIME, TaskStatus.OVERDUE, TaskStatus.OVERDUE, TaskStatus.OVERDUE,
            TaskStatus.DONE_ON_TIME);
  }

  @Test
  void progress_reports_are_reminded_and_escalated_like_tasks() {
    ProcessInstance pi = life.start("1", "Thực hiện công tác CCHC thường xuyên", List.of("kinhte"), List.of(), List.of(),
        Schedule.continuous(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)), LocalDate.of(2026, 12, 31));
    life.headAssigns(life.single(TASK_ASSIGN_OFFICER), "namanphukinhtecv1");
    life.fire(life.jobs(pi, TIMER_EVENT_DELIVERABLE_OPENS).get(0));
    LocalDate due = life.deliverables(pi).get(0).due();

    List<Job> notices = life.jobs(pi, TIMER_EVENT_NOTICE_DUE);
    Job progressNotice = notices.stream().filter(j -> j.getDuedate().before(time(due, 23, 0))).findFirst().orElseThrow();
    Job finalNotice = notices.stream().filter(j -> !j.getId().equals(progressNotice.getId())).findFirst().orElseThrow();
    life.fire(progressNotice);
    assertThat(life.wiring.outbox().notices).last().satisfies(n -> {
      assertThat(n.subject()).startsWith("[Nhắc hạn] NV 1");
      assertThat(n.body()).contains("Báo cáo tiến độ định kỳ");
    });
    // each deliverable's watch keeps its own ladder on its own branch: the other watch's next notice is untouched
    // and nothing of either ladder sits on the task's instance
    assertThat(life.jobs(pi, TIMER_EVENT_NOTICE_DUE)).extracting(Job::getId).contains(finalNotice.getId());
    assertThat(engine.getRuntimeService().getVariablesLocal(pi.getId()))
        .doesNotContainKeys(LAST_NOTICE_KEY, NEXT_NOTICE_AT);
  }
}
