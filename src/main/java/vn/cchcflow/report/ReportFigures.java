package vn.cchcflow.report;

import java.time.LocalDate;
import java.util.List;
import vn.cchcflow.tasklifecycle.TaskStatus;

/**
 * A commune's figures for a period, computed from the engine: every task of its plans as it stood at
 * {@code asOf} (the period's end, or today while the period runs), counted in total, per area and per
 * lead unit; the overdue tasks; the targets with their reported values.
 */
public record ReportFigures(String communeId, String communeName, String province, ReportPeriod period,
                            LocalDate asOf, StatusCounts total, List<Group> byArea, List<Group> byUnit,
                            List<TaskLine> tasks, List<TaskLine> overdue, List<TargetLine> targets,
                            List<StandingDutyLine> standingDuties) {

  public ReportFigures {
    standingDuties = standingDuties == null ? List.of() : List.copyOf(standingDuties);
  }

  /** Counts of one area or one unit. */
  public record Group(String name, StatusCounts counts) {
  }

  /**
   * One task as it stood at {@code asOf}. {@code reason}: why it is late, as the units reported it;
   * {@code processInstanceId}: its lifecycle, for links into Cockpit.
   */
  public record TaskLine(String planCode, String number, String area, String content, String leadUnits,
                         String deadlineText, LocalDate due, TaskStatus status, LocalDate completedOn,
                         String currentStep, int daysOverdue, String reason, String processInstanceId) {
  }

  /**
   * One period deliverable of a standing duty (a recurring task's deliverable due in the period, a continuous
   * task's periodic progress report), as the task record holds it. The calculator fills this list (the lead's
   * status work, issue 10 point 3); until then it is empty and the report says so.
   */
  public record StandingDutyLine(String planCode, String number, String content, String leadUnits, LocalDate due,
                                 TaskStatus status, LocalDate submittedOn) {
  }

  /** A target (chỉ tiêu): its goal as written and the value reported for the period, if any. */
  public record TargetLine(String code, String text, String goal, String reported, Boolean met) {
  }
}
