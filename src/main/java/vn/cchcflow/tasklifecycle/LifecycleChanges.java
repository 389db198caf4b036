package vn.cchcflow.tasklifecycle;

import static vn.cchcflow.tasklifecycle.PlanTaskProcess.*;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ActivityInstance;
import org.camunda.bpm.engine.runtime.EventSubscription;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import vn.cchcflow.organisation.Commune;
import vn.cchcflow.organisation.UnitGroups;
import vn.cchcflow.system.EngineAsSystem;
import vn.cchcflow.system.VietnamTime;

/**
 * How a running lifecycle follows an amendment of its plan task: the task is withdrawn; its content is
 * reworded; a lead unit's part moves to another unit (its open steps with it, its timers untouched); a
 * lead unit is added or removed; its support units change. The record changes first, then the engine
 * follows, in the caller's transaction. Authorized by the caller.
 */
@Component
public class LifecycleChanges {

  private static final String PART_BODY = SUBPROCESS_LEAD_PART + "#multiInstanceBody";
  private static final String SUPPORT_BODY = TASK_PROVIDE_SUPPORT_INPUT + "#multiInstanceBody";

  private final TaskRecord record;
  private final OpenSteps openSteps;
  private final TaskRecordSteps steps;
  private final RuntimeService runtime;
  private final TaskService tasks;
  private final IdentityService identity;

  public LifecycleChanges(TaskRecord record, OpenSteps openSteps, TaskRecordSteps steps, RuntimeService runtime,
                          TaskService tasks, IdentityService identity) {
    this.record = record;
    this.openSteps = openSteps;
    this.steps = steps;
    this.runtime = runtime;
    this.tasks = tasks;
    this.identity = identity;
  }

  /** The task was dropped ("đã bãi bỏ"): its instance ends as withdrawn and leaves the figures from now on. */
  public void withdraw(String processInstanceId) {
    EngineAsSystem.run(identity, () -> runtime.createMessageCorrelation(MESSAGE_TASK_WITHDRAWN)
        .processInstanceId(processInstanceId).correlateWithResult());
  }

  /** The task's content was reworded: its caption, its brief and the names of its open steps follow. */
  public void reword(String processInstanceId, String caption, String brief) {
    EngineAsSystem.run(identity, () -> {
      Object old = runtime.getVariable(processInstanceId, TASK_CAPTION);
      runtime.setVariable(processInstanceId, TASK_CAPTION, caption);
      runtime.setVariable(processInstanceId, TASK_BRIEF, brief);
      for (Task task : openSteps.ofInstance(processInstanceId)) {
        if (task.getName() != null && old != null && task.getName().endsWith(CAPTION_SEPARATOR + old)) {
          task.setName(task.getName().substring(0, task.getName().length() - old.toString().length()) + caption);
          tasks.saveTask(task);
        }
      }
    });
  }

  /**
   * A lead unit's work goes to another unit: in every unfinished deliverable its part becomes the new
   * unit's, with the reviewer the rule gives it; its open steps move to the new unit's groups (an officer
   * or head of the old unit no longer holds them). The deliverable's deadline watch is not touched, so its
   * timers are neither lost nor doubled.
   */
  public void moveLead(long planTaskId, String processInstanceId, Commune commune, String fromUnit, String toUnit) {
    EngineAsSystem.run(identity, () -> {
      for (DeliverableView deliverable : unsettled(planTaskId)) {
        for (PartView part : record.parts(deliverable.id())) {
          if (!part.isOpen() || !part.unitCode().equals(fromUnit)) {
            continue;
          }
          record.reassignPart(part.id(), toUnit, ReviewerRule.reviewerOf(commune, toUnit));
          for (Task task : openSteps.ofPart(processInstanceId, part.id())) {
            if (!TASK_PROVIDE_SUPPORT_INPUT.equals(task.getTaskDefinitionKey())) {
              moveStep(task, commune, fromUnit, toUnit, part.id());
            }
          }
        }
      }
    });
  }

  /** A lead unit joins: it gets its part in every unfinished deliverable, started at once where work runs. */
  public void addLead(long planTaskId, String processInstanceId, Commune commune, String unitCode) {
    EngineAsSystem.run(identity, () -> {
      for (DeliverableView deliverable : unsettled(planTaskId)) {
        long partId = record.addPart(deliverable.id(), unitCode, ReviewerRule.reviewerOf(commune, unitCode));
        ActivityInstance body = bodyOf(processInstanceId, PART_BODY, DELIVERABLE_ID, deliverable.id());
        if (body != null) {
          runtime.createProcessInstanceModification(processInstanceId)
              .startBeforeActivity(SUBPROCESS_LEAD_PART, body.getId())
              .setVariableLocal(PART_ID, partId)
              .execute(true, true);
        }
      }
    });
  }

  /** A lead unit leaves: its unfinished parts are withdrawn and their steps end. */
  public void removeLead(long planTaskId, String processInstanceId, String unitCode) {
    EngineAsSystem.run(identity, () -> {
      Instant now = VietnamTime.now().toInstant();
      for (DeliverableView deliverable : unsettled(planTaskId)) {
        for (PartView part : record.parts(deliverable.id())) {
          if (part.isOpen() && part.unitCode().equals(unitCode)) {
            record.withdrawPart(part.id(), now);
            for (EventSubscription sub : runtime.createEventSubscriptionQuery().processInstanceId(processInstanceId)
                .eventName(MESSAGE_PART_WITHDRAWN).list()) {
              if (Objects.equals(openSteps.idOf(sub.getExecutionId(), PART_ID), part.id())) {
                runtime.messageEventReceived(MESSAGE_PART_WITHDRAWN, sub.getExecutionId());
              }
            }
          }
        }
      }
    });
  }

  /**
   * The support units change: unfinished deliverables ask the new set; where input is being collected, a
   * unit that joins gets its input step at once, and a unit no longer asked has its open step closed.
   */
  public void changeSupport(long planTaskId, String processInstanceId, Commune commune, List<String> supportUnits) {
    EngineAsSystem.run(identity, () -> {
      for (DeliverableView deliverable : unsettled(planTaskId)) {
        if (deliverable.kind() == DeliverableKind.PROGRESS_REPORT) {
          continue;
        }
        List<String> added = supportUnits.stream().filter(u -> !deliverable.supportUnits().contains(u)).toList();
        Set<String> kept = Set.copyOf(supportUnits);
        record.changeSupportUnits(deliverable.id(), supportUnits);
        for (PartView part : record.parts(deliverable.id())) {
          if (!part.isOpen()) {
            continue;
          }
          List<Task> asked = openSteps.ofPart(processInstanceId, part.id()).stream()
              .filter(t -> TASK_PROVIDE_SUPPORT_INPUT.equals(t.getTaskDefinitionKey())).toList();
          // joiners first, while the input collection still runs; then those no longer asked are released
          ActivityInstance body = bodyOf(processInstanceId, SUPPORT_BODY, PART_ID, part.id());
          for (String unit : added) {
            if (body != null && !unit.equals(part.unitCode())) {
              runtime.createProcessInstanceModification(processInstanceId)
                  .startBeforeActivity(TASK_PROVIDE_SUPPORT_INPUT, body.getId())
                  .setVariableLocal(SUPPORT_UNIT, UnitGroups.unit(commune.id(), unit))
                  .execute(true, true);
            }
          }
          for (Task task : asked) {
            String group = String.valueOf(runtime.getVariable(task.getExecutionId(), SUPPORT_UNIT));
            if (!kept.contains(group.substring(commune.id().length()))) {
              tasks.complete(task.getId());
            }
          }
        }
      }
    });
  }

  private void moveStep(Task task, Commune commune, String fromUnit, String toUnit, long partId) {
    String oldUnit = UnitGroups.unit(commune.id(), fromUnit);
    String oldHead = UnitGroups.head(commune.id(), fromUnit);
    for (IdentityLink link : tasks.getIdentityLinksForTask(task.getId())) {
      if (!IdentityLinkType.CANDIDATE.equals(link.getType())) {
        continue;
      }
      if (link.getGroupId() != null && (link.getGroupId().equals(oldUnit) || link.getGroupId().equals(oldHead)
          || TASK_REVIEW_DELIVERABLE.equals(task.getTaskDefinitionKey()))) {
        tasks.deleteCandidateGroup(task.getId(), link.getGroupId());
      } else if (link.getUserId() != null && TASK_REVIEW_DELIVERABLE.equals(task.getTaskDefinitionKey())) {
        tasks.deleteCandidateUser(task.getId(), link.getUserId());
      }
    }
    switch (task.getTaskDefinitionKey()) {
      case TASK_ASSIGN_OFFICER, TASK_SIGN_OFF -> {
        tasks.addCandidateGroup(task.getId(), UnitGroups.head(commune.id(), toUnit));
        tasks.setAssignee(task.getId(), steps.soleHead(partId));
      }
      case TASK_REVIEW_DELIVERABLE -> {
        steps.reviewerGroups(partId).forEach(group -> tasks.addCandidateGroup(task.getId(), group));
        steps.reviewerUsers(partId).forEach(user -> tasks.addCandidateUser(task.getId(), user));
      }
      default -> {
        tasks.addCandidateGroup(task.getId(), UnitGroups.unit(commune.id(), toUnit));
        tasks.setAssignee(task.getId(), null);
      }
    }
  }

  private List<DeliverableView> unsettled(long planTaskId) {
    return record.deliverables(planTaskId).stream().filter(d -> !d.isSettled()).toList();
  }

  /** The running multi-instance body of the deliverable or part whose variable has the given id, or null. */
  private ActivityInstance bodyOf(String processInstanceId, String bodyActivity, String idVariable, long id) {
    List<ActivityInstance> found = new ArrayList<>();
    collect(runtime.getActivityInstance(processInstanceId), bodyActivity, found);
    for (ActivityInstance body : found) {
      for (String executionId : body.getExecutionIds()) {
        if (Objects.equals(openSteps.idOf(executionId, idVariable), id)) {
          return body;
        }
      }
    }
    return null;
  }

  private static void collect(ActivityInstance instance, String activityId, List<ActivityInstance> found) {
    if (instance == null) {
      return;
    }
    if (activityId.equals(instance.getActivityId())) {
      found.add(instance);
    }
    for (ActivityInstance child : instance.getChildActivityInstances()) {
      collect(child, activityId, found);
    }
  }
}
