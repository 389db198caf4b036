package vn.cchcflow.tasklifecycle;

import static vn.cchcflow.tasklifecycle.PlanTaskProcess.DELIVERABLE_ID;
import static vn.cchcflow.tasklifecycle.PlanTaskProcess.PART_ID;

import java.util.List;
import java.util.Objects;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/** The open user tasks of one deliverable, or of one part, of a plan task's lifecycle. */
@Component
public class OpenSteps {

  private final RuntimeService runtime;
  private final TaskService tasks;

  public OpenSteps(RuntimeService runtime, TaskService tasks) {
    this.runtime = runtime;
    this.tasks = tasks;
  }

  public List<Task> ofInstance(String processInstanceId) {
    return tasks.createTaskQuery().processInstanceId(processInstanceId).orderByTaskCreateTime().asc().list();
  }

  public List<Task> ofDeliverable(String processInstanceId, long deliverableId) {
    return ofInstance(processInstanceId).stream()
        .filter(task -> Objects.equals(idOf(task.getExecutionId(), DELIVERABLE_ID), deliverableId)).toList();
  }

  public List<Task> ofPart(String processInstanceId, long partId) {
    return ofInstance(processInstanceId).stream()
        .filter(task -> Objects.equals(idOf(task.getExecutionId(), PART_ID), partId)).toList();
  }

  /** The deliverable or part an execution works in (null outside one). */
  public Long idOf(String executionId, String variable) {
    Object id = runtime.getVariable(executionId, variable);
    return id == null ? null : ((Number) id).longValue();
  }
}
