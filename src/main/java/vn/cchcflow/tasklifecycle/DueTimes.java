package vn.cchcflow.tasklifecycle;

import java.time.LocalDate;
import java.util.Date;
import vn.cchcflow.system.VietnamTime;

/**
 * The due and follow-up instants of a step due on a day: due at the end of the day (Vietnam time),
 * followed up at 08:00 a week before, so Tasklist sorts and highlights it in time.
 */
public final class DueTimes {

  static final int FOLLOW_UP_DAYS_BEFORE_DUE = 7;

  private DueTimes() {
  }

  public static Date dueAt(LocalDate due) {
    return due == null ? null : VietnamTime.endOf(due);
  }

  public static Date followUpAt(LocalDate due) {
    return due == null ? null : VietnamTime.morningOf(due.minusDays(FOLLOW_UP_DAYS_BEFORE_DUE));
  }
}
