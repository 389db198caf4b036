package vn.cchcflow.planimport.process;

import static vn.cchcflow.planimport.PlanAmendmentProcess.*;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.FileValue;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;
import vn.cchcflow.organisation.Commune;
import vn.cchcflow.organisation.CommuneDirectory;
import vn.cchcflow.organisation.UnitGroups;
import vn.cchcflow.plan.AmendmentPreview;
import vn.cchcflow.plan.Plan;
import vn.cchcflow.plan.PlanAmendment;
import vn.cchcflow.plan.PlanAmendments;
import vn.cchcflow.plan.PlanCatalog;
import vn.cchcflow.planimport.ParsedPlan;
import vn.cchcflow.planimport.PlanImportService;
import vn.cchcflow.planimport.internal.AmendmentText;
import vn.cchcflow.system.DayFormats;
import vn.cchcflow.system.Messages;
import vn.cchcflow.system.OfficialRefusal;

/**
 * Task_ReadAmendment: reads the amended plan like any plan and compares it with the registered one of
 * the commune the process runs in; the review shows every difference, and the person who uploaded the
 * file reviews it. A file that cannot be read, or a plan of another commune, fails the start with a
 * Vietnamese message, so nothing is created.
 */
@Component
public class ReadAmendmentDelegate implements JavaDelegate {

  private final PlanImportService imports;
  private final PlanAmendments amendments;
  private final PlanCatalog catalog;
  private final CommuneDirectory communes;
  private final Messages messages;
  private final ObjectMapper json;

  public ReadAmendmentDelegate(PlanImportService imports, PlanAmendments amendments, PlanCatalog catalog,
                               CommuneDirectory communes, Messages messages, ObjectMapper json) {
    this.imports = imports;
    this.amendments = amendments;
    this.catalog = catalog;
    this.communes = communes;
    this.messages = messages;
    this.json = json;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Commune commune = communes.find(execution.getTenantId()).orElseThrow(() -> refusal("amend.import.noCommune"));
    Object planId = execution.getVariable(PLAN_ID);
    Plan plan = planId == null ? null : catalog.find(((Number) planId).longValue())
        .filter(p -> p.getCommune().equals(commune.id())).orElse(null);
    if (plan == null) {
      throw refusal("amend.import.noPlan");
    }
    FileValue file = execution.getVariableTyped(AMENDED_FILE);
    if (file == null || file.getValue() == null) {
      throw refusal("amend.import.noFile");
    }
    ParsedPlan parsed;
    try (InputStream in = file.getValue()) {
      parsed = imports.parse(file.getFilename(), in.readAllBytes(), commune.id());
    } catch (IOException e) {
      throw new OfficialRefusal(OfficialRefusal.Kind.INVALID_INPUT,
          messages.get("amend.import.unreadable", file.getFilename()));
    }
    var document = new PlanAmendment.Document(String.valueOf(execution.getVariable(DOCUMENT_NUMBER)).strip(),
        DayFormats.parseOfficialDay((String) execution.getVariable(DOCUMENT_DATE)).orElse(null));
    PlanAmendment amendment = amendments.diff(plan.getId(),
        imports.toDocument(parsed, commune.id(), plan.getCode()), document);
    AmendmentPreview preview = amendments.preview(plan.getId(), amendment);
    execution.setVariable(AMENDMENT, SpinValues.jsonValue(write(amendment)).create());
    execution.setVariable(AMENDMENT_PREVIEW, Variables.objectValue(AmendmentText.markdown(preview, plan, messages))
        .serializationDataFormat(Variables.SerializationDataFormats.JSON).create());
    Authentication starter = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    execution.setVariable(AMENDED_BY, starter == null ? null : starter.getUserId());
    execution.setVariable(COORDINATING_UNIT, UnitGroups.unit(commune.id(), commune.coordinatingUnit()));
  }

  private String write(PlanAmendment amendment) {
    try {
      return json.writeValueAsString(amendment);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Cannot write the amendment as JSON", e);
    }
  }

  private OfficialRefusal refusal(String key) {
    return new OfficialRefusal(OfficialRefusal.Kind.INVALID_INPUT, messages.get(key));
  }
}
