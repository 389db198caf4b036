package vn.cchcflow.schedule;

import java.time.LocalDate;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * Which days reminders may go out on: {@code cchc.calendar.location}, the holiday file (default: the
 * shipped one), and days that override it, written {@code yyyy-MM-dd}:
 * {@code cchc.calendar.extra-working-days} (e.g. a Saturday declared a working day after the file was
 * written) and {@code cchc.calendar.extra-holidays}. As environment variables: {@code CCHC_CALENDAR_LOCATION},
 * {@code CCHC_CALENDAR_EXTRAWORKINGDAYS=2026-11-21,2026-11-28}, {@code CCHC_CALENDAR_EXTRAHOLIDAYS=…}.
 */
@ConfigurationProperties("cchc.calendar")
public record CalendarProperties(
    @DefaultValue(WorkingCalendar.SHIPPED) String location,
    @DefaultValue @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) List<LocalDate> extraWorkingDays,
    @DefaultValue @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) List<LocalDate> extraHolidays) {

  /** Reads the file and applies the extras; throws, naming the entry, when the file is wrong. */
  public WorkingCalendar calendar() {
    return WorkingCalendar.load(location, extraWorkingDays, extraHolidays);
  }
}
