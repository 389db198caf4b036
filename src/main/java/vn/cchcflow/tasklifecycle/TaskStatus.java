package vn.cchcflow.tasklifecycle;

import java.time.LocalDate;
import java.util.Date;
import vn.cchcflow.system.VietnamTime;

/** Status vocabulary of the Government Office's task tracking, plus "no date yet". */
public enum TaskStatus {
  /** hoàn thành đúng hạn */
  DONE_ON_TIME,
  /** hoàn thành quá hạn */
  DONE_LATE,
  /** đang thực hiện, trong hạn */
  IN_PROGRESS,
  /** chưa hoàn thành, quá hạn */
  OVERDUE,
  /** chưa xác định thời hạn */
  NO_DEADLINE;

  /** Outcome of a task completed at {@code completedAt}; a task without deadline cannot be late. */
  public static TaskStatus completed(LocalDate due, Date completedAt) {
    return due == null || !completedAt.after(VietnamTime.endOf(due)) ? DONE_ON_TIME : DONE_LATE;
  }

  /** Status of a task still open at {@code now}. */
  public static TaskStatus open(LocalDate due, Date now) {
    if (due == null) {
      return NO_DEADLINE;
    }
    return now.after(VietnamTime.endOf(due)) ? OVERDUE : IN_PROGRESS;
  }
}
