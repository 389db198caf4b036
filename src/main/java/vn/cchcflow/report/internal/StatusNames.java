package vn.cchcflow.report.internal;

import java.util.List;
import java.util.Locale;
import vn.cchcflow.report.StatusCounts;
import vn.cchcflow.tasklifecycle.TaskStatus;

/**
 * The Vietnamese names of the task statuses (the Government Office's task-tracking vocabulary), in the
 * order every report and spreadsheet lists them.
 */
final class StatusNames {

  /** Column order of the counts: done on time, done late, in progress, overdue, no deadline. */
  static final List<TaskStatus> ORDER = List.of(TaskStatus.DONE_ON_TIME, TaskStatus.DONE_LATE,
      TaskStatus.IN_PROGRESS, TaskStatus.OVERDUE, TaskStatus.NO_DEADLINE);

  static final String TOTAL = "Tổng số";
  static final String RATE = "Tỷ lệ hoàn thành (%)";

  private StatusNames() {
  }

  static String of(TaskStatus status) {
    return switch (status) {
      case DONE_ON_TIME -> "Hoàn thành đúng hạn";
      case DONE_LATE -> "Hoàn thành quá hạn";
      case IN_PROGRESS -> "Đang thực hiện, trong hạn";
      case OVERDUE -> "Chưa hoàn thành, quá hạn";
      case NO_DEADLINE -> "Chưa xác định thời hạn";
      case WITHDRAWN -> "Đã bãi bỏ";
    };
  }

  /** The same name inside a sentence ("hoàn thành đúng hạn"). */
  static String inSentence(TaskStatus status) {
    String name = of(status);
    return Character.toLowerCase(name.charAt(0)) + name.substring(1);
  }

  static int count(StatusCounts counts, TaskStatus status) {
    return switch (status) {
      case DONE_ON_TIME -> counts.doneOnTime();
      case DONE_LATE -> counts.doneLate();
      case IN_PROGRESS -> counts.inProgress();
      case OVERDUE -> counts.overdue();
      case NO_DEADLINE -> counts.noDeadline();
      case WITHDRAWN -> 0;
    };
  }

  /** A rate the Vietnamese way: "34,3" or "100". */
  static String rate(double percent) {
    return percent == Math.rint(percent) ? String.valueOf((long) percent)
        : String.format(Locale.ROOT, "%.1f", percent).replace('.', ',');
  }
}
