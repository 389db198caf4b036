package vn.cchcflow.schedule;

import java.time.LocalDate;
import java.util.List;

/**
 * The meaning of a deadline phrase. {@code due} is the last day on which the work is on time; for
 * RECURRING it is the last of {@code dues}; ON_EVENT and UNKNOWN have no dates.
 */
public record Schedule(ScheduleKind kind, LocalDate start, LocalDate due, List<LocalDate> dues) {

  public Schedule {
    dues = dues == null ? List.of() : List.copyOf(dues);
  }

  public static Schedule dueBy(LocalDate due) {
    return new Schedule(ScheduleKind.DUE_BY, null, due, List.of());
  }

  public static Schedule window(LocalDate start, LocalDate due) {
    return new Schedule(ScheduleKind.WINDOW, start, due, List.of());
  }

  public static Schedule recurring(List<LocalDate> dues) {
    return new Schedule(ScheduleKind.RECURRING, null, dues.isEmpty() ? null : dues.get(dues.size() - 1), dues);
  }

  public static Schedule continuous(LocalDate start, LocalDate periodEnd) {
    return new Schedule(ScheduleKind.CONTINUOUS, start, periodEnd, List.of());
  }

  public static Schedule onEvent() {
    return new Schedule(ScheduleKind.ON_EVENT, null, null, List.of());
  }

  public static Schedule unknown() {
    return new Schedule(ScheduleKind.UNKNOWN, null, null, List.of());
  }
}
