package vn.cchcflow.planimport.process;

import vn.cchcflow.system.OfficialRefusal;
import vn.cchcflow.planimport.PlanImportProcess;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.stream.Collectors;
import org.camunda.spin.plugin.variable.value.JsonValue;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.cchcflow.plan.InvalidPlanException;
import vn.cchcflow.plan.PlanDocument;
import vn.cchcflow.plan.PlanRegistration;
import vn.cchcflow.plan.PlanService;
import vn.cchcflow.planimport.PlanParseException;
import vn.cchcflow.planimport.internal.ImportCorrections;

/**
 * Task_RegisterPlan: applies the reviewer's corrections, registers the plan and starts every task, in the
 * transaction that completes the review. Refused plans fail that completion with the problems in Vietnamese, so the review task
 * stays open and nothing starts.
 */
@Component
public class RegisterPlanDelegate implements JavaDelegate {

  private final PlanService plans;
  private final ObjectMapper json;

  public RegisterPlanDelegate(PlanService plans, ObjectMapper json) {
    this.plans = plans;
    this.json = json;
  }

  @Override
  public void execute(DelegateExecution execution) {
    PlanDocument document;
    try {
      document = ImportCorrections.apply(readDraft(execution),
          text(execution, PlanImportProcess.PLAN_CODE), text(execution, PlanImportProcess.PLAN_TITLE),
          text(execution, PlanImportProcess.DROP_TASKS), text(execution, PlanImportProcess.DEADLINE_CORRECTIONS),
          text(execution, PlanImportProcess.UNIT_CORRECTIONS));
    } catch (PlanParseException e) {
      throw new OfficialRefusal(OfficialRefusal.Kind.INVALID_INPUT, e.getMessage());
    }
    if (!execution.getTenantId().equals(document.commune())) {
      throw new OfficialRefusal(OfficialRefusal.Kind.FORBIDDEN,
          "Kế hoạch phải thuộc xã/phường của bạn (" + execution.getTenantId() + ").");
    }
    try {
      PlanRegistration registration = plans.register(document);
      execution.setVariable(PlanImportProcess.PLAN_ID, registration.plan().id());
      execution.setVariable(PlanImportProcess.PLAN_CREATED, registration.created());
    } catch (InvalidPlanException e) {
      throw new OfficialRefusal(OfficialRefusal.Kind.INVALID_INPUT, "Kế hoạch chưa hợp lệ, chưa nhiệm vụ nào được khởi tạo: "
          + e.problems().stream().map(p -> p.message() + " [" + p.field() + "]").collect(Collectors.joining(" ")));
    }
  }

  private PlanDocument readDraft(DelegateExecution execution) {
    JsonValue draft = execution.getVariableTyped(PlanImportProcess.PLAN_DRAFT, false);
    try {
      return json.readValue(draft.getValueSerialized(), PlanDocument.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Stored plan draft is not readable", e);
    }
  }

  private static String text(DelegateExecution execution, String variable) {
    Object value = execution.getVariable(variable);
    return value == null ? null : value.toString();
  }
}
