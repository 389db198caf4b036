package vn.cchcflow.tasklifecycle.process;

import static vn.cchcflow.tasklifecycle.PlanTaskProcess.OUTCOME;
import static vn.cchcflow.tasklifecycle.PlanTaskProcess.PLAN_TASK_ID;

import java.time.Instant;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;
import vn.cchcflow.system.VietnamTime;
import vn.cchcflow.tasklifecycle.TaskRecord;
import vn.cchcflow.tasklifecycle.TaskStatus;

/**
 * Task_RecordCompletion: the task is finished. Its outcome is the record's: on time when every
 * deliverable was submitted in time (a standing duty's missing progress report makes it late). The
 * outcome only routes the model to its end event; the record is what the figures read.
 */
@Component
public class RecordCompletionDelegate implements JavaDelegate {

  private final TaskRecord record;

  public RecordCompletionDelegate(TaskRecord record) {
    this.record = record;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Instant now = VietnamTime.now().toInstant();
    boolean onTime = record.deliverables(((Number) execution.getVariable(PLAN_TASK_ID)).longValue()).stream()
        .map(d -> d.status(now)).filter(TaskStatus::isCounted).allMatch(s -> s == TaskStatus.DONE_ON_TIME);
    execution.setVariableLocal(OUTCOME,
        Variables.stringValue((onTime ? TaskStatus.DONE_ON_TIME : TaskStatus.DONE_LATE).name(), true));
  }
}
