package vn.cchcflow.report;

import java.time.LocalDate;

/**
 * When a period's report is due by default (seeds 000 and 001): quarterly, 6-month and annual reports
 * before day 05 of the period's last month, i.e. by the 4th; a monthly report by the month's last day.
 */
final class ReportSchedule {

  private ReportSchedule() {
  }

  static LocalDate dueFor(ReportPeriod period) {
    return period.kind() == ReportPeriod.Kind.MONTH ? period.end() : period.end().withDayOfMonth(4);
  }
}
