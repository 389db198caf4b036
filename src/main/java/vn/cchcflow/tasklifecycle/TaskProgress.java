package vn.cchcflow.tasklifecycle;

import java.time.Instant;
import java.util.Date;
import java.util.List;

/**
 * Where one plan task stands: its status (from the record, by the one status rule), its open steps (from
 * the engine), when it was finished, and its deliverables with their own statuses.
 */
public record TaskProgress(TaskStatus status, List<CurrentStep> currentSteps, Instant completedAt,
                           List<DeliverableProgress> deliverables) {

  /** An open user task: the step (activity id and its Vietnamese name), who holds it, when it is due. */
  public record CurrentStep(String step, String name, String assignee, Date dueDate, String taskId) {
  }

  /** One deliverable and its status. */
  public record DeliverableProgress(long id, DeliverableKind kind, java.time.LocalDate due, TaskStatus status,
                                    Instant submittedAt, Instant doneAt) {
  }
}
