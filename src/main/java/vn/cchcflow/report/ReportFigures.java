package vn.cchcflow.report;

import java.time.LocalDate;
import java.util.List;
import vn.cchcflow.tasklifecycle.DeliverableKind;
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

  /** Counts of one area or one unit. */
  public record Group(String name, StatusCounts counts) {
  }

  /**
   * One task (or, for a recurring task, one of its deliverables) as it stood at {@code asOf}.
   * {@code openSteps}: the steps open now ("Thực hiện nhiệm vụ (namanphukinhtecv1)"), for unfinished
   * work; {@code reason}: why it is late, as the units reported it; {@code processInstanceId}: its
   * lifecycle, for links.
   */
  public record TaskLine(String planCode, String number, String area, String content, String leadUnits,
                         String deadlineText, LocalDate due, TaskStatus status, LocalDate completedOn,
                         List<String> openSteps, int daysOverdue, String reason, String processInstanceId) {
  }

  /**
   * One period deliverable of a standing or recurring duty: a quarterly report, a monthly update, a
   * standing duty's progress report; how many of its units submitted on time, late, or not (yet), e.g.
   * "báo cáo quý II: 4/5 đơn vị nộp đúng hạn".
   */
  public record StandingDutyLine(String planCode, String number, String content, DeliverableKind kind, LocalDate due,
                                 int units, int onTime, int late, int missing, List<String> missingUnits) {
  }

  /** A target (chỉ tiêu): its goal as written and the value reported for the period, if any. */
  public record TargetLine(String code, String text, String goal, String reported, Boolean met) {
  }
}
