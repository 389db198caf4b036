package vn.cchcflow.tasklifecycle.internal;

import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import vn.cchcflow.tasklifecycle.DeliverableKind;
import vn.cchcflow.tasklifecycle.DeliverableView;

@Entity
@Table(name = "cchc_deliverable")
class DeliverableEntity {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  private long planId;
  private long planTaskId;
  private String commune;
  @Enumerated(EnumType.STRING)
  private DeliverableKind kind;
  private int position;
  private String label;
  private LocalDate dueDate;
  private LocalDate opensOn;
  @Convert(converter = UnitCodesConverter.class)
  private List<String> supportUnits;
  private Instant doneAt;
  private Instant submittedAt;
  private Instant withdrawnAt;
  private Instant addedAt;

  protected DeliverableEntity() {
  }

  DeliverableEntity(long planId, long planTaskId, String commune, DeliverableKind kind, int position, String label,
                    LocalDate due, LocalDate opensOn, List<String> supportUnits, Instant addedAt) {
    this.planId = planId;
    this.planTaskId = planTaskId;
    this.commune = commune;
    this.kind = kind;
    this.position = position;
    this.label = label;
    this.dueDate = due;
    this.opensOn = opensOn;
    this.supportUnits = List.copyOf(supportUnits);
    this.addedAt = addedAt;
  }

  Long id() {
    return id;
  }

  long planTaskId() {
    return planTaskId;
  }

  void complete(Instant at, Instant lastApprovedSubmission) {
    this.doneAt = at;
    this.submittedAt = lastApprovedSubmission;
  }

  void changeDue(LocalDate due) {
    this.dueDate = due;
  }

  void changeSupportUnits(List<String> units) {
    this.supportUnits = List.copyOf(units);
  }

  void withdraw(Instant at) {
    if (doneAt == null && withdrawnAt == null) {
      withdrawnAt = at;
    }
  }

  DeliverableView view() {
    return new DeliverableView(id, planTaskId, commune, kind, position, label, dueDate, opensOn, supportUnits,
        submittedAt, doneAt, withdrawnAt, addedAt);
  }
}
