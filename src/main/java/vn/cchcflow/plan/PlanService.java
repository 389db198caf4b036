package vn.cchcflow.plan;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.cchcflow.organisation.Commune;
import vn.cchcflow.organisation.CommuneDirectory;
import vn.cchcflow.system.DayFormats;
import vn.cchcflow.system.Messages;
import vn.cchcflow.system.VietnamTime;
import vn.cchcflow.tasklifecycle.PlanTaskProcessStarter;
import vn.cchcflow.tasklifecycle.PlanTaskStart;
import vn.cchcflow.tasklifecycle.TaskDeadlines;

/**
 * Registers a plan and starts one lifecycle process per task, all in one transaction: if any task
 * cannot start, nothing is stored and nothing runs. A plan already registered (same commune and code)
 * is returned as it is, also when identical registrations arrive at the same moment.
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
  private final TransactionTemplate transaction;

  PlanService(PlanRepository plans, PlanValidator validator, PlanAccess access, PlanTaskProcessStarter starter,
              CommuneDirectory communes, Messages messages, TaskDeadlines deadlines, ApplicationEventPublisher events,
              PlatformTransactionManager transactions) {
    this.plans = plans;
    this.validator = validator;
    this.access = access;
    this.starter = starter;
    this.communes = communes;
    this.messages = messages;
    this.deadlines = deadlines;
    this.events = events;
    this.transaction = new TransactionTemplate(transactions);
  }

  public PlanRegistration register(PlanDocument document) {
    boolean joined = TransactionSynchronizationManager.isActualTransactionActive();
    try {
      return transaction.execute(status -> registerInTransaction(document));
    } catch (DataIntegrityViolationException race) {
      if (joined) {
        throw race;
      }
      // an identical registration committed first: it is the registration
      PlanSummary existing = transaction.execute(status -> plans.findByCommuneAndCode(document.commune().strip(),
          document.code().strip()).map(PlanSummary::of).orElseThrow(() -> race));
      LOG.info("Plan {}/{} was registered by a concurrent request; nothing started", document.commune().strip(),
          document.code().strip());
      return new PlanRegistration(existing, false);
    }
  }

  private PlanRegistration registerInTransaction(PlanDocument document) {
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
        document.periodEnd(), VietnamTime.now().toInstant(), access.currentUser(), document.commitments());
    int position = 0;
    for (ResolvedPlan.ResolvedTask task : resolved.tasks()) {
      plan.addTask(PlanTask.of(plan, position++, task));
    }
    plan = plans.save(plan);
    List<LocalDate> reportDays = plan.getCommitments().reportDays(plan.getPeriodStart(), plan.getPeriodEnd());
    for (int i = 0; i < resolved.tasks().size(); i++) {
      PlanTask row = plan.getTasks().get(i);
      row.linkProcessInstance(starter.start(startOf(plan, row, resolved.tasks().get(i), commune, reportDays)));
    }
    LOG.info("Plan {}/{} registered by {}: {} task processes started", commune.id(), plan.getCode(),
        access.currentUser(), plan.getTasks().size());
    events.publishEvent(new PlanRegistered(plan.getId(), commune.id(), plan.getCode(), plan.getCommitments()));
    return new PlanRegistration(PlanSummary.of(plan), true);
  }

  static PlanTaskStart startOf(Plan plan, PlanTask row, ResolvedPlan.ResolvedTask task, Commune commune,
                               List<LocalDate> reportDays) {
    return new PlanTaskStart(commune, plan.getId(), row.getId(), plan.getCode(), plan.getTitle(), row.getNumber(),
        row.getArea(), row.getContent(), task.leadUnits(), task.externalLeads(), task.supportUnits(),
        task.externalSupports(), row.getDeadlineText(), row.getDueDate(), row.getDeliverable(), row.getSchedule(),
        plan.getPeriodStart(), reportDays);
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
    Plan plan = readable(planId);
    Commune commune = communes.find(plan.getCommune()).orElseThrow();
    List<PlanTask> tasks = access.seesWholePlan(commune) ? plan.getTasks()
        : plan.getTasks().stream().filter(task -> access.takesPartIn(commune, task)).toList();
    return new VisiblePlan(plan, commune, List.copyOf(tasks));
  }

  /** One task of the plan, if the caller may see it (as in {@link #visibleTasks}). */
  @Transactional(readOnly = true)
  public VisibleTask visibleTask(long planId, String number) {
    VisiblePlan visible = visibleTasks(planId);
    PlanTask task = visible.tasks().stream().filter(t -> t.getNumber().equals(number)).findFirst()
        .orElseThrow(() -> new PlanNotFoundException(messages.get("plan.task.notFound", number,
            visible.plan().getTitle())));
    return new VisibleTask(visible.plan(), visible.commune(), task);
  }

  /**
   * Sets or moves one task's due date (the plan was amended, or the date of the event it waited for is
   * known): a designated act of the coordinating unit, recorded in the audit trail with its reason. The
   * date must lie in the plan period.
   */
  @Transactional
  public void changeDueDate(long planId, String number, LocalDate due, String reason, String documentRef) {
    Plan plan = readable(planId);
    Commune commune = communes.find(plan.getCommune()).orElseThrow();
    if (!access.canRegister(commune)) {
      throw new PlanAccessDeniedException(messages.get("plan.access.denied", commune.name()));
    }
    PlanTask task = plan.getTasks().stream().filter(t -> t.getNumber().equals(number)).findFirst()
        .orElseThrow(() -> new PlanNotFoundException(messages.get("plan.task.notFound", number, plan.getTitle())));
    if (due == null || due.isBefore(plan.getPeriodStart()) || due.isAfter(plan.getPeriodEnd())) {
      throw new InvalidPlanException(List.of(new FieldProblem("dueDate", messages.get("plan.task.dueOutsidePeriod",
          number, due == null ? "—" : DayFormats.official(due), DayFormats.official(plan.getPeriodStart()),
          DayFormats.official(plan.getPeriodEnd())))));
    }
    if (task.isWithdrawn()) {
      throw new PlanAccessDeniedException(messages.get("plan.task.withdrawn", number));
    }
    deadlines.change(task.getId(), task.getProcessInstanceId(), due,
        reason == null || reason.isBlank() ? messages.get("plan.task.dueChangedReason") : reason.strip(), documentRef);
  }

  private Plan readable(long planId) {
    return plans.findById(planId).filter(access::canRead)
        .orElseThrow(() -> new PlanNotFoundException(messages.get("plan.notFound", planId)));
  }

  public record VisiblePlan(Plan plan, Commune commune, List<PlanTask> tasks) {
  }

  public record VisibleTask(Plan plan, Commune commune, PlanTask task) {
  }
}
