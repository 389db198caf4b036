package vn.cchcflow.report;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import vn.cchcflow.organisation.Commune;
import vn.cchcflow.organisation.CommuneDirectory;
import vn.cchcflow.organisation.Unit;
import vn.cchcflow.plan.Plan;
import vn.cchcflow.plan.PlanCatalog;
import vn.cchcflow.plan.PlanTask;
import vn.cchcflow.plan.Target;
import vn.cchcflow.system.VietnamTime;
import vn.cchcflow.tasklifecycle.DeliverableKind;
import vn.cchcflow.tasklifecycle.DeliverableView;
import vn.cchcflow.tasklifecycle.PartView;
import vn.cchcflow.tasklifecycle.TaskProgress;
import vn.cchcflow.tasklifecycle.TaskProgressReader;
import vn.cchcflow.tasklifecycle.TaskRecord;
import vn.cchcflow.tasklifecycle.TaskStatus;

/**
 * Computes report figures from the application's task record, never from typed numbers: each task of the
 * commune's plans overlapping the period (each period deliverable of a recurring or standing duty), as it
 * stood at the period's end, or now while the period runs. Every status comes from {@link TaskStatus}:
 * done on time when the finally approved submission was made by the end of the due day.
 */
@Service
public class ReportCalculator {

  /** Fewest communes a slice of the roll-up reads in parallel with the others. */
  private static final int ROLLUP_SLICE_MIN = 200;

  private final PlanCatalog plans;
  private final CommuneDirectory communes;
  private final TaskRecord record;
  private final TaskProgressReader progress;

  public ReportCalculator(PlanCatalog plans, CommuneDirectory communes, TaskRecord record,
                          TaskProgressReader progress) {
    this.plans = plans;
    this.communes = communes;
    this.record = record;
    this.progress = progress;
  }

  /** Full figures of one commune; {@code reportedTargets}: target code → value the commune reports. */
  public ReportFigures figures(String communeId, ReportPeriod period, Map<String, String> reportedTargets) {
    return figures(communeId, period, reportedTargets, plans.overlapping(List.of(communeId), period.start(),
        period.end()));
  }

  /** The figures of one plan over its whole period, as it stands now (the Cockpit dashboard). */
  public ReportFigures planFigures(Plan plan) {
    return planFigures(plan, task -> true);
  }

  /** The same, counting only the tasks a person may see (an officer sees the tasks their unit takes part in). */
  public ReportFigures planFigures(Plan plan, java.util.function.Predicate<PlanTask> visible) {
    // the plan's record as it stands now, also after its period (work approved after the year's end counts)
    java.time.LocalDate today = VietnamTime.today();
    ReportPeriod period = new ReportPeriod("plan-" + plan.getId(), ReportPeriod.Kind.YEAR, plan.getPeriodStart(),
        today.isAfter(plan.getPeriodEnd()) ? today : plan.getPeriodEnd(), "kỳ kế hoạch " + plan.getCode());
    return figures(plan.getCommune(), period, Map.of(), List.of(plan), visible);
  }

  /** The figures of one plan for a period: what a period report of that plan shows. */
  public ReportFigures figures(Plan plan, ReportPeriod period) {
    return figures(plan.getCommune(), period, Map.of(), List.of(plan));
  }

  private ReportFigures figures(String communeId, ReportPeriod period, Map<String, String> reportedTargets,
                                List<Plan> found) {
    return figures(communeId, period, reportedTargets, found, task -> true);
  }

  private ReportFigures figures(String communeId, ReportPeriod period, Map<String, String> reportedTargets,
                                List<Plan> found, java.util.function.Predicate<PlanTask> visible) {
    Commune commune = communes.find(communeId).orElseThrow();
    Date asOfDate = asOf(period);
    Instant asOf = asOfDate.toInstant();
    List<PlanTask> all = found.stream().flatMap(p -> p.getTasks().stream()).filter(visible).toList();
    Map<Long, List<DeliverableView>> deliverables = record.deliverables(all.stream().map(PlanTask::getId).toList());
    Map<String, List<TaskProgress.CurrentStep>> steps = progress.openSteps(
        all.stream().map(PlanTask::getProcessInstanceId).toList());

    StatusCounts total = StatusCounts.ZERO;
    Map<String, StatusCounts> byArea = new LinkedHashMap<>();
    Map<String, StatusCounts> byUnit = new LinkedHashMap<>();
    commune.units().forEach(unit -> byUnit.put(unit.name(), StatusCounts.ZERO));
    List<ReportFigures.TaskLine> lines = new ArrayList<>();
    List<DeliverableView> periodic = new ArrayList<>();
    for (Plan plan : found) {
      for (PlanTask task : plan.getTasks()) {
        if (!visible.test(task)) {
          continue;
        }
        List<DeliverableView> own = deliverables.getOrDefault(task.getId(), List.of());
        for (DeliverableView deliverable : counted(own, period, asOf)) {
          TaskStatus status = deliverable.status(asOf);
          if (!status.isCounted()) {
            continue;
          }
          total = total.plus(status);
          byArea.merge(area(task), StatusCounts.ZERO.plus(status), ReportCalculator::sum);
          for (String unit : responsibleUnits(task, commune)) {
            byUnit.merge(unit, StatusCounts.ZERO.plus(status), ReportCalculator::sum);
          }
          if (own.size() > 1) {
            periodic.add(deliverable);
          }
          lines.add(line(plan, task, commune, deliverable, status, asOfDate, status.isDone() ? List.of()
              : steps.getOrDefault(task.getProcessInstanceId(), List.of())));
        }
      }
    }
    byUnit.values().removeIf(counts -> counts.total() == 0);
    List<ReportFigures.TaskLine> overdue = lines.stream().filter(l -> l.status() == TaskStatus.OVERDUE)
        .sorted(Comparator.comparingInt(ReportFigures.TaskLine::daysOverdue).reversed()).toList();
    return new ReportFigures(commune.id(), commune.name(), commune.province(), period, VietnamTime.dayOf(asOfDate),
        total, groups(byArea), groups(byUnit), lines, overdue, targets(found, reportedTargets),
        standingDuties(all, commune, periodic, asOf));
  }

  /**
   * The deliverables a period counts: a one-off task's result in every period the plan overlaps, as it
   * stood then; a recurring or standing duty's deliverables in the period their due day falls in. Nothing
   * added to the plan after the period counts in it.
   */
  static List<DeliverableView> counted(List<DeliverableView> deliverables, ReportPeriod period, Instant asOf) {
    // loops, not streams: the country's roll-up asks this of some hundred thousand tasks
    List<DeliverableView> existing = new ArrayList<>(deliverables.size());
    for (DeliverableView d : deliverables) {
      if (d.addedAt() == null || !d.addedAt().isAfter(asOf)) {
        existing.add(d);
      }
    }
    if (existing.size() == 1 && existing.get(0).kind() == DeliverableKind.RESULT) {
      return existing;
    }
    existing.removeIf(d -> d.due() == null || d.due().isBefore(period.start()) || d.due().isAfter(period.end()));
    return existing;
  }

  private static ReportFigures.TaskLine line(Plan plan, PlanTask task, Commune commune, DeliverableView deliverable,
                                             TaskStatus status, Date asOf, List<TaskProgress.CurrentStep> open) {
    Instant done = deliverable.doneAt();
    return new ReportFigures.TaskLine(plan.getCode(), task.getNumber(), area(task), task.getContent(),
        String.join(", ", responsibleUnits(task, commune)), task.getDeadlineText(), deliverable.due(), status,
        done != null && !done.isAfter(asOf.toInstant()) ? VietnamTime.dayOf(Date.from(done)) : null,
        open.stream().map(step -> step.assignee() == null ? step.name() : step.name() + " (" + step.assignee() + ")")
            .toList(),
        status == TaskStatus.OVERDUE ? (int) ChronoUnit.DAYS.between(deliverable.due(), VietnamTime.dayOf(asOf)) : 0,
        null, task.getProcessInstanceId());
  }

  /** How many units delivered each period deliverable of a recurring or standing duty on time. */
  private List<ReportFigures.StandingDutyLine> standingDuties(List<PlanTask> tasks, Commune commune,
                                                              List<DeliverableView> periodic, Instant asOf) {
    Map<Long, PlanTask> byId = new HashMap<>();
    tasks.forEach(t -> byId.put(t.getId(), t));
    Map<Long, List<PartView>> parts = record.parts(periodic.stream().map(DeliverableView::id).toList());
    List<ReportFigures.StandingDutyLine> result = new ArrayList<>();
    for (DeliverableView d : periodic) {
      PlanTask task = byId.get(d.planTaskId());
      int onTime = 0;
      int late = 0;
      List<String> missing = new ArrayList<>();
      List<PartView> own = parts.getOrDefault(d.id(), List.of()).stream().filter(p -> p.withdrawnAt() == null).toList();
      for (PartView part : own) {
        TaskStatus status = TaskStatus.of(d.due(), part.submittedAt(), part.approvedAt(), null, asOf);
        if (status == TaskStatus.DONE_ON_TIME) {
          onTime++;
        } else if (status == TaskStatus.DONE_LATE) {
          late++;
        } else {
          missing.add(commune.unit(part.unitCode()).map(Unit::name).orElse(part.unitCode()));
        }
      }
      result.add(new ReportFigures.StandingDutyLine(task.getPlan().getCode(), task.getNumber(), task.getContent(),
          d.kind(), d.due(), own.size(), onTime, late, missing.size(), missing));
    }
    return result;
  }

  /** Counts only, for every commune of the server, ranked. */
  public CityRollup rollup(ReportPeriod period) {
    Instant asOf = asOf(period).toInstant();
    List<String> ids = communes.all().stream().map(Commune::id).sorted().toList();
    // plain rows of every deliverable of the period's plans, read and counted in slices of communes on the
    // server's cores: the country's roll-up reads hundreds of thousands (issue 16)
    int slices = Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), ids.size() / ROLLUP_SLICE_MIN));
    int size = (ids.size() + slices - 1) / slices;
    List<List<String>> parts = new ArrayList<>();
    for (int from = 0; from < ids.size(); from += size) {
      parts.add(ids.subList(from, Math.min(ids.size(), from + size)));
    }
    Map<String, StatusCounts> counts = new HashMap<>();
    ids.forEach(id -> counts.put(id, StatusCounts.ZERO));
    parts.parallelStream().map(slice -> counts(slice, period, asOf)).toList()
        .forEach(slice -> slice.forEach((id, c) -> counts.merge(id, c, ReportCalculator::sum)));
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

  private Map<String, StatusCounts> counts(List<String> communeIds, ReportPeriod period, Instant asOf) {
    Map<String, StatusCounts> counts = new HashMap<>();
    record.eachTaskFacts(communeIds, period.start(), period.end(), own -> {
      for (DeliverableView d : counted(own, period, asOf)) {
        counts.merge(d.commune(), StatusCounts.ZERO.plus(d.status(asOf)), ReportCalculator::sum);
      }
    });
    return counts;
  }

  /** The period's end, or now while the period is still running. */
  static Date asOf(ReportPeriod period) {
    Date end = VietnamTime.endOf(period.end());
    Date now = VietnamTime.now();
    return now.before(end) ? now : end;
  }

  /** The lead units doing the work; for a task led outside the commune, its local support units. */
  private static List<String> responsibleUnits(PlanTask task, Commune commune) {
    List<String> codes = task.getLeadUnits().isEmpty() ? task.getSupportUnits() : task.getLeadUnits();
    return codes.stream().map(code -> commune.unit(code).map(Unit::name).orElse(code)).toList();
  }

  /** The reform area a task is counted under; "Khác" when the plan names none. */
  static String area(PlanTask task) {
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
