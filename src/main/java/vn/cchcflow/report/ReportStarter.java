package vn.cchcflow.report;

import static vn.cchcflow.report.PeriodReportProcess.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.cchcflow.organisation.Commune;
import vn.cchcflow.organisation.CommuneDirectory;
import vn.cchcflow.organisation.UnitGroups;
import vn.cchcflow.plan.Plan;
import vn.cchcflow.plan.PlanCatalog;
import vn.cchcflow.system.EngineAsSystem;
import vn.cchcflow.system.VietnamTime;

/**
 * Opens a plan's period report: on the plan's schedule (one report per due date), or by hand as an ad-hoc
 * report ("báo cáo đột xuất") for any period. A report of the same plan and period still running is returned
 * instead of opening a second one.
 */
@Component
public class ReportStarter {

  static final int UNIT_REPORT_DAYS_BEFORE = 5;
  static final int CONSOLIDATE_DAYS_BEFORE = 2;
  /** An ad-hoc report opened late still gives the units this many days. */
  static final int MIN_UNIT_DAYS = 2;

  private final RuntimeService runtime;
  private final CommuneDirectory communes;
  private final IdentityService identity;
  private final PlanCatalog plans;
  private final ReportRecords records;

  ReportStarter(RuntimeService runtime, CommuneDirectory communes, IdentityService identity, PlanCatalog plans,
                ReportRecords records) {
    this.runtime = runtime;
    this.communes = communes;
    this.identity = identity;
    this.plans = plans;
    this.records = records;
  }

  /** The scheduled report of the plan due that day; returns its process instance id. */
  @Transactional
  public String startScheduled(long planId, ReportPeriod period, LocalDate due, List<String> covers) {
    Plan plan = plans.find(planId).orElseThrow();
    return start(plan, period, due, covers, false);
  }

  /** An ad-hoc report of the plan for the period, due on {@code due}; returns its process instance id. */
  @Transactional
  public String startAdHoc(Plan plan, ReportPeriod period, LocalDate due) {
    return start(plan, period, due, List.of(), true);
  }

  private String start(Plan plan, ReportPeriod period, LocalDate due, List<String> covers, boolean adHoc) {
    Commune commune = communes.find(plan.getCommune()).orElseThrow();
    String businessKey = plan.getCommune() + "-" + plan.getCode() + "-" + period.code();
    return EngineAsSystem.call(identity, () -> {
      var running = runtime.createProcessInstanceQuery().processDefinitionKey(KEY)
          .processInstanceBusinessKeyLike(businessKey + "%").list().stream()
          .filter(p -> p.getBusinessKey().equals(businessKey) || p.getBusinessKey().startsWith(businessKey + "#"))
          .toList();
      if (!running.isEmpty()) {
        return running.get(0).getId();
      }
      long earlier = records.ofPlan(plan.getId()).stream().filter(r -> r.getPeriodCode().equals(period.code()))
          .count();
      String key = earlier == 0 ? businessKey : businessKey + "#" + (earlier + 1);
      String pid = runtime.startProcessInstanceByKey(KEY, key, variables(commune, plan, period, due, covers))
          .getId();
      records.open(plan, period, covers, due, adHoc, pid);
      return pid;
    });
  }

  private static VariableMap variables(Commune commune, Plan plan, ReportPeriod period, LocalDate due,
                                       List<String> covers) {
    List<String> units = new ArrayList<>(commune.units().stream()
        .map(u -> UnitGroups.unit(commune.id(), u.code())).toList());
    LocalDate today = VietnamTime.today();
    LocalDate unitDue = due.minusDays(UNIT_REPORT_DAYS_BEFORE);
    LocalDate earliest = today.plusDays(MIN_UNIT_DAYS).isAfter(due) ? due : today.plusDays(MIN_UNIT_DAYS);
    if (unitDue.isBefore(earliest)) {
      unitDue = earliest;
    }
    LocalDate consolidateDue = due.minusDays(CONSOLIDATE_DAYS_BEFORE).isBefore(unitDue) ? unitDue
        : due.minusDays(CONSOLIDATE_DAYS_BEFORE);
    return Variables.createVariables()
        .putValue(COMMUNE, commune.id())
        .putValue(PLAN_ID, plan.getId())
        .putValue(PERIOD, period.code())
        .putValue(COVERS, Variables.objectValue(new ArrayList<>(covers))
            .serializationDataFormat(Variables.SerializationDataFormats.JSON).create())
        .putValue(REPORT_LABEL, period.label())
        .putValue(REPORT_UNITS, Variables.objectValue(units)
            .serializationDataFormat(Variables.SerializationDataFormats.JSON).create())
        .putValue(COORDINATING_UNIT, UnitGroups.unit(commune.id(), commune.coordinatingUnit()))
        .putValue(LEADERS, UnitGroups.leaders(commune.id()))
        .putValue(UNIT_REPORT_DUE_AT, VietnamTime.endOf(unitDue))
        .putValue(UNIT_REPORT_FOLLOW_UP_AT, VietnamTime.morningOf(unitDue.minusDays(2).isBefore(today) ? today
            : unitDue.minusDays(2)))
        .putValue(CONSOLIDATE_DUE_AT, VietnamTime.endOf(consolidateDue))
        .putValue(REPORT_DUE_AT, VietnamTime.endOf(due));
  }
}
