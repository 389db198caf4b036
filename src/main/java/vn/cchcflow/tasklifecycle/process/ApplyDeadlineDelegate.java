package vn.cchcflow.tasklifecycle.process;

import static vn.cchcflow.tasklifecycle.PlanTaskProcess.NEW_DUE_DATE;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.cchcflow.tasklifecycle.TaskDeadlines;

/** Task_ApplyDeadline: the date the coordinating unit set in "Xác định thời hạn" becomes the task's due date. */
@Component
public class ApplyDeadlineDelegate implements JavaDelegate {

  private final TaskDeadlines deadlines;

  public ApplyDeadlineDelegate(TaskDeadlines deadlines) {
    this.deadlines = deadlines;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Object value = execution.getVariable(NEW_DUE_DATE);
    LocalDate due;
    try {
      due = LocalDate.parse(String.valueOf(value).substring(0, Math.min(10, String.valueOf(value).length())));
    } catch (DateTimeParseException e) {
      throw new ProcessEngineException("Thời hạn \"" + value + "\" không hợp lệ; hãy chọn một ngày.", e);
    }
    deadlines.apply(execution, due);
  }
}
