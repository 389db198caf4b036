package vn.cchcflow.bench;

import static vn.cchcflow.tasklifecycle.PlanTaskProcess.*;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import vn.cchcflow.organisation.UnitGroups;
import vn.cchcflow.report.PeriodReportProcess;
import vn.cchcflow.system.VietnamTime;
import vn.cchcflow.tasklifecycle.PlanTaskProcess;

/**
 * The product's people at work through the engine's Java API: each open step of PlanTaskProcess is completed
 * by the person it belongs to (its assignee, else a candidate user, else a member of its candidate group),
 * authenticated with their groups and commune (tenant), with the fields of the step's form, authorization on
 * and the FactGuard judging every command, exactly as the engine REST API would run it.
 */
final class ProductCity {

  private final TaskService tasks;
  private final IdentityService identity;
  private final ManagementService management;
  private final Map<String, String> firstMember = new ConcurrentHashMap<>();
  private final Map<String, String> officerOf = new ConcurrentHashMap<>();
  private final Map<String, List<String>> groupsOf = new ConcurrentHashMap<>();
  private final Map<String, List<String>> tenantsOf = new ConcurrentHashMap<>();
  final AtomicLong completeNanos = new AtomicLong();
  final AtomicLong retries = new AtomicLong();
  /** Per process definition key of the jobs fired: how many, and nanoseconds inside executeJob. */
  final Map<String, long[]> jobNanos = new ConcurrentHashMap<>();
  private final Map<String, String> activityOfJobDefinition = new ConcurrentHashMap<>();

  ProductCity(ProcessEngine engine) {
    this.tasks = engine.getTaskService();
    this.identity = engine.getIdentityService();
    this.management = engine.getManagementService();
  }

  /** Every open user task of the lifecycles (of one commune's tenant when given), oldest first. */
  List<Task> openTasks(String tenant) {
    var query = tasks.createTaskQuery().processDefinitionKey(KEY);
    if (tenant != null) {
      query.tenantIdIn(tenant);
    }
    return query.orderByTaskCreateTime().asc().list();
  }

  /** Completes the tasks, in parallel; returns how many. */
  long completeAll(Parallel pool, List<Task> tasks) throws Exception {
    // one lifecycle's steps on one thread (contiguous slices), as its people would work them one after another
    List<Task> open = tasks.stream().sorted(java.util.Comparator.comparing(Task::getProcessInstanceId)).toList();
    return pool.run(open.size(), i -> {
      complete(open.get(i));
      return 1;
    });
  }

  void complete(Task task) {
    String user = person(task);
    Map<String, Object> fields = fields(task);
    identity.setAuthentication(user, groupsOf.computeIfAbsent(user, u -> identity.createGroupQuery().groupMember(u)
        .list().stream().map(Group::getId).toList()), tenantsOf.computeIfAbsent(user, u -> identity
        .createTenantQuery().userMember(u).includingGroupsOfUser(true).list().stream().map(Tenant::getId).toList()));
    long t0 = System.nanoTime();
    try {
      for (int attempt = 1; ; attempt++) {
        try {
          tasks.complete(task.getId(), fields);
          break;
        } catch (org.camunda.bpm.engine.OptimisticLockingException e) {
          // the slice boundary split a lifecycle over two threads: the person tries again, as in Tasklist
          retries.incrementAndGet();
          if (attempt == 5) {
            throw e;
          }
        }
      }
    } finally {
      completeNanos.addAndGet(System.nanoTime() - t0);
      identity.clearAuthentication();
    }
  }

  private String person(Task task) {
    if (task.getAssignee() != null) {
      return task.getAssignee();
    }
    List<IdentityLink> links = tasks.getIdentityLinksForTask(task.getId());
    for (IdentityLink link : links) {
      if ("candidate".equals(link.getType()) && link.getUserId() != null) {
        return link.getUserId();
      }
    }
    for (IdentityLink link : links) {
      if ("candidate".equals(link.getType()) && link.getGroupId() != null) {
        return firstMember.computeIfAbsent(link.getGroupId(), g -> identity.createUserQuery().memberOfGroup(g)
            .orderByUserId().asc().list().get(0).getId());
      }
    }
    throw new IllegalStateException("nobody holds task " + task.getTaskDefinitionKey() + " " + task.getId());
  }

  private Map<String, Object> fields(Task task) {
    String today = DateTimeFormatter.ofPattern("dd/MM/yyyy").format(VietnamTime.today());
    return switch (task.getTaskDefinitionKey()) {
      case TASK_ASSIGN_OFFICER -> Map.of(OFFICER, officer(task));
      case TASK_EXECUTE_TASK -> Map.of(PROGRESS_NOTE, "Đã dự thảo và lấy ý kiến các đơn vị");
      case TASK_PROVIDE_SUPPORT_INPUT -> Map.of(SUPPORT_INPUT, "Đã cung cấp số liệu của đơn vị");
      case TASK_SIGN_OFF -> Map.of(SIGN_OFF_DECISION, APPROVE);
      case TASK_SUBMIT_DELIVERABLE -> Map.of(DOCUMENT_NUMBER, "15/BC-UBND", DOCUMENT_DATE, today,
          DELIVERABLE_SUMMARY, "Báo cáo kết quả thực hiện", DELIVERABLE_LINK, "https://vanban.example.vn/15");
      case TASK_REVIEW_DELIVERABLE -> Map.of(REVIEW_DECISION, APPROVE, REVIEW_COMMENT, "Đạt yêu cầu");
      case TASK_REPORT_PROGRESS -> Map.of("progressDone", "Đã triển khai theo kế hoạch", "progressPercent", 50L);
      case TASK_SET_DEADLINE -> Map.of(NEW_DUE_DATE, DateTimeFormatter.ofPattern("dd/MM/yyyy")
          .format(LocalDate.of(VietnamTime.today().getYear(), 11, 30).isAfter(VietnamTime.today())
              ? LocalDate.of(VietnamTime.today().getYear(), 11, 30) : VietnamTime.today().plusDays(20)));
      case PeriodReportProcess.TASK_FILE_UNIT_REPORT -> unitReport(task);
      case PeriodReportProcess.TASK_CONSOLIDATE_REPORT -> Map.of(PeriodReportProcess.ASSESSMENT,
          "Cơ bản hoàn thành kế hoạch trong kỳ.");
      case PeriodReportProcess.TASK_APPROVE_REPORT -> Map.of(PeriodReportProcess.APPROVAL_DECISION,
          PeriodReportProcess.APPROVE);
      default -> throw new IllegalStateException("no form for " + task.getTaskDefinitionKey());
    };
  }

  /** A unit's period report: a result for each of its areas, a reason and a new date for each late task. */
  private Map<String, Object> unitReport(Task task) {
    Map<String, Object> slots = tasks.getVariablesLocal(task.getId());
    Map<String, Object> answers = new java.util.HashMap<>();
    String newDue = DateTimeFormatter.ofPattern("d/M/uuuu").format(VietnamTime.today().plusDays(15));
    for (int i = 1; i <= 12; i++) {
      if (slots.get(PeriodReportProcess.UnitForm.AREA_NAME + i) != null) {
        answers.put(PeriodReportProcess.UnitForm.AREA_RESULT + i, "Hoàn thành các nhiệm vụ trong kỳ.");
      }
      if (slots.get(PeriodReportProcess.UnitForm.OVERDUE_TASK + i) != null) {
        answers.put(PeriodReportProcess.UnitForm.OVERDUE_REASON + i, "Chờ ý kiến của cơ quan cấp trên.");
        answers.put(PeriodReportProcess.UnitForm.OVERDUE_NEW_DUE + i, newDue);
      }
    }
    return answers;
  }

  /**
   * The open steps of the period reports the schedule opened that their people take up now: a unit files its
   * report once its reminders, and the first escalation, have gone out ({@code lateDays} after the due day);
   * consolidation and approval are done as soon as they open.
   */
  List<Task> openReportTasks(int lateDays) {
    Date now = ClockUtil.getCurrentTime();
    return tasks.createTaskQuery().processDefinitionKey(PeriodReportProcess.KEY).orderByTaskCreateTime().asc()
        .list().stream().filter(t -> !PeriodReportProcess.TASK_FILE_UNIT_REPORT.equals(t.getTaskDefinitionKey())
            || t.getDueDate() != null && now.getTime() > t.getDueDate().getTime() + lateDays * 86_400_000L)
        .toList();
  }

  /** An officer of the unit whose head assigns (the head group is the unit group plus "head"). */
  private String officer(Task task) {
    String headGroup = tasks.getIdentityLinksForTask(task.getId()).stream().map(IdentityLink::getGroupId)
        .filter(g -> g != null && g.endsWith(UnitGroups.HEAD_SUFFIX)).findFirst().orElse(null);
    String head = task.getAssignee();
    String unit = headGroup == null ? null : headGroup.substring(0, headGroup.length() - UnitGroups.HEAD_SUFFIX.length());
    if (unit == null) {
      throw new IllegalStateException("no head group on " + task.getId());
    }
    return officerOf.computeIfAbsent(unit, u -> identity.createUserQuery().memberOfGroup(u).orderByUserId().asc()
        .list().stream().map(User::getId).filter(id -> !id.equals(head) && !id.endsWith("tp")).findFirst()
        .orElse(head));
  }

  /** The next timer due, or null. */
  Date nextTimer() {
    List<Job> next = management.createJobQuery().timers().orderByJobDuedate().asc().listPage(0, 1);
    return next.isEmpty() ? null : next.get(0).getDuedate();
  }

  /** Executes every job executable now (timers and what they continue asynchronously), as the job executor would. */
  long fireDue(Parallel pool) throws Exception {
    long fired = 0;
    List<Job> due;
    while (!(due = management.createJobQuery().executable().list().stream()
        .filter(j -> !(j instanceof org.camunda.bpm.engine.impl.persistence.entity.JobEntity e)
            || !"history-cleanup".equals(e.getJobHandlerType())).toList()).isEmpty()) {
      List<Job> jobs = due;
      fired += pool.run(jobs.size(), i -> {
        long t0 = System.nanoTime();
        String kind = kind(jobs.get(i));
        StatementCounter.KIND.set(kind);
        try {
          management.executeJob(jobs.get(i).getId());
        } finally {
          StatementCounter.KIND.remove();
        }
        long[] own = jobNanos.computeIfAbsent(kind, k -> new long[2]);
        synchronized (own) {
          own[0]++;
          own[1] += System.nanoTime() - t0;
        }
        return 1;
      });
      if (fired > 1_000_000) {
        throw new IllegalStateException("jobs keep coming");
      }
    }
    return fired;
  }

  /** Notice jobs fired per second of the pool's threads' time inside executeJob (as on {@code threads} threads). */
  double noticeRate(int threads) {
    long n = 0;
    long nanos = 0;
    for (Map.Entry<String, long[]> e : jobNanos.entrySet()) {
      if (isNotice(e.getKey())) {
        n += e.getValue()[0];
        nanos += e.getValue()[1];
      }
    }
    return n == 0 ? Double.NaN : n / (nanos / 1e9 / threads);
  }

  /** The notice timers: a reminder or escalation on an open step, the work of the bare reference's timer. */
  static final Set<String> NOTICE_TIMERS = Set.of(PeriodReportProcess.TIMER_UNIT_REPORT_NOTICE,
      PlanTaskProcess.TIMER_EVENT_NOTICE_DUE, PlanTaskProcess.BOUNDARY_EVENT_REVIEW_WAITING,
      PlanTaskProcess.BOUNDARY_EVENT_SUPPORT_INPUT_REMINDER_DUE);

  /** A job's kind: its process and the activity that created it ("PeriodReportProcess TimerEvent_UnitReportNotice"). */
  String kind(Job job) {
    String activity = job.getJobDefinitionId() == null ? null : activityOfJobDefinition.computeIfAbsent(
        job.getJobDefinitionId(), id -> management.createJobDefinitionQuery().jobDefinitionId(id).singleResult()
            .getActivityId());
    return job.getProcessDefinitionKey() + " " + activity;
  }

  static boolean isNotice(String kind) {
    return NOTICE_TIMERS.contains(kind.substring(kind.indexOf(' ') + 1));
  }

  static Date at(LocalDate day, int hour) {
    return Date.from(day.atTime(hour, 0).atZone(VietnamTime.ZONE).toInstant());
  }

  static void clock(Date at) {
    ClockUtil.setCurrentTime(at);
  }
}
