package vn.cchcflow.tasklifecycle.process;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.cchcflow.system.Messages;
import vn.cchcflow.tasklifecycle.PlanTaskProcess;
import vn.cchcflow.tasklifecycle.ReturnRule;

/**
 * The report's Task_ApproveReport: a leader who returns the draft says what to change. (Plan-task steps
 * apply the same {@link ReturnRule} when their decision is recorded.)
 */
@Component
public class ReturnNeedsCommentListener implements TaskListener {

  static final String APPROVAL_DECISION = "approvalDecision";
  static final String APPROVAL_COMMENT = "approvalComment";

  private final Messages messages;

  public ReturnNeedsCommentListener(Messages messages) {
    this.messages = messages;
  }

  @Override
  public void notify(DelegateTask task) {
    ReturnRule.requireComment(PlanTaskProcess.APPROVE.equals(task.getVariable(APPROVAL_DECISION)),
        task.getVariable(APPROVAL_COMMENT), messages);
  }
}
