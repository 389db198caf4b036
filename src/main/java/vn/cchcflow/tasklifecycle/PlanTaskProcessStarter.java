package vn.cchcflow.tasklifecycle;

import static vn.cchcflow.tasklifecycle.PlanTaskProcess.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.Variables.SerializationDataFormats;
import org.springframework.stereotype.Component;
import vn.cchcflow.organisation.Commune;
import vn.cchcflow.organisation.Unit;
import vn.cchcflow.organisation.UnitGroups;
import vn.cchcflow.system.VietnamTime;

/**
 * Starts one {@code PlanTaskProcess} per plan task. Each local lead unit does its own part; a task led
 * outside the commune gives its part to each local support unit instead.
 */
@Component
public class PlanTaskProcessStarter {

  static final int FOLLOW_UP_DAYS_BEFORE_DUE = 7;
  private static final int CAPTION_LENGTH = 120;

  private final RuntimeService runtime;

  public PlanTaskProcessStarter(RuntimeService runtime) {
    this.runtime = runtime;
  }

  /** Returns the id of the started process instance. */
  public String start(PlanTaskStart task) {
    return startAndReturn(task).getId();
  }

  ProcessInstance startAndReturn(PlanTaskStart task) {
    return runtime.startProcessInstanceByKey(KEY, businessKey(task.planCode(), task.number()), variables(task));
  }

  static VariableMap variables(PlanTaskStart task) {
    Commune commune = task.commune();
    List<Unit> parts = task.leadUnits().isEmpty() ? task.supportUnits() : task.leadUnits();
    List<Unit> supports = task.leadUnits().isEmpty() ? List.of() : task.supportUnits().stream()
        .filter(unit -> !task.leadUnits().contains(unit)).toList();
    Map<String, String> unitNames = new LinkedHashMap<>();
    commune.units().forEach(unit -> unitNames.put(UnitGroups.unit(commune.id(), unit.code()), unit.name()));

    VariableMap variables = Variables.createVariables()
        .putValue(COMMUNE, commune.id())
        .putValue(PLAN_ID, task.planId())
        .putValue(PLAN_CODE, task.planCode())
        .putValue(PLAN_TITLE, task.planTitle())
        .putValue(TASK_NUMBER, task.number())
        .putValue(TASK_CONTENT, task.content())
        .putValue(TASK_CAPTION, caption(task))
        .putValue(AREA, task.area())
        .putValue(DELIVERABLE, task.deliverable())
        .putValue(DEADLINE_TEXT, task.deadlineText())
        .putValue(EXTERNAL_LEADS, String.join("; ", task.externalLeads()))
        .putValue(PART_UNITS, json(groups(commune, parts)))
        .putValue(SUPPORT_UNITS, json(groups(commune, supports)))
        .putValue(COORDINATING_UNIT, UnitGroups.unit(commune.id(), commune.coordinatingUnit()))
        .putValue(UNIT_NAMES, Variables.objectValue(unitNames).serializationDataFormat(SerializationDataFormats.JSON).create())
        .putValue(CHECK_IN_DUES, json(CheckIns.dues(task.schedule(), task.periodStart(), task.dueDate()).stream()
            .map(LocalDate::toString).toList()))
        .putValue(LAST_CHECK_IN_DUE, null)
        .putValue(LAST_NOTICE_KEY, null);
    if (task.dueDate() != null) {
      variables.putValue(DUE_DATE, VietnamTime.endOf(task.dueDate()));
      variables.putValue(FOLLOW_UP_DATE, VietnamTime.morningOf(task.dueDate().minusDays(FOLLOW_UP_DAYS_BEFORE_DUE)));
    } else {
      variables.putValue(DUE_DATE, null);
      variables.putValue(FOLLOW_UP_DATE, null);
    }
    return variables;
  }

  private static List<String> groups(Commune commune, List<Unit> units) {
    return new ArrayList<>(units.stream().map(unit -> UnitGroups.unit(commune.id(), unit.code())).toList());
  }

  private static Object json(List<String> list) {
    return Variables.objectValue(new ArrayList<>(list)).serializationDataFormat(SerializationDataFormats.JSON).create();
  }

  static String caption(PlanTaskStart task) {
    String content = task.content().strip();
    if (content.length() > CAPTION_LENGTH) {
      content = content.substring(0, CAPTION_LENGTH - 1).strip() + "…";
    }
    return "NV " + task.number() + ": " + content;
  }
}
