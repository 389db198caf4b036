package vn.cchcflow.planimport.process;

import vn.cchcflow.system.OfficialRefusal;
import vn.cchcflow.planimport.PlanImportProcess;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.FileValue;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;
import vn.cchcflow.organisation.CommuneDirectory;
import vn.cchcflow.organisation.UnitGroups;
import vn.cchcflow.planimport.ParsedPlan;
import vn.cchcflow.planimport.PlanImportService;
import vn.cchcflow.planimport.PlanParseException;
import vn.cchcflow.planimport.internal.ImportPreview;

/**
 * Task_ReadPlanFile: reads the uploaded plan for the commune the process runs in, and prepares the
 * review: the plan as read, its code and title (editable), and a preview with every warning. A file that cannot be read fails
 * the start with the reader's Vietnamese message, so nothing is created.
 */
@Component
public class ReadPlanFileDelegate implements JavaDelegate {

  private final PlanImportService imports;
  private final CommuneDirectory communes;
  private final ObjectMapper json;

  public ReadPlanFileDelegate(PlanImportService imports, CommuneDirectory communes, ObjectMapper json) {
    this.imports = imports;
    this.communes = communes;
    this.json = json;
  }

  private String writeJson(Object value) {
    try {
      return json.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Cannot write the plan as JSON", e);
    }
  }

  private static Object asJson(Object value) {
    return Variables.objectValue(value).serializationDataFormat(Variables.SerializationDataFormats.JSON).create();
  }

  @Override
  public void execute(DelegateExecution execution) {
    var commune = communes.find(execution.getTenantId()).orElseThrow(() -> new OfficialRefusal(OfficialRefusal.Kind.FORBIDDEN,
        "Tài khoản của bạn không thuộc xã/phường nào nên không thể nhập kế hoạch."));
    FileValue file = execution.getVariableTyped(PlanImportProcess.PLAN_FILE);
    if (file == null || file.getValue() == null) {
      throw new OfficialRefusal(OfficialRefusal.Kind.INVALID_INPUT, "Chưa chọn tệp kế hoạch.");
    }
    ParsedPlan parsed;
    try (InputStream in = file.getValue()) {
      parsed = imports.parse(file.getFilename(), in.readAllBytes(), commune.id());
    } catch (PlanParseException e) {
      throw new OfficialRefusal(OfficialRefusal.Kind.INVALID_INPUT, e.getMessage());
    } catch (IOException e) {
      throw new OfficialRefusal(OfficialRefusal.Kind.INVALID_INPUT, "Không đọc được tệp \"" + file.getFilename() + "\".");
    }
    var document = imports.toDocument(parsed, commune.id(),
        (String) execution.getVariable(PlanImportProcess.REQUESTED_CODE));
    // plan and preview outgrow Camunda's 4000-character string variables: stored as JSON objects
    execution.setVariable(PlanImportProcess.PLAN_DRAFT, SpinValues.jsonValue(writeJson(document)).create());
    execution.setVariable(PlanImportProcess.IMPORT_PREVIEW, asJson(ImportPreview.markdown(parsed, commune)));
    execution.setVariable(PlanImportProcess.PLAN_TITLE, document.title());
    execution.setVariable(PlanImportProcess.PLAN_CODE, document.code());
    execution.setVariable(PlanImportProcess.COORDINATING_UNIT,
        UnitGroups.unit(commune.id(), commune.coordinatingUnit()));
  }
}
