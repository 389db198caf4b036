package vn.cchcflow.tasklifecycle.process;

import static vn.cchcflow.tasklifecycle.PlanTaskProcess.*;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.cchcflow.schedule.WorkingCalendar;
import vn.cchcflow.system.VietnamTime;
import vn.cchcflow.tasklifecycle.CheckIns;

/**
 * Task_PlanNextCheckIn: picks the next progress check-in (occurrences already past are skipped) and
 * when it opens and is reminded; no check-in left ends the branch.
 */
@Component
public class PlanNextCheckInDelegate implements JavaDelegate {

  private final WorkingCalendar calendar;

  public PlanNextCheckInDelegate(WorkingCalendar calendar) {
    this.calendar = calendar;
  }

  @Override
  public void execute(DelegateExecution execution) {
    @SuppressWarnings("unchecked")
    List<String> dues = (List<String>) execution.getVariable(CHECK_IN_DUES);
    Object last = execution.getVariable(LAST_CHECK_IN_DUE);
    ZonedDateTime now = VietnamTime.zonedNow();
    var next = CheckIns.next(dues == null ? List.of() : dues.stream().map(LocalDate::parse).toList(),
        last == null ? null : LocalDate.parse(last.toString()), now.toLocalDate());
    if (next.isEmpty()) {
      execution.setVariable(CHECK_IN_OPENS_AT, null);
      return;
    }
    LocalDate due = next.get();
    ZonedDateTime opens = CheckIns.opensAt(due, now);
    execution.setVariable(LAST_CHECK_IN_DUE, due.toString());
    execution.setVariable(CHECK_IN_OPENS_AT, Date.from(opens.toInstant()));
    execution.setVariable(CHECK_IN_DUE_AT, VietnamTime.endOf(due));
    execution.setVariable(CHECK_IN_REMINDER_AT, Date.from(CheckIns.reminderAt(due, opens, calendar).toInstant()));
  }
}
