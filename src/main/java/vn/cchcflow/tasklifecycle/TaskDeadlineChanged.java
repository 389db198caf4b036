package vn.cchcflow.tasklifecycle;

import java.time.LocalDate;

/**
 * A deliverable's due date was set or moved, by a designated act: the coordinating unit's change, a plan
 * amendment, or "Xác định thời hạn". Published inside the transaction that did it, so the plan's facts and
 * the audit trail follow in the same transaction.
 */
public record TaskDeadlineChanged(long planTaskId, long deliverableId, LocalDate oldDue, LocalDate newDue,
                                  String changedBy, String reason, String documentRef) {
}
