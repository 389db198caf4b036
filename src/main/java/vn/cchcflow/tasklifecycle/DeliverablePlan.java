package vn.cchcflow.tasklifecycle;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.cchcflow.schedule.Schedule;
import vn.cchcflow.schedule.ScheduleKind;
import vn.cchcflow.schedule.WorkingCalendar;

/**
 * The deliverables a plan task is tracked by, from its schedule: one result for a one-off task; one per
 * due date of a recurring task ("Trước ngày 05 của tháng cuối quý" → four); for a standing duty
 * ("Thường xuyên") a progress report before each of the commune's report days, so it can feed the
 * report, and a final assessment at the end of the task's period, which closes it.
 */
public final class DeliverablePlan {

  /** One deliverable to track: {@code label} is the ISO date of the commune report a progress report feeds. */
  public record Planned(DeliverableKind kind, String label, LocalDate due, LocalDate opensOn) {
  }

  private DeliverablePlan() {
  }

  public static List<Planned> of(Schedule schedule, LocalDate taskDue, LocalDate periodStart,
                                 List<LocalDate> reportDays, LifecycleSettings settings, WorkingCalendar calendar) {
    ScheduleKind kind = schedule == null ? null : schedule.kind();
    if (kind == ScheduleKind.RECURRING && !schedule.dues().isEmpty()) {
      return schedule.dues().stream().sorted()
          .map(due -> new Planned(DeliverableKind.RESULT, null, due, due.minusDays(settings.recurringOpensDaysBefore())))
          .toList();
    }
    if (kind == ScheduleKind.CONTINUOUS && taskDue != null) {
      LocalDate from = schedule.start() != null ? schedule.start() : periodStart;
      List<Planned> planned = new ArrayList<>();
      reportDays.stream().distinct().sorted()
          .filter(day -> (from == null || !day.isBefore(from)) && day.isBefore(taskDue))
          .forEach(day -> {
            LocalDate due = calendar.workingDaysBefore(day, settings.progressReportWorkingDaysBefore());
            planned.add(new Planned(DeliverableKind.PROGRESS_REPORT, day.toString(), due,
                due.minusDays(settings.recurringOpensDaysBefore())));
          });
      planned.add(new Planned(DeliverableKind.FINAL_ASSESSMENT, null, taskDue, null));
      return planned;
    }
    return List.of(new Planned(DeliverableKind.RESULT, null, taskDue, null));
  }
}
