package vn.cchcflow.notification;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import vn.cchcflow.schedule.WorkingCalendar;
import vn.cchcflow.system.VietnamTime;

/**
 * The reminders and escalations of one due date, on working days only, and the catch-up rule: when
 * several rungs have passed unseen (a plan imported late, a server down for days), only the latest one
 * is sent, never one message per missed day.
 */
public final class NoticeLadder {

  static final LocalTime SEND_AT = LocalTime.of(8, 0);
  private static final int MAX_REPEATS = 104;

  private final NoticePolicy policy;
  private final WorkingCalendar calendar;

  public NoticeLadder(NoticePolicy policy, WorkingCalendar calendar) {
    this.policy = policy;
    this.calendar = calendar;
  }

  /** Every rung for the due date, in sending order (repeats bounded to two years). */
  public List<NoticeStep> steps(LocalDate due) {
    List<NoticeStep> steps = new ArrayList<>();
    for (int days : policy.reminderDaysBefore()) {
      steps.add(step(NoticeStep.Kind.REMINDER, days, 0, due.minusDays(days)));
    }
    List<Integer> escalations = policy.escalationDaysAfter();
    for (int i = 0; i < escalations.size(); i++) {
      steps.add(step(NoticeStep.Kind.ESCALATION, escalations.get(i), Math.min(i + 1, 3), due.plusDays(escalations.get(i))));
    }
    int last = escalations.isEmpty() ? 0 : escalations.get(escalations.size() - 1);
    for (int r = 1; r <= MAX_REPEATS; r++) {
      int days = last + r * policy.repeatEveryDays();
      steps.add(step(NoticeStep.Kind.ESCALATION, days, 3, due.plusDays(days)));
    }
    steps.sort(Comparator.comparing(NoticeStep::at).thenComparing(NoticeStep::kind).thenComparingInt(
        s -> s.kind() == NoticeStep.Kind.REMINDER ? -s.days() : s.days()));
    return steps;
  }

  /** The rung to send now: the latest one due by {@code now} that comes after {@code lastSentKey}. */
  public Optional<NoticeStep> dueNow(LocalDate due, ZonedDateTime now, String lastSentKey) {
    NoticeStep found = null;
    for (NoticeStep step : unsent(due, lastSentKey)) {
      if (step.at().isAfter(now)) {
        break;
      }
      found = step;
    }
    return Optional.ofNullable(found);
  }

  /**
   * When the next rung is due: at once when one has passed unseen (on a working day; otherwise at 08:00
   * on the next one), else the first future rung.
   */
  public Optional<ZonedDateTime> nextAt(LocalDate due, ZonedDateTime now, String lastSentKey) {
    if (dueNow(due, now, lastSentKey).isPresent()) {
      LocalDate today = now.toLocalDate();
      return Optional.of(calendar.isWorkingDay(today) ? now
          : calendar.onOrAfter(today).atTime(SEND_AT).atZone(VietnamTime.ZONE));
    }
    return unsent(due, lastSentKey).stream().map(NoticeStep::at).filter(at -> at.isAfter(now)).findFirst();
  }

  private List<NoticeStep> unsent(LocalDate due, String lastSentKey) {
    List<NoticeStep> steps = steps(due);
    for (int i = 0; i < steps.size(); i++) {
      if (steps.get(i).key(due).equals(lastSentKey)) {
        return steps.subList(i + 1, steps.size());
      }
    }
    return steps;
  }

  private NoticeStep step(NoticeStep.Kind kind, int days, int level, LocalDate day) {
    return new NoticeStep(kind, days, level, day, calendar.onOrAfter(day).atTime(SEND_AT).atZone(VietnamTime.ZONE));
  }
}
