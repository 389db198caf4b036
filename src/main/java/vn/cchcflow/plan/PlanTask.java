package vn.cchcflow.plan;

import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import vn.cchcflow.schedule.Schedule;
import vn.cchcflow.schedule.ScheduleKind;

/** One row of a plan's task list (danh mục nhiệm vụ), linked to the process instance that runs it. */
@Entity
@Table(name = "cchc_plan_task")
public class PlanTask {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  @ManyToOne(optional = false)
  private Plan plan;
  private int position;
  private String number;
  private String area;
  private String content;
  /** Codes of the commune's lead units. */
  @Convert(converter = StringListConverter.class)
  private List<String> leadUnits;
  /** Lead bodies outside the commune, as written. */
  @Convert(converter = StringListConverter.class)
  private List<String> externalLeads;
  /** Codes of the commune's support units. */
  @Convert(converter = StringListConverter.class)
  private List<String> supportUnits;
  /** Support bodies outside the commune, as written. */
  @Convert(converter = StringListConverter.class)
  private List<String> externalSupports;
  private String deadlineText;
  private LocalDate dueDate;
  private String deliverable;
  private String processInstanceId;
  @Enumerated(EnumType.STRING)
  private ScheduleKind scheduleKind;
  private LocalDate scheduleStart;
  /** Due dates of a recurring schedule, ISO dates separated by commas. */
  private String scheduleDues;
  private boolean draft;
  private java.time.Instant withdrawnAt;
  private String withdrawalReason;

  protected PlanTask() {
  }

  PlanTask(Plan plan, int position, String number, String area, String content, List<String> leadUnits,
           List<String> externalLeads, List<String> supportUnits, List<String> externalSupports, String deadlineText,
           LocalDate dueDate, String deliverable, Schedule schedule, boolean draft) {
    this.plan = plan;
    this.position = position;
    this.number = number;
    this.area = area;
    this.content = content;
    this.leadUnits = leadUnits;
    this.externalLeads = externalLeads;
    this.supportUnits = supportUnits;
    this.externalSupports = externalSupports;
    this.deadlineText = deadlineText;
    this.dueDate = dueDate;
    this.deliverable = deliverable;
    this.draft = draft;
    if (schedule != null) {
      this.scheduleKind = schedule.kind();
      this.scheduleStart = schedule.start();
      this.scheduleDues = schedule.dues().stream().map(LocalDate::toString).collect(Collectors.joining(","));
    }
  }

  static PlanTask of(Plan plan, int position, ResolvedPlan.ResolvedTask task) {
    PlanDocument.Task source = task.source();
    return new PlanTask(plan, position, source.number().strip(), source.area(), source.content().strip(),
        task.leadUnits().stream().map(vn.cchcflow.organisation.Unit::code).toList(), task.externalLeads(),
        task.supportUnits().stream().map(vn.cchcflow.organisation.Unit::code).toList(), task.externalSupports(),
        source.deadlineText(), source.effectiveDueDate(), source.deliverable(), source.schedule(), source.draft());
  }

  void setDueDate(LocalDate dueDate) {
    this.dueDate = dueDate;
  }

  void changeContent(String content) {
    this.content = content;
  }

  void changeUnits(List<String> leadUnits, List<String> externalLeads, List<String> supportUnits,
                   List<String> externalSupports) {
    this.leadUnits = List.copyOf(leadUnits);
    this.externalLeads = List.copyOf(externalLeads);
    this.supportUnits = List.copyOf(supportUnits);
    this.externalSupports = List.copyOf(externalSupports);
  }

  void withdraw(java.time.Instant at, String reason) {
    this.withdrawnAt = at;
    this.withdrawalReason = reason;
  }

  public java.time.Instant getWithdrawnAt() {
    return withdrawnAt;
  }

  public String getWithdrawalReason() {
    return withdrawalReason;
  }

  public boolean isWithdrawn() {
    return withdrawnAt != null;
  }

  void linkProcessInstance(String processInstanceId) {
    this.processInstanceId = processInstanceId;
  }

  public Long getId() {
    return id;
  }

  public Plan getPlan() {
    return plan;
  }

  public String getNumber() {
    return number;
  }

  public String getArea() {
    return area;
  }

  public String getContent() {
    return content;
  }

  public List<String> getLeadUnits() {
    return leadUnits;
  }

  public List<String> getExternalLeads() {
    return externalLeads;
  }

  public List<String> getSupportUnits() {
    return supportUnits;
  }

  public List<String> getExternalSupports() {
    return externalSupports;
  }

  public String getDeadlineText() {
    return deadlineText;
  }

  public LocalDate getDueDate() {
    return dueDate;
  }

  public String getDeliverable() {
    return deliverable;
  }

  public String getProcessInstanceId() {
    return processInstanceId;
  }

  /** The schedule read from the deadline phrase, or null for a task posted with a plain due date. */
  public Schedule getSchedule() {
    if (scheduleKind == null) {
      return null;
    }
    List<LocalDate> dues = scheduleDues == null || scheduleDues.isEmpty() ? List.of()
        : Arrays.stream(scheduleDues.split(",")).map(LocalDate::parse).toList();
    return new Schedule(scheduleKind, scheduleStart, dueDate, dues);
  }

  public boolean isDraft() {
    return draft;
  }
}
