package vn.cchcflow.report;

/** Ids and variables of {@code processes/ReportScheduleProcess.bpmn}. */
public final class ReportScheduleProcess {

  private ReportScheduleProcess() {
  }

  public static final String KEY = "ReportScheduleProcess";
  public static final String TASK_PLAN_NEXT_REPORT = "Task_PlanNextReport";
  public static final String TIMER_REPORT_OPENS = "TimerEvent_ReportOpens";
  public static final String TASK_START_PERIOD_REPORT = "Task_StartPeriodReport";

  public static final String COMMUNE = "commune";
  public static final String PLAN_ID = "planId";
  /** The plan's reports, one per due date: a JSON list of {period, due, covers}. */
  public static final String REPORT_DUES = "reportDues";
  public static final String LAST_REPORT_DUE = "lastReportDue";
  public static final String NEXT_REPORT_PERIOD = "nextReportPeriod";
  public static final String NEXT_REPORT_COVERS = "nextReportCovers";
  public static final String NEXT_REPORT_OPENS_AT = "nextReportOpensAt";

  /** A report opens this many days before it is due, so the units have time to report. */
  public static final int OPEN_DAYS_BEFORE = 14;
}
