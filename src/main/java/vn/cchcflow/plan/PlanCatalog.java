package vn.cchcflow.plan;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Read access to registered plans for other capabilities (reports); no authorization of its own. */
@Service
public class PlanCatalog {

  private final PlanRepository plans;
  private final PlanTaskRepository tasks;

  PlanCatalog(PlanRepository plans, PlanTaskRepository tasks) {
    this.plans = plans;
    this.tasks = tasks;
  }

  /** One plan task with its plan, or empty. */
  @Transactional(readOnly = true)
  public java.util.Optional<PlanTask> task(long planTaskId) {
    return tasks.findById(planTaskId).map(task -> {
      task.getPlan().getTitle();
      return task;
    });
  }

  /** One plan with its tasks, or empty. */
  @Transactional(readOnly = true)
  public java.util.Optional<Plan> find(long id) {
    return plans.findById(id).map(plan -> {
      plan.getTasks().size();
      return plan;
    });
  }

  /** The communes' plans whose period overlaps [start, end], with their tasks loaded. */
  @Transactional(readOnly = true)
  public List<Plan> overlapping(Collection<String> communes, LocalDate start, LocalDate end) {
    return plans.findOverlapping(communes, start, end);
  }
}
