package vn.cchcflow.tasklifecycle;

/**
 * Ids and variable names of {@code processes/PlanTaskProcess.bpmn}, the lifecycle of one plan task. The
 * engine keeps only what it needs to run the steps; the task's facts (units, reviewer, due dates,
 * submissions, decisions) are in the {@link TaskRecord}.
 */
public final class PlanTaskProcess {

  private PlanTaskProcess() {
  }

  public static final String KEY = "PlanTaskProcess";

  public static final String SUBPROCESS_DELIVERABLE = "SubProcess_Deliverable";
  public static final String SUBPROCESS_LEAD_PART = "SubProcess_LeadPart";
  public static final String TASK_ASSIGN_OFFICER = "Task_AssignOfficer";
  public static final String TASK_EXECUTE_TASK = "Task_ExecuteTask";
  public static final String TASK_PROVIDE_SUPPORT_INPUT = "Task_ProvideSupportInput";
  public static final String TASK_SIGN_OFF = "Task_SignOff";
  public static final String TASK_SUBMIT_DELIVERABLE = "Task_SubmitDeliverable";
  public static final String TASK_REVIEW_DELIVERABLE = "Task_ReviewDeliverable";
  public static final String TASK_REPORT_PROGRESS = "Task_ReportProgress";
  public static final String TASK_SET_DEADLINE = "Task_SetDeadline";
  public static final String TIMER_EVENT_DELIVERABLE_OPENS = "TimerEvent_DeliverableOpens";
  public static final String TIMER_EVENT_NOTICE_DUE = "TimerEvent_NoticeDue";
  public static final String BOUNDARY_EVENT_REVIEW_WAITING = "BoundaryEvent_ReviewWaiting";
  public static final String BOUNDARY_EVENT_SUPPORT_INPUT_REMINDER_DUE = "BoundaryEvent_SupportInputReminderDue";
  public static final String END_EVENT_TASK_DONE_ON_TIME = "EndEvent_TaskDoneOnTime";
  public static final String END_EVENT_TASK_DONE_LATE = "EndEvent_TaskDoneLate";
  public static final String END_EVENT_TASK_WITHDRAWN = "EndEvent_TaskWithdrawn";
  public static final String END_EVENT_PART_WITHDRAWN = "EndEvent_PartWithdrawn";

  public static final String MESSAGE_DEADLINE_CHANGED = "Msg_DeadlineChanged";
  public static final String MESSAGE_TASK_WITHDRAWN = "Msg_TaskWithdrawn";
  public static final String MESSAGE_PART_WITHDRAWN = "Msg_PartWithdrawn";

  /** Start variables: the plan task's row in the record, its caption and the brief every form shows. */
  public static final String PLAN_TASK_ID = "planTaskId";
  public static final String TASK_CAPTION = "taskCaption";
  public static final String TASK_BRIEF = "taskBrief";

  /** Element variables of the multi-instance scopes. */
  public static final String DELIVERABLE_ID = "deliverableId";
  public static final String PART_ID = "partId";
  public static final String SUPPORT_UNIT = "supportUnit";

  /** Task-local variables written when a step is created: what this step's form shows, and the officers to choose. */
  public static final String STEP_BRIEF = "stepBrief";
  public static final String OFFICER_OPTIONS = "officerOptions";

  /** Form fields: what people enter (the record keeps them; the engine forgets them after the step). */
  public static final String OFFICER = "officer";
  public static final String PROGRESS_NOTE = "progressNote";
  public static final String SUPPORT_INPUT = "supportInput";
  public static final String SIGN_OFF_DECISION = "signOffDecision";
  public static final String SIGN_OFF_COMMENT = "signOffComment";
  public static final String DOCUMENT_NUMBER = "documentNumber";
  public static final String DOCUMENT_DATE = "documentDate";
  public static final String DELIVERABLE_SUMMARY = "deliverableSummary";
  public static final String DELIVERABLE_LINK = "deliverableLink";
  public static final String REVIEW_DECISION = "reviewDecision";
  public static final String REVIEW_COMMENT = "reviewComment";
  public static final String NEW_DUE_DATE = "newDueDate";
  public static final String APPROVE = "approve";

  /** Deadline watch of a deliverable: the last notice sent (its ladder key) and when the next one is due. */
  public static final String LAST_NOTICE_KEY = "lastNoticeKey";
  public static final String NEXT_NOTICE_AT = "nextNoticeAt";

  /** Transient routing value of Gateway_CompletedOnTime. */
  public static final String OUTCOME = "outcome";

  /** Separates a step's name from the plan task's caption in a task's name ("Thực hiện nhiệm vụ · NV 3: …"). */
  public static final String CAPTION_SEPARATOR = " · ";

  public static String businessKey(String planCode, String taskNumber) {
    return planCode + "-" + taskNumber;
  }
}
