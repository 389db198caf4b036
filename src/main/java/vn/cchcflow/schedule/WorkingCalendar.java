package vn.cchcflow.schedule;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.core.io.Resource;

/**
 * Vietnamese working days, on which reminders and escalations may go out: Monday to Friday, except
 * public holidays (with their compensatory and swapped days off), plus the Saturdays declared make-up
 * working days ("ngày làm bù"). Only notice days are moved with it, never a legal due date.
 *
 * <p>Holidays and make-up days come from a YAML file the IT operator keeps up to date (the shipped one is
 * {@value #SHIPPED}), plus extra working days and extra holidays given in configuration, which win over
 * the file. A day outside the years the file covers ({@link #firstYear()}..{@link #lastYear()}) is not a
 * holiday: only weekends are closed there, and nothing is logged.
 *
 * <p>Immutable and thread-safe.
 */
public final class WorkingCalendar {

  public static final String SHIPPED = "classpath:calendar/vn-holidays.yaml";
  static final String CONFIGURED_HOLIDAY = "Ngày nghỉ theo cấu hình";

  private final Map<LocalDate, String> holidays;
  private final Map<LocalDate, String> workingDays;
  private final int firstYear;
  private final int lastYear;

  private WorkingCalendar(Map<LocalDate, String> holidays, Map<LocalDate, String> workingDays, int firstYear,
      int lastYear) {
    this.holidays = Map.copyOf(holidays);
    this.workingDays = Map.copyOf(workingDays);
    this.firstYear = firstYear;
    this.lastYear = lastYear;
  }

  /** The shipped file ({@value #SHIPPED}), without extras. */
  public static WorkingCalendar vietnam() {
    return Shipped.CALENDAR;
  }

  /**
   * Loads holidays and make-up working days from a YAML resource (a Spring resource location such as
   * {@code classpath:calendar/vn-holidays.yaml} or {@code file:/etc/cchc/holidays.yaml}), then applies the
   * configured extra working days and extra holidays, which override the file.
   *
   * @param extraWorkingDays days open whatever the file says (e.g. a Saturday of make-up work); may be null
   * @param extraHolidays days closed whatever the file says; may be null
   * @throws IllegalStateException naming the file and the entry when the file is missing or wrong
   * @throws IllegalArgumentException when a configured day is both an extra working day and an extra holiday
   */
  public static WorkingCalendar load(String location, Collection<LocalDate> extraWorkingDays,
      Collection<LocalDate> extraHolidays) {
    CalendarFile file = read(location);
    Map<LocalDate, String> holidays = new HashMap<>();
    Map<LocalDate, String> workingDays = new HashMap<>();
    int first = Integer.MAX_VALUE;
    int last = Integer.MIN_VALUE;
    List<Entry> holidayEntries = file.holidays() == null ? List.of() : file.holidays();
    List<Entry> workingEntries = file.workingDays() == null ? List.of() : file.workingDays();
    if (holidayEntries.isEmpty()) {
      throw new IllegalStateException("Holiday calendar " + location + " lists no holidays");
    }
    for (int i = 0; i < holidayEntries.size(); i++) {
      Entry entry = holidayEntries.get(i);
      String where = "Holiday calendar " + location + ", holidays entry " + (i + 1) + " " + entry;
      Span span = entry.span(where);
      for (LocalDate day = span.start(); !day.isAfter(span.end()); day = day.plusDays(1)) {
        holidays.putIfAbsent(day, entry.name());
      }
      first = Math.min(first, span.start().getYear());
      last = Math.max(last, span.end().getYear());
    }
    for (int i = 0; i < workingEntries.size(); i++) {
      Entry entry = workingEntries.get(i);
      String where = "Holiday calendar " + location + ", workingDays entry " + (i + 1) + " " + entry;
      Span span = entry.span(where);
      for (LocalDate day = span.start(); !day.isAfter(span.end()); day = day.plusDays(1)) {
        // a weekday here is almost always a typo for the Saturday next to it
        if (!isWeekend(day)) {
          throw new IllegalStateException(where + ": " + day + " is a "
              + day.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH)
              + ", not a Saturday or Sunday, so it is a working day anyway");
        }
        if (holidays.containsKey(day)) {
          throw new IllegalStateException(where + ": " + day + " is also listed under holidays ("
              + holidays.get(day) + ")");
        }
        workingDays.put(day, entry.name());
      }
      first = Math.min(first, span.start().getYear());
      last = Math.max(last, span.end().getYear());
    }
    Collection<LocalDate> extraOpen = extraWorkingDays == null ? List.of() : extraWorkingDays;
    Collection<LocalDate> extraClosed = extraHolidays == null ? List.of() : extraHolidays;
    for (LocalDate day : extraClosed) {
      if (extraOpen.contains(day)) {
        throw new IllegalArgumentException(
            "Calendar configuration lists " + day + " both as an extra working day and as an extra holiday");
      }
      workingDays.remove(day);
      holidays.put(day, CONFIGURED_HOLIDAY);
    }
    for (LocalDate day : extraOpen) {
      holidays.remove(day);
      workingDays.put(day, "Ngày làm việc theo cấu hình");
    }
    return new WorkingCalendar(holidays, workingDays, first, last);
  }

  public boolean isWorkingDay(LocalDate day) {
    return closedBecause(day).isEmpty();
  }

  /** The day itself if it is a working day, else the next working day. */
  public LocalDate onOrAfter(LocalDate day) {
    LocalDate candidate = Objects.requireNonNull(day, "day");
    while (!isWorkingDay(candidate)) {
      candidate = candidate.plusDays(1);
    }
    return candidate;
  }

  /** The working day {@code days} working days before {@code day} (e.g. 5 working days before a report). */
  public LocalDate workingDaysBefore(LocalDate day, int days) {
    LocalDate candidate = Objects.requireNonNull(day, "day");
    for (int left = days; left > 0; ) {
      candidate = candidate.minusDays(1);
      if (isWorkingDay(candidate)) {
        left--;
      }
    }
    return candidate;
  }

  /** The working day {@code days} working days after {@code day}. */
  public LocalDate workingDaysAfter(LocalDate day, int days) {
    LocalDate candidate = Objects.requireNonNull(day, "day");
    for (int left = days; left > 0; ) {
      candidate = candidate.plusDays(1);
      if (isWorkingDay(candidate)) {
        left--;
      }
    }
    return candidate;
  }

  /**
   * Why a day is not a working day, in Vietnamese: the holiday's name from the file ("Tết Nguyên đán",
   * "Giỗ Tổ Hùng Vương", …), "Thứ Bảy" or "Chủ nhật"; empty when it is a working day.
   */
  public Optional<String> closedBecause(LocalDate day) {
    Objects.requireNonNull(day, "day");
    if (workingDays.containsKey(day)) {
      return Optional.empty();
    }
    if (holidays.containsKey(day)) {
      return Optional.of(holidays.get(day));
    }
    if (day.getDayOfWeek() == DayOfWeek.SATURDAY) {
      return Optional.of("Thứ Bảy");
    }
    if (day.getDayOfWeek() == DayOfWeek.SUNDAY) {
      return Optional.of("Chủ nhật");
    }
    return Optional.empty();
  }

  /** The first year the file lists a holiday or make-up day in. */
  public int firstYear() {
    return firstYear;
  }

  /** The last year the file lists a holiday or make-up day in; later years have weekends only. */
  public int lastYear() {
    return lastYear;
  }

  private static boolean isWeekend(LocalDate day) {
    return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
  }

  private static CalendarFile read(String location) {
    Resource resource = new DefaultResourceLoader().getResource(location);
    if (!resource.exists()) {
      throw new IllegalStateException("Holiday calendar not found: " + location);
    }
    ObjectMapper yaml = new ObjectMapper(new YAMLFactory())
        .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);
    try (InputStream in = resource.getInputStream()) {
      CalendarFile file = yaml.readValue(in, CalendarFile.class);
      if (file == null) {
        throw new IllegalStateException("Holiday calendar " + location + " is empty");
      }
      return file;
    } catch (IOException e) {
      throw new IllegalStateException("Cannot read holiday calendar " + location + ": " + e.getMessage(), e);
    }
  }

  private record CalendarFile(List<Entry> holidays, List<Entry> workingDays) {
  }

  /** One line of the file: a single {@code date} or a {@code from}..{@code to} range, with a name. */
  private record Entry(String date, String from, String to, String name) {

    Span span(String where) {
      if (name == null || name.isBlank()) {
        throw new IllegalStateException(where + ": name is missing");
      }
      if (date != null && (from != null || to != null) || date == null && (from == null || to == null)) {
        throw new IllegalStateException(where + ": give either date, or both from and to");
      }
      LocalDate start = parse(date != null ? date : from, where);
      LocalDate end = date != null ? start : parse(to, where);
      if (end.isBefore(start)) {
        throw new IllegalStateException(where + ": end " + end + " is before start " + start);
      }
      return new Span(start, end);
    }

    private static LocalDate parse(String text, String where) {
      try {
        return LocalDate.parse(text.strip());
      } catch (DateTimeParseException e) {
        throw new IllegalStateException(where + ": '" + text + "' is not a valid date (write yyyy-MM-dd)", e);
      }
    }

    @Override
    public String toString() {
      String days = date != null ? "date: " + date : "from: " + from + ", to: " + to;
      return "{ " + days + ", name: " + name + " }";
    }
  }

  /** First and last day, both included. */
  private record Span(LocalDate start, LocalDate end) {
  }

  private static final class Shipped {
    static final WorkingCalendar CALENDAR = load(SHIPPED, List.of(), List.of());
  }
}
