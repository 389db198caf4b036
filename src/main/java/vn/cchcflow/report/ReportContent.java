package vn.cchcflow.report;

import java.time.LocalDate;
import java.util.List;
import vn.cchcflow.plan.PlanKind;

/**
 * Everything a period report of one plan says, computed where the engine can and taken from the units' own
 * period reports where only they know: the figures, the results per reform area in the units' words, each
 * overdue task with its reason and proposed new date, each target with its value and where the value came
 * from, the work of the next period, the consolidated assessment, obstacles and proposals.
 */
public record ReportContent(ReportFigures figures, long planId, String planCode, String planTitle, PlanKind kind,
                            List<String> coveredPeriods, List<AreaResult> areas, List<OverdueItem> overdue,
                            List<TargetResult> targets, ReportPeriod nextPeriod, List<NextTask> nextTasks,
                            String assessment, List<UnitText> obstacles, String proposals) {

  public ReportContent {
    coveredPeriods = coveredPeriods == null ? List.of() : List.copyOf(coveredPeriods);
  }

  /** A unit's words on one subject (an area's results, its obstacles). */
  public record UnitText(String unit, String text) {
  }

  /** One reform area: what the units reported for it, then its figures. */
  public record AreaResult(String name, StatusCounts counts, List<UnitText> reports) {
  }

  /** An overdue task with the reason and the new date its lead unit proposed (null when none was given). */
  public record OverdueItem(ReportFigures.TaskLine task, String reason, LocalDate proposedDue) {
  }

  /** Where a target's value came from. */
  public enum Source { COMPUTED, UNIT_REPORTED, NONE }

  /**
   * A target's result: its value (null when nobody has one: "Chưa có số liệu"), whether the goal is met (null
   * when that cannot be said) and the source in words ("Hệ thống tính: 12/15 nhiệm vụ…", "Trung tâm Phục vụ
   * hành chính công báo cáo, căn cứ: Báo cáo số 12/BC-TTPVHCC").
   */
  public record TargetResult(String code, String text, String goal, String value, Boolean met, Source source,
                             String sourceText) {
  }

  /** Work of the next period, computed from the plan: a task falling due, a standing duty, a carried-over task. */
  public record NextTask(String planCode, String number, String content, String leadUnits, LocalDate due,
                         String note) {
  }
}
