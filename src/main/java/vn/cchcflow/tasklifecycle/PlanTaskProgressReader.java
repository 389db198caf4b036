package vn.cchcflow.tasklifecycle;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.springframework.stereotype.Component;
import vn.cchcflow.system.EngineAsSystem;
import vn.cchcflow.system.VietnamTime;

/**
 * Reads the status of many plan tasks with a few batched engine queries. The caller has already decided
 * which tasks the user may see, so the engine is read without the user's authorizations here.
 */
@Component
public class PlanTaskProgressReader {

  private final HistoryService history;
  private final TaskService tasks;
  private final RepositoryService repository;
  private final IdentityService identity;
  private final Map<String, Map<String, String>> stepNamesByDefinition = new ConcurrentHashMap<>();

  public PlanTaskProgressReader(HistoryService history, TaskService tasks, RepositoryService repository,
                                IdentityService identity) {
    this.history = history;
    this.tasks = tasks;
    this.repository = repository;
    this.identity = identity;
  }

  /** Progress per process instance id; {@code dueByInstance} gives each instance's due day (or null). */
  public Map<String, TaskProgress> read(Map<String, LocalDate> dueByInstance) {
    if (dueByInstance.isEmpty()) {
      return Map.of();
    }
    return EngineAsSystem.call(identity, () -> readAll(dueByInstance));
  }

  private Map<String, TaskProgress> readAll(Map<String, LocalDate> dueByInstance) {
    String[] ids = dueByInstance.keySet().toArray(String[]::new);
    Map<String, HistoricProcessInstance> instances = history.createHistoricProcessInstanceQuery()
        .processInstanceIds(dueByInstance.keySet()).list().stream()
        .collect(Collectors.toMap(HistoricProcessInstance::getId, i -> i));
    Map<String, Object> outcomes = history.createHistoricVariableInstanceQuery()
        .processInstanceIdIn(ids).variableName(PlanTaskProcess.OUTCOME).list().stream()
        .collect(Collectors.toMap(HistoricVariableInstance::getProcessInstanceId, HistoricVariableInstance::getValue,
            (a, b) -> a));
    Map<String, List<Task>> openTasks = tasks.createTaskQuery().processInstanceIdIn(ids).list().stream()
        .collect(Collectors.groupingBy(Task::getProcessInstanceId));

    Date now = VietnamTime.now();
    Map<String, TaskProgress> result = new HashMap<>();
    dueByInstance.forEach((id, due) -> {
      HistoricProcessInstance instance = instances.get(id);
      if (instance != null && instance.getEndTime() != null) {
        Object outcome = outcomes.get(id);
        TaskStatus status = outcome != null ? TaskStatus.valueOf(outcome.toString())
            : TaskStatus.completed(due, instance.getEndTime());
        result.put(id, new TaskProgress(status, List.of(), instance.getEndTime()));
      } else {
        List<TaskProgress.CurrentStep> steps = openTasks.getOrDefault(id, List.of()).stream()
            .sorted(Comparator.comparing(Task::getCreateTime))
            .map(task -> new TaskProgress.CurrentStep(task.getTaskDefinitionKey(),
                stepName(task.getProcessDefinitionId(), task.getTaskDefinitionKey()), task.getAssignee(),
                task.getDueDate()))
            .toList();
        result.put(id, new TaskProgress(TaskStatus.open(due, now), steps, null));
      }
    });
    return result;
  }

  private String stepName(String processDefinitionId, String activityId) {
    return stepNamesByDefinition.computeIfAbsent(processDefinitionId, id ->
            repository.getBpmnModelInstance(id).getModelElementsByType(FlowElement.class).stream()
                .filter(e -> e.getName() != null)
                .collect(Collectors.toMap(FlowElement::getId, FlowElement::getName)))
        .getOrDefault(activityId, activityId);
  }
}
