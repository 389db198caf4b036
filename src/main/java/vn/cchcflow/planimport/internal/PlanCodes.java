package vn.cchcflow.planimport.internal;

import java.time.LocalDate;
import java.util.Locale;
import vn.cchcflow.planimport.PlanFacts;

/**
 * The code an imported plan is registered under when none is given: its kind and period, e.g.
 * "KH-CCHC-2026", "KH-KSTTHC-2026", "KH-CCHC-2025-H2". Importing the same plan again gives the same code,
 * so it starts nothing twice.
 */
public final class PlanCodes {

  private PlanCodes() {
  }

  public static String derive(PlanFacts facts) {
    return "KH-" + topic(facts.title()) + "-" + period(facts.periodStart(), facts.periodEnd());
  }

  private static String topic(String title) {
    String t = title == null ? "" : title.toLowerCase(Locale.ROOT);
    if (t.contains("kiểm soát thủ tục hành chính")) {
      return "KSTTHC";
    }
    if (t.contains("chuyển đổi số")) {
      return "CDS";
    }
    if (t.contains("tuyên truyền")) {
      return "TTCCHC";
    }
    if (t.contains("cải cách hành chính")) {
      return "CCHC";
    }
    return "KH";
  }

  private static String period(LocalDate start, LocalDate end) {
    if (start.getYear() == end.getYear() && start.getDayOfYear() == 1 && end.getMonthValue() == 12
        && end.getDayOfMonth() == 31) {
      return String.valueOf(start.getYear());
    }
    if (start.getYear() == end.getYear() && start.getMonthValue() == 7 && start.getDayOfMonth() == 1
        && end.getMonthValue() == 12 && end.getDayOfMonth() == 31) {
      return start.getYear() + "-H2";
    }
    if (start.getYear() == end.getYear() && start.getDayOfYear() == 1 && end.getMonthValue() == 6
        && end.getDayOfMonth() == 30) {
      return start.getYear() + "-H1";
    }
    return start.toString().replace("-", "") + "-" + end.toString().replace("-", "");
  }
}
