package vn.cchcflow.plan;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.cchcflow.tasklifecycle.TaskDeadlineChanged;

/** Keeps the plan's task list in step when a task's due date is set or moved (same transaction). */
@Component
class PlanTaskDeadlineRecorder {

  private final PlanTaskRepository tasks;

  PlanTaskDeadlineRecorder(PlanTaskRepository tasks) {
    this.tasks = tasks;
  }

  @EventListener
  void on(TaskDeadlineChanged change) {
    tasks.findByProcessInstanceId(change.processInstanceId()).ifPresent(task -> task.setDueDate(change.dueDate()));
  }
}
