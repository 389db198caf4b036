package vn.cchcflow.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.cchcflow.organisation.Commune;
import vn.cchcflow.organisation.CommuneDirectory;
import vn.cchcflow.organisation.Unit;
import vn.cchcflow.plan.AmendmentPreview.FieldChange;
import vn.cchcflow.plan.AmendmentPreview.Kind;
import vn.cchcflow.plan.AmendmentPreview.Line;
import vn.cchcflow.system.Messages;
import vn.cchcflow.system.VietnamTime;
import vn.cchcflow.tasklifecycle.LifecycleChanges;
import vn.cchcflow.tasklifecycle.PlanTaskProcessStarter;
import vn.cchcflow.tasklifecycle.TaskBriefs;
import vn.cchcflow.tasklifecycle.TaskDeadlines;

/**
 * Amends a registered plan in one reviewed and confirmed act that cites the amending document: tasks are
 * added (their lifecycles start), dropped (their lifecycles end as withdrawn), changed (content, lead or
 * support units, deadline; running steps follow). Everything is checked first and applied in one
 * transaction, or nothing is; every change goes into the audit trail. Only the coordinating unit may.
 */
@Service
public class PlanAmendments {

  private final PlanRepository plans;
  private final PlanValidator validator;
  private final PlanAccess access;
  private final CommuneDirectory communes;
  private final PlanTaskProcessStarter starter;
  private final LifecycleChanges lifecycles;
  private final TaskDeadlines deadlines;
  private final AuditTrail audit;
  private final Messages messages;

  PlanAmendments(PlanRepository plans, PlanValidator validator, PlanAccess access, CommuneDirectory communes,
                 PlanTaskProcessStarter starter, LifecycleChanges lifecycles, TaskDeadlines deadlines,
                 AuditTrail audit, Messages messages) {
    this.plans = plans;
    this.validator = validator;
    this.access = access;
    this.communes = communes;
    this.starter = starter;
    this.lifecycles = lifecycles;
    this.deadlines = deadlines;
    this.audit = audit;
    this.messages = messages;
  }

  /** What the amendment would do, task by task; nothing is stored. */
  @Transactional(readOnly = true)
  public AmendmentPreview preview(long planId, PlanAmendment amendment) {
    Plan plan = amendable(planId);
    return plan(plan, commune(plan), amendment).preview(plan, amendment);
  }

  /** Applies the amendment; returns what was done. */
  @Transactional
  public AmendmentPreview apply(long planId, PlanAmendment amendment) {
    Plan plan = amendable(planId);
    Commune commune = commune(plan);
    Planned planned = plan(plan, commune, amendment);
    String document = amendment.document().reference();
    String by = access.currentUser();
    for (PlanAmendment.Drop drop : amendment.drop()) {
      PlanTask task = planned.tasks.get(drop.number().strip());
      String reason = reason(drop.reason(), document);
      task.withdraw(VietnamTime.now().toInstant(), reason);
      audit.record(plan, task.getNumber(), FactChange.Act.AMENDMENT, "withdrawn", null, messages.get("amend.withdrawn"),
          reason, document, by);
      lifecycles.withdraw(task.getProcessInstanceId());
    }
    for (Resolved change : planned.changes) {
      applyChange(plan, commune, change, document, by);
    }
    List<LocalDate> reportDays = plan.getCommitments().reportDays(plan.getPeriodStart(), plan.getPeriodEnd());
    int position = plan.getTasks().stream().mapToInt(PlanTask::getPosition).max().orElse(-1) + 1;
    List<PlanTask> added = new ArrayList<>();
    for (ResolvedPlan.ResolvedTask task : planned.added) {
      PlanTask row = PlanTask.of(plan, position++, task);
      plan.addTask(row);
      added.add(row);
    }
    plan = plans.save(plan);
    for (int i = 0; i < added.size(); i++) {
      PlanTask row = byNumber(plan).get(added.get(i).getNumber());
      row.linkProcessInstance(starter.start(PlanService.startOf(plan, row, planned.added.get(i), commune, reportDays)));
      audit.record(plan, row.getNumber(), FactChange.Act.AMENDMENT, "added", null, row.getContent(),
          messages.get("amend.addedReason"), document, by);
    }
    return planned.preview(plan, amendment);
  }

  /**
   * The amendment that turns the registered plan into the amended document: tasks matched by number;
   * those only in the document are added, those only in the plan dropped, the others compared field by
   * field.
   */
  @Transactional(readOnly = true)
  public PlanAmendment diff(long planId, PlanDocument amended, PlanAmendment.Document document) {
    Plan plan = amendable(planId);
    Commune commune = commune(plan);
    Map<String, PlanTask> registered = active(plan);
    Set<String> seen = new LinkedHashSet<>();
    List<PlanDocument.Task> add = new ArrayList<>();
    List<PlanAmendment.Change> change = new ArrayList<>();
    for (PlanDocument.Task task : amended.tasks()) {
      String number = task.number().strip();
      seen.add(number);
      PlanTask current = registered.get(number);
      if (current == null) {
        add.add(task);
        continue;
      }
      List<FieldProblem> ignored = new ArrayList<>();
      Units leads = units(commune, task.leadUnits(), "leadUnits", number, ignored);
      Units supports = units(commune, task.supportUnits(), "supportUnits", number, ignored);
      boolean contentChanged = !normal(task.content()).equals(normal(current.getContent()));
      boolean leadsChanged = !leads.codes().equals(current.getLeadUnits())
          || !leads.external().equals(current.getExternalLeads());
      boolean supportsChanged = !Set.copyOf(supports.codes()).equals(Set.copyOf(current.getSupportUnits()));
      LocalDate due = task.effectiveDueDate();
      boolean dueChanged = due != null && !due.equals(current.getDueDate());
      if (contentChanged || leadsChanged || supportsChanged || dueChanged) {
        change.add(new PlanAmendment.Change(number, contentChanged ? task.content() : null,
            leadsChanged ? task.leadUnits() : null, supportsChanged ? task.supportUnits() : null,
            dueChanged ? task.deadlineText() : null, dueChanged ? due : null));
      }
    }
    List<PlanAmendment.Drop> drop = registered.keySet().stream().filter(number -> !seen.contains(number))
        .map(number -> new PlanAmendment.Drop(number, null)).toList();
    return new PlanAmendment(document, add, drop, change);
  }

  private void applyChange(Plan plan, Commune commune, Resolved change, String document, String by) {
    PlanTask task = change.task;
    String reason = messages.get("amend.changedReason");
    if (change.content != null) {
      audit.record(plan, task.getNumber(), FactChange.Act.AMENDMENT, "content", task.getContent(), change.content,
          reason, document, by);
      task.changeContent(change.content);
      lifecycles.reword(task.getProcessInstanceId(), TaskBriefs.caption(task.getNumber(), change.content),
          TaskBriefs.brief(PlanService.startOf(plan, task, change.asResolved(commune), commune, List.of()), messages));
    }
    if (change.leads != null) {
      List<String> removed = task.getLeadUnits().stream().filter(u -> !change.leads.codes().contains(u)).toList();
      List<String> joined = change.leads.codes().stream().filter(u -> !task.getLeadUnits().contains(u)).toList();
      int moves = Math.min(removed.size(), joined.size());
      for (int i = 0; i < moves; i++) {
        lifecycles.moveLead(task.getId(), task.getProcessInstanceId(), commune, removed.get(i), joined.get(i));
      }
      removed.subList(moves, removed.size())
          .forEach(u -> lifecycles.removeLead(task.getId(), task.getProcessInstanceId(), u));
      joined.subList(moves, joined.size())
          .forEach(u -> lifecycles.addLead(task.getId(), task.getProcessInstanceId(), commune, u));
      audit.record(plan, task.getNumber(), FactChange.Act.AMENDMENT, "leadUnits",
          names(commune, task.getLeadUnits(), task.getExternalLeads()),
          names(commune, change.leads.codes(), change.leads.external()), reason, document, by);
      task.changeUnits(change.leads.codes(), change.leads.external(), task.getSupportUnits(),
          task.getExternalSupports());
    }
    if (change.supports != null) {
      lifecycles.changeSupport(task.getId(), task.getProcessInstanceId(), commune, change.supports.codes());
      audit.record(plan, task.getNumber(), FactChange.Act.AMENDMENT, "supportUnits",
          names(commune, task.getSupportUnits(), task.getExternalSupports()),
          names(commune, change.supports.codes(), change.supports.external()), reason, document, by);
      task.changeUnits(task.getLeadUnits(), task.getExternalLeads(), change.supports.codes(),
          change.supports.external());
    }
    if (change.deadlineText != null) {
      audit.record(plan, task.getNumber(), FactChange.Act.AMENDMENT, "deadlineText", task.getDeadlineText(),
          change.deadlineText, reason, document, by);
      task.changeDeadlineText(change.deadlineText);
    }
    if (change.due != null && !change.due.equals(task.getDueDate())) {
      deadlines.change(task.getId(), task.getProcessInstanceId(), change.due, reason, document);
    }
  }

  // --- checking everything before anything is done ---

  private Planned plan(Plan plan, Commune commune, PlanAmendment amendment) {
    List<FieldProblem> problems = new ArrayList<>();
    if (amendment.document() == null || amendment.document().number() == null
        || amendment.document().number().isBlank()) {
      problems.add(new FieldProblem("document.number", messages.get("amend.documentRequired")));
    }
    Map<String, PlanTask> tasks = active(plan);
    Set<String> touched = new LinkedHashSet<>();
    for (int i = 0; i < amendment.drop().size(); i++) {
      String number = strip(amendment.drop().get(i).number());
      if (!tasks.containsKey(number)) {
        problems.add(new FieldProblem("drop[" + i + "].number", messages.get("amend.unknownTask", number)));
      }
      touched.add(number);
    }
    List<Resolved> changes = new ArrayList<>();
    for (int i = 0; i < amendment.change().size(); i++) {
      PlanAmendment.Change change = amendment.change().get(i);
      String number = strip(change.number());
      PlanTask task = tasks.get(number);
      String path = "change[" + i + "]";
      if (task == null) {
        problems.add(new FieldProblem(path + ".number", messages.get("amend.unknownTask", number)));
        continue;
      }
      if (!touched.add(number)) {
        problems.add(new FieldProblem(path + ".number", messages.get("amend.twice", number)));
      }
      Units leads = change.leadUnits() == null ? null : units(commune, change.leadUnits(), path + ".leadUnits", number,
          problems);
      if (leads != null && leads.codes().isEmpty() != task.getLeadUnits().isEmpty()) {
        problems.add(new FieldProblem(path + ".leadUnits", messages.get("amend.leadSideChange", number)));
      }
      Units supports = change.supportUnits() == null ? null
          : units(commune, change.supportUnits(), path + ".supportUnits", number, problems);
      if (change.dueDate() != null && (change.dueDate().isBefore(plan.getPeriodStart())
          || change.dueDate().isAfter(plan.getPeriodEnd()))) {
        problems.add(new FieldProblem(path + ".dueDate", messages.get("plan.task.dueOutsidePeriod", number,
            vn.cchcflow.system.DayFormats.official(change.dueDate()),
            vn.cchcflow.system.DayFormats.official(plan.getPeriodStart()),
            vn.cchcflow.system.DayFormats.official(plan.getPeriodEnd()))));
      }
      changes.add(new Resolved(task, blankToNull(change.content()), leads, supports,
          blankToNull(change.deadlineText()), change.dueDate()));
    }
    PlanDocument additions = new PlanDocument(plan.getCommune(), plan.getCode(), plan.getTitle(), plan.getPeriodStart(),
        plan.getPeriodEnd(), amendment.add());
    Map<String, Integer> seen = new HashMap<>();
    byNumber(plan).keySet().forEach(number -> seen.put(number, -1));
    List<ResolvedPlan.ResolvedTask> added = new ArrayList<>();
    for (int i = 0; i < amendment.add().size(); i++) {
      int before = problems.size();
      ResolvedPlan.ResolvedTask task = validator.validateTask(additions, commune, i, seen, problems);
      problems.replaceAll(p -> p.field().startsWith("tasks[") ? new FieldProblem(p.field().replaceFirst("^tasks", "add"),
          p.message()) : p);
      if (problems.size() == before) {
        added.add(task);
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidPlanException(problems);
    }
    return new Planned(tasks, changes, added, commune, amendment);
  }

  private Units units(Commune commune, List<String> names, String path, String number, List<FieldProblem> problems) {
    List<Unit> local = new ArrayList<>();
    List<String> external = new ArrayList<>();
    validator.resolveUnits(commune, names, path, number, local, external, problems);
    return new Units(local.stream().map(Unit::code).toList(), external);
  }

  private Plan amendable(long planId) {
    Plan plan = plans.findById(planId).filter(access::canRead)
        .orElseThrow(() -> new PlanNotFoundException(messages.get("plan.notFound", planId)));
    if (!access.canRegister(commune(plan))) {
      throw new PlanAccessDeniedException(messages.get("plan.access.denied", commune(plan).name()));
    }
    return plan;
  }

  private Commune commune(Plan plan) {
    return communes.find(plan.getCommune()).orElseThrow();
  }

  private static Map<String, PlanTask> active(Plan plan) {
    return plan.getTasks().stream().filter(t -> !t.isWithdrawn())
        .collect(Collectors.toMap(PlanTask::getNumber, Function.identity(), (a, b) -> a, java.util.LinkedHashMap::new));
  }

  private static Map<String, PlanTask> byNumber(Plan plan) {
    return plan.getTasks().stream()
        .collect(Collectors.toMap(PlanTask::getNumber, Function.identity(), (a, b) -> a, java.util.LinkedHashMap::new));
  }

  private String reason(String given, String document) {
    return given == null || given.isBlank() ? messages.get("amend.droppedReason", document) : given.strip();
  }

  static String names(Commune commune, List<String> codes, List<String> external) {
    return String.join(", ", java.util.stream.Stream.concat(
        codes.stream().map(code -> commune.unit(code).map(Unit::name).orElse(code)), external.stream()).toList());
  }

  private static String normal(String text) {
    return text == null ? "" : text.strip().replaceAll("\\s+", " ");
  }

  private static String strip(String value) {
    return value == null ? "" : value.strip();
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  /** Units named in an amendment, resolved: the commune's unit codes and outside bodies as written. */
  record Units(List<String> codes, List<String> external) {
  }

  /** A checked change of one task. */
  record Resolved(PlanTask task, String content, Units leads, Units supports, String deadlineText, LocalDate due) {

    ResolvedPlan.ResolvedTask asResolved(Commune commune) {
      List<Unit> leadUnits = (leads == null ? task.getLeadUnits() : leads.codes()).stream()
          .map(code -> commune.unit(code).orElseThrow()).toList();
      List<Unit> supportUnits = (supports == null ? task.getSupportUnits() : supports.codes()).stream()
          .map(code -> commune.unit(code).orElseThrow()).toList();
      return new ResolvedPlan.ResolvedTask(null, leadUnits, leads == null ? task.getExternalLeads() : leads.external(),
          supportUnits, supports == null ? task.getExternalSupports() : supports.external());
    }
  }

  /** The checked amendment, ready to preview or apply. */
  private final class Planned {
    final Map<String, PlanTask> tasks;
    final List<Resolved> changes;
    final List<ResolvedPlan.ResolvedTask> added;
    final Commune commune;
    final PlanAmendment amendment;

    Planned(Map<String, PlanTask> tasks, List<Resolved> changes, List<ResolvedPlan.ResolvedTask> added,
            Commune commune, PlanAmendment amendment) {
      this.tasks = tasks;
      this.changes = changes;
      this.added = added;
      this.commune = commune;
      this.amendment = amendment;
    }

    AmendmentPreview preview(Plan plan, PlanAmendment amendment) {
      List<Line> lines = new ArrayList<>();
      Set<String> dropped = amendment.drop().stream().map(d -> strip(d.number())).collect(Collectors.toSet());
      Map<String, Resolved> changed = changes.stream()
          .collect(Collectors.toMap(c -> c.task().getNumber(), Function.identity()));
      for (PlanTask task : tasks.values()) {
        if (dropped.contains(task.getNumber())) {
          String reason = amendment.drop().stream().filter(d -> strip(d.number()).equals(task.getNumber()))
              .map(PlanAmendment.Drop::reason).filter(Objects::nonNull).findFirst().orElse(null);
          lines.add(new Line(Kind.DROPPED, task.getNumber(), task.getContent(), List.of(),
              reason(reason, amendment.document().reference())));
        } else if (changed.containsKey(task.getNumber())) {
          lines.add(new Line(Kind.CHANGED, task.getNumber(), task.getContent(), fieldChanges(changed.get(task.getNumber())),
              null));
        } else {
          lines.add(new Line(Kind.UNCHANGED, task.getNumber(), task.getContent(), List.of(), null));
        }
      }
      for (ResolvedPlan.ResolvedTask task : added) {
        lines.add(new Line(Kind.ADDED, task.source().number().strip(), task.source().content(), List.of(), null));
      }
      return new AmendmentPreview(plan.getId(), amendment.document().reference(), lines);
    }

    private List<FieldChange> fieldChanges(Resolved change) {
      PlanTask task = change.task();
      List<FieldChange> fields = new ArrayList<>();
      if (change.content() != null) {
        fields.add(new FieldChange("content", task.getContent(), change.content()));
      }
      if (change.leads() != null) {
        fields.add(new FieldChange("leadUnits", names(commune, task.getLeadUnits(), task.getExternalLeads()),
            names(commune, change.leads().codes(), change.leads().external())));
      }
      if (change.supports() != null) {
        fields.add(new FieldChange("supportUnits", names(commune, task.getSupportUnits(), task.getExternalSupports()),
            names(commune, change.supports().codes(), change.supports().external())));
      }
      if (change.deadlineText() != null) {
        fields.add(new FieldChange("deadlineText", task.getDeadlineText(), change.deadlineText()));
      }
      if (change.due() != null) {
        fields.add(new FieldChange("dueDate", vn.cchcflow.system.DayFormats.official(task.getDueDate()),
            vn.cchcflow.system.DayFormats.official(change.due())));
      }
      return fields;
    }
  }
}
