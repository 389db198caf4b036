package vn.cchcflow.report;

import static vn.cchcflow.report.PeriodReportProcess.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;
import vn.cchcflow.organisation.Commune;
import vn.cchcflow.organisation.CommuneDirectory;
import vn.cchcflow.organisation.UnitGroups;
import vn.cchcflow.system.EngineAsSystem;
import vn.cchcflow.system.VietnamTime;

/**
 * Starts a commune's period report: by hand, or when the plan's reporting schedule says so. One report
 * per commune and period: a second start for the same period returns the running or issued one.
 */
@Component
public class ReportStarter {

  static final int UNIT_REPORT_DAYS_BEFORE = 5;
  static final int CONSOLIDATE_DAYS_BEFORE = 2;

  private final RuntimeService runtime;
  private final CommuneDirectory communes;
  private final org.camunda.bpm.engine.IdentityService identity;

  ReportStarter(RuntimeService runtime, CommuneDirectory communes, org.camunda.bpm.engine.IdentityService identity) {
    this.runtime = runtime;
    this.communes = communes;
    this.identity = identity;
  }

  /** Returns the process instance id of the commune's report for the period; {@code due}: last day to send it. */
  public String start(String communeId, ReportPeriod period, LocalDate due) {
    Commune commune = communes.find(communeId).orElseThrow();
    String businessKey = communeId + "-" + period.code();
    return EngineAsSystem.call(identity, () -> {
      var running = runtime.createProcessInstanceQuery().processDefinitionKey(KEY)
          .processInstanceBusinessKey(businessKey).list();
      if (!running.isEmpty()) {
        return running.get(0).getId();
      }
      return runtime.startProcessInstanceByKey(KEY, businessKey, variables(commune, period, due)).getId();
    });
  }

  private static VariableMap variables(Commune commune, ReportPeriod period, LocalDate due) {
    List<String> units = new ArrayList<>(commune.units().stream()
        .map(u -> UnitGroups.unit(commune.id(), u.code())).toList());
    return Variables.createVariables()
        .putValue(COMMUNE, commune.id())
        .putValue(PERIOD, period.code())
        .putValue(REPORT_LABEL, period.label())
        .putValue(REPORT_UNITS, Variables.objectValue(units)
            .serializationDataFormat(Variables.SerializationDataFormats.JSON).create())
        .putValue(COORDINATING_UNIT, UnitGroups.unit(commune.id(), commune.coordinatingUnit()))
        .putValue(LEADERS, UnitGroups.leaders(commune.id()))
        .putValue(UNIT_REPORT_DUE_AT, VietnamTime.endOf(due.minusDays(UNIT_REPORT_DAYS_BEFORE)))
        .putValue(UNIT_REPORT_FOLLOW_UP_AT, VietnamTime.morningOf(due.minusDays(UNIT_REPORT_DAYS_BEFORE + 2)))
        .putValue(CONSOLIDATE_DUE_AT, VietnamTime.endOf(due.minusDays(CONSOLIDATE_DAYS_BEFORE)))
        .putValue(REPORT_DUE_AT, VietnamTime.endOf(due))
        .putValue(UNIT_REPORTS, Variables.objectValue(new ArrayList<>())
            .serializationDataFormat(Variables.SerializationDataFormats.JSON).create());
  }
}
