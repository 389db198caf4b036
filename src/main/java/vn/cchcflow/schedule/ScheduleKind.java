package vn.cchcflow.schedule;

/** How a deadline phrase constrains a task. */
public enum ScheduleKind {
  /** one due date ("Trước ngày 15/01/2026", "Quý I/2026") */
  DUE_BY,
  /** a start and a due date ("Tháng 7-9/2026") */
  WINDOW,
  /** several due dates within the plan period ("Trước ngày 05 của tháng cuối quý", "Hằng tháng") */
  RECURRING,
  /** ongoing work ("Thường xuyên", "Cả năm 2026"): optional start, due = period end */
  CONTINUOUS,
  /** waits for an outside event ("Khi thành phố tổ chức"): no date, phrase kept */
  ON_EVENT,
  /** not understood: never guessed, the task is flagged */
  UNKNOWN
}
