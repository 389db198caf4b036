package vn.cchcflow.integrity;

import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.ProcessInstantiationBuilderImpl;
import org.camunda.bpm.engine.task.IdentityLinkType;
import vn.cchcflow.system.FormFields;
import vn.cchcflow.system.Messages;
import vn.cchcflow.system.OfficialRefusal;

/**
 * The engine's door for people: whatever way a person reaches the engine (Tasklist, Cockpit, the engine
 * REST API), a command they run may carry only the fields the form of the step they work on declares,
 * and may only do what a person's work needs (claim, complete, comment and attach on their own step,
 * start a process from its start form). Everything that would change a task's facts (variables of a
 * process, task dates and groups, messages, signals, instance modification, jobs, history) is refused
 * with a Vietnamese message: facts change only by the application's designated acts, which run as the
 * system. The operator (camunda-admin) acts deliberately and is not stopped here.
 *
 * <p>Only the outermost command of a call is judged: what the engine's own steps do inside it (listeners,
 * delegates) is the application acting.
 */
class FactGuard extends CommandInterceptor {

  /** Engine commands no person but the operator may run (simple class names of Camunda 7.24). */
  static final Set<String> DESIGNATED_ONLY = Set.of(
      "SaveTaskCmd", "CreateTaskCmd", "DeleteTaskCmd", "SetTaskDueDateCmd", "SetTaskFollowUpDateCmd",
      "SetTaskNameCmd", "SetTaskDescriptionCmd", "SetTaskPriorityCmd", "SetTaskOwnerCmd", "AssignTaskCmd",
      "DelegateTaskCmd", "AddGroupIdentityLinkCmd", "AddUserIdentityLinkCmd", "DeleteGroupIdentityLinkCmd",
      "DeleteUserIdentityLinkCmd", "HandleTaskBpmnErrorCmd", "HandleTaskEscalationCmd",
      "SetExecutionVariablesCmd", "PatchExecutionVariablesCmd", "RemoveExecutionVariablesCmd",
      "MessageEventReceivedCmd", "SignalCmd", "SignalEventReceivedCmd", "CorrelateMessageCmd",
      "CorrelateAllMessageCmd", "ModifyProcessInstanceCmd", "ModifyProcessInstanceAsyncCmd",
      "ProcessInstanceModificationCmd", "ProcessInstanceModificationBatchCmd", "RestartProcessInstancesCmd",
      "StartProcessInstanceAtActivitiesCmd", "DeleteProcessInstanceCmd", "DeleteProcessInstancesCmd",
      "SuspendProcessInstanceCmd", "UpdateProcessInstancesSuspendStateCmd",
      "UpdateProcessInstancesSuspendStateBatchCmd", "SetJobDuedateCmd", "SetJobRetriesCmd", "SetJobsRetriesBatchCmd",
      "RecalculateJobDuedateCmd", "ExecuteJobsCmd", "DeleteJobCmd", "SuspendJobCmd", "ActivateJobCmd",
      "DeleteHistoricProcessInstancesCmd", "DeleteHistoricTaskInstanceCmd", "DeleteHistoricVariableInstanceCmd",
      "DeleteHistoricVariableInstancesByProcessInstanceIdCmd", "DeleteUserOperationLogEntryCmd",
      "SaveAttachmentCmd", "DeleteTaskCommentCmd", "DeleteProcessInstanceCommentCmd", "UpdateCommentCmd",
      "UserOperationLogQueryImpl");

  private static final ThreadLocal<int[]> DEPTH = ThreadLocal.withInitial(() -> new int[1]);

  private final FormFields forms;
  private final Messages messages;

  FactGuard(FormFields forms, Messages messages) {
    this.forms = forms;
    this.messages = messages;
  }

  @Override
  public <T> T execute(Command<T> command) {
    int[] depth = DEPTH.get();
    depth[0]++;
    try {
      if (depth[0] == 1) {
        judge(command);
      }
      return next.execute(command);
    } finally {
      depth[0]--;
    }
  }

  private void judge(Command<?> command) {
    CommandContext context = Context.getCommandContext();
    Authentication person = context == null ? null : context.getAuthentication();
    if (person == null || person.getUserId() == null || isOperator(person)) {
      return;
    }
    String name = command.getClass().getSimpleName();
    switch (name) {
      case "CompleteTaskCmd", "ResolveTaskCmd" -> formOnly(context, CommandFields.text(command, "taskId"),
          CommandFields.variableNames(command, "variables"));
      case "SubmitTaskFormCmd" -> formOnly(context, CommandFields.text(command, "taskId"),
          CommandFields.variableNames(command, "properties"));
      case "SetTaskVariablesCmd" -> formOnly(context, CommandFields.text(command, "entityId"),
          CommandFields.variableNames(command, "variables"));
      case "PatchTaskVariablesCmd" -> formOnly(context, CommandFields.text(command, "entityId"),
          CommandFields.variableNames(command, "variables", "deletions"));
      case "RemoveTaskVariablesCmd" -> formOnly(context, CommandFields.text(command, "entityId"),
          CommandFields.variableNames(command, "variableNames"));
      case "StartProcessInstanceCmd" -> {
        ProcessInstantiationBuilderImpl start = (ProcessInstantiationBuilderImpl) CommandFields.value(command,
            "instantiationBuilder");
        startFormOnly(context, start.getProcessDefinitionId(), start.getProcessDefinitionKey(),
            start.getVariables() == null ? Set.of() : start.getVariables().keySet());
      }
      case "SubmitStartFormCmd" -> startFormOnly(context, CommandFields.text(command, "processDefinitionId"), null,
          CommandFields.variableNames(command, "variables"));
      case "ClaimTaskCmd" -> {
        String claimant = CommandFields.text(command, "userId");
        if (claimant != null && !claimant.equals(person.getUserId())) {
          throw refusal("guard.claimForOther");
        }
      }
      case "AddCommentCmd", "CreateAttachmentCmd", "DeleteAttachmentCmd" ->
          ownStepOnly(context, person, CommandFields.text(command, "taskId"), name);
      default -> {
        if (DESIGNATED_ONLY.contains(name)) {
          throw refusal("guard.designatedOnly");
        }
      }
    }
  }

  /** Only the fields the step's form declares. */
  private void formOnly(CommandContext context, String taskId, Set<String> fields) {
    if (fields.isEmpty() || taskId == null) {
      return;
    }
    TaskEntity task = context.getTaskManager().findTaskById(taskId);
    if (task == null) {
      return; // the engine answers "no such task"
    }
    Set<String> declared = task.getTaskDefinition() == null ? Set.of()
        : forms.of(task.getTaskDefinition().getFormDefinition());
    for (String field : fields) {
      if (!declared.contains(field)) {
        throw refusal("guard.fieldNotInForm", field, stepName(task));
      }
    }
  }

  /** Only the fields the process's start form declares; no start form, no start by a person. */
  private void startFormOnly(CommandContext context, String definitionId, String definitionKey, Set<String> fields) {
    ProcessDefinitionEntity definition = definitionId != null
        ? context.getProcessEngineConfiguration().getDeploymentCache().findDeployedProcessDefinitionById(definitionId)
        : context.getProcessEngineConfiguration().getDeploymentCache()
            .findDeployedLatestProcessDefinitionByKey(definitionKey);
    Set<String> declared = forms.of(definition.getStartFormDefinition());
    if (declared.isEmpty()) {
      throw refusal("guard.notStartable", definition.getName() == null ? definition.getKey() : definition.getName());
    }
    for (String field : fields) {
      if (!declared.contains(field)) {
        throw refusal("guard.fieldNotInStartForm", field, definition.getName());
      }
    }
  }

  /** Comments and files go on a step the person works on: assigned to them, or offered to them or their unit. */
  private void ownStepOnly(CommandContext context, Authentication person, String taskId, String command) {
    if (taskId == null) {
      throw refusal("guard.ownStepOnly");
    }
    TaskEntity task = context.getTaskManager().findTaskById(taskId);
    if (task == null) {
      return;
    }
    if (person.getUserId().equals(task.getAssignee())) {
      return;
    }
    List<String> groups = person.getGroupIds() == null ? List.of() : person.getGroupIds();
    boolean candidate = task.getAssignee() == null && task.getIdentityLinks().stream()
        .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()))
        .anyMatch(link -> person.getUserId().equals(link.getUserId()) || groups.contains(link.getGroupId()));
    if (!candidate) {
      throw refusal("guard.ownStepOnly");
    }
  }

  private static String stepName(TaskEntity task) {
    String name = task.getName() == null ? task.getTaskDefinitionKey() : task.getName();
    int separator = name.indexOf(" · ");
    return separator < 0 ? name : name.substring(0, separator);
  }

  private static boolean isOperator(Authentication person) {
    return person.getGroupIds() != null && person.getGroupIds().contains(Groups.CAMUNDA_ADMIN);
  }

  private OfficialRefusal refusal(String key, Object... args) {
    return new OfficialRefusal(OfficialRefusal.Kind.FORBIDDEN, messages.get(key, args));
  }
}
