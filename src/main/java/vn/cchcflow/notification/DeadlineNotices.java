package vn.cchcflow.notification;

import static vn.cchcflow.tasklifecycle.PlanTaskProcess.CAPTION_SEPARATOR;
import static vn.cchcflow.tasklifecycle.PlanTaskProcess.PLAN_TASK_ID;
import static vn.cchcflow.tasklifecycle.PlanTaskProcess.TASK_PROVIDE_SUPPORT_INPUT;
import static vn.cchcflow.tasklifecycle.PlanTaskProcess.TASK_REVIEW_DELIVERABLE;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.task.Task;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import vn.cchcflow.organisation.Commune;
import vn.cchcflow.organisation.CommuneDirectory;
import vn.cchcflow.organisation.Unit;
import vn.cchcflow.organisation.UnitGroups;
import vn.cchcflow.schedule.WorkingCalendar;
import vn.cchcflow.system.DayFormats;
import vn.cchcflow.system.VietnamTime;
import vn.cchcflow.tasklifecycle.DeliverableView;
import vn.cchcflow.tasklifecycle.OpenSteps;
import vn.cchcflow.tasklifecycle.PartView;
import vn.cchcflow.tasklifecycle.TaskRecord;

/**
 * Writes the e-mails a deliverable's deadline causes (reminder, escalation), a support unit's input
 * reminder and a slow review's escalation into the outbox, addressed from the deliverable's open steps
 * and parts and worded from the plan task's facts.
 */
@Component
public class DeadlineNotices {

  private static final List<String> LEVELS = List.of("", "cán bộ thực hiện và lãnh đạo đơn vị chủ trì",
      "cơ quan thường trực", "lãnh đạo UBND");

  private final CommuneDirectory communes;
  private final WorkingCalendar calendar;
  private final Outbox outbox;
  private final TaskRecord record;
  private final OpenSteps openSteps;
  private final NoticeSubjects subjects;
  private final TaskService tasks;
  private final IdentityService identity;
  private final String publicUrl;

  public DeadlineNotices(CommuneDirectory communes, WorkingCalendar calendar, Outbox outbox, TaskRecord record,
                         OpenSteps openSteps, NoticeSubjects subjects, TaskService tasks, IdentityService identity,
                         @Value("${cchc.public-url:http://localhost:8080}") String publicUrl) {
    this.communes = communes;
    this.calendar = calendar;
    this.outbox = outbox;
    this.record = record;
    this.openSteps = openSteps;
    this.subjects = subjects;
    this.tasks = tasks;
    this.identity = identity;
    this.publicUrl = publicUrl.replaceAll("/+$", "");
  }

  public NoticeLadder ladder(String communeId) {
    NoticePolicy policy = communes.find(communeId).map(Commune::reminders).map(NoticePolicy::of)
        .orElse(NoticePolicy.DEFAULT);
    return new NoticeLadder(policy, calendar);
  }

  /** A reminder or escalation for a deliverable's due date. */
  public boolean sendStep(DelegateExecution execution, NoticeStep step, long deliverableId) {
    DeliverableView deliverable = record.deliverable(deliverableId);
    Commune commune = commune(execution);
    List<Task> open = openSteps.ofDeliverable(execution.getProcessInstanceId(), deliverableId);
    NoticeAudience audience = audience().holdersOf(open);
    int level = step.kind() == NoticeStep.Kind.ESCALATION ? step.level() : 0;
    if (level >= 1) {
      record.parts(deliverableId).stream().filter(PartView::isOpen)
          .forEach(part -> audience.group(UnitGroups.head(commune.id(), part.unitCode())));
    }
    if (level >= 2) {
      audience.group(UnitGroups.unit(commune.id(), commune.coordinatingUnit()));
    }
    if (level >= 3) {
      audience.group(UnitGroups.leaders(commune.id()));
    }
    LocalDate due = deliverable.due();
    Map<String, String> values = values(execution, commune, audience.recipients(), open, due);
    long daysLeft = ChronoUnit.DAYS.between(VietnamTime.today(), due);
    values.put("daysLeft", String.valueOf(Math.max(daysLeft, 0)));
    values.put("daysOverdue", String.valueOf(Math.max(-daysLeft, 0)));
    values.put("levelText", LEVELS.get(Math.min(step.level(), 3)));
    String template = step.kind() == NoticeStep.Kind.REMINDER ? "reminder" : "escalation";
    return enqueue(execution, commune, step.kind().name(),
        execution.getProcessInstanceId() + ":" + deliverableId + ":" + step.key(due), template, values,
        audience.recipients());
  }

  /** The support units still owing input to a part, a working day before it is due. */
  public boolean sendSupportInputReminder(DelegateExecution execution, long partId, LocalDate inputDue) {
    Commune commune = commune(execution);
    List<Task> open = openSteps.ofPart(execution.getProcessInstanceId(), partId).stream()
        .filter(t -> TASK_PROVIDE_SUPPORT_INPUT.equals(t.getTaskDefinitionKey())).toList();
    if (open.isEmpty()) {
      return false;
    }
    NoticeAudience audience = audience().holdersOf(open);
    Map<String, String> values = values(execution, commune, audience.recipients(), open, inputDue);
    values.put("leadUnit", unitName(commune, record.part(partId).unitCode()));
    return enqueue(execution, commune, "SUPPORT_INPUT_REMINDER",
        execution.getProcessInstanceId() + ":" + partId + ":SUPPORT_INPUT@" + inputDue, "support-input-reminder",
        values, audience.recipients());
  }

  /** A review waiting too long: its reviewers and the coordinating unit's head are told. */
  public boolean sendReviewWaiting(DelegateExecution execution, long partId, int waitingDays) {
    Commune commune = commune(execution);
    PartView part = record.part(partId);
    List<Task> open = openSteps.ofPart(execution.getProcessInstanceId(), partId).stream()
        .filter(t -> TASK_REVIEW_DELIVERABLE.equals(t.getTaskDefinitionKey())).toList();
    NoticeAudience audience = audience().holdersOf(open)
        .group(UnitGroups.head(commune.id(), commune.coordinatingUnit()));
    DeliverableView deliverable = record.deliverable(part.deliverableId());
    Map<String, String> values = values(execution, commune, audience.recipients(), open, deliverable.due());
    values.put("leadUnit", unitName(commune, part.unitCode()));
    values.put("submitted", part.submittedAt() == null ? "—"
        : DayFormats.official(VietnamTime.dayOf(java.util.Date.from(part.submittedAt()))));
    values.put("waitingDays", String.valueOf(waitingDays));
    values.put("reviewer", part.reviewer().user() != null ? part.reviewer().user()
        : unitName(commune, part.reviewer().group().substring(commune.id().length())));
    return enqueue(execution, commune, "REVIEW_WAITING", execution.getProcessInstanceId() + ":" + partId
        + ":REVIEW_WAITING@" + part.submittedAt(), "review-waiting", values, audience.recipients());
  }

  private boolean enqueue(DelegateExecution execution, Commune commune, String kind, String key, String template,
                          Map<String, String> values, List<Recipient> recipients) {
    String[] text = NoticeTexts.render(template, values);
    return outbox.enqueue(new Notice(key, commune.id(), execution.getProcessInstanceId(), values.get("taskId"), kind,
        recipients, text[0], text[1]));
  }

  private Map<String, String> values(DelegateExecution execution, Commune commune, List<Recipient> recipients,
                                     List<Task> open, LocalDate due) {
    NoticeSubjects.Subject task = subjects.of(((Number) execution.getVariable(PLAN_TASK_ID)).longValue());
    String caption = String.valueOf(execution.getVariable(vn.cchcflow.tasklifecycle.PlanTaskProcess.TASK_CAPTION));
    Map<String, String> values = new LinkedHashMap<>();
    values.put("names", recipients.isEmpty() ? "các đồng chí"
        : recipients.stream().map(Recipient::name).collect(Collectors.joining(", ")));
    values.put("number", task.number());
    values.put("caption", caption);
    values.put("shortContent", caption.replaceFirst("^NV [^:]+: ", ""));
    values.put("planTitle", task.planTitle());
    values.put("deadlineText", task.deadlineText() == null ? "—" : task.deadlineText());
    values.put("due", due == null ? "—" : DayFormats.official(due));
    values.put("steps", open.isEmpty() ? "—" : open.stream().map(DeadlineNotices::describe)
        .collect(Collectors.joining("; ")));
    String taskId = open.isEmpty() ? "" : open.get(0).getId();
    values.put("taskId", taskId);
    values.put("link", publicUrl + "/camunda/app/tasklist/default/" + (taskId.isEmpty() ? "" : "#/?task=" + taskId));
    values.put("communeName", commune.name());
    return values;
  }

  private static String describe(Task task) {
    String step = task.getName() == null ? task.getTaskDefinitionKey() : task.getName().split(CAPTION_SEPARATOR)[0];
    return task.getAssignee() == null ? step : step + " (" + task.getAssignee() + ")";
  }

  private NoticeAudience audience() {
    return new NoticeAudience(tasks, identity);
  }

  private Commune commune(DelegateExecution execution) {
    return communes.find(execution.getTenantId()).orElseThrow();
  }

  private static String unitName(Commune commune, String code) {
    return commune.unit(code).map(Unit::name).orElse(code);
  }
}
