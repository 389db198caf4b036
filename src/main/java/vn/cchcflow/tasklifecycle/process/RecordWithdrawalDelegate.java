package vn.cchcflow.tasklifecycle.process;

import static vn.cchcflow.tasklifecycle.PlanTaskProcess.PLAN_TASK_ID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.cchcflow.system.VietnamTime;
import vn.cchcflow.tasklifecycle.TaskRecord;

/**
 * Task_RecordWithdrawal: an amendment dropped the task ("đã bãi bỏ"); its unfinished deliverables leave
 * the figures from now on. Who dropped it and why is in the plan's audit trail.
 */
@Component
public class RecordWithdrawalDelegate implements JavaDelegate {

  private final TaskRecord record;

  public RecordWithdrawalDelegate(TaskRecord record) {
    this.record = record;
  }

  @Override
  public void execute(DelegateExecution execution) {
    record.withdrawTask(((Number) execution.getVariable(PLAN_TASK_ID)).longValue(), VietnamTime.now().toInstant());
  }
}
