package vn.cchcflow.plan;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One entry of the audit trail: a task's fact changed by a designated act (who, when, which task,
 * old → new, the reason or the amending document). Entries are only ever added.
 */
@Entity
@Table(name = "cchc_fact_change")
public class FactChange {

  /** The designated acts that may change a task's facts. */
  public enum Act { DEADLINE_CHANGE, DEADLINE_SET, AMENDMENT }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  private String commune;
  private long planId;
  private String taskNumber;
  @Enumerated(EnumType.STRING)
  private Act act;
  private String field;
  private String oldValue;
  private String newValue;
  private String reason;
  private String documentRef;
  private String changedBy;
  private Instant changedAt;

  protected FactChange() {
  }

  FactChange(String commune, long planId, String taskNumber, Act act, String field, String oldValue,
             String newValue, String reason, String documentRef, String changedBy, Instant changedAt) {
    this.commune = commune;
    this.planId = planId;
    this.taskNumber = taskNumber;
    this.act = act;
    this.field = field;
    this.oldValue = oldValue;
    this.newValue = newValue;
    this.reason = reason;
    this.documentRef = documentRef;
    this.changedBy = changedBy;
    this.changedAt = changedAt;
  }

  public Long getId() {
    return id;
  }

  public String getCommune() {
    return commune;
  }

  public long getPlanId() {
    return planId;
  }

  public String getTaskNumber() {
    return taskNumber;
  }

  public Act getAct() {
    return act;
  }

  public String getField() {
    return field;
  }

  public String getOldValue() {
    return oldValue;
  }

  public String getNewValue() {
    return newValue;
  }

  public String getReason() {
    return reason;
  }

  public String getDocumentRef() {
    return documentRef;
  }

  public String getChangedBy() {
    return changedBy;
  }

  public Instant getChangedAt() {
    return changedAt;
  }
}
