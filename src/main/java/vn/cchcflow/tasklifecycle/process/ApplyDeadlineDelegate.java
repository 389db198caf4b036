package vn.cchcflow.tasklifecycle.process;

import static vn.cchcflow.tasklifecycle.PlanTaskProcess.NEW_DUE_DATE;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.cchcflow.system.OfficialRefusal;
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
    deadlines.apply(execution, parse(String.valueOf(execution.getVariable(NEW_DUE_DATE)).strip()));
  }

  /** The form asks for dd/MM/yyyy; the API and older forms give yyyy-MM-dd. */
  static LocalDate parse(String value) {
    for (String pattern : new String[] {"d/M/yyyy", "yyyy-MM-dd"}) {
      try {
        return LocalDate.parse(value, java.time.format.DateTimeFormatter.ofPattern(pattern));
      } catch (DateTimeParseException ignored) {
        // try the other form
      }
    }
    throw new OfficialRefusal(OfficialRefusal.Kind.INVALID_INPUT, "Thời hạn \"" + value + "\" không hợp lệ; hãy nhập ngày dạng ngày/tháng/năm, ví dụ 30/06/2026.");
  }
}
