package vn.cchcflow.notification.process;

import static vn.cchcflow.tasklifecycle.PlanTaskProcess.LAST_CHECK_IN_DUE;

import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.cchcflow.notification.DeadlineNotices;

/** Task_SendCheckInReminder: reminds the lead units that their progress check-in is due. */
@Component
public class SendCheckInReminderDelegate implements JavaDelegate {

  private final DeadlineNotices notices;

  public SendCheckInReminderDelegate(DeadlineNotices notices) {
    this.notices = notices;
  }

  @Override
  public void execute(DelegateExecution execution) {
    notices.sendCheckInReminder(execution, LocalDate.parse((String) execution.getVariable(LAST_CHECK_IN_DUE)));
  }
}
