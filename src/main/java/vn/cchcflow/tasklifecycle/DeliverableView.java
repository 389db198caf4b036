package vn.cchcflow.tasklifecycle;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One tracked deliverable of a plan task, as recorded; {@code label} is the ISO date of the commune
 * report a progress report feeds (null otherwise); {@code supportUnits} are the codes of the units asked
 * for input; {@code addedAt}: when it became part of the plan (registration or amendment).
 */
public record DeliverableView(long id, long planTaskId, String commune, DeliverableKind kind, int position,
                              String label, LocalDate due, LocalDate opensOn, List<String> supportUnits,
                              Instant submittedAt, Instant doneAt, Instant withdrawnAt, Instant addedAt) {

  public DeliverableView {
    supportUnits = supportUnits == null ? List.of() : List.copyOf(supportUnits);
  }

  public TaskStatus status(Instant asOf) {
    return TaskStatus.of(due, submittedAt, doneAt, withdrawnAt, asOf);
  }

  public boolean isSettled() {
    return doneAt != null || withdrawnAt != null;
  }
}
