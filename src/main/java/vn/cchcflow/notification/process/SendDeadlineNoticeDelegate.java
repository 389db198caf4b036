package vn.cchcflow.notification.process;

import static vn.cchcflow.tasklifecycle.PlanTaskProcess.DUE_DATE;
import static vn.cchcflow.tasklifecycle.PlanTaskProcess.LAST_NOTICE_KEY;

import java.time.LocalDate;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.cchcflow.notification.DeadlineNotices;
import vn.cchcflow.system.VietnamTime;

/**
 * Task_SendDeadlineNotice: writes the latest due reminder or escalation to the outbox (in this engine
 * step's transaction) and remembers it, so it is never written again.
 */
@Component
public class SendDeadlineNoticeDelegate implements JavaDelegate {

  private final DeadlineNotices notices;

  public SendDeadlineNoticeDelegate(DeadlineNotices notices) {
    this.notices = notices;
  }

  @Override
  public void execute(DelegateExecution execution) {
    LocalDate due = VietnamTime.dayOf((Date) execution.getVariable(DUE_DATE));
    notices.ladder(execution.getTenantId())
        .dueNow(due, VietnamTime.zonedNow(),
            (String) execution.getVariable(LAST_NOTICE_KEY))
        .ifPresent(step -> {
          notices.sendStep(execution, step, due);
          execution.setVariable(LAST_NOTICE_KEY, step.key(due));
        });
  }
}
