package vn.cchcflow.system;

import java.util.Set;
import org.camunda.bpm.engine.impl.bpmn.helper.BpmnProperties;
import org.camunda.bpm.engine.impl.history.AbstractHistoryLevel;
import org.camunda.bpm.engine.impl.history.event.HistoryEventType;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.VariableInstanceEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;

/**
 * The engine history this product keeps ({@code camunda.bpm.history-level: cchc}): what the reports, the audit
 * trail, Tasklist, Cockpit and the operator read, and not every intermediate value (issue 16).
 *
 * <p>Kept, and who reads it:
 * <ul>
 *   <li>process instances: Cockpit, retention (removal time), background import status;</li>
 *   <li>user tasks: the task's history page ({@code plan.TaskTrail}), Tasklist;</li>
 *   <li>variable instances of a process's own variables (last value; not a multi-instance's loop counters):
 *       background import status, Cockpit;</li>
 *   <li>the user operation log: Tasklist's history tab, who attached or commented;</li>
 *   <li>incidents, batches, external tasks, and the job log of jobs that ran or failed (which node ran a job);</li>
 *   <li>activity instances of the steps of the work and how a process went: user and service tasks, call
 *       activities, boundary events (an escalation), end events (how a lifecycle ended), the start of a
 *       process.</li>
 * </ul>
 * Not kept: every intermediate variable value and form property ({@code ACT_HI_DETAIL}: nobody reads it, and
 * it was a third of the history), variables local to a step or an inner scope (a multi-instance's element, a
 * unit report's questions and answer slots, a notice ladder's last rung: working state of a running scope, which
 * nobody reads once the scope has ended and which made a report opening write every question twice),
 * identity-link history (the unit owning a step is in the application's record), job creation and deletion (a
 * deadline watch re-plans its timer with every step), and the passage
 * through gateways, sub-process scopes, multi-instance bodies and intermediate timers (a timer that fired is in
 * the job log, and the notice it led to in the outbox with its recipients).
 *
 * <p>The figures sent to the city never come from engine history: they are computed from the application's
 * task record ({@code tasklifecycle.TaskRecord}).
 */
public final class ProductHistoryLevel extends AbstractHistoryLevel {

  public static final String NAME = "cchc";
  /** Stored in ACT_GE_PROPERTY "historyLevel"; Camunda's own levels are 0 to 3. */
  public static final int ID = 31;

  private static final Set<HistoryEventType> KEPT = Set.of(
      HistoryEventTypes.PROCESS_INSTANCE_START, HistoryEventTypes.PROCESS_INSTANCE_UPDATE,
      HistoryEventTypes.PROCESS_INSTANCE_MIGRATE, HistoryEventTypes.PROCESS_INSTANCE_END,
      HistoryEventTypes.TASK_INSTANCE_CREATE, HistoryEventTypes.TASK_INSTANCE_UPDATE,
      HistoryEventTypes.TASK_INSTANCE_MIGRATE, HistoryEventTypes.TASK_INSTANCE_COMPLETE,
      HistoryEventTypes.TASK_INSTANCE_DELETE,
      HistoryEventTypes.INCIDENT_CREATE, HistoryEventTypes.INCIDENT_MIGRATE, HistoryEventTypes.INCIDENT_DELETE,
      HistoryEventTypes.INCIDENT_RESOLVE, HistoryEventTypes.INCIDENT_UPDATE,
      HistoryEventTypes.JOB_FAIL, HistoryEventTypes.JOB_SUCCESS,
      HistoryEventTypes.BATCH_START, HistoryEventTypes.BATCH_END, HistoryEventTypes.BATCH_UPDATE,
      HistoryEventTypes.EXTERNAL_TASK_CREATE, HistoryEventTypes.EXTERNAL_TASK_FAIL,
      HistoryEventTypes.EXTERNAL_TASK_SUCCESS, HistoryEventTypes.EXTERNAL_TASK_DELETE,
      HistoryEventTypes.USER_OPERATION_LOG);

  private static final Set<HistoryEventType> ACTIVITY = Set.of(
      HistoryEventTypes.ACTIVITY_INSTANCE_START, HistoryEventTypes.ACTIVITY_INSTANCE_UPDATE,
      HistoryEventTypes.ACTIVITY_INSTANCE_MIGRATE, HistoryEventTypes.ACTIVITY_INSTANCE_END);

  private static final Set<HistoryEventType> VARIABLE = Set.of(
      HistoryEventTypes.VARIABLE_INSTANCE_CREATE, HistoryEventTypes.VARIABLE_INSTANCE_UPDATE,
      HistoryEventTypes.VARIABLE_INSTANCE_MIGRATE, HistoryEventTypes.VARIABLE_INSTANCE_DELETE);

  /** The engine's own counters of a multi-instance activity: bookkeeping, rewritten with every instance. */
  private static final Set<String> LOOP_COUNTERS = Set.of("loopCounter", "nrOfInstances", "nrOfActiveInstances",
      "nrOfCompletedInstances");

  /** Activity types whose passage is plumbing of the model, not a step of the work. */
  private static final Set<String> PLUMBING = Set.of("exclusiveGateway", "parallelGateway", "inclusiveGateway",
      "eventBasedGateway", "complexGateway", "subProcess", "multiInstanceBody", "intermediateNoneThrowEvent",
      "intermediateTimer");

  @Override
  public int getId() {
    return ID;
  }

  @Override
  public String getName() {
    return NAME;
  }

  @Override
  public boolean isHistoryEventProduced(HistoryEventType eventType, Object entity) {
    if (KEPT.contains(eventType)) {
      return true;
    }
    // without an entity the engine asks whether the type is produced at all (e.g. before querying)
    if (VARIABLE.contains(eventType)) {
      return !(entity instanceof VariableInstanceEntity variable) || isProcessVariable(variable);
    }
    return ACTIVITY.contains(eventType) && isStep(entity);
  }

  /**
   * The same answer for a variable's create, updates and delete: where it lives decides. A local variable that
   * the engine moves onto the process instance when it compacts its execution tree starts its history there
   * (the engine inserts the row an update finds missing).
   */
  private static boolean isProcessVariable(VariableInstanceEntity variable) {
    return variable.getTaskId() == null && !LOOP_COUNTERS.contains(variable.getName())
        && (variable.getExecutionId() == null || variable.getExecutionId().equals(variable.getProcessInstanceId()));
  }

  /** The same answer for an activity's start, updates and end: its type and place decide, not the moment. */
  private static boolean isStep(Object entity) {
    ActivityImpl activity = entity instanceof ExecutionEntity execution ? execution.getActivity() : null;
    if (activity == null) {
      return true;
    }
    String type = (String) activity.getProperties().get(BpmnProperties.TYPE);
    if (type == null) {
      return true;
    }
    if ("startEvent".equals(type)) {
      return activity.getFlowScope() == activity.getProcessDefinition();
    }
    return !PLUMBING.contains(type);
  }
}
