package vn.cchcflow.notification.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.cchcflow.notification.DeadlineNotices;
import vn.cchcflow.tasklifecycle.LifecycleSettings;
import vn.cchcflow.tasklifecycle.TaskRecordSteps;

/**
 * Task_SendReviewWaitingNotice: a submission has waited for review longer than the commune allows; the
 * reviewers and the coordinating unit's head are told (the unit's on-time record is not affected).
 */
@Component
public class SendReviewWaitingNoticeDelegate implements JavaDelegate {

  private final DeadlineNotices notices;
  private final LifecycleSettings settings;

  public SendReviewWaitingNoticeDelegate(DeadlineNotices notices, LifecycleSettings settings) {
    this.notices = notices;
    this.settings = settings;
  }

  @Override
  public void execute(DelegateExecution execution) {
    notices.sendReviewWaiting(execution, TaskRecordSteps.partOf(execution), settings.reviewWaitingWorkingDays());
  }
}
