package vn.cchcflow.tasklifecycle.process;

import static vn.cchcflow.tasklifecycle.PlanTaskProcess.*;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.Variables.SerializationDataFormats;
import org.springframework.stereotype.Component;
import vn.cchcflow.organisation.Commune;
import vn.cchcflow.organisation.CommuneDirectory;
import vn.cchcflow.organisation.PersonNames;
import vn.cchcflow.organisation.Unit;
import vn.cchcflow.system.Messages;
import vn.cchcflow.system.VietnamTime;
import vn.cchcflow.tasklifecycle.DeliverableView;
import vn.cchcflow.tasklifecycle.PartView;
import vn.cchcflow.tasklifecycle.ReviewStage;
import vn.cchcflow.tasklifecycle.ReviewView;
import vn.cchcflow.tasklifecycle.SupportInputView;
import vn.cchcflow.tasklifecycle.TaskRecord;
import vn.cchcflow.tasklifecycle.TaskRecordSteps;
import vn.cchcflow.system.DayFormats;

/**
 * Names a new user task after its step and plan task ("Thực hiện nhiệm vụ · NV 3: Xây dựng …") and
 * writes what its form shows beyond the task's brief, from the record: the exact due date, whose part it
 * is, the comments of a return, the support units' input and who has not given it yet, the submission to
 * review. The assignment step also gets the unit's officers to choose from.
 */
@Component
class StepBriefs {

  private final TaskRecord record;
  private final CommuneDirectory communes;
  private final IdentityService identity;
  private final Messages messages;

  StepBriefs(TaskRecord record, CommuneDirectory communes, IdentityService identity, Messages messages) {
    this.record = record;
    this.communes = communes;
    this.identity = identity;
    this.messages = messages;
  }

  void write(DelegateTask task) {
    task.setName(task.getName() + CAPTION_SEPARATOR + task.getVariable(TASK_CAPTION));
    Commune commune = communes.find(task.getTenantId()).orElseThrow();
    Long partId = TaskRecordSteps.partOf(task.getExecution());
    StringBuilder brief = new StringBuilder();
    if (task.getDueDate() != null) {
      line(brief, "step.brief.due", DayFormats.OFFICIAL.format(VietnamTime.dayOf(task.getDueDate())));
    }
    if (TASK_PROVIDE_SUPPORT_INPUT.equals(task.getTaskDefinitionKey())) {
      String unit = unitName(commune, String.valueOf(task.getVariable(SUPPORT_UNIT)).substring(commune.id().length()));
      line(brief, "step.brief.supportUnit", unit);
      if (partId != null) {
        line(brief, "step.brief.leadUnit", unitName(commune, record.part(partId).unitCode()));
      }
    } else if (partId != null) {
      PartView part = record.part(partId);
      line(brief, "step.brief.part", unitName(commune, part.unitCode()));
      describeStep(task, commune, part, brief);
    }
    task.setVariableLocal(STEP_BRIEF, brief.toString().strip());
    task.setDescription(brief.toString().replace("**", "").strip());
  }

  private void describeStep(DelegateTask task, Commune commune, PartView part, StringBuilder brief) {
    switch (task.getTaskDefinitionKey()) {
      case TASK_ASSIGN_OFFICER -> offerOfficers(task, commune, part);
      case TASK_EXECUTE_TASK -> {
        lastReturn(part).ifPresent(r -> line(brief, "step.brief.returned", orDash(r.comment())));
        supportInputs(commune, part, brief);
      }
      case TASK_SIGN_OFF -> {
        line(brief, "step.brief.progressNote", orDash(part.progressNote()));
        supportInputs(commune, part, brief);
        List<String> missing = missingSupport(commune, part);
        if (!missing.isEmpty()) {
          line(brief, "step.brief.supportMissing", String.join(", ", missing));
        }
      }
      case TASK_SUBMIT_DELIVERABLE -> lastDecision(part, ReviewStage.SIGN_OFF)
          .filter(r -> r.comment() != null && !r.comment().isBlank())
          .ifPresent(r -> line(brief, "step.brief.signOffComment", r.comment()));
      case TASK_REVIEW_DELIVERABLE -> {
        var s = part.submission();
        line(brief, "step.brief.submission", orDash(s.documentNumber()), orDash(s.documentDate()),
            orDash(s.summary()), orDash(s.link()));
        line(brief, "step.brief.progressNote", orDash(part.progressNote()));
        supportInputs(commune, part, brief);
        if (part.returns() > 0) {
          line(brief, "step.brief.returns", part.returns());
        }
      }
      case TASK_REPORT_PROGRESS -> {
        DeliverableView deliverable = record.deliverable(part.deliverableId());
        if (deliverable.label() != null) {
          line(brief, "step.brief.progressFor", DayFormats.OFFICIAL.format(java.time.LocalDate.parse(deliverable.label())));
        }
      }
      default -> {
        // the task's brief says all
      }
    }
  }

  private void offerOfficers(DelegateTask task, Commune commune, PartView part) {
    List<Map<String, String>> options = identity.createUserQuery()
        .memberOfGroup(vn.cchcflow.organisation.UnitGroups.unit(commune.id(), part.unitCode()))
        .orderByUserLastName().asc().list().stream()
        .map(user -> Map.of("label", PersonNames.displayName(user), "value", user.getId()))
        .toList();
    task.setVariableLocal(OFFICER_OPTIONS,
        Variables.objectValue(options).serializationDataFormat(SerializationDataFormats.JSON).create());
  }

  private void supportInputs(Commune commune, PartView part, StringBuilder brief) {
    List<SupportInputView> inputs = record.supportInputs(part.id());
    if (inputs.isEmpty()) {
      return;
    }
    line(brief, "step.brief.supportInputs", inputs.stream()
        .map(i -> "- " + unitName(commune, i.unitCode()) + ": " + i.text()).collect(Collectors.joining("\n")));
  }

  private List<String> missingSupport(Commune commune, PartView part) {
    Set<String> given = record.supportInputs(part.id()).stream().map(SupportInputView::unitCode)
        .collect(Collectors.toSet());
    return record.deliverable(part.deliverableId()).supportUnits().stream()
        .filter(code -> !code.equals(part.unitCode()) && !given.contains(code))
        .map(code -> unitName(commune, code)).toList();
  }

  private java.util.Optional<ReviewView> lastReturn(PartView part) {
    List<ReviewView> all = record.reviews(part.id());
    return all.isEmpty() || all.get(all.size() - 1).approved() ? java.util.Optional.empty()
        : java.util.Optional.of(all.get(all.size() - 1));
  }

  private java.util.Optional<ReviewView> lastDecision(PartView part, ReviewStage stage) {
    return record.reviews(part.id()).stream().filter(r -> r.stage() == stage).reduce((a, b) -> b);
  }

  private void line(StringBuilder brief, String key, Object... args) {
    brief.append(messages.get(key, args)).append("\n\n");
  }

  static String unitName(Commune commune, String code) {
    return commune.unit(code).map(Unit::name).orElse(code);
  }

  private static Object orDash(Object value) {
    return value == null || value.toString().isBlank() ? "—" : value;
  }
}
