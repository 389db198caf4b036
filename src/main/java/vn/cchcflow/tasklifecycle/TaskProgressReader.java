package vn.cchcflow.tasklifecycle;

import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.springframework.stereotype.Component;
import vn.cchcflow.system.EngineAsSystem;

/**
 * Reads where many plan tasks stand with a few batched queries: statuses from the task record, open
 * steps from the engine. The caller has already decided which tasks the user may see, so the engine is
 * read without the user's authorizations here.
 */
@Component
public class TaskProgressReader {

  private static final int BATCH = 500;

  private final TaskRecord record;
  private final TaskService tasks;
  private final RepositoryService repository;
  private final IdentityService identity;
  private final Map<String, Map<String, String>> stepNamesByDefinition = new ConcurrentHashMap<>();

  public TaskProgressReader(TaskRecord record, TaskService tasks, RepositoryService repository,
                            IdentityService identity) {
    this.record = record;
    this.tasks = tasks;
    this.repository = repository;
    this.identity = identity;
  }

  /** Progress per plan task id; {@code instanceByTask} gives each task's process instance. */
  public Map<Long, TaskProgress> read(Map<Long, String> instanceByTask, Instant asOf) {
    if (instanceByTask.isEmpty()) {
      return Map.of();
    }
    Map<Long, List<DeliverableView>> deliverables = record.deliverables(instanceByTask.keySet());
    Map<String, List<TaskProgress.CurrentStep>> steps = openSteps(instanceByTask.values());
    Map<Long, TaskProgress> result = new HashMap<>();
    instanceByTask.forEach((taskId, instanceId) -> {
      List<DeliverableView> own = deliverables.getOrDefault(taskId, List.of());
      result.put(taskId, progress(own, steps.getOrDefault(instanceId, List.of()), asOf));
    });
    return result;
  }

  /** The open steps of the instances, oldest first, with their Vietnamese step names. */
  public Map<String, List<TaskProgress.CurrentStep>> openSteps(Collection<String> instanceIds) {
    List<String> ids = instanceIds.stream().filter(Objects::nonNull).toList();
    return EngineAsSystem.call(identity, () -> {
      Map<String, List<TaskProgress.CurrentStep>> byInstance = new HashMap<>();
      for (int from = 0; from < ids.size(); from += BATCH) {
        String[] batch = ids.subList(from, Math.min(ids.size(), from + BATCH)).toArray(String[]::new);
        for (Task task : tasks.createTaskQuery().processInstanceIdIn(batch).orderByTaskCreateTime().asc().list()) {
          byInstance.computeIfAbsent(task.getProcessInstanceId(), id -> new java.util.ArrayList<>())
              .add(new TaskProgress.CurrentStep(task.getTaskDefinitionKey(),
                  stepName(task.getProcessDefinitionId(), task.getTaskDefinitionKey()), task.getAssignee(),
                  task.getDueDate(), task.getId()));
        }
      }
      return byInstance;
    });
  }

  static TaskProgress progress(List<DeliverableView> deliverables, List<TaskProgress.CurrentStep> steps,
                               Instant asOf) {
    List<TaskProgress.DeliverableProgress> each = deliverables.stream()
        .map(d -> new TaskProgress.DeliverableProgress(d.id(), d.kind(), d.due(), d.status(asOf), d.submittedAt(),
            d.doneAt()))
        .toList();
    TaskStatus status = TaskStatus.overall(each.stream().map(TaskProgress.DeliverableProgress::status).toList());
    Instant completedAt = status.isDone() ? deliverables.stream().map(DeliverableView::doneAt)
        .filter(Objects::nonNull).max(Comparator.naturalOrder()).orElse(null) : null;
    return new TaskProgress(status, steps, completedAt, each);
  }

  private String stepName(String processDefinitionId, String activityId) {
    return stepNamesByDefinition.computeIfAbsent(processDefinitionId, id ->
            repository.getBpmnModelInstance(id).getModelElementsByType(FlowElement.class).stream()
                .filter(e -> e.getName() != null)
                .collect(Collectors.toMap(FlowElement::getId, FlowElement::getName, (a, b) -> a)))
        .getOrDefault(activityId, activityId);
  }
}
