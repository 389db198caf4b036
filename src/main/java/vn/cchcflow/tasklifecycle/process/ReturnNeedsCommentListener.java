package vn.cchcflow.tasklifecycle.process;

import static vn.cchcflow.tasklifecycle.PlanTaskProcess.TASK_REVIEW_DELIVERABLE;
import static vn.cchcflow.tasklifecycle.PlanTaskProcess.TASK_SIGN_OFF;

import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.cchcflow.system.OfficialRefusal;
import vn.cchcflow.system.Messages;

/**
 * Task_SignOff, Task_ReviewDeliverable and the report's Task_ApproveReport: sending work back without saying what to change helps nobody,
 * so a "return" needs a comment.
 */
@Component
public class ReturnNeedsCommentListener implements TaskListener {

  /** Task definition key → its decision and comment variables. */
  private static final Map<String, String[]> DECISIONS = Map.of(
      TASK_SIGN_OFF, new String[] {"signOffDecision", "signOffComment"},
      TASK_REVIEW_DELIVERABLE, new String[] {"reviewDecision", "reviewComment"},
      "Task_ApproveReport", new String[] {"approvalDecision", "approvalComment"});

  private final Messages messages;

  public ReturnNeedsCommentListener(Messages messages) {
    this.messages = messages;
  }

  @Override
  public void notify(DelegateTask task) {
    String[] variables = DECISIONS.get(task.getTaskDefinitionKey());
    if (variables == null || "approve".equals(task.getVariable(variables[0]))) {
      return;
    }
    Object comment = task.getVariable(variables[1]);
    if (comment == null || comment.toString().isBlank()) {
      throw new OfficialRefusal(OfficialRefusal.Kind.INVALID_INPUT, messages.get("task.return.commentRequired"));
    }
  }
}
