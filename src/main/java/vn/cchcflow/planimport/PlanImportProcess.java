package vn.cchcflow.planimport;

/** Ids and variable names of {@code processes/PlanImportProcess.bpmn}. */
public final class PlanImportProcess {

  private PlanImportProcess() {
  }

  public static final String KEY = "PlanImportProcess";
  public static final String TASK_REVIEW_IMPORT = "Task_ReviewImport";

  public static final String PLAN_FILE = "planFile";
  public static final String PLAN_TITLE = "planTitle";
  public static final String PLAN_JSON = "planJson";
  public static final String IMPORT_PREVIEW = "importPreview";
  public static final String IMPORT_DECISION = "importDecision";
  public static final String COORDINATING_UNIT = "coordinatingUnit";
  public static final String PLAN_ID = "planId";
  public static final String PLAN_CREATED = "planCreated";
}
