package vn.cchcflow.tasklifecycle;

/** Where a part's work is decided on: the unit head's sign-off, or the review of the submission. */
public enum ReviewStage {
  SIGN_OFF,
  REVIEW
}
