package vn.cchcflow.tasklifecycle;

import java.time.LocalDate;

/** A task's due date was set or moved (published inside the transaction that did it). */
public record TaskDeadlineChanged(String processInstanceId, LocalDate dueDate) {
}
