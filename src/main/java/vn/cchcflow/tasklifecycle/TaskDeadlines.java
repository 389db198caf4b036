package vn.cchcflow.tasklifecycle;

import static vn.cchcflow.tasklifecycle.PlanTaskProcess.*;

import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import vn.cchcflow.system.EngineAsSystem;
import vn.cchcflow.system.VietnamTime;

/**
 * Sets or moves a task's due date: the process variables, the due and follow-up dates of its open
 * steps, and its deadline watch, which starts again from the new date (reminders that already passed
 * for it are caught up as one notice, not several).
 */
@Component
public class TaskDeadlines {

  private final RuntimeService runtime;
  private final TaskService tasks;
  private final IdentityService identity;
  private final ApplicationEventPublisher events;

  public TaskDeadlines(RuntimeService runtime, TaskService tasks, IdentityService identity,
                       ApplicationEventPublisher events) {
    this.runtime = runtime;
    this.tasks = tasks;
    this.identity = identity;
    this.events = events;
  }

  /** From the API: the plan was amended, or the awaited event's date is known. Authorized by the caller. */
  public void change(String processInstanceId, LocalDate due) {
    EngineAsSystem.run(identity, () -> {
      Task waiting = tasks.createTaskQuery().processInstanceId(processInstanceId).taskDefinitionKey(TASK_SET_DEADLINE)
          .singleResult();
      if (waiting != null) {
        tasks.complete(waiting.getId(), Variables.putValue(NEW_DUE_DATE, due.toString()));
        return;
      }
      runtime.setVariables(processInstanceId, variables(due));
      moveOpenSteps(processInstanceId, due);
      events.publishEvent(new TaskDeadlineChanged(processInstanceId, due));
      boolean watchWaits = runtime.createEventSubscriptionQuery().processInstanceId(processInstanceId)
          .eventName(MESSAGE_DEADLINE_CHANGED).count() > 0;
      if (watchWaits) {
        runtime.createMessageCorrelation(MESSAGE_DEADLINE_CHANGED).processInstanceId(processInstanceId).correlate();
      }
    });
  }

  /** From Task_ApplyDeadline, inside the engine step. */
  public void apply(DelegateExecution execution, LocalDate due) {
    execution.getProcessInstance().setVariables(variables(due));
    moveOpenSteps(execution.getProcessInstanceId(), due);
    events.publishEvent(new TaskDeadlineChanged(execution.getProcessInstanceId(), due));
  }

  private static Map<String, Object> variables(LocalDate due) {
    return Variables.createVariables()
        .putValue(DUE_DATE, VietnamTime.endOf(due))
        .putValue(FOLLOW_UP_DATE, VietnamTime.morningOf(due.minusDays(PlanTaskProcessStarter.FOLLOW_UP_DAYS_BEFORE_DUE)))
        .putValue(LAST_NOTICE_KEY, null);
  }

  private void moveOpenSteps(String processInstanceId, LocalDate due) {
    for (Task task : tasks.createTaskQuery().processInstanceId(processInstanceId).list()) {
      if (TASK_SET_DEADLINE.equals(task.getTaskDefinitionKey()) || TASK_REPORT_PROGRESS.equals(task.getTaskDefinitionKey())) {
        continue;
      }
      task.setDueDate(VietnamTime.endOf(due));
      task.setFollowUpDate(VietnamTime.morningOf(due.minusDays(PlanTaskProcessStarter.FOLLOW_UP_DAYS_BEFORE_DUE)));
      tasks.saveTask(task);
    }
  }
}
