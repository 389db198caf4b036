package vn.cchcflow.system;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * Deadlines are calendar days in Vietnam, whatever the server's time zone. "Now" is the engine clock,
 * so tests that move the engine clock move every status with it.
 */
public final class VietnamTime {

  public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

  private VietnamTime() {
  }

  /** The last instant on which work due on {@code day} is still on time. */
  public static Date endOf(LocalDate day) {
    return Date.from(day.atTime(LocalTime.MAX.withNano(0)).atZone(ZONE).toInstant());
  }

  /** Start of the working day (08:00), used for follow-up dates. */
  public static Date morningOf(LocalDate day) {
    return Date.from(day.atTime(8, 0).atZone(ZONE).toInstant());
  }

  public static LocalDate dayOf(Date instant) {
    return instant.toInstant().atZone(ZONE).toLocalDate();
  }

  public static Date now() {
    return ClockUtil.getCurrentTime();
  }

  /** The engine clock's "now" as Vietnamese local time, for timers placed at a local hour. */
  public static ZonedDateTime zonedNow() {
    return now().toInstant().atZone(ZONE);
  }

  public static LocalDate today() {
    return dayOf(now());
  }
}
