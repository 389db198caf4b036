package vn.cchcflow.report.process;

import static vn.cchcflow.report.PeriodReportProcess.APPROVAL_COMMENT;
import static vn.cchcflow.report.PeriodReportProcess.APPROVAL_DECISION;
import static vn.cchcflow.report.PeriodReportProcess.APPROVE;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.cchcflow.system.Messages;
import vn.cchcflow.tasklifecycle.ReturnRule;

/** Task_ApproveReport: a leader who returns the draft says what to change (the same {@link ReturnRule} as a task's review). */
@Component
public class ReturnNeedsCommentListener implements TaskListener {

  private final Messages messages;

  public ReturnNeedsCommentListener(Messages messages) {
    this.messages = messages;
  }

  @Override
  public void notify(DelegateTask task) {
    ReturnRule.requireComment(APPROVE.equals(task.getVariable(APPROVAL_DECISION)), task.getVariable(APPROVAL_COMMENT),
        messages);
  }
}
