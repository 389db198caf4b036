package vn.cchcflow.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static vn.cchcflow.report.PeriodReportProcess.*;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.cchcflow.system.VietnamTime;

/**
 * The routes of PeriodReportProcess with its beans mocked (camunda-bpm-examples' Mocks.register): each unit
 * reports beside its own notice loop, which filing ends; consolidation, approval, issue and delivery; a
 * returned report is recomputed and consolidated again.
 */
@Deployment(resources = "processes/PeriodReportProcess.bpmn")
class PeriodReportProcessTest {

  @RegisterExtension
  static ProcessEngineExtension engine = ProcessEngineExtension.builder()
      .configurationResource("camunda-unit-test.cfg.xml").build();

  final TaskListener caption = mock(TaskListener.class);
  final TaskListener prepare = mock(TaskListener.class);
  final TaskListener collect = mock(TaskListener.class);
  final TaskListener state = mock(TaskListener.class);
  final TaskListener returnNeedsComment = mock(TaskListener.class);
  final JavaDelegate compute = mock(JavaDelegate.class);
  final JavaDelegate issue = mock(JavaDelegate.class);
  final JavaDelegate deliver = mock(JavaDelegate.class);
  final List<String> noticesSent = new ArrayList<>();

  @BeforeEach
  void registerBeans() {
    at(2026, 2, 18, 8);
    Mocks.register("reportTaskCaptionListener", caption);
    Mocks.register("prepareUnitReportListener", prepare);
    Mocks.register("collectUnitReportListener", collect);
    Mocks.register("reportStateListener", state);
    Mocks.register("returnNeedsCommentListener", returnNeedsComment);
    Mocks.register("computeReportFiguresDelegate", compute);
    Mocks.register("issueReportDelegate", issue);
    Mocks.register("deliverReportDelegate", deliver);
    // the ladder reduced to "a notice every two days" for the route
    Mocks.register("planNextUnitReportNoticeDelegate", (JavaDelegate) execution ->
        execution.setVariableLocal(UNIT_NEXT_NOTICE_AT, new Date(ClockUtil.getCurrentTime().getTime() + 2 * 86_400_000L)));
    Mocks.register("sendUnitReportNoticeDelegate", (JavaDelegate) execution -> {
      noticesSent.add((String) execution.getVariable(REPORT_UNIT));
      execution.setVariableLocal(UNIT_LAST_NOTICE_KEY, "N" + noticesSent.size());
    });
  }

  @AfterEach
  void reset() {
    Mocks.reset();
    ClockUtil.reset();
  }

  @Test
  void each_unit_reports_then_the_coordinating_unit_consolidates_and_the_chair_approves_and_it_is_issued()
      throws Exception {
    ProcessInstance pi = start();
    assertThat(pi).isWaitingAt(TASK_FILE_UNIT_REPORT, "TimerEvent_UnitReportNotice");
    assertThat(unitTasks(pi)).hasSize(2);
    verify(prepare, times(2)).notify(any(DelegateTask.class));

    fileReport(pi, "namanphuvhxh");
    assertThat(noticeTimers(pi)).hasSize(1);
    fileReport(pi, "namanphukinhte");

    assertThat(pi).hasPassed(TASK_COMPUTE_REPORT_FIGURES).isWaitingAt(TASK_CONSOLIDATE_REPORT);
    assertThat(noticeTimers(pi)).isEmpty();
    verify(collect, times(2)).notify(any(DelegateTask.class));
    complete(pi, TASK_CONSOLIDATE_REPORT, Map.of(ASSESSMENT, "Cơ bản hoàn thành."));
    complete(pi, TASK_APPROVE_REPORT, Map.of(APPROVAL_DECISION, APPROVE));

    assertThat(pi).hasPassedInOrder(TASK_COMPUTE_REPORT_FIGURES, TASK_CONSOLIDATE_REPORT, TASK_APPROVE_REPORT,
        TASK_ISSUE_REPORT, TASK_DELIVER_REPORT).isEnded();
    verify(issue).execute(any());
    verify(deliver).execute(any());
    verify(state, times(2)).notify(any(DelegateTask.class));
    assertThat(noticesSent).isEmpty();
  }

  @Test
  void a_unit_that_has_not_filed_is_noticed_on_its_ladder_until_it_files() {
    ProcessInstance pi = start();
    fileReport(pi, "namanphuvhxh");

    runNoticeTimer(pi);
    runNoticeTimer(pi);
    assertThat(noticesSent).containsExactly("namanphukinhte", "namanphukinhte");
    assertThat(noticeTimers(pi)).hasSize(1);

    fileReport(pi, "namanphukinhte");
    assertThat(noticeTimers(pi)).isEmpty();
    assertThat(pi).isWaitingAt(TASK_CONSOLIDATE_REPORT);
  }

  @Test
  void a_returned_report_is_recomputed_and_consolidated_again() throws Exception {
    ProcessInstance pi = start();
    fileReport(pi, "namanphuvhxh");
    fileReport(pi, "namanphukinhte");
    complete(pi, TASK_CONSOLIDATE_REPORT, Map.of(ASSESSMENT, "Lần 1."));
    complete(pi, TASK_APPROVE_REPORT, Map.of(APPROVAL_DECISION, "return", APPROVAL_COMMENT, "Bổ sung số liệu."));

    assertThat(pi).isWaitingAt(TASK_CONSOLIDATE_REPORT);
    verify(compute, times(2)).execute(any());
    verify(issue, times(0)).execute(any());
  }

  private ProcessInstance start() {
    return engine.getRuntimeService().startProcessInstanceByKey(KEY, "namanphu-KH-2026-2026-Q1",
        Variables.createVariables()
            .putValue(COMMUNE, "namanphu")
            .putValue(REPORT_UNITS, Variables.objectValue(List.of("namanphuvhxh", "namanphukinhte"))
                .serializationDataFormat(Variables.SerializationDataFormats.JSON).create())
            .putValue(COORDINATING_UNIT, "namanphuvhxh")
            .putValue(LEADERS, "namanphuleaders")
            .putValue(UNIT_REPORT_DUE_AT, day(2026, 2, 27))
            .putValue(UNIT_REPORT_FOLLOW_UP_AT, day(2026, 2, 25))
            .putValue(CONSOLIDATE_DUE_AT, day(2026, 3, 2))
            .putValue(REPORT_DUE_AT, day(2026, 3, 4)));
  }

  private List<org.camunda.bpm.engine.task.Task> unitTasks(ProcessInstance pi) {
    return engine.getTaskService().createTaskQuery().processInstanceId(pi.getId())
        .taskDefinitionKey(TASK_FILE_UNIT_REPORT).list();
  }

  private void fileReport(ProcessInstance pi, String unit) {
    String id = engine.getTaskService().createTaskQuery().processInstanceId(pi.getId())
        .taskDefinitionKey(TASK_FILE_UNIT_REPORT).taskCandidateGroup(unit).singleResult().getId();
    engine.getTaskService().complete(id, Variables.putValue("areaResult1", "Kết quả của " + unit));
  }

  private void complete(ProcessInstance pi, String step, Map<String, Object> variables) {
    String id = engine.getTaskService().createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(step)
        .singleResult().getId();
    engine.getTaskService().complete(id, variables);
  }

  private List<Job> noticeTimers(ProcessInstance pi) {
    return engine.getManagementService().createJobQuery().processInstanceId(pi.getId())
        .activityId(TIMER_UNIT_REPORT_NOTICE).list();
  }

  private void runNoticeTimer(ProcessInstance pi) {
    Job job = noticeTimers(pi).get(0);
    ClockUtil.setCurrentTime(job.getDuedate());
    engine.getManagementService().executeJob(job.getId());
  }

  private static Date day(int year, int month, int day) {
    return VietnamTime.endOf(java.time.LocalDate.of(year, month, day));
  }

  private static void at(int year, int month, int day, int hour) {
    ClockUtil.setCurrentTime(Date.from(LocalDateTime.of(year, month, day, hour, 0).atZone(VietnamTime.ZONE)
        .toInstant()));
  }
}
