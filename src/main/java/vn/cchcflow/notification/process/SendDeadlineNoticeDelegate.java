package vn.cchcflow.notification.process;

import static vn.cchcflow.tasklifecycle.PlanTaskProcess.DELIVERABLE_ID;
import static vn.cchcflow.tasklifecycle.PlanTaskProcess.LAST_NOTICE_KEY;

import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.cchcflow.notification.DeadlineNotices;
import vn.cchcflow.system.VietnamTime;
import vn.cchcflow.tasklifecycle.TaskRecord;

/**
 * Task_SendDeadlineNotice: writes the latest due reminder or escalation of the deliverable to the outbox
 * (in this engine step's transaction) and remembers it, so it is never written again.
 */
@Component
public class SendDeadlineNoticeDelegate implements JavaDelegate {

  private final DeadlineNotices notices;
  private final TaskRecord record;

  public SendDeadlineNoticeDelegate(DeadlineNotices notices, TaskRecord record) {
    this.notices = notices;
    this.record = record;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long deliverableId = ((Number) execution.getVariable(DELIVERABLE_ID)).longValue();
    LocalDate due = record.deliverable(deliverableId).due();
    notices.ladder(execution.getTenantId())
        .dueNow(due, VietnamTime.zonedNow(), (String) execution.getVariable(LAST_NOTICE_KEY))
        .ifPresent(step -> {
          notices.sendStep(execution, step, deliverableId);
          execution.setVariableLocal(LAST_NOTICE_KEY, step.key(due)); // as NEXT_NOTICE_AT, see PlanNextNoticeDelegate
        });
  }
}
