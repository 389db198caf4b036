package vn.cchcflow.tasklifecycle;

import static vn.cchcflow.tasklifecycle.PlanTaskProcess.*;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;
import vn.cchcflow.organisation.CommuneTenantIdProvider;
import vn.cchcflow.organisation.Unit;
import vn.cchcflow.schedule.WorkingCalendar;
import vn.cchcflow.system.EngineAsSystem;
import vn.cchcflow.system.Messages;

/**
 * Starts one {@code PlanTaskProcess} per plan task: first the task's deliverables and each responsible
 * unit's part go into the record (with who reviews it), then the process runs them. Each local lead unit
 * does its own part; a task led outside the commune gives its part to each local support unit instead.
 */
@Component
public class PlanTaskProcessStarter {

  private final RuntimeService runtime;
  private final IdentityService identity;
  private final TaskRecord record;
  private final Messages messages;
  private final WorkingCalendar calendar;
  private final LifecycleSettings settings;

  public PlanTaskProcessStarter(RuntimeService runtime, IdentityService identity, TaskRecord record,
                                Messages messages, WorkingCalendar calendar, LifecycleSettings settings) {
    this.runtime = runtime;
    this.identity = identity;
    this.record = record;
    this.messages = messages;
    this.calendar = calendar;
    this.settings = settings;
  }

  /**
   * Returns the id of the started process instance. The application starts it (the caller has authorized
   * the registration), in the commune the registration names.
   */
  public String start(PlanTaskStart task) {
    planDeliverables(task);
    return EngineAsSystem.call(identity, () -> runtime.createProcessInstanceByKey(KEY)
        .businessKey(businessKey(task.planCode(), task.number()))
        .setVariables(Variables.createVariables()
            .putValue(CommuneTenantIdProvider.COMMUNE_VARIABLE, Variables.stringValue(task.commune().id(), true))
            .putValue(PLAN_TASK_ID, task.planTaskId())
            .putValue(TASK_CAPTION, TaskBriefs.caption(task.number(), task.content()))
            .putValue(TASK_BRIEF, TaskBriefs.brief(task, messages)))
        .execute().getId());
  }

  private void planDeliverables(PlanTaskStart task) {
    List<String> inputUnits = task.inputUnits().stream().map(Unit::code).toList();
    int position = 0;
    for (DeliverablePlan.Planned planned : DeliverablePlan.of(task.schedule(), task.dueDate(), task.periodStart(),
        task.reportDays(), settings, calendar)) {
      long deliverable = record.addDeliverable(task.planId(), task.planTaskId(), task.commune().id(),
          planned.kind(), position++, planned.label(), planned.due(), planned.opensOn(),
          planned.kind() == DeliverableKind.PROGRESS_REPORT ? List.of() : inputUnits);
      for (Unit unit : task.partUnits()) {
        record.addPart(deliverable, unit.code(), ReviewerRule.reviewerOf(task.commune(), unit.code()));
      }
    }
  }
}
