package vn.cchcflow.tasklifecycle;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import vn.cchcflow.system.VietnamTime;

/**
 * Status vocabulary of the Government Office's task tracking, plus "no date yet", and the one rule that
 * decides it. Every caller (the task list API, the dashboard, the reports, the notices) asks here.
 *
 * <p>A deliverable is <b>done</b> when every part of it was approved by the moment asked about. It is done
 * <b>on time</b> when the submissions that were finally approved were made by the end of the due day
 * (Vietnam time): the reviewer's click does not decide it, and a return for rework moves the submission
 * date to the resubmission. Not done, it is <b>overdue</b> once its due day has passed, <b>in progress</b>
 * before, and has <b>no deadline</b> while no date is set. A deliverable withdrawn by an amendment leaves
 * the figures from the day it was withdrawn.
 */
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
  NO_DEADLINE,
  /** đã bãi bỏ (kế hoạch sửa đổi): not counted from the day of withdrawal */
  WITHDRAWN;

  /**
   * The status at {@code asOf} of a deliverable due on {@code due} (null: no date yet), whose approved
   * submissions were made by {@code submittedAt} and which was done at {@code doneAt} (null: not done).
   */
  public static TaskStatus of(LocalDate due, Instant submittedAt, Instant doneAt, Instant withdrawnAt, Instant asOf) {
    if (withdrawnAt != null && !withdrawnAt.isAfter(asOf)) {
      return WITHDRAWN;
    }
    if (doneAt != null && !doneAt.isAfter(asOf)) {
      Instant submitted = submittedAt != null ? submittedAt : doneAt;
      return due == null || !submitted.isAfter(VietnamTime.endOf(due).toInstant()) ? DONE_ON_TIME : DONE_LATE;
    }
    if (due == null) {
      return NO_DEADLINE;
    }
    return asOf.isAfter(VietnamTime.endOf(due).toInstant()) ? OVERDUE : IN_PROGRESS;
  }

  /**
   * A plan task's status from its deliverables' statuses: overdue when one is, done when all are (late
   * when one was), otherwise in progress, or without a date when none has one.
   */
  public static TaskStatus overall(Collection<TaskStatus> deliverables) {
    var counted = deliverables.stream().filter(s -> s != WITHDRAWN).toList();
    if (counted.isEmpty()) {
      return WITHDRAWN;
    }
    if (counted.contains(OVERDUE)) {
      return OVERDUE;
    }
    if (counted.stream().allMatch(TaskStatus::isDone)) {
      return counted.contains(DONE_LATE) ? DONE_LATE : DONE_ON_TIME;
    }
    return counted.contains(IN_PROGRESS) ? IN_PROGRESS : NO_DEADLINE;
  }

  public boolean isDone() {
    return this == DONE_ON_TIME || this == DONE_LATE;
  }

  /** Counted in the figures (a withdrawn deliverable is not). */
  public boolean isCounted() {
    return this != WITHDRAWN;
  }
}
