package vn.cchcflow.notification;

import java.util.List;
import vn.cchcflow.organisation.ReminderSettings;

/**
 * When a commune's tasks are reminded and escalated: reminders so many days before the due date,
 * escalations so many days after it, then one every {@code repeatEveryDays} until the task is done.
 * The defaults are the product's; a commune file may set its own ({@code reminders:}).
 */
public record NoticePolicy(List<Integer> reminderDaysBefore, List<Integer> escalationDaysAfter, int repeatEveryDays) {

  public static final NoticePolicy DEFAULT = new NoticePolicy(List.of(7, 1), List.of(1, 3, 7), 7);

  /** The commune's settings, each missing value taken from the defaults. */
  public static NoticePolicy of(ReminderSettings settings) {
    if (settings == null) {
      return DEFAULT;
    }
    return new NoticePolicy(settings.daysBefore(), settings.escalateAfterDays(),
        settings.repeatEveryDays() == null ? 0 : settings.repeatEveryDays());
  }

  public NoticePolicy {
    reminderDaysBefore = reminderDaysBefore == null ? DEFAULT.reminderDaysBefore() : List.copyOf(reminderDaysBefore);
    escalationDaysAfter = escalationDaysAfter == null ? DEFAULT.escalationDaysAfter()
        : List.copyOf(escalationDaysAfter);
    repeatEveryDays = repeatEveryDays <= 0 ? DEFAULT.repeatEveryDays() : repeatEveryDays;
  }
}
