package vn.cchcflow.planimport.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.Map;
import vn.cchcflow.plan.PlanDocument;
import vn.cchcflow.planimport.ParsedPlan;
import vn.cchcflow.planimport.ParsedTask;

/** Turns a parsed plan into the canonical plan the plan service registers. */
public final class ImportedPlans {

  private ImportedPlans() {
  }

  public static PlanDocument toDocument(ParsedPlan parsed, String commune, String code, ObjectMapper json) {
    var facts = parsed.plan();
    return new PlanDocument(commune, code == null || code.isBlank() ? PlanCodes.derive(facts) : code.strip(),
        facts.title(), facts.periodStart(), facts.periodEnd(),
        parsed.tasks().stream().map(ImportedPlans::task).toList(), factsJson(parsed, json));
  }

  private static PlanDocument.Task task(ParsedTask task) {
    return new PlanDocument.Task(task.number(), task.area(), task.content(), task.leadUnits(), task.supportUnits(),
        task.deadlineText(), task.schedule() == null ? null : task.schedule().due(), task.deliverable(),
        task.schedule(), task.draft());
  }

  private static String factsJson(ParsedPlan parsed, ObjectMapper json) {
    Map<String, Object> facts = new LinkedHashMap<>();
    facts.put("locality", parsed.plan().locality());
    facts.put("coordinatingUnit", parsed.plan().coordinatingUnit());
    facts.put("reporting", parsed.plan().reporting());
    facts.put("targets", parsed.plan().targets());
    try {
      return json.writeValueAsString(facts);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Cannot write plan facts", e);
    }
  }
}
