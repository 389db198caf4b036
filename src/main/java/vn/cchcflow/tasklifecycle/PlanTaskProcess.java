package vn.cchcflow.tasklifecycle;

/** Ids and variable names of {@code processes/PlanTaskProcess.bpmn}, the lifecycle of one plan task. */
public final class PlanTaskProcess {

  private PlanTaskProcess() {
  }

  public static final String KEY = "PlanTaskProcess";

  public static final String TASK_ASSIGN_OFFICER = "Task_AssignOfficer";
  public static final String TASK_EXECUTE_TASK = "Task_ExecuteTask";
  public static final String TASK_PROVIDE_SUPPORT_INPUT = "Task_ProvideSupportInput";
  public static final String TASK_SIGN_OFF = "Task_SignOff";
  public static final String TASK_SUBMIT_DELIVERABLE = "Task_SubmitDeliverable";
  public static final String TASK_REVIEW_DELIVERABLE = "Task_ReviewDeliverable";
  public static final String END_EVENT_TASK_DONE_ON_TIME = "EndEvent_TaskDoneOnTime";
  public static final String END_EVENT_TASK_DONE_LATE = "EndEvent_TaskDoneLate";
  public static final String TASK_SET_DEADLINE = "Task_SetDeadline";
  public static final String TASK_REPORT_PROGRESS = "Task_ReportProgress";
  public static final String TIMER_EVENT_NOTICE_DUE = "TimerEvent_NoticeDue";
  public static final String TIMER_EVENT_CHECK_IN_OPENS = "TimerEvent_CheckInOpens";
  public static final String BOUNDARY_EVENT_CHECK_IN_REMINDER_DUE = "BoundaryEvent_CheckInReminderDue";
  public static final String MESSAGE_DEADLINE_CHANGED = "Msg_DeadlineChanged";

  /** Start variables. */
  public static final String COMMUNE = "commune";
  public static final String PLAN_ID = "planId";
  public static final String PLAN_CODE = "planCode";
  public static final String PLAN_TITLE = "planTitle";
  public static final String TASK_NUMBER = "taskNumber";
  public static final String TASK_CONTENT = "taskContent";
  public static final String TASK_CAPTION = "taskCaption";
  public static final String AREA = "area";
  public static final String DELIVERABLE = "deliverable";
  public static final String DEADLINE_TEXT = "deadlineText";
  public static final String EXTERNAL_LEADS = "externalLeads";
  public static final String DUE_DATE = "dueDate";
  public static final String FOLLOW_UP_DATE = "followUpDate";
  /** Unit groups that each do their own part (multi-instance collection). */
  public static final String PART_UNITS = "partUnits";
  /** Unit groups asked for input in every part. */
  public static final String SUPPORT_UNITS = "supportUnits";
  /** Group of the coordinating unit, which reviews deliverables. */
  public static final String COORDINATING_UNIT = "coordinatingUnit";
  /** Group id → unit name, for task captions. */
  public static final String UNIT_NAMES = "unitNames";

  /** Variables of one part (local to each multi-instance part). */
  public static final String PART_UNIT = "partUnit";
  public static final String SUPPORT_UNIT = "supportUnit";
  public static final String OFFICER = "officer";
  public static final String OFFICER_OPTIONS = "officerOptions";
  public static final String SUPPORT_INPUT = "supportInput";
  public static final String SUPPORT_INPUTS = "supportInputs";

  /** Deadline watch: the last notice sent (its ladder key) and when the next one is due. */
  public static final String LAST_NOTICE_KEY = "lastNoticeKey";
  public static final String NEXT_NOTICE_AT = "nextNoticeAt";
  /** A date set for a task that had none ("Xác định thời hạn"), yyyy-MM-dd. */
  public static final String NEW_DUE_DATE = "newDueDate";

  /** Progress check-ins: their due days (yyyy-MM-dd), the one last opened, and the open one's times. */
  public static final String CHECK_IN_DUES = "checkInDues";
  public static final String LAST_CHECK_IN_DUE = "lastCheckInDue";
  public static final String CHECK_IN_OPENS_AT = "checkInOpensAt";
  public static final String CHECK_IN_DUE_AT = "checkInDueAt";
  public static final String CHECK_IN_REMINDER_AT = "checkInReminderAt";

  /** Completion record. */
  public static final String COMPLETED_AT = "completedAt";
  public static final String OUTCOME = "outcome";

  public static String businessKey(String planCode, String taskNumber) {
    return planCode + "-" + taskNumber;
  }
}
