package vn.cchcflow.notification.process;

import static vn.cchcflow.tasklifecycle.PlanTaskProcess.DELIVERABLE_ID;
import static vn.cchcflow.tasklifecycle.PlanTaskProcess.LAST_NOTICE_KEY;
import static vn.cchcflow.tasklifecycle.PlanTaskProcess.NEXT_NOTICE_AT;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.cchcflow.notification.DeadlineNotices;
import vn.cchcflow.system.VietnamTime;
import vn.cchcflow.tasklifecycle.TaskRecord;

/**
 * Task_PlanNextNotice: when the next reminder or escalation of the deliverable is due, or now when one has
 * passed unseen (catch-up after a late import or a server that was down).
 */
@Component
public class PlanNextNoticeDelegate implements JavaDelegate {

  private final DeadlineNotices notices;
  private final TaskRecord record;

  public PlanNextNoticeDelegate(DeadlineNotices notices, TaskRecord record) {
    this.notices = notices;
    this.record = record;
  }

  @Override
  public void execute(DelegateExecution execution) {
    LocalDate due = record.deliverable(((Number) execution.getVariable(DELIVERABLE_ID)).longValue()).due();
    ZonedDateTime now = VietnamTime.zonedNow();
    ZonedDateTime next = notices.ladder(execution.getTenantId())
        .nextAt(due, now, (String) execution.getVariable(LAST_NOTICE_KEY))
        .orElse(now.plusYears(5));
    // local to the deliverable's deadline watch (its own branch of the deliverable's scope): each deliverable
    // keeps its own ladder, and nothing is declared in the model for deliverables not yet watched
    execution.setVariableLocal(NEXT_NOTICE_AT, Date.from(next.toInstant()));
  }
}
