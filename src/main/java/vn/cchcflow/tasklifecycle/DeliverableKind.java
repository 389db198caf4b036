package vn.cchcflow.tasklifecycle;

/** What a tracked deliverable of a plan task is. */
public enum DeliverableKind {
  /** The task's result: once for a one-off task, once per due date of a recurring task. */
  RESULT,
  /** A standing duty's progress report for one reporting period, due before the commune's own report. */
  PROGRESS_REPORT,
  /** A standing duty's final assessment at the end of the plan period, which closes it. */
  FINAL_ASSESSMENT
}
