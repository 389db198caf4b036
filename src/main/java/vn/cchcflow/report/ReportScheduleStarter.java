package vn.cchcflow.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.cchcflow.plan.PlanRegistered;
import vn.cchcflow.system.EngineAsSystem;

/** A plan with a reporting schedule gets its ReportScheduleProcess, which opens each period report on time. */
@Component
class ReportScheduleStarter {

  static final String KEY = "ReportScheduleProcess";

  private final RuntimeService runtime;
  private final IdentityService identity;

  ReportScheduleStarter(RuntimeService runtime, IdentityService identity) {
    this.runtime = runtime;
    this.identity = identity;
  }

  @EventListener
  void on(PlanRegistered plan) {
    List<ReportDues.Due> dues = ReportDues.of(plan.commitments().reporting());
    if (dues.isEmpty()) {
      return;
    }
    List<Map<String, String>> list = new ArrayList<>();
    dues.forEach(d -> list.add(Map.of("period", d.period(), "due", d.due().toString())));
    EngineAsSystem.run(identity, () -> runtime.startProcessInstanceByKey(KEY, plan.commune() + "-" + plan.code(),
        Variables.createVariables()
            .putValue("commune", plan.commune())
            .putValue("reportDues", Variables.objectValue(list)
                .serializationDataFormat(Variables.SerializationDataFormats.JSON).create())
            .putValue("lastReportDue", null)));
  }
}
