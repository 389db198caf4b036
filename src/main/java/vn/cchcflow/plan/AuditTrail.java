package vn.cchcflow.plan;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.cchcflow.system.VietnamTime;

/**
 * The audit trail of task facts: every designated act that changed one writes an entry, in the same
 * transaction as the change. The commune's supervisors and the city read their part of it; the
 * operator reads all of it.
 */
@Service
public class AuditTrail {

  private final FactChangeRepository changes;
  private final PlanAccess access;

  AuditTrail(FactChangeRepository changes, PlanAccess access) {
    this.changes = changes;
    this.access = access;
  }

  void record(Plan plan, String taskNumber, FactChange.Act act, String field, Object oldValue, Object newValue,
              String reason, String documentRef, String by) {
    if (Objects.equals(text(oldValue), text(newValue))) {
      return;
    }
    changes.save(new FactChange(plan.getCommune(), plan.getId(), taskNumber, act, field, text(oldValue),
        text(newValue), reason, documentRef, by == null ? "system" : by, now()));
  }

  /** The entries the caller may read, newest first: a commune's, or every commune's for the operator. */
  @Transactional(readOnly = true)
  public List<FactChange> read(String commune) {
    if (commune == null) {
      access.requireOperator();
      return changes.findAllByOrderByChangedAtDescIdDesc();
    }
    access.requireAuditReader(commune);
    return changes.findByCommuneInOrderByChangedAtDescIdDesc(List.of(commune));
  }

  /** One plan task's entries, oldest first (for its history page); the caller has been authorized. */
  @Transactional(readOnly = true)
  public List<FactChange> ofTask(long planId, String taskNumber) {
    return changes.findByPlanIdAndTaskNumberOrderByChangedAtAscIdAsc(planId, taskNumber);
  }

  private static String text(Object value) {
    return value == null ? null : value instanceof java.time.LocalDate day
        ? vn.cchcflow.system.DayFormats.official(day) : value.toString();
  }

  private static Instant now() {
    return VietnamTime.now().toInstant();
  }
}
