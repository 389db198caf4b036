package vn.cchcflow.report;

import java.util.ArrayList;
import java.util.List;

/** Ids and variables of {@code processes/PeriodReportProcess.bpmn}. */
public final class PeriodReportProcess {

  private PeriodReportProcess() {
  }

  public static final String KEY = "PeriodReportProcess";
  public static final String SUBPROCESS_UNIT_REPORT = "SubProcess_UnitReport";
  public static final String TASK_FILE_UNIT_REPORT = "Task_FileUnitReport";
  public static final String TASK_PLAN_NEXT_UNIT_REPORT_NOTICE = "Task_PlanNextUnitReportNotice";
  public static final String TIMER_UNIT_REPORT_NOTICE = "TimerEvent_UnitReportNotice";
  public static final String TASK_SEND_UNIT_REPORT_NOTICE = "Task_SendUnitReportNotice";
  public static final String TASK_COMPUTE_REPORT_FIGURES = "Task_ComputeReportFigures";
  public static final String TASK_CONSOLIDATE_REPORT = "Task_ConsolidateReport";
  public static final String TASK_APPROVE_REPORT = "Task_ApproveReport";
  public static final String TASK_ISSUE_REPORT = "Task_IssueReport";
  public static final String TASK_DELIVER_REPORT = "Task_DeliverReport";

  public static final String COMMUNE = "commune";
  public static final String PLAN_ID = "planId";
  public static final String PERIOD = "period";
  /** Labels of the shorter reports due the same day that this report covers (JSON list). */
  public static final String COVERS = "covers";
  public static final String REPORT_LABEL = "reportLabel";
  public static final String REPORT_UNITS = "reportUnits";
  public static final String REPORT_UNIT = "reportUnit";
  public static final String COORDINATING_UNIT = "coordinatingUnit";
  public static final String LEADERS = "leaders";
  public static final String UNIT_REPORT_DUE_AT = "unitReportDueAt";
  public static final String UNIT_REPORT_FOLLOW_UP_AT = "unitReportFollowUpAt";
  public static final String CONSOLIDATE_DUE_AT = "consolidateDueAt";
  public static final String REPORT_DUE_AT = "reportDueAt";
  /** Per unit's part: the last reminder or escalation sent, and when the next one is due. */
  public static final String UNIT_LAST_NOTICE_KEY = "unitLastNoticeKey";
  public static final String UNIT_NEXT_NOTICE_AT = "unitNextNoticeAt";
  /** Prefix of the process variable holding one unit's own report ({@link UnitReport#toMap}), + unit group. */
  public static final String UNIT_REPORT_PREFIX = "unitReport_";
  public static final String REPORT_PREVIEW = "reportPreview";
  public static final String DRAFT_URL = "draftUrl";
  public static final String ASSESSMENT = "assessment";
  public static final String PROPOSALS = "proposals";
  public static final String APPROVAL_DECISION = "approvalDecision";
  public static final String APPROVAL_COMMENT = "approvalComment";
  public static final String APPROVE = "approve";
  public static final String REPORT_ID = "reportId";
  public static final String ISSUED_BY = "issuedBy";

  /** Fields of the unit's form (forms/unit-period-report.form), numbered slots from 1. */
  public static final class UnitForm {

    private UnitForm() {
    }

    public static final int AREA_SLOTS = 8;
    public static final int OVERDUE_SLOTS = 10;
    public static final int TARGET_SLOTS = 12;

    public static final String AREA_NAME = "areaName";
    public static final String AREA_RESULT = "areaResult";
    public static final String OVERDUE_TASK = "overdueTask";
    public static final String OVERDUE_KEY = "overdueKey";
    public static final String OVERDUE_REASON = "overdueReason";
    public static final String OVERDUE_NEW_DUE = "overdueNewDue";
    public static final String TARGET_TEXT = "targetText";
    public static final String TARGET_GOAL = "targetGoal";
    public static final String TARGET_KEY = "targetKey";
    public static final String TARGET_VALUE = "targetValue";
    public static final String TARGET_EVIDENCE = "targetEvidence";
    public static final String OBSTACLES = "unitObstacles";
    public static final String PROPOSALS = "unitProposals";

    /** Every answer field of the form, in use or not. */
    public static List<String> answers() {
      List<String> names = new ArrayList<>(List.of(OBSTACLES, PROPOSALS));
      for (int i = 1; i <= AREA_SLOTS; i++) {
        names.add(AREA_RESULT + i);
      }
      for (int i = 1; i <= OVERDUE_SLOTS; i++) {
        names.addAll(List.of(OVERDUE_REASON + i, OVERDUE_NEW_DUE + i));
      }
      for (int i = 1; i <= TARGET_SLOTS; i++) {
        names.addAll(List.of(TARGET_VALUE + i, TARGET_EVIDENCE + i));
      }
      return names;
    }
  }
}
