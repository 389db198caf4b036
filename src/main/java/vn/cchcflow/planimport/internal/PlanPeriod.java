package vn.cchcflow.planimport.internal;

import static vn.cchcflow.planimport.internal.BodyText.CI;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The dates a plan covers, as its title names them ("năm 2026", "6 tháng cuối năm 2025", "giai đoạn …"). */
record PlanPeriod(LocalDate start, LocalDate end) {

  private static final Pattern LAST_HALF = Pattern.compile("6 tháng cuối năm (\\d{4})", CI);
  private static final Pattern FIRST_HALF = Pattern.compile("6 tháng đầu năm (\\d{4})", CI);
  private static final Pattern STAGE = Pattern.compile("giai đoạn (\\d{4})\\s*[-–]\\s*(\\d{4})", CI);
  private static final Pattern YEAR = Pattern.compile("năm (\\d{4})", CI);

  static PlanPeriod of(String title) {
    if (title == null) {
      return null;
    }
    Matcher m;
    if ((m = LAST_HALF.matcher(title)).find()) {
      int year = Integer.parseInt(m.group(1));
      return new PlanPeriod(LocalDate.of(year, 7, 1), LocalDate.of(year, 12, 31));
    }
    if ((m = FIRST_HALF.matcher(title)).find()) {
      int year = Integer.parseInt(m.group(1));
      return new PlanPeriod(LocalDate.of(year, 1, 1), LocalDate.of(year, 6, 30));
    }
    if ((m = STAGE.matcher(title)).find()) {
      return new PlanPeriod(LocalDate.of(Integer.parseInt(m.group(1)), 1, 1),
          LocalDate.of(Integer.parseInt(m.group(2)), 12, 31));
    }
    if ((m = YEAR.matcher(title)).find()) {
      int year = Integer.parseInt(m.group(1));
      return new PlanPeriod(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }
    return null;
  }

  boolean contains(LocalDate day) {
    return !day.isBefore(start) && !day.isAfter(end);
  }

  List<YearMonth> months() {
    List<YearMonth> months = new ArrayList<>();
    for (YearMonth m = YearMonth.from(start); !m.isAfter(YearMonth.from(end)); m = m.plusMonths(1)) {
      months.add(m);
    }
    return months;
  }
}
