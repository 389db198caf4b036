package vn.cchcflow.tasklifecycle.process;

import static vn.cchcflow.tasklifecycle.PlanTaskProcess.DELIVERABLE_ID;
import static vn.cchcflow.tasklifecycle.PlanTaskProcess.NEW_DUE_DATE;

import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.cchcflow.system.DayFormats;
import vn.cchcflow.system.Messages;
import vn.cchcflow.system.OfficialRefusal;
import vn.cchcflow.tasklifecycle.TaskDeadlines;

/**
 * Task_ApplyDeadline: the date the coordinating unit set in "Xác định thời hạn" becomes the deliverable's
 * due date: a designated act, recorded in the audit trail with who set it. A date the form cannot read is
 * refused and the form stays open.
 */
@Component
public class ApplyDeadlineDelegate implements JavaDelegate {

  private final TaskDeadlines deadlines;
  private final Messages messages;

  public ApplyDeadlineDelegate(TaskDeadlines deadlines, Messages messages) {
    this.deadlines = deadlines;
    this.messages = messages;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Object typed = execution.getVariable(NEW_DUE_DATE);
    if (typed == null) {
      return; // the date was set by the coordinating unit's change through the API, which completed this step
    }
    String value = typed.toString().strip();
    LocalDate due = DayFormats.parseOfficialDay(value).orElseThrow(() -> new OfficialRefusal(
        OfficialRefusal.Kind.INVALID_INPUT, messages.get("task.deadline.invalid", value)));
    execution.removeVariable(NEW_DUE_DATE);
    deadlines.setInStep(execution, ((Number) execution.getVariable(DELIVERABLE_ID)).longValue(), due);
  }
}
