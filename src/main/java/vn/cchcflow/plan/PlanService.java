package vn.cchcflow.plan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.cchcflow.organisation.Commune;
import vn.cchcflow.organisation.CommuneDirectory;
import vn.cchcflow.system.Messages;
import vn.cchcflow.tasklifecycle.PlanTaskProcessStarter;
import vn.cchcflow.tasklifecycle.PlanTaskStart;
import vn.cchcflow.tasklifecycle.TaskDeadlines;

/**
 * Registers a plan and starts one lifecycle process per task, all in one transaction: if any task
 * cannot start, nothing is stored and nothing runs. A plan already registered (same commune and code)
 * is returned as it is.
 */
@Service
public class PlanService {

  private static final Logger LOG = LoggerFactory.getLogger(PlanService.class);

  private final PlanRepository plans;
  private final PlanValidator validator;
  private final PlanAccess access;
  private final PlanTaskProcessStarter starter;
  private final CommuneDirectory communes;
  private final Messages messages;
  private final TaskDeadlines deadlines;
  private final ApplicationEventPublisher events;

  PlanService(PlanRepository plans, PlanValidator validator, PlanAccess access, PlanTaskProcessStarter starter,
              CommuneDirectory communes, Messages messages, TaskDeadlines deadlines,
              ApplicationEventPublisher events) {
    this.plans = plans;
    this.validator = validator;
    this.access = access;
    this.starter = starter;
    this.communes = communes;
    this.messages = messages;
    this.deadlines = deadlines;
    this.events = events;
  }

  @Transactional
  public PlanRegistration register(PlanDocument document) {
    ResolvedPlan resolved = validator.validate(document);
    Commune commune = resolved.commune();
    if (!access.canRegister(commune)) {
      throw new PlanAccessDeniedException(messages.get("plan.access.denied", commune.name()));
    }
    Optional<Plan> existing = plans.findByCommuneAndCode(commune.id(), document.code().strip());
    if (existing.isPresent()) {
      LOG.info("Plan {}/{} is already registered (id {}); nothing started", commune.id(), document.code(),
          existing.get().getId());
      return new PlanRegistration(PlanSummary.of(existing.get()), false);
    }
    Plan plan = new Plan(commune.id(), document.code().strip(), document.title().strip(), document.periodStart(),
        document.periodEnd(), Instant.now(), access.currentUser(), document.commitments());
    int position = 0;
    for (ResolvedPlan.ResolvedTask task : resolved.tasks()) {
      PlanDocument.Task source = task.source();
      plan.addTask(new PlanTask(plan, position++, source.number().strip(), source.area(), source.content().strip(),
          task.leadUnits().stream().map(u -> u.code()).toList(), task.externalLeads(),
          task.supportUnits().stream().map(u -> u.code()).toList(), task.externalSupports(),
          source.deadlineText(), source.effectiveDueDate(), source.deliverable(), source.schedule(), source.draft()));
    }
    plan = plans.save(plan);
    for (int i = 0; i < resolved.tasks().size(); i++) {
      ResolvedPlan.ResolvedTask task = resolved.tasks().get(i);
      PlanTask row = plan.getTasks().get(i);
      row.linkProcessInstance(starter.start(new PlanTaskStart(commune, plan.getId(), plan.getCode(), plan.getTitle(),
          row.getNumber(), row.getArea(), row.getContent(), task.leadUnits(), task.externalLeads(),
          task.supportUnits(), row.getDeadlineText(), row.getDueDate(), row.getDeliverable(), row.getSchedule(),
          plan.getPeriodStart())));
    }
    LOG.info("Plan {}/{} registered by {}: {} task processes started", commune.id(), plan.getCode(),
        access.currentUser(), plan.getTasks().size());
    events.publishEvent(new PlanRegistered(plan.getId(), commune.id(), plan.getCode(), plan.getCommitments()));
    return new PlanRegistration(PlanSummary.of(plan), true);
  }

  @Transactional(readOnly = true)
  public List<PlanSummary> list() {
    Collection<String> readable = access.readableCommunes();
    List<Plan> found = readable == null ? plans.findAllByOrderByIdAsc() : plans.findByCommuneInOrderByIdAsc(readable);
    return found.stream().map(PlanSummary::of).toList();
  }

  /** The plan's tasks the caller may see: all of them for the coordinating unit and leaders. */
  @Transactional(readOnly = true)
  public VisiblePlan visibleTasks(long planId) {
    Plan plan = plans.findById(planId).filter(access::canRead)
        .orElseThrow(() -> new PlanNotFoundException(messages.get("plan.notFound", planId)));
    Commune commune = communes.find(plan.getCommune()).orElseThrow();
    List<PlanTask> tasks = access.seesWholePlan(commune) ? plan.getTasks()
        : plan.getTasks().stream().filter(task -> access.takesPartIn(commune, task)).toList();
    return new VisiblePlan(plan, List.copyOf(tasks));
  }

  /**
   * Sets or moves one task's due date (the plan was amended, or the date of the event it waited for is
   * known). Only the coordinating unit may; the date must lie in the plan period.
   */
  @Transactional
  public void changeDueDate(long planId, String number, LocalDate due) {
    Plan plan = plans.findById(planId).filter(access::canRead)
        .orElseThrow(() -> new PlanNotFoundException(messages.get("plan.notFound", planId)));
    Commune commune = communes.find(plan.getCommune()).orElseThrow();
    if (!access.canRegister(commune)) {
      throw new PlanAccessDeniedException(messages.get("plan.access.denied", commune.name()));
    }
    PlanTask task = plan.getTasks().stream().filter(t -> t.getNumber().equals(number)).findFirst()
        .orElseThrow(() -> new PlanNotFoundException(messages.get("plan.task.notFound", number, plan.getTitle())));
    if (due == null || due.isBefore(plan.getPeriodStart()) || due.isAfter(plan.getPeriodEnd())) {
      throw new InvalidPlanException(List.of(new FieldProblem("dueDate", messages.get("plan.task.dueOutsidePeriod",
          number, due == null ? "—" : due.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")),
          plan.getPeriodStart().format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")),
          plan.getPeriodEnd().format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"))))));
    }
    task.setDueDate(due);
    deadlines.change(task.getProcessInstanceId(), due);
  }

  public record VisiblePlan(Plan plan, List<PlanTask> tasks) {
  }
}
