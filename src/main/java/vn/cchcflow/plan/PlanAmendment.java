package vn.cchcflow.plan;

import java.time.LocalDate;
import java.util.List;

/**
 * A "Kế hoạch sửa đổi, bổ sung" applied to a registered plan, citing its document: tasks added, tasks
 * dropped with a reason, tasks changed (content, lead or support units, deadline). Fields of a change
 * left null stay as they are.
 */
public record PlanAmendment(Document document, List<PlanDocument.Task> add, List<Drop> drop, List<Change> change) {

  public PlanAmendment {
    add = add == null ? List.of() : List.copyOf(add);
    drop = drop == null ? List.of() : List.copyOf(drop);
    change = change == null ? List.of() : List.copyOf(change);
  }

  /** The amending document: its number ("25/KH-UBND") and date. */
  public record Document(String number, LocalDate date) {

    /** "Kế hoạch số 25/KH-UBND ngày 15/06/2026" style reference for the audit trail. */
    public String reference() {
      return number + (date == null ? "" : " ngày " + vn.cchcflow.system.DayFormats.official(date));
    }
  }

  public record Drop(String number, String reason) {
  }

  public record Change(String number, String content, List<String> leadUnits, List<String> supportUnits,
                       String deadlineText, LocalDate dueDate) {
  }
}
