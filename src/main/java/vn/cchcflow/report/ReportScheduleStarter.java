package vn.cchcflow.report;

import static vn.cchcflow.report.ReportScheduleProcess.*;

import java.util.ArrayList;
import java.util.LinkedHashMap;
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
    List<Map<String, Object>> list = new ArrayList<>();
    for (ReportDues.Due d : dues) {
      Map<String, Object> due = new LinkedHashMap<>();
      due.put("period", d.period());
      due.put("due", d.due().toString());
      due.put("covers", d.covers());
      list.add(due);
    }
    EngineAsSystem.run(identity, () -> runtime.startProcessInstanceByKey(KEY, plan.commune() + "-" + plan.code(),
        Variables.createVariables()
            .putValue(COMMUNE, plan.commune())
            .putValue(PLAN_ID, plan.planId())
            .putValue(REPORT_DUES, Variables.objectValue(list)
                .serializationDataFormat(Variables.SerializationDataFormats.JSON).create())
            .putValue(LAST_REPORT_DUE, null)));
  }
}
