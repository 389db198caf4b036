package vn.cchcflow.plan;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.cchcflow.tasklifecycle.TaskDeadlineChanged;

/**
 * A deliverable's due date was set or moved: the plan task's fact follows and the audit trail records who
 * did it and why, in the same transaction. (A recurring task's occurrences keep the task's own date.)
 */
@Component
class PlanTaskDeadlineRecorder {

  private final PlanTaskRepository tasks;
  private final AuditTrail audit;

  PlanTaskDeadlineRecorder(PlanTaskRepository tasks, AuditTrail audit) {
    this.tasks = tasks;
    this.audit = audit;
  }

  @EventListener
  void on(TaskDeadlineChanged change) {
    tasks.findById(change.planTaskId()).ifPresent(task -> {
      FactChange.Act act = change.oldDue() == null ? FactChange.Act.DEADLINE_SET : FactChange.Act.DEADLINE_CHANGE;
      audit.record(task.getPlan(), task.getNumber(), act, "dueDate", change.oldDue(), change.newDue(),
          change.reason(), change.documentRef(), change.changedBy());
      task.setDueDate(change.newDue());
    });
  }
}
