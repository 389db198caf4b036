package vn.cchcflow.notification;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.task.Task;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import vn.cchcflow.organisation.Commune;
import vn.cchcflow.organisation.CommuneDirectory;
import vn.cchcflow.schedule.WorkingCalendar;
import vn.cchcflow.system.VietnamTime;
import vn.cchcflow.tasklifecycle.PlanTaskProcess;

/**
 * Writes the e-mails a task's deadline causes (reminder, escalation, check-in reminder) into the outbox,
 * addressed and worded from the task's process variables.
 */
@Component
public class DeadlineNotices {

  private static final DateTimeFormatter VN_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
  private static final List<String> LEVELS = List.of("", "cán bộ thực hiện và lãnh đạo đơn vị chủ trì",
      "cơ quan thường trực", "lãnh đạo UBND");

  private final CommuneDirectory communes;
  private final WorkingCalendar calendar;
  private final Outbox outbox;
  private final String publicUrl;

  public DeadlineNotices(CommuneDirectory communes, WorkingCalendar calendar, Outbox outbox,
                         @Value("${cchc.public-url:http://localhost:8080}") String publicUrl) {
    this.communes = communes;
    this.calendar = calendar;
    this.outbox = outbox;
    this.publicUrl = publicUrl.replaceAll("/+$", "");
  }

  public NoticeLadder ladder(String communeId) {
    NoticePolicy policy = communes.find(communeId).map(Commune::reminders).map(NoticePolicy::of)
        .orElse(NoticePolicy.DEFAULT);
    return new NoticeLadder(policy, calendar);
  }

  /** A reminder or escalation for the task's due date. */
  public boolean sendStep(DelegateExecution execution, NoticeStep step, LocalDate due) {
    TaskFacts facts = TaskFacts.of(execution);
    NoticeAudience audience = audience(execution);
    List<Recipient> recipients = audience.of(execution.getProcessInstanceId(), facts.commune(), facts.partUnits(),
        facts.coordinatingUnit(), step.kind() == NoticeStep.Kind.ESCALATION ? step.level() : 0);
    Map<String, String> values = values(execution, facts, recipients, due);
    long daysLeft = ChronoUnit.DAYS.between(VietnamTime.today(), due);
    values.put("daysLeft", String.valueOf(Math.max(daysLeft, 0)));
    values.put("daysOverdue", String.valueOf(Math.max(-daysLeft, 0)));
    values.put("levelText", LEVELS.get(Math.min(step.level(), 3)));
    String template = step.kind() == NoticeStep.Kind.REMINDER ? "reminder" : "escalation";
    return enqueue(execution, step.kind().name(), execution.getProcessInstanceId() + ":" + step.key(due), template,
        values, recipients);
  }

  /** The reminder of an open progress check-in, to the lead units. */
  public boolean sendCheckInReminder(DelegateExecution execution, LocalDate checkInDue) {
    TaskFacts facts = TaskFacts.of(execution);
    List<Recipient> recipients = audience(execution).members(facts.partUnits());
    Map<String, String> values = values(execution, facts, recipients, checkInDue);
    return enqueue(execution, "CHECK_IN_REMINDER", execution.getProcessInstanceId() + ":CHECK_IN@" + checkInDue,
        "check-in-reminder", values, recipients);
  }

  private boolean enqueue(DelegateExecution execution, String kind, String key, String template,
                          Map<String, String> values, List<Recipient> recipients) {
    String[] text = NoticeTexts.render(template, values);
    return outbox.enqueue(new Notice(key, execution.getTenantId(), execution.getProcessInstanceId(),
        values.get("taskId"), kind, recipients, text[0], text[1]));
  }

  private Map<String, String> values(DelegateExecution execution, TaskFacts facts, List<Recipient> recipients,
                                     LocalDate due) {
    List<Task> open = execution.getProcessEngineServices().getTaskService().createTaskQuery()
        .processInstanceId(execution.getProcessInstanceId()).orderByTaskCreateTime().asc().list();
    Map<String, String> values = new LinkedHashMap<>();
    values.put("names", recipients.isEmpty() ? "các đồng chí"
        : recipients.stream().map(Recipient::name).collect(Collectors.joining(", ")));
    values.put("number", facts.number());
    values.put("caption", facts.caption());
    values.put("shortContent", facts.caption().replaceFirst("^NV [^:]+: ", ""));
    values.put("planTitle", facts.planTitle());
    values.put("deadlineText", facts.deadlineText() == null ? "—" : facts.deadlineText());
    values.put("due", VN_DATE.format(due));
    values.put("steps", open.isEmpty() ? "—" : open.stream().map(DeadlineNotices::describe)
        .collect(Collectors.joining("; ")));
    String taskId = open.isEmpty() ? "" : open.get(0).getId();
    values.put("taskId", taskId);
    values.put("link", publicUrl + "/camunda/app/tasklist/default/" + (taskId.isEmpty() ? "" : "#/?task=" + taskId));
    values.put("communeName", communes.find(facts.commune()).map(Commune::name).orElse(facts.commune()));
    return values;
  }

  private static String describe(Task task) {
    String step = task.getName() == null ? task.getTaskDefinitionKey() : task.getName().split(" · ")[0];
    return task.getAssignee() == null ? step : step + " (" + task.getAssignee() + ")";
  }

  private static NoticeAudience audience(DelegateExecution execution) {
    TaskService tasks = execution.getProcessEngineServices().getTaskService();
    return new NoticeAudience(tasks, execution.getProcessEngineServices().getIdentityService());
  }

  /** The process variables a notice is written from. */
  record TaskFacts(String commune, String number, String caption, String planTitle, String deadlineText,
                   Collection<String> partUnits, String coordinatingUnit) {

    @SuppressWarnings("unchecked")
    static TaskFacts of(DelegateExecution execution) {
      return new TaskFacts(execution.getTenantId(), (String) execution.getVariable(PlanTaskProcess.TASK_NUMBER),
          (String) execution.getVariable(PlanTaskProcess.TASK_CAPTION),
          (String) execution.getVariable(PlanTaskProcess.PLAN_TITLE),
          (String) execution.getVariable(PlanTaskProcess.DEADLINE_TEXT),
          (Collection<String>) execution.getVariable(PlanTaskProcess.PART_UNITS),
          (String) execution.getVariable(PlanTaskProcess.COORDINATING_UNIT));
    }
  }
}
