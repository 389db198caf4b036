package vn.cchcflow.report.process;

import static vn.cchcflow.report.PeriodReportProcess.*;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.cchcflow.notification.ReportTaskNotices;
import vn.cchcflow.system.VietnamTime;

/**
 * Task_PlanNextUnitReportNotice: when the unit's next reminder or escalation is due on the commune's notice
 * ladder, or now when one has passed unseen (catch-up).
 */
@Component
public class PlanNextUnitReportNoticeDelegate implements JavaDelegate {

  private final ReportTaskNotices notices;

  public PlanNextUnitReportNoticeDelegate(ReportTaskNotices notices) {
    this.notices = notices;
  }

  @Override
  public void execute(DelegateExecution execution) {
    LocalDate due = VietnamTime.dayOf((Date) execution.getVariable(UNIT_REPORT_DUE_AT));
    ZonedDateTime now = VietnamTime.zonedNow();
    ZonedDateTime next = notices.ladder((String) execution.getVariable(COMMUNE))
        .nextAt(due, now, (String) execution.getVariable(UNIT_LAST_NOTICE_KEY)).orElse(now.plusYears(5));
    // local to the unit's notice loop (its own branch of the unit's scope): each unit keeps its own ladder
    execution.setVariableLocal(UNIT_NEXT_NOTICE_AT, Date.from(next.toInstant()));
  }
}
