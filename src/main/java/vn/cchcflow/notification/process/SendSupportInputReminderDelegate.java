package vn.cchcflow.notification.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.cchcflow.notification.DeadlineNotices;
import vn.cchcflow.system.VietnamTime;
import vn.cchcflow.tasklifecycle.TaskRecordSteps;

/** Task_SendSupportInputReminder: reminds the support units still owing input that it is due. */
@Component
public class SendSupportInputReminderDelegate implements JavaDelegate {

  private final DeadlineNotices notices;
  private final TaskRecordSteps steps;

  public SendSupportInputReminderDelegate(DeadlineNotices notices, TaskRecordSteps steps) {
    this.notices = notices;
    this.steps = steps;
  }

  @Override
  public void execute(DelegateExecution execution) {
    var due = steps.supportDueDate(execution);
    notices.sendSupportInputReminder(execution, TaskRecordSteps.partOf(execution),
        due == null ? VietnamTime.today() : VietnamTime.dayOf(due));
  }
}
