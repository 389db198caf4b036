package vn.cchcflow.planimport.process;

import static vn.cchcflow.planimport.PlanAmendmentProcess.AMENDMENT;
import static vn.cchcflow.planimport.PlanAmendmentProcess.PLAN_ID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.cchcflow.plan.PlanAmendment;
import vn.cchcflow.plan.PlanAmendments;

/**
 * Task_ApplyAmendment: applies exactly the amendment the coordinating unit reviewed, in the transaction
 * that completes the review: all of it, or (when something no longer fits) nothing, and the form says why.
 */
@Component
public class ApplyAmendmentDelegate implements JavaDelegate {

  private final PlanAmendments amendments;
  private final ObjectMapper json;

  public ApplyAmendmentDelegate(PlanAmendments amendments, ObjectMapper json) {
    this.amendments = amendments;
    this.json = json;
  }

  @Override
  public void execute(DelegateExecution execution) {
    try {
      PlanAmendment amendment = json.readValue(execution.getVariableTyped(AMENDMENT).getValue().toString(),
          PlanAmendment.class);
      amendments.apply(((Number) execution.getVariable(PLAN_ID)).longValue(), amendment);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("The reviewed amendment is unreadable", e);
    }
  }
}
