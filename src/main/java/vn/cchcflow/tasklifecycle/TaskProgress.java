package vn.cchcflow.tasklifecycle;

import java.util.Date;
import java.util.List;

/** Where one plan task stands in its lifecycle. */
public record TaskProgress(TaskStatus status, List<CurrentStep> currentSteps, Date completedAt) {

  /** An open user task: the step (activity id and its Vietnamese name) and who holds it. */
  public record CurrentStep(String step, String name, String assignee, Date dueDate) {
  }
}
