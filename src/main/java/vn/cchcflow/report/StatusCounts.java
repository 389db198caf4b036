package vn.cchcflow.report;

import vn.cchcflow.tasklifecycle.TaskStatus;

/** How many tasks are in each status; the completion rate is done (on time or late) over all. */
public record StatusCounts(int doneOnTime, int doneLate, int inProgress, int overdue, int noDeadline) {

  public static final StatusCounts ZERO = new StatusCounts(0, 0, 0, 0, 0);

  public StatusCounts plus(TaskStatus status) {
    return switch (status) {
      case DONE_ON_TIME -> new StatusCounts(doneOnTime + 1, doneLate, inProgress, overdue, noDeadline);
      case DONE_LATE -> new StatusCounts(doneOnTime, doneLate + 1, inProgress, overdue, noDeadline);
      case IN_PROGRESS -> new StatusCounts(doneOnTime, doneLate, inProgress + 1, overdue, noDeadline);
      case OVERDUE -> new StatusCounts(doneOnTime, doneLate, inProgress, overdue + 1, noDeadline);
      case NO_DEADLINE -> new StatusCounts(doneOnTime, doneLate, inProgress, overdue, noDeadline + 1);
      case WITHDRAWN -> this;
    };
  }

  public int total() {
    return doneOnTime + doneLate + inProgress + overdue + noDeadline;
  }

  /** Done over all, in percent with one decimal; 0 when there is no task. */
  public double completionRate() {
    return total() == 0 ? 0 : Math.round(1000.0 * (doneOnTime + doneLate) / total()) / 10.0;
  }
}
