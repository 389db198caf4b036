package vn.cchcflow.planimport;

/** Ids and variable names of {@code processes/PlanAmendmentProcess.bpmn}. */
public final class PlanAmendmentProcess {

  private PlanAmendmentProcess() {
  }

  public static final String KEY = "PlanAmendmentProcess";
  public static final String TASK_REVIEW_AMENDMENT = "Task_ReviewAmendment";

  /** Start form fields. */
  public static final String PLAN_ID = "planId";
  public static final String DOCUMENT_NUMBER = "documentNumber";
  public static final String DOCUMENT_DATE = "documentDate";
  public static final String AMENDED_FILE = "amendedFile";

  /** The amendment as compared (JSON), what the review shows, who reviews, and the decision. */
  public static final String AMENDMENT = "amendment";
  public static final String AMENDMENT_PREVIEW = "amendmentPreview";
  public static final String AMENDED_BY = "amendedBy";
  public static final String COORDINATING_UNIT = "coordinatingUnit";
  public static final String AMENDMENT_DECISION = "amendmentDecision";
}
