package vn.cchcflow.planimport.process;

import vn.cchcflow.planimport.PlanImportProcess;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.cchcflow.plan.InvalidPlanException;
import vn.cchcflow.plan.PlanDocument;
import vn.cchcflow.plan.PlanRegistration;
import vn.cchcflow.plan.PlanService;

/**
 * Task_RegisterPlan: registers the reviewed plan and starts every task, in the transaction that completes
 * the review. Refused plans fail that completion with the problems in Vietnamese, so the review task
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
    PlanDocument document = read((String) execution.getVariable(PlanImportProcess.PLAN_JSON));
    if (!execution.getTenantId().equals(document.commune())) {
      throw new ProcessEngineException("Kế hoạch phải thuộc xã/phường của bạn (" + execution.getTenantId() + ").");
    }
    try {
      PlanRegistration registration = plans.register(document);
      execution.setVariable(PlanImportProcess.PLAN_ID, registration.plan().id());
      execution.setVariable(PlanImportProcess.PLAN_CREATED, registration.created());
    } catch (InvalidPlanException e) {
      throw new ProcessEngineException("Kế hoạch chưa hợp lệ, chưa nhiệm vụ nào được khởi tạo: " + e.problems().stream()
          .map(p -> p.message() + " [" + p.field() + "]").collect(Collectors.joining(" ")), e);
    }
  }

  private PlanDocument read(String planJson) {
    try {
      return json.readValue(planJson, PlanDocument.class);
    } catch (JsonProcessingException e) {
      var location = e.getLocation();
      throw new ProcessEngineException("Nội dung kế hoạch (JSON) không hợp lệ"
          + (location == null ? "" : " ở dòng " + location.getLineNr() + ", cột " + location.getColumnNr())
          + ". Hãy sửa lại hoặc hủy và nhập lại tệp.", e);
    }
  }
}
