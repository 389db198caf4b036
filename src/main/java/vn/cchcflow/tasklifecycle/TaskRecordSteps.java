package vn.cchcflow.tasklifecycle;

import static vn.cchcflow.tasklifecycle.PlanTaskProcess.DELIVERABLE_ID;
import static vn.cchcflow.tasklifecycle.PlanTaskProcess.PART_ID;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;
import vn.cchcflow.organisation.Commune;
import vn.cchcflow.organisation.CommuneDirectory;
import vn.cchcflow.organisation.UnitGroups;
import vn.cchcflow.schedule.WorkingCalendar;
import vn.cchcflow.system.VietnamTime;

/**
 * What {@code PlanTaskProcess} reads from the task record in its expressions
 * ({@code ${taskRecordSteps.…}}): which deliverables and parts to run, who each step is for, when it is
 * due, and what was decided. The model holds no fact itself, so no variable can bend one.
 */
@Component("taskRecordSteps")
public class TaskRecordSteps {

  private final TaskRecord record;
  private final CommuneDirectory communes;
  private final IdentityService identity;
  private final WorkingCalendar calendar;
  private final LifecycleSettings settings;

  public TaskRecordSteps(TaskRecord record, CommuneDirectory communes, IdentityService identity,
                         WorkingCalendar calendar, LifecycleSettings settings) {
    this.record = record;
    this.communes = communes;
    this.identity = identity;
    this.calendar = calendar;
    this.settings = settings;
  }

  // which deliverables and parts run

  public List<Long> deliverables(Long planTaskId) {
    return record.deliverables(planTaskId).stream().filter(d -> !d.isSettled()).map(DeliverableView::id).toList();
  }

  /**
   * Whether the task is finished: every deliverable done or withdrawn, or, for a standing duty, its final
   * assessment approved (progress reports still missing then stay missing).
   */
  public boolean settled(Long planTaskId) {
    List<DeliverableView> all = record.deliverables(planTaskId);
    return all.stream().allMatch(DeliverableView::isSettled) || all.stream()
        .anyMatch(d -> d.kind() == DeliverableKind.FINAL_ASSESSMENT && d.doneAt() != null);
  }

  public List<Long> parts(Long deliverableId) {
    return record.parts(deliverableId).stream().filter(PartView::isOpen).map(PartView::id).toList();
  }

  public boolean isProgressReport(Long deliverableId) {
    return record.deliverable(deliverableId).kind() == DeliverableKind.PROGRESS_REPORT;
  }

  public boolean opensLater(Long deliverableId) {
    LocalDate opensOn = record.deliverable(deliverableId).opensOn();
    return opensOn != null && openingTime(opensOn).isAfter(VietnamTime.zonedNow());
  }

  public Date opensAt(Long deliverableId) {
    return Date.from(openingTime(record.deliverable(deliverableId).opensOn()).toInstant());
  }

  public boolean hasDueDate(Long deliverableId) {
    return record.deliverable(deliverableId).due() != null;
  }

  /** The support units' groups of the part's deliverable, for one input task each. */
  public List<String> supportUnits(Long partId) {
    PartView part = record.part(partId);
    DeliverableView deliverable = record.deliverable(part.deliverableId());
    return deliverable.supportUnits().stream().filter(code -> !code.equals(part.unitCode()))
        .map(code -> UnitGroups.unit(deliverable.commune(), code)).toList();
  }

  /** Whether the latest decision at the stage approved the part's work. */
  public boolean approved(Long partId, String stage) {
    ReviewStage wanted = ReviewStage.valueOf(stage);
    List<ReviewView> decisions = record.reviews(partId).stream().filter(r -> r.stage() == wanted).toList();
    return !decisions.isEmpty() && decisions.get(decisions.size() - 1).approved();
  }

  // who

  public String unitGroup(Long partId) {
    return UnitGroups.unit(commune(partId), record.part(partId).unitCode());
  }

  public String headGroup(Long partId) {
    return UnitGroups.head(commune(partId), record.part(partId).unitCode());
  }

  /** The unit's head when it has exactly one, so assignment and sign-off land in their own list. */
  public String soleHead(Long partId) {
    List<User> heads = identity.createUserQuery().memberOfGroup(headGroup(partId)).listPage(0, 2);
    return heads.size() == 1 ? heads.get(0).getId() : null;
  }

  public String officer(Long partId) {
    return record.part(partId).officer();
  }

  public List<String> reviewerGroups(Long partId) {
    String group = record.part(partId).reviewer().group();
    return group == null ? List.of() : List.of(group);
  }

  public List<String> reviewerUsers(Long partId) {
    String user = record.part(partId).reviewer().user();
    return user == null ? List.of() : List.of(user);
  }

  public String coordinatingUnit(DelegateExecution execution) {
    Commune commune = communes.find(execution.getTenantId()).orElseThrow();
    return UnitGroups.unit(commune.id(), commune.coordinatingUnit());
  }

  // when

  public Date dueDate(DelegateExecution execution) {
    return DueTimes.dueAt(due(execution));
  }

  public Date followUpDate(DelegateExecution execution) {
    return DueTimes.followUpAt(due(execution));
  }

  public Date supportDueDate(DelegateExecution execution) {
    return DueTimes.dueAt(supportDue(execution));
  }

  public Date supportFollowUpDate(DelegateExecution execution) {
    LocalDate due = supportDue(execution);
    return due == null ? null : VietnamTime.morningOf(calendar.workingDaysBefore(due, 2));
  }

  /** 08:00 on the working day before support input is due; at once when that has passed. */
  public Date supportReminderAt(DelegateExecution execution) {
    LocalDate due = supportDue(execution);
    ZonedDateTime now = VietnamTime.zonedNow();
    if (due == null) {
      return Date.from(now.plusYears(5).toInstant());
    }
    ZonedDateTime remind = calendar.workingDaysBefore(due, 1).atTime(8, 0).atZone(VietnamTime.ZONE);
    return Date.from((remind.isAfter(now) ? remind : now).toInstant());
  }

  /** A review still waiting this many working days after it was asked for is escalated. */
  public Date reviewWaitingAt(DelegateExecution execution) {
    LocalDate day = calendar.workingDaysAfter(VietnamTime.today(), settings.reviewWaitingWorkingDays());
    return VietnamTime.morningOf(day);
  }

  /**
   * Support input is due some working days before the lead unit's deadline, so it can be used; never
   * before today, never after the deadline itself.
   */
  private LocalDate supportDue(DelegateExecution execution) {
    return supportDueFor(due(execution));
  }

  /** When support input is due for a lead unit's deadline (see {@link #supportDueDate}). */
  public LocalDate supportDueFor(LocalDate due) {
    if (due == null) {
      return null;
    }
    LocalDate early = calendar.workingDaysBefore(due, settings.supportInputWorkingDaysBefore());
    LocalDate today = VietnamTime.today();
    return early.isBefore(today) ? (due.isBefore(today) ? due : today) : early;
  }

  private LocalDate due(DelegateExecution execution) {
    Object deliverableId = execution.getVariable(DELIVERABLE_ID);
    return deliverableId == null ? null : record.deliverable(((Number) deliverableId).longValue()).due();
  }

  private String commune(Long partId) {
    return record.deliverable(record.part(partId).deliverableId()).commune();
  }

  private static ZonedDateTime openingTime(LocalDate day) {
    return day.atTime(8, 0).atZone(VietnamTime.ZONE);
  }

  /** The part a step's execution belongs to (null outside a part). */
  public static Long partOf(DelegateExecution execution) {
    Object id = execution.getVariable(PART_ID);
    return id == null ? null : ((Number) id).longValue();
  }
}
