package vn.cchcflow.tasklifecycle.process;

import static vn.cchcflow.tasklifecycle.PlanTaskProcess.DELIVERABLE_ID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.cchcflow.system.VietnamTime;
import vn.cchcflow.tasklifecycle.TaskRecord;

/** Task_RecordDeliverable: every part of the deliverable is settled; the record notes when. */
@Component
public class RecordDeliverableDelegate implements JavaDelegate {

  private final TaskRecord record;

  public RecordDeliverableDelegate(TaskRecord record) {
    this.record = record;
  }

  @Override
  public void execute(DelegateExecution execution) {
    record.completeDeliverable(((Number) execution.getVariable(DELIVERABLE_ID)).longValue(),
        VietnamTime.now().toInstant());
  }
}
