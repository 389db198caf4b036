package vn.cchcflow.plan;

import java.time.LocalDate;
import java.util.List;

/**
 * One periodic report the plan asks for: its kind, the phrase as written, and the last day to send each
 * report within the plan period ("trước ngày 05 tháng cuối của quý" → 04/03, 04/06, 04/09, 04/12).
 */
public record ReportingRule(Kind kind, String text, List<LocalDate> dues) {

  public enum Kind { MONTHLY, QUARTERLY, HALF_YEAR, ANNUAL }

  public ReportingRule {
    dues = dues == null ? List.of() : List.copyOf(dues);
  }
}
