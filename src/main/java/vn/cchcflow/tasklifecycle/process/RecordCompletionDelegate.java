package vn.cchcflow.tasklifecycle.process;

import static vn.cchcflow.tasklifecycle.PlanTaskProcess.COMPLETED_AT;
import static vn.cchcflow.tasklifecycle.PlanTaskProcess.DUE_DATE;
import static vn.cchcflow.tasklifecycle.PlanTaskProcess.OUTCOME;

import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.cchcflow.system.VietnamTime;
import vn.cchcflow.tasklifecycle.TaskStatus;

/** Task_RecordCompletion: every part is approved; records when, and whether that was on time. */
@Component
public class RecordCompletionDelegate implements JavaDelegate {

  @Override
  public void execute(DelegateExecution execution) {
    Date completedAt = VietnamTime.now();
    Date due = (Date) execution.getVariable(DUE_DATE);
    TaskStatus outcome = TaskStatus.completed(due == null ? null : VietnamTime.dayOf(due), completedAt);
    execution.setVariable(COMPLETED_AT, completedAt);
    execution.setVariable(OUTCOME, outcome.name());
  }
}
