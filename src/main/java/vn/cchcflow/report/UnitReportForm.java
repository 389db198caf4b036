package vn.cchcflow.report;

import static vn.cchcflow.report.PeriodReportProcess.UnitForm.*;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.variable.Variables;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import vn.cchcflow.organisation.Commune;
import vn.cchcflow.organisation.CommuneDirectory;
import vn.cchcflow.organisation.Unit;
import vn.cchcflow.organisation.UnitGroups;
import vn.cchcflow.plan.Plan;
import vn.cchcflow.plan.PlanCatalog;
import vn.cchcflow.plan.PlanTask;
import vn.cchcflow.plan.Target;
import vn.cchcflow.system.Messages;
import vn.cchcflow.system.OfficialRefusal;
import vn.cchcflow.system.VietnamTime;
import vn.cchcflow.tasklifecycle.TaskStatus;
import vn.cchcflow.system.DayFormats;

/**
 * The unit's period report form (forms/unit-period-report.form). When the task opens, the numbered slots
 * this unit uses are filled: the reform areas it works in, its overdue tasks (a reason is asked for each, and a
 * proposed new date), the targets it answers for that the engine cannot compute. When the unit completes it,
 * the answers are checked and kept as the unit's {@link UnitReport}. Each answer slot in use is a local
 * variable of the task's execution from the start, so each unit's answers stay its own, whichever door they
 * come through (a variable no scope holds would be set on the report's process instance, shared by every
 * unit). Slots not in use are not written: a report step carries a few variables, not some fifty empty ones.
 */
@Component
public class UnitReportForm {

  private static final Logger LOG = LoggerFactory.getLogger(UnitReportForm.class);
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d/M/uuuu");

  private final PlanCatalog plans;
  private final CommuneDirectory communes;
  private final ReportCalculator calculator;
  private final Messages messages;

  UnitReportForm(PlanCatalog plans, CommuneDirectory communes, ReportCalculator calculator, Messages messages) {
    this.plans = plans;
    this.communes = communes;
    this.calculator = calculator;
    this.messages = messages;
  }

  /**
   * Task_FileUnitReport, on create: the questions of this unit's form as task-local variables, and an empty
   * answer for each as a local variable of the task's execution (the unit's own branch).
   */
  public void prepare(DelegateTask task) {
    Plan plan = plans.find(((Number) task.getVariable(PeriodReportProcess.PLAN_ID)).longValue()).orElseThrow();
    Commune commune = communes.find(plan.getCommune()).orElseThrow();
    Unit unit = unit(commune, (String) task.getVariable(PeriodReportProcess.REPORT_UNIT));
    ReportPeriod period = ReportPeriod.parse((String) task.getVariable(PeriodReportProcess.PERIOD)).orElseThrow();
    // the questions this unit is asked, and an empty answer for each; slots not in use stay absent, which
    // hides their part of the form
    Map<String, Object> slots = new LinkedHashMap<>();
    Map<String, Object> answers = new LinkedHashMap<>();
    List<String> areas = areasOf(plan, unit.code());
    for (int i = 1; i <= Math.min(AREA_SLOTS, areas.size()); i++) {
      slots.put(AREA_NAME + i, areas.get(i - 1));
      answers.put(AREA_RESULT + i, null);
    }
    // overdue now, or falling due before the report is sent: whichever is late when the unit files needs a reason
    LocalDate reportDue = VietnamTime.dayOf((Date) task.getVariable(PeriodReportProcess.REPORT_DUE_AT));
    List<ReportFigures.TaskLine> overdue = figuresOfThisTransaction(plan, period).tasks().stream()
        .filter(line -> led(plan, line.number(), unit.code()))
        .filter(line -> line.status() == TaskStatus.OVERDUE || line.status() == TaskStatus.IN_PROGRESS
            && line.due() != null && !line.due().isAfter(reportDue))
        .sorted(Comparator.comparing(ReportFigures.TaskLine::due)).toList();
    for (int i = 1; i <= Math.min(OVERDUE_SLOTS, overdue.size()); i++) {
      ReportFigures.TaskLine line = overdue.get(i - 1);
      slots.put(OVERDUE_TASK + i, messages.get("report.unitForm.overdueTask", line.number(), line.content(),
          DayFormats.OFFICIAL.format(line.due())));
      slots.put(OVERDUE_KEY + i, line.processInstanceId());
      answers.put(OVERDUE_REASON + i, null);
      answers.put(OVERDUE_NEW_DUE + i, null);
    }
    List<Target> targets = plan.getCommitments().targets();
    List<Integer> mine = new ArrayList<>();
    for (int t = 0; t < targets.size(); t++) {
      if (TargetResults.measure(targets.get(t)) == TargetResults.Measure.REPORTED_BY_UNIT
          && TargetResults.responsibleUnit(plan, targets.get(t), commune).code().equals(unit.code())) {
        mine.add(t);
      }
    }
    for (int i = 1; i <= Math.min(TARGET_SLOTS, mine.size()); i++) {
      int t = mine.get(i - 1);
      slots.put(TARGET_TEXT + i, targets.get(t).text());
      slots.put(TARGET_GOAL + i, TargetGoals.describe(targets.get(t)));
      slots.put(TARGET_KEY + i, TargetResults.key(t));
      answers.put(TARGET_VALUE + i, null);
      answers.put(TARGET_EVIDENCE + i, null);
    }
    answers.put(OBSTACLES, null);
    answers.put(PROPOSALS, null);
    if (areas.size() > AREA_SLOTS || overdue.size() > OVERDUE_SLOTS || mine.size() > TARGET_SLOTS) {
      LOG.warn("Unit report form of {} in {} has more items than slots (areas {}, overdue {}, targets {})",
          unit.code(), plan.getCode(), areas.size(), overdue.size(), mine.size());
    }
    task.setVariablesLocal(slots);
    // answers on the task's own execution: completing a task sets its variables there, a form submission
    // sets them on the task and, when the task does not hold them, on its execution
    task.getExecution().setVariablesLocal(answers);
  }

  /**
   * The plan's figures for the period, computed once per transaction: a report opens every unit's step in one,
   * and nothing they read changes in between.
   */
  private ReportFigures figuresOfThisTransaction(Plan plan, ReportPeriod period) {
    if (!TransactionSynchronizationManager.isSynchronizationActive()) {
      return calculator.figures(plan, period);
    }
    FiguresKey key = new FiguresKey(plan.getId(), period);
    ReportFigures figures = (ReportFigures) TransactionSynchronizationManager.getResource(key);
    if (figures == null) {
      figures = calculator.figures(plan, period);
      TransactionSynchronizationManager.bindResource(key, figures);
      TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
        @Override
        public void afterCompletion(int status) {
          TransactionSynchronizationManager.unbindResourceIfPossible(key);
        }
      });
    }
    return figures;
  }

  private record FiguresKey(long planId, ReportPeriod period) {
  }

  /** Task_FileUnitReport, on complete: checks the answers and keeps them as the unit's report. */
  public void collect(DelegateTask task) {
    String group = (String) task.getVariable(PeriodReportProcess.REPORT_UNIT);
    Commune commune = communes.find((String) task.getVariable(PeriodReportProcess.COMMUNE)).orElseThrow();
    Unit unit = unit(commune, group);
    Map<String, String> areaResults = new LinkedHashMap<>();
    for (int i = 1; i <= AREA_SLOTS; i++) {
      String area = text(task, AREA_NAME + i);
      String result = text(task, AREA_RESULT + i);
      if (area != null && result != null) {
        areaResults.put(area, result);
      }
    }
    List<UnitReport.OverdueExplanation> overdue = new ArrayList<>();
    Set<String> lateNow = new HashSet<>();
    for (int i = 1; i <= OVERDUE_SLOTS && text(task, OVERDUE_TASK + 1) != null; i++) {
      if (i == 1) {
        Plan plan = plans.find(((Number) task.getVariable(PeriodReportProcess.PLAN_ID)).longValue()).orElseThrow();
        ReportPeriod period = ReportPeriod.parse((String) task.getVariable(PeriodReportProcess.PERIOD)).orElseThrow();
        calculator.figures(plan, period).overdue().forEach(line -> lateNow.add(line.processInstanceId()));
      }
      String caption = text(task, OVERDUE_TASK + i);
      if (caption == null) {
        continue;
      }
      String reason = text(task, OVERDUE_REASON + i);
      if (reason == null && !lateNow.contains(text(task, OVERDUE_KEY + i))) {
        continue;
      }
      if (reason == null) {
        throw new OfficialRefusal(OfficialRefusal.Kind.INVALID_INPUT,
            messages.get("report.unitForm.reasonRequired", caption));
      }
      overdue.add(new UnitReport.OverdueExplanation(text(task, OVERDUE_KEY + i), reason,
          date(text(task, OVERDUE_NEW_DUE + i), caption)));
    }
    List<UnitReport.TargetValue> targets = new ArrayList<>();
    for (int i = 1; i <= TARGET_SLOTS; i++) {
      String target = text(task, TARGET_TEXT + i);
      String value = text(task, TARGET_VALUE + i);
      if (target == null || value == null) {
        continue;
      }
      String evidence = text(task, TARGET_EVIDENCE + i);
      if (evidence == null) {
        throw new OfficialRefusal(OfficialRefusal.Kind.INVALID_INPUT,
            messages.get("report.unitForm.evidenceRequired", target));
      }
      targets.add(new UnitReport.TargetValue(text(task, TARGET_KEY + i), value, evidence));
    }
    UnitReport report = new UnitReport(unit.code(), unit.name(), areaResults, text(task, OBSTACLES),
        text(task, PROPOSALS), overdue, targets);
    var instance = task.getExecution().getProcessInstance();
    instance.setVariable(PeriodReportProcess.UNIT_REPORT_PREFIX + group,
        Variables.objectValue(report.toMap()).serializationDataFormat(Variables.SerializationDataFormats.JSON)
            .create());
    // an answer to a question the unit was not asked has no slot of its own and landed on the report's
    // instance: it is dropped rather than left there for every unit
    answers().forEach(instance::removeVariableLocal);
  }

  private LocalDate date(String text, String caption) {
    if (text == null) {
      return null;
    }
    try {
      return LocalDate.parse(text.strip(), DAY);
    } catch (DateTimeParseException e) {
      throw new OfficialRefusal(OfficialRefusal.Kind.INVALID_INPUT,
          messages.get("report.unitForm.badDate", text.strip(), caption));
    }
  }

  /** The areas of the plan in which the unit leads or supports a task, in the plan's order. */
  static List<String> areasOf(Plan plan, String unitCode) {
    Set<String> areas = new LinkedHashSet<>();
    for (PlanTask task : plan.getTasks()) {
      if (task.getLeadUnits().contains(unitCode) || task.getSupportUnits().contains(unitCode)) {
        areas.add(ReportCalculator.area(task));
      }
    }
    return new ArrayList<>(areas);
  }

  /** The lead unit answers for a task; a task led outside the commune, its local support units. */
  private static boolean led(Plan plan, String number, String unitCode) {
    return plan.getTasks().stream().filter(t -> t.getNumber().equals(number)).anyMatch(t ->
        (t.getLeadUnits().isEmpty() ? t.getSupportUnits() : t.getLeadUnits()).contains(unitCode));
  }

  private static Unit unit(Commune commune, String group) {
    return commune.units().stream().filter(u -> UnitGroups.unit(commune.id(), u.code()).equals(group)).findFirst()
        .orElseThrow(() -> new IllegalStateException("No unit of " + commune.id() + " has the group " + group));
  }

  private static String text(DelegateTask task, String name) {
    Object value = task.getVariable(name);
    return value == null || value.toString().isBlank() ? null : value.toString().strip();
  }
}
