package vn.cchcflow.plan;

import java.time.LocalDate;
import java.util.List;

/**
 * The canonical plan, as posted to {@code POST /api/plans} and produced by the importers. Units are
 * named by the code, name or an alias from the commune file; bodies outside the commune ("Sở Nội vụ")
 * may lead or support and are kept as text.
 */
public record PlanDocument(String commune, String code, String title, LocalDate periodStart, LocalDate periodEnd,
                           List<Task> tasks) {

  public record Task(String number, String area, String content, List<String> leadUnits, List<String> supportUnits,
                     String deadlineText, LocalDate dueDate, String deliverable) {
  }
}
