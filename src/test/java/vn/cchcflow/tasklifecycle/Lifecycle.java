package vn.cchcflow.tasklifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static vn.cchcflow.tasklifecycle.PlanTaskProcess.*;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import vn.cchcflow.organisation.Commune;
import vn.cchcflow.organisation.CommuneDirectory;
import vn.cchcflow.organisation.IdentitySync;
import vn.cchcflow.organisation.Unit;
import vn.cchcflow.schedule.Schedule;
import vn.cchcflow.system.VietnamTime;

/**
 * The people of xã Nam An Phụ working plan tasks through PlanTaskProcess in an engine test, with the real
 * beans on an in-memory task record, and the clock.
 */
public final class Lifecycle {

  public static final CommuneDirectory COMMUNES = CommuneDirectory.fromLocation("classpath:communes/namanphu.yaml");
  public static final Commune NAM_AN_PHU = COMMUNES.find("namanphu").orElseThrow();
  public static final LocalDate PERIOD_START = LocalDate.of(2026, 1, 1);
  /** The plan's report days (quarterly, before day 05 of each quarter's last month). */
  public static final List<LocalDate> REPORT_DAYS = List.of(LocalDate.of(2026, 3, 4), LocalDate.of(2026, 6, 4),
      LocalDate.of(2026, 9, 4), LocalDate.of(2026, 12, 4));

  private static final AtomicLong TASK_IDS = new AtomicLong(100);

  public final ProcessEngine engine;
  public final PlanTaskProcessMocks.Wiring wiring;

  public Lifecycle(ProcessEngine engine) {
    this.engine = engine;
    new IdentitySync(engine.getIdentityService(), "").sync(NAM_AN_PHU);
    this.wiring = PlanTaskProcessMocks.register(engine, COMMUNES);
  }

  public InMemoryTaskRecord record() {
    return wiring.record();
  }

  // --- starting plan tasks ---

  public ProcessInstance start(String number, String content, List<String> leads, List<String> externalLeads,
                               List<String> supports, Schedule schedule, LocalDate due) {
    PlanTaskStart task = new PlanTaskStart(NAM_AN_PHU, 1L, TASK_IDS.incrementAndGet(), "KH-CCHC-2026",
        "Kế hoạch cải cách hành chính nhà nước xã Nam An Phụ năm 2026", number, "I. Chỉ đạo điều hành", content,
        units(leads), externalLeads, units(supports), List.of(), "Quý I/2026", due, "Báo cáo", schedule,
        PERIOD_START, REPORT_DAYS);
    wiring.subjects().put(task.planTaskId(), new vn.cchcflow.notification.NoticeSubjects.Subject(number,
        task.planTitle(), task.deadlineText()));
    String id = wiring.starter().start(task);
    return engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(id).singleResult();
  }

  public ProcessInstance start(String number, List<String> leads, List<String> supports, LocalDate due) {
    return start(number, "Xây dựng Báo cáo CCHC hàng quý", leads, List.of(), supports,
        due == null ? null : Schedule.dueBy(due), due);
  }

  public long planTaskId(ProcessInstance pi) {
    return ((Number) engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(pi.getId())
        .variableName(PLAN_TASK_ID).singleResult().getValue()).longValue();
  }

  public List<DeliverableView> deliverables(ProcessInstance pi) {
    return record().deliverables(planTaskId(pi));
  }

  private static List<Unit> units(List<String> codes) {
    return codes.stream().map(code -> NAM_AN_PHU.unit(code).orElseThrow()).toList();
  }

  // --- the people ---

  public void headAssigns(Task assign, String officer) {
    complete(assign, withVariables(OFFICER, officer));
  }

  public void supportGives(Task support) {
    complete(support, withVariables(SUPPORT_INPUT, "ý kiến phối hợp"));
  }

  public void officerExecutes(Task execute) {
    complete(execute, withVariables(PROGRESS_NOTE, "Đã dự thảo"));
  }

  public void headSignsOff(Task signOff) {
    complete(signOff, withVariables(SIGN_OFF_DECISION, APPROVE));
  }

  public void officerSubmits(Task submit) {
    complete(submit, withVariables(DOCUMENT_NUMBER, "15/BC-UBND", DOCUMENT_DATE, "20/03/2026",
        DELIVERABLE_SUMMARY, "Báo cáo quý I", DELIVERABLE_LINK, "https://vanban.example.vn/15"));
  }

  public void reviewerDecides(Task review, String decision, String comment) {
    complete(review, withVariables(REVIEW_DECISION, decision, REVIEW_COMMENT, comment));
  }

  /** Execution, sign-off and submission of the only open part. */
  public void officerWorksThrough() {
    officerExecutes(single(TASK_EXECUTE_TASK));
    headSignsOff(single(TASK_SIGN_OFF));
    officerSubmits(single(TASK_SUBMIT_DELIVERABLE));
  }

  /** Every step of the only open part, approved. */
  public void completeEveryStep(String officer) {
    headAssigns(single(TASK_ASSIGN_OFFICER), officer);
    officerWorksThrough();
    reviewerDecides(single(TASK_REVIEW_DELIVERABLE), APPROVE, "Đạt");
  }

  public void complete(Task task, java.util.Map<String, Object> variables) {
    engine.getTaskService().complete(task.getId(), variables);
  }

  // --- looking ---

  public Task single(String activityId) {
    List<Task> found = tasks(activityId);
    assertThat(found).as("open tasks at %s", activityId).hasSize(1);
    return found.get(0);
  }

  public List<Task> tasks(String activityId) {
    return engine.getTaskService().createTaskQuery().taskDefinitionKey(activityId).orderByTaskCreateTime().asc()
        .list();
  }

  public List<String> candidateGroups(Task task) {
    return engine.getTaskService().getIdentityLinksForTask(task.getId()).stream()
        .filter(link -> "candidate".equals(link.getType()) && link.getGroupId() != null)
        .map(IdentityLink::getGroupId).toList();
  }

  public List<String> candidateUsers(Task task) {
    return engine.getTaskService().getIdentityLinksForTask(task.getId()).stream()
        .filter(link -> "candidate".equals(link.getType()) && link.getUserId() != null)
        .map(IdentityLink::getUserId).toList();
  }

  public Object local(Task task, String variable) {
    return engine.getTaskService().getVariableLocal(task.getId(), variable);
  }

  public Job job(ProcessInstance pi, String activity) {
    Job job = engine.getManagementService().createJobQuery().processInstanceId(pi.getId()).activityId(activity)
        .singleResult();
    assertThat(job).as("timer at %s", activity).isNotNull();
    return job;
  }

  public List<Job> jobs(ProcessInstance pi, String activity) {
    return engine.getManagementService().createJobQuery().processInstanceId(pi.getId()).activityId(activity)
        .orderByJobDuedate().asc().list();
  }

  /** Moves the clock to the job's due time and runs it. */
  public void fire(Job job) {
    ClockUtil.setCurrentTime(job.getDuedate());
    engine.getManagementService().executeJob(job.getId());
  }

  // --- the clock ---

  public static void at(int year, int month, int day, int hour, int minute) {
    ClockUtil.setCurrentTime(time(year, month, day, hour, minute));
  }

  public static Date time(int year, int month, int day, int hour, int minute) {
    return Date.from(LocalDateTime.of(year, month, day, hour, minute).atZone(VietnamTime.ZONE).toInstant());
  }

  public static Date time(LocalDate day, int hour, int minute) {
    return time(day.getYear(), day.getMonthValue(), day.getDayOfMonth(), hour, minute);
  }
}
