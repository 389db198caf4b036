package vn.cchcflow.report;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import vn.cchcflow.organisation.Commune;
import vn.cchcflow.organisation.CommuneDirectory;
import vn.cchcflow.organisation.Unit;
import vn.cchcflow.plan.Plan;
import vn.cchcflow.plan.PlanCatalog;
import vn.cchcflow.plan.PlanTask;
import vn.cchcflow.plan.Target;
import vn.cchcflow.system.EngineAsSystem;
import vn.cchcflow.system.VietnamTime;
import vn.cchcflow.tasklifecycle.TaskStatus;

/**
 * Computes report figures from the engine, never from typed numbers: each task of the commune's plans
 * overlapping the period, as it stood at the period's end (or now, while the period runs). A task is done
 * when its lifecycle ended by then, on time when that was by the end of its due day.
 */
@Service
public class ReportCalculator {

  private static final int BATCH = 500;

  private final PlanCatalog plans;
  private final CommuneDirectory communes;
  private final HistoryService history;
  private final TaskService tasks;
  private final IdentityService identity;

  public ReportCalculator(PlanCatalog plans, CommuneDirectory communes, HistoryService history, TaskService tasks,
                          IdentityService identity) {
    this.plans = plans;
    this.communes = communes;
    this.history = history;
    this.tasks = tasks;
    this.identity = identity;
  }

  /** Full figures of one commune; {@code reportedTargets}: target code → value the commune reports. */
  public ReportFigures figures(String communeId, ReportPeriod period, Map<String, String> reportedTargets) {
    return figures(communeId, period, reportedTargets, plans.overlapping(List.of(communeId), period.start(),
        period.end()));
  }

  /** The figures of one plan over its whole period, as it stands now (the Cockpit dashboard). */
  public ReportFigures planFigures(Plan plan) {
    ReportPeriod period = new ReportPeriod("plan-" + plan.getId(), ReportPeriod.Kind.YEAR, plan.getPeriodStart(),
        plan.getPeriodEnd(), "kỳ kế hoạch " + plan.getCode());
    return figures(plan.getCommune(), period, Map.of(), List.of(plan));
  }

  /** The figures of one plan for a period: what a period report of that plan shows. */
  public ReportFigures figures(Plan plan, ReportPeriod period) {
    return figures(plan.getCommune(), period, Map.of(), List.of(plan));
  }

  private ReportFigures figures(String communeId, ReportPeriod period, Map<String, String> reportedTargets,
                                List<Plan> found) {
    Commune commune = communes.find(communeId).orElseThrow();
    Date asOf = asOf(period);
    List<PlanTask> all = found.stream().flatMap(p -> p.getTasks().stream()).toList();
    Map<String, Date> ended = EngineAsSystem.call(identity, () -> endTimes(all));
    Map<String, String> steps = EngineAsSystem.call(identity, () -> currentSteps(all));

    StatusCounts total = StatusCounts.ZERO;
    Map<String, StatusCounts> byArea = new LinkedHashMap<>();
    Map<String, StatusCounts> byUnit = new LinkedHashMap<>();
    commune.units().forEach(unit -> byUnit.put(unit.name(), StatusCounts.ZERO));
    List<ReportFigures.TaskLine> lines = new ArrayList<>();
    for (Plan plan : found) {
      for (PlanTask task : plan.getTasks()) {
        TaskStatus status = status(task.getDueDate(), ended.get(task.getProcessInstanceId()), asOf);
        total = total.plus(status);
        byArea.merge(area(task), StatusCounts.ZERO.plus(status), ReportCalculator::sum);
        for (String unit : responsibleUnits(task, commune)) {
          byUnit.merge(unit, StatusCounts.ZERO.plus(status), ReportCalculator::sum);
        }
        Date end = ended.get(task.getProcessInstanceId());
        lines.add(new ReportFigures.TaskLine(plan.getCode(), task.getNumber(), area(task), task.getContent(),
            String.join(", ", responsibleUnits(task, commune)), task.getDeadlineText(), task.getDueDate(), status,
            end != null && !end.after(asOf) ? VietnamTime.dayOf(end) : null,
            status == TaskStatus.OVERDUE || status == TaskStatus.IN_PROGRESS || status == TaskStatus.NO_DEADLINE
                ? steps.get(task.getProcessInstanceId()) : null,
            status == TaskStatus.OVERDUE
                ? (int) ChronoUnit.DAYS.between(task.getDueDate(), VietnamTime.dayOf(asOf)) : 0,
            null, task.getProcessInstanceId()));
      }
    }
    byUnit.values().removeIf(counts -> counts.total() == 0);
    List<ReportFigures.TaskLine> overdue = lines.stream().filter(l -> l.status() == TaskStatus.OVERDUE)
        .sorted(Comparator.comparingInt(ReportFigures.TaskLine::daysOverdue).reversed()).toList();
    return new ReportFigures(commune.id(), commune.name(), commune.province(), period, VietnamTime.dayOf(asOf), total,
        groups(byArea), groups(byUnit), lines, overdue, targets(found, reportedTargets), List.of());
  }

  /** Counts only, for every commune of the server, ranked. */
  public CityRollup rollup(ReportPeriod period) {
    Date asOf = asOf(period);
    Set<String> ids = communes.all().stream().map(Commune::id).collect(Collectors.toCollection(java.util.TreeSet::new));
    List<Plan> found = plans.overlapping(ids, period.start(), period.end());
    List<PlanTask> all = found.stream().flatMap(p -> p.getTasks().stream()).toList();
    Map<String, Date> ended = EngineAsSystem.call(identity, () -> endTimes(all));
    Map<String, StatusCounts> counts = new HashMap<>();
    ids.forEach(id -> counts.put(id, StatusCounts.ZERO));
    for (Plan plan : found) {
      for (PlanTask task : plan.getTasks()) {
        counts.merge(plan.getCommune(),
            StatusCounts.ZERO.plus(status(task.getDueDate(), ended.get(task.getProcessInstanceId()), asOf)),
            ReportCalculator::sum);
      }
    }
    List<Commune> ranked = communes.all().stream()
        .sorted(Comparator.comparingDouble((Commune c) -> -counts.get(c.id()).completionRate())
            .thenComparingInt(c -> counts.get(c.id()).overdue())
            .thenComparing(Commune::name))
        .toList();
    List<CityRollup.Row> rows = new ArrayList<>();
    for (int i = 0; i < ranked.size(); i++) {
      Commune commune = ranked.get(i);
      rows.add(new CityRollup.Row(i + 1, commune.id(), commune.name(), counts.get(commune.id())));
    }
    return new CityRollup(period, rows);
  }

  static TaskStatus status(LocalDate due, Date ended, Date asOf) {
    if (ended != null && !ended.after(asOf)) {
      return TaskStatus.completed(due, ended);
    }
    return TaskStatus.open(due, asOf);
  }

  /** The period's end, or now while the period is still running. */
  static Date asOf(ReportPeriod period) {
    Date end = VietnamTime.endOf(period.end());
    Date now = VietnamTime.now();
    return now.before(end) ? now : end;
  }

  private Map<String, Date> endTimes(List<PlanTask> all) {
    Map<String, Date> ended = new HashMap<>();
    List<String> ids = all.stream().map(PlanTask::getProcessInstanceId).filter(id -> id != null).toList();
    for (int from = 0; from < ids.size(); from += BATCH) {
      Set<String> batch = Set.copyOf(ids.subList(from, Math.min(ids.size(), from + BATCH)));
      for (HistoricProcessInstance instance : history.createHistoricProcessInstanceQuery().processInstanceIds(batch)
          .finished().list()) {
        ended.put(instance.getId(), instance.getEndTime());
      }
    }
    return ended;
  }

  private Map<String, String> currentSteps(List<PlanTask> all) {
    Map<String, String> steps = new HashMap<>();
    List<String> ids = all.stream().map(PlanTask::getProcessInstanceId).filter(id -> id != null).toList();
    for (int from = 0; from < ids.size(); from += BATCH) {
      String[] batch = ids.subList(from, Math.min(ids.size(), from + BATCH)).toArray(String[]::new);
      for (Task task : tasks.createTaskQuery().processInstanceIdIn(batch).orderByTaskCreateTime().asc().list()) {
        steps.putIfAbsent(task.getProcessInstanceId(), task.getName() == null ? task.getTaskDefinitionKey()
            : task.getName().split(" · ")[0]);
      }
    }
    return steps;
  }

  /** The lead units doing the work; for a task led outside the commune, its local support units. */
  private static List<String> responsibleUnits(PlanTask task, Commune commune) {
    List<String> codes = task.getLeadUnits().isEmpty() ? task.getSupportUnits() : task.getLeadUnits();
    return codes.stream().map(code -> commune.unit(code).map(Unit::name).orElse(code)).toList();
  }

  private static String area(PlanTask task) {
    return task.getArea() == null || task.getArea().isBlank() ? "Khác" : task.getArea();
  }

  private static List<ReportFigures.TargetLine> targets(List<Plan> found, Map<String, String> reported) {
    List<ReportFigures.TargetLine> lines = new ArrayList<>();
    for (Plan plan : found) {
      for (Target target : plan.getCommitments().targets()) {
        String value = target.code() == null ? null : reported.get(target.code());
        lines.add(new ReportFigures.TargetLine(target.code(), target.text(), TargetGoals.describe(target), value,
            TargetGoals.met(target, value)));
      }
    }
    return lines;
  }

  private static StatusCounts sum(StatusCounts a, StatusCounts b) {
    return new StatusCounts(a.doneOnTime() + b.doneOnTime(), a.doneLate() + b.doneLate(),
        a.inProgress() + b.inProgress(), a.overdue() + b.overdue(), a.noDeadline() + b.noDeadline());
  }

  private static List<ReportFigures.Group> groups(Map<String, StatusCounts> counts) {
    return counts.entrySet().stream().map(e -> new ReportFigures.Group(e.getKey(), e.getValue())).toList();
  }
}
