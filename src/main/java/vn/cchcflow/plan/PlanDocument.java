package vn.cchcflow.plan;

import java.time.LocalDate;
import java.util.List;
import vn.cchcflow.schedule.Schedule;

/**
 * The canonical plan, as posted to {@code POST /api/plans} and produced by the importers. Units are
 * named by the code, name or an alias from the commune file; bodies outside the commune ("Sở Nội vụ")
 * may lead or support and are kept as text.
 */
public record PlanDocument(String commune, String code, String title, LocalDate periodStart, LocalDate periodEnd,
                           List<Task> tasks, PlanCommitments commitments) {

  public PlanDocument {
    commitments = commitments == null ? PlanCommitments.NONE : commitments;
  }

  public PlanDocument(String commune, String code, String title, LocalDate periodStart, LocalDate periodEnd,
                      List<Task> tasks) {
    this(commune, code, title, periodStart, periodEnd, tasks, PlanCommitments.NONE);
  }

  /**
   * A task. {@code schedule} is optional (an importer fills it); without it the task is due on
   * {@code dueDate}, or has no deadline when that is null too. {@code draft}: made from a duty section.
   */
  public record Task(String number, String area, String content, List<String> leadUnits, List<String> supportUnits,
                     String deadlineText, LocalDate dueDate, String deliverable, Schedule schedule, boolean draft) {

    public Task(String number, String area, String content, List<String> leadUnits, List<String> supportUnits,
                String deadlineText, LocalDate dueDate, String deliverable) {
      this(number, area, content, leadUnits, supportUnits, deadlineText, dueDate, deliverable, null, false);
    }

    /** The last day on which the task is on time: the given due date, else the schedule's. */
    public LocalDate effectiveDueDate() {
      return dueDate != null ? dueDate : schedule == null ? null : schedule.due();
    }
  }
}
