package vn.cchcflow.organisation;

import java.util.List;

/**
 * A commune's own reminder rules, optional in its file ({@code reminders:}): days before the due date
 * for reminders, days after it for the escalation levels, and the interval of repeats after the last.
 * Missing values take the product defaults (7 and 1 days before; 1, 3 and 7 days after; weekly).
 */
public record ReminderSettings(List<Integer> daysBefore, List<Integer> escalateAfterDays, Integer repeatEveryDays) {
}
