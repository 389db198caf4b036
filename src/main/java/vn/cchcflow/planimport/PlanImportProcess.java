package vn.cchcflow.planimport;

/** Ids and variable names of {@code processes/PlanImportProcess.bpmn}. */
public final class PlanImportProcess {

  private PlanImportProcess() {
  }

  public static final String KEY = "PlanImportProcess";
  public static final String TASK_REVIEW_IMPORT = "Task_ReviewImport";

  public static final String TASK_REGISTER_PLAN_IN_BACKGROUND = "Task_RegisterPlanInBackground";

  public static final String PLAN_FILE = "planFile";
  /** False only for a large plan imported through the API without review: it registers in the background. */
  public static final String REVIEW_REQUESTED = "reviewRequested";
  /** The plan code the API caller gave (else the document's own). */
  public static final String REQUESTED_CODE = "requestedCode";
  public static final String PLAN_TITLE = "planTitle";
  public static final String PLAN_CODE = "planCode";
  /** The plan as read (a PlanDocument stored as JSON). */
  public static final String PLAN_DRAFT = "planDraft";
  /** Reviewer's corrections. */
  public static final String DROP_TASKS = "dropTasks";
  public static final String DEADLINE_CORRECTIONS = "deadlineCorrections";
  public static final String UNIT_CORRECTIONS = "unitCorrections";
  public static final String IMPORT_PREVIEW = "importPreview";
  public static final String IMPORT_DECISION = "importDecision";
  public static final String COORDINATING_UNIT = "coordinatingUnit";
  public static final String PLAN_ID = "planId";
  public static final String PLAN_CREATED = "planCreated";
}
