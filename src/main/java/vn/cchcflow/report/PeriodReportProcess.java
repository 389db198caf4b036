package vn.cchcflow.report;

/** Ids and variables of {@code processes/PeriodReportProcess.bpmn}. */
public final class PeriodReportProcess {

  private PeriodReportProcess() {
  }

  public static final String KEY = "PeriodReportProcess";
  public static final String TASK_FILE_UNIT_REPORT = "Task_FileUnitReport";
  public static final String TASK_CONSOLIDATE_REPORT = "Task_ConsolidateReport";
  public static final String TASK_APPROVE_REPORT = "Task_ApproveReport";

  public static final String COMMUNE = "commune";
  public static final String PERIOD = "period";
  public static final String REPORT_LABEL = "reportLabel";
  public static final String REPORT_UNITS = "reportUnits";
  public static final String REPORT_UNIT = "reportUnit";
  public static final String COORDINATING_UNIT = "coordinatingUnit";
  public static final String LEADERS = "leaders";
  public static final String UNIT_REPORT_DUE_AT = "unitReportDueAt";
  public static final String UNIT_REPORT_FOLLOW_UP_AT = "unitReportFollowUpAt";
  public static final String CONSOLIDATE_DUE_AT = "consolidateDueAt";
  public static final String REPORT_DUE_AT = "reportDueAt";
  /** Units' own words: a JSON list of {unit, results, obstacles}. */
  public static final String UNIT_REPORTS = "unitReports";
  public static final String REPORT_PREVIEW = "reportPreview";
  public static final String ASSESSMENT = "assessment";
  public static final String TARGET_VALUES = "targetValues";
  public static final String APPROVAL_DECISION = "approvalDecision";
  public static final String REPORT_DOCX = "reportDocx";
  public static final String REPORT_XLSX = "reportXlsx";
  public static final String REPORT_ID = "reportId";
}
