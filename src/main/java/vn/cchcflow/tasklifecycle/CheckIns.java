package vn.cchcflow.tasklifecycle;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.cchcflow.schedule.Schedule;
import vn.cchcflow.schedule.ScheduleKind;
import vn.cchcflow.schedule.WorkingCalendar;
import vn.cchcflow.system.VietnamTime;

/**
 * Progress check-ins of a recurring or continuous task: one per occurrence of a recurring schedule
 * ("Trước ngày 05 của tháng cuối quý" → 04/03, 04/06, 04/09, 04/12), one per quarter for continuous
 * work ("Thường xuyên", "Cả năm 2026"). A check-in opens two weeks before its due day and is reminded
 * at 08:00 on the working day before it.
 */
public final class CheckIns {

  static final int OPEN_DAYS_BEFORE = 14;

  private CheckIns() {
  }

  /** The due days of the task's check-ins; none for one-off tasks. */
  public static List<LocalDate> dues(Schedule schedule, LocalDate periodStart, LocalDate taskDue) {
    if (schedule == null) {
      return List.of();
    }
    if (schedule.kind() == ScheduleKind.RECURRING) {
      return schedule.dues();
    }
    if (schedule.kind() != ScheduleKind.CONTINUOUS || taskDue == null) {
      return List.of();
    }
    LocalDate from = schedule.start() != null ? schedule.start() : periodStart != null ? periodStart : taskDue.withDayOfYear(1);
    List<LocalDate> quarterEnds = new ArrayList<>();
    LocalDate quarterEnd = from.with(IsoFields.DAY_OF_QUARTER, 1).plusMonths(3).minusDays(1);
    while (!quarterEnd.isAfter(taskDue)) {
      quarterEnds.add(quarterEnd);
      quarterEnd = quarterEnd.plusDays(1).plusMonths(3).minusDays(1);
    }
    return quarterEnds;
  }

  /** The next check-in after the last one opened, skipping those already past; empty when none is left. */
  public static Optional<LocalDate> next(List<LocalDate> dues, LocalDate lastOpened, LocalDate today) {
    return dues.stream()
        .filter(due -> lastOpened == null || due.isAfter(lastOpened))
        .filter(due -> !due.isBefore(today))
        .findFirst();
  }

  public static ZonedDateTime opensAt(LocalDate due, ZonedDateTime now) {
    ZonedDateTime opens = due.minusDays(OPEN_DAYS_BEFORE).atTime(8, 0).atZone(VietnamTime.ZONE);
    return opens.isBefore(now) ? now : opens;
  }

  public static ZonedDateTime reminderAt(LocalDate due, ZonedDateTime opens, WorkingCalendar calendar) {
    ZonedDateTime reminder = calendar.onOrAfter(due.minusDays(1)).atTime(8, 0).atZone(VietnamTime.ZONE);
    return reminder.isBefore(opens) ? opens : reminder;
  }
}
