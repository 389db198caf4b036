package vn.cchcflow.notification;

import java.time.LocalDate;
import java.time.ZonedDateTime;

/**
 * One rung of a task's notice ladder: a reminder {@code days} before the due date or an escalation
 * {@code days} after it, sent at {@code at} (08:00 on the first working day on or after {@code day}).
 * Escalation levels: 1 = assignee and unit head, 2 = also the coordinating unit, 3 = also the leaders.
 */
public record NoticeStep(Kind kind, int days, int level, LocalDate day, ZonedDateTime at) {

  public enum Kind { REMINDER, ESCALATION }

  /** Stable name of the rung for a due date, e.g. "REMINDER-7@2026-03-31", "ESCALATION-10@2026-03-31". */
  public String key(LocalDate due) {
    return kind + "-" + days + "@" + due;
  }
}
