package vn.cchcflow.tasklifecycle.process;

import static vn.cchcflow.tasklifecycle.PlanTaskProcess.*;

import java.time.Instant;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.springframework.stereotype.Component;
import vn.cchcflow.organisation.Commune;
import vn.cchcflow.organisation.CommuneDirectory;
import vn.cchcflow.organisation.UnitGroups;
import vn.cchcflow.system.FormFields;
import vn.cchcflow.system.Messages;
import vn.cchcflow.system.OfficialRefusal;
import vn.cchcflow.system.VietnamTime;
import vn.cchcflow.tasklifecycle.PartView;
import vn.cchcflow.tasklifecycle.ReturnRule;
import vn.cchcflow.tasklifecycle.ReviewStage;
import vn.cchcflow.tasklifecycle.Submission;
import vn.cchcflow.tasklifecycle.TaskRecord;
import vn.cchcflow.tasklifecycle.TaskRecordSteps;

/**
 * What a completed step's form said goes into the task record, checked first (the officer belongs to the
 * unit; a return says what to change); then the engine forgets the form's fields, so nothing a person
 * typed lingers in the process for the next step, round or part. The submission time is the engine's
 * clock at the moment the officer submits: that is what "on time" is judged by.
 */
@Component
class StepRecorder {

  private final TaskRecord record;
  private final CommuneDirectory communes;
  private final Messages messages;
  private final FormFields forms = FormFields.shipped();

  StepRecorder(TaskRecord record, CommuneDirectory communes, Messages messages) {
    this.record = record;
    this.communes = communes;
    this.messages = messages;
  }

  void record(DelegateTask task) {
    Long partId = TaskRecordSteps.partOf(task.getExecution());
    Instant now = VietnamTime.now().toInstant();
    String actor = actor(task);
    switch (task.getTaskDefinitionKey()) {
      case TASK_ASSIGN_OFFICER -> record.assignOfficer(partId, checkedOfficer(task, partId));
      case TASK_EXECUTE_TASK -> record.noteProgress(partId, text(task, PROGRESS_NOTE));
      case TASK_PROVIDE_SUPPORT_INPUT -> {
        String input = text(task, SUPPORT_INPUT);
        if (input != null && !input.isBlank()) {
          String group = String.valueOf(task.getVariable(SUPPORT_UNIT));
          record.giveSupportInput(partId, group.substring(task.getTenantId().length()), input.strip(), actor, now);
        }
      }
      case TASK_SIGN_OFF -> decide(task, partId, ReviewStage.SIGN_OFF, SIGN_OFF_DECISION, SIGN_OFF_COMMENT, actor, now);
      case TASK_SUBMIT_DELIVERABLE -> record.submit(partId, now, new Submission(text(task, DOCUMENT_NUMBER),
          text(task, DOCUMENT_DATE), text(task, DELIVERABLE_SUMMARY), text(task, DELIVERABLE_LINK)));
      case TASK_REVIEW_DELIVERABLE -> decide(task, partId, ReviewStage.REVIEW, REVIEW_DECISION, REVIEW_COMMENT, actor, now);
      case TASK_REPORT_PROGRESS -> record.reportProgress(partId, now, new Submission(null, null,
          messages.get("step.progressReport", orDash(task.getVariable("progressDone")),
              orDash(task.getVariable("progressPercent")), orDash(task.getVariable("progressObstacles"))), null));
      default -> {
        return; // Task_SetDeadline: Task_ApplyDeadline reads and applies the date
      }
    }
    forget(task);
  }

  private void decide(DelegateTask task, Long partId, ReviewStage stage, String decisionField, String commentField,
                      String actor, Instant now) {
    boolean approved = APPROVE.equals(task.getVariable(decisionField));
    String comment = text(task, commentField);
    ReturnRule.requireComment(approved, comment, messages);
    record.decide(partId, stage, now, approved, actor, comment == null ? null : comment.strip());
  }

  private String checkedOfficer(DelegateTask task, Long partId) {
    Object officer = task.getVariable(OFFICER);
    PartView part = record.part(partId);
    Commune commune = communes.find(task.getTenantId()).orElseThrow();
    String unitGroup = UnitGroups.unit(commune.id(), part.unitCode());
    boolean member = officer != null && task.getProcessEngineServices().getIdentityService().createUserQuery()
        .userId(officer.toString()).memberOfGroup(unitGroup).count() == 1;
    if (!member) {
      throw new OfficialRefusal(OfficialRefusal.Kind.INVALID_INPUT, messages.get("task.assign.officerNotInUnit",
          officer == null ? "" : officer, StepBriefs.unitName(commune, part.unitCode())));
    }
    return officer.toString();
  }

  /** The form's fields leave the engine once recorded (they were set on the process instance by completion). */
  private void forget(DelegateTask task) {
    var fields = forms.of(((TaskEntity) task).getTaskDefinition().getFormDefinition());
    task.getExecution().removeVariables(fields);
  }

  private static String actor(DelegateTask task) {
    Authentication auth = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    return auth == null ? null : auth.getUserId();
  }

  private static String text(DelegateTask task, String field) {
    Object value = task.getVariable(field);
    return value == null ? null : value.toString();
  }

  private static Object orDash(Object value) {
    return value == null || value.toString().isBlank() ? "—" : value;
  }
}
