package vn.cchcflow.tasklifecycle;

import static vn.cchcflow.tasklifecycle.PlanTaskProcess.*;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.runtime.EventSubscription;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import vn.cchcflow.system.EngineAsSystem;
import vn.cchcflow.system.Messages;
import vn.cchcflow.system.OfficialRefusal;

/**
 * Sets or moves a deliverable's due date: the record, the due and follow-up dates of its open steps, and
 * its deadline watch, which starts again from the new date (reminders that already passed for it are
 * caught up as one notice, not several). Every change is published for the audit trail.
 */
@Component
public class TaskDeadlines {

  private final TaskRecord record;
  private final TaskRecordSteps steps;
  private final OpenSteps openSteps;
  private final RuntimeService runtime;
  private final TaskService tasks;
  private final IdentityService identity;
  private final Messages messages;
  private final ApplicationEventPublisher events;

  public TaskDeadlines(TaskRecord record, TaskRecordSteps steps, OpenSteps openSteps, RuntimeService runtime,
                       TaskService tasks, IdentityService identity, Messages messages,
                       ApplicationEventPublisher events) {
    this.record = record;
    this.steps = steps;
    this.openSteps = openSteps;
    this.runtime = runtime;
    this.tasks = tasks;
    this.identity = identity;
    this.messages = messages;
    this.events = events;
  }

  /**
   * The plan task's deadline moves (the plan was amended, or the awaited event's date is known): its
   * unfinished result (or a standing duty's final assessment) is due on {@code due}. Authorized by the
   * caller, who is recorded as having changed it. A recurring task's dates are changed by amending its
   * schedule, not here.
   */
  public void change(long planTaskId, String processInstanceId, LocalDate due, String reason, String documentRef) {
    List<DeliverableView> open = record.deliverables(planTaskId).stream()
        .filter(d -> !d.isSettled() && d.kind() != DeliverableKind.PROGRESS_REPORT).toList();
    if (open.size() > 1) {
      throw new OfficialRefusal(OfficialRefusal.Kind.CONFLICT, messages.get("task.deadline.recurring"));
    }
    if (open.isEmpty()) {
      throw new OfficialRefusal(OfficialRefusal.Kind.CONFLICT, messages.get("task.deadline.finished"));
    }
    String by = currentUser();
    EngineAsSystem.run(identity, () -> move(planTaskId, processInstanceId, open.get(0), due, by, reason, documentRef));
  }

  /** From Task_ApplyDeadline, inside the engine step, by the person who completed "Xác định thời hạn". */
  public void setInStep(DelegateExecution execution, long deliverableId, LocalDate due) {
    DeliverableView deliverable = record.deliverable(deliverableId);
    record.changeDue(deliverableId, due);
    moveOpenSteps(execution.getProcessInstanceId(), deliverableId, due);
    events.publishEvent(new TaskDeadlineChanged(deliverable.planTaskId(), deliverableId, deliverable.due(), due,
        currentUser(), messages.get("task.deadline.setInStep"), null));
  }

  private void move(long planTaskId, String processInstanceId, DeliverableView deliverable, LocalDate due, String by,
                    String reason, String documentRef) {
    record.changeDue(deliverable.id(), due);
    moveOpenSteps(processInstanceId, deliverable.id(), due);
    events.publishEvent(new TaskDeadlineChanged(planTaskId, deliverable.id(), deliverable.due(), due, by, reason,
        documentRef));
    Task waiting = openSteps.ofDeliverable(processInstanceId, deliverable.id()).stream()
        .filter(t -> TASK_SET_DEADLINE.equals(t.getTaskDefinitionKey())).findFirst().orElse(null);
    if (waiting != null) {
      tasks.complete(waiting.getId());
      return;
    }
    for (EventSubscription watch : runtime.createEventSubscriptionQuery().processInstanceId(processInstanceId)
        .eventName(MESSAGE_DEADLINE_CHANGED).list()) {
      // the watch re-plans from the new date; its ladder needs no reset: the last notice's key names the due
      // date it was sent for (NoticeStep.key), so the new date's rungs are all unsent
      if (Objects.equals(openSteps.idOf(watch.getExecutionId(), DELIVERABLE_ID), deliverable.id())) {
        runtime.messageEventReceived(MESSAGE_DEADLINE_CHANGED, watch.getExecutionId());
      }
    }
  }

  private void moveOpenSteps(String processInstanceId, long deliverableId, LocalDate due) {
    for (Task task : openSteps.ofDeliverable(processInstanceId, deliverableId)) {
      if (TASK_SET_DEADLINE.equals(task.getTaskDefinitionKey())) {
        continue;
      }
      LocalDate stepDue = TASK_PROVIDE_SUPPORT_INPUT.equals(task.getTaskDefinitionKey()) ? steps.supportDueFor(due) : due;
      task.setDueDate(DueTimes.dueAt(stepDue));
      task.setFollowUpDate(DueTimes.followUpAt(stepDue));
      tasks.saveTask(task);
    }
  }

  private String currentUser() {
    Authentication auth = identity.getCurrentAuthentication();
    return auth == null ? "system" : auth.getUserId();
  }
}
