package vn.cchcflow.system;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** How days are written for officials (dd/MM/yyyy) and read back from what they type. */
public final class DayFormats {

  /** "31/03/2026": every day an official reads. */
  public static final DateTimeFormatter OFFICIAL = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private static final DateTimeFormatter TYPED = DateTimeFormatter.ofPattern("d/M/yyyy");

  private DayFormats() {
  }

  public static String official(LocalDate day) {
    return day == null ? null : OFFICIAL.format(day);
  }

  /** A day typed as d/M/yyyy (forms) or yyyy-MM-dd (API, older forms); empty when it is neither. */
  public static Optional<LocalDate> parseOfficialDay(String value) {
    if (value == null) {
      return Optional.empty();
    }
    String text = value.strip();
    for (DateTimeFormatter format : new DateTimeFormatter[] {TYPED, DateTimeFormatter.ISO_LOCAL_DATE}) {
      try {
        return Optional.of(LocalDate.parse(text, format));
      } catch (DateTimeParseException ignored) {
        // try the other form
      }
    }
    return Optional.empty();
  }
}
