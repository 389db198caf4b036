package vn.cchcflow.report;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A reporting period: "2026-Q1" (quý), "2026-H1" (6 tháng), "2026" (năm) or "2026-03" (tháng), with its
 * dates and its Vietnamese name ("Quý I năm 2026").
 */
public record ReportPeriod(String code, Kind kind, LocalDate start, LocalDate end, String label) {

  public enum Kind { MONTH, QUARTER, HALF_YEAR, YEAR }

  private static final Pattern CODE = Pattern.compile("^(\\d{4})(?:-(Q[1-4]|H[12]|\\d{2}))?$");
  private static final String[] ROMAN = {"I", "II", "III", "IV"};

  public static Optional<ReportPeriod> parse(String code) {
    Matcher m = code == null ? null : CODE.matcher(code.strip().toUpperCase());
    if (m == null || !m.matches()) {
      return Optional.empty();
    }
    int year = Integer.parseInt(m.group(1));
    String part = m.group(2);
    if (part == null) {
      return Optional.of(new ReportPeriod(String.valueOf(year), Kind.YEAR, LocalDate.of(year, 1, 1),
          LocalDate.of(year, 12, 31), "năm " + year));
    }
    if (part.startsWith("Q")) {
      int q = part.charAt(1) - '0';
      LocalDate start = LocalDate.of(year, (q - 1) * 3 + 1, 1);
      return Optional.of(new ReportPeriod(year + "-" + part, Kind.QUARTER, start, start.plusMonths(3).minusDays(1),
          "quý " + ROMAN[q - 1] + " năm " + year));
    }
    if (part.startsWith("H")) {
      boolean first = part.charAt(1) == '1';
      return Optional.of(new ReportPeriod(year + "-" + part, Kind.HALF_YEAR, LocalDate.of(year, first ? 1 : 7, 1),
          first ? LocalDate.of(year, 6, 30) : LocalDate.of(year, 12, 31),
          (first ? "6 tháng đầu năm " : "6 tháng cuối năm ") + year));
    }
    int month = Integer.parseInt(part);
    if (month < 1 || month > 12) {
      return Optional.empty();
    }
    YearMonth ym = YearMonth.of(year, month);
    return Optional.of(new ReportPeriod(ym.toString(), Kind.MONTH, ym.atDay(1), ym.atEndOfMonth(),
        "tháng " + month + " năm " + year));
  }

  /** The period of the same kind that follows this one (quý I → quý II, 6 tháng đầu năm → 6 tháng cuối năm). */
  public ReportPeriod next() {
    int year = start.getYear();
    String code = switch (kind) {
      case MONTH -> YearMonth.from(start).plusMonths(1).toString();
      case QUARTER -> {
        int q = (start.getMonthValue() - 1) / 3 + 1;
        yield q == 4 ? (year + 1) + "-Q1" : year + "-Q" + (q + 1);
      }
      case HALF_YEAR -> start.getMonthValue() == 1 ? year + "-H2" : (year + 1) + "-H1";
      case YEAR -> String.valueOf(year + 1);
    };
    return parse(code).orElseThrow();
  }
}
