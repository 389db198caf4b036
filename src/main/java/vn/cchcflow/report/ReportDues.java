package vn.cchcflow.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The reports a plan asks for, from its reporting schedule: each due date with the period it reports on
 * (a quarterly report due 04/03 reports on quý I). A quarterly report falling on the day of a 6-month or
 * annual report is covered by it, as communes do ("báo cáo Quý, báo cáo 6 tháng… báo cáo năm").
 */
public final class ReportDues {

  private ReportDues() {
  }

  /** One report to make: its period code and the last day to send it. */
  public record Due(String period, LocalDate due) {
  }

  public static List<Due> of(JsonNode reporting) {
    Map<String, Due> byPeriod = new LinkedHashMap<>();
    Set<LocalDate> broaderDays = new HashSet<>();
    for (JsonNode rule : reporting) {
      String kind = rule.path("kind").asText();
      if (kind.equals("HALF_YEAR") || kind.equals("ANNUAL")) {
        rule.path("dues").forEach(d -> broaderDays.add(LocalDate.parse(d.asText())));
      }
    }
    for (JsonNode rule : reporting) {
      String kind = rule.path("kind").asText();
      for (JsonNode d : rule.path("dues")) {
        LocalDate due = LocalDate.parse(d.asText());
        if (kind.equals("QUARTERLY") && broaderDays.contains(due)) {
          continue;
        }
        String period = switch (kind) {
          case "MONTHLY" -> due.getYear() + "-" + String.format("%02d", due.getMonthValue());
          case "QUARTERLY" -> due.getYear() + "-Q" + ((due.getMonthValue() - 1) / 3 + 1);
          case "HALF_YEAR" -> due.getYear() + (due.getMonthValue() <= 6 ? "-H1" : "-H2");
          default -> String.valueOf(due.getYear());
        };
        byPeriod.putIfAbsent(period, new Due(period, due));
      }
    }
    List<Due> dues = new ArrayList<>(byPeriod.values());
    dues.sort(Comparator.comparing(Due::due).thenComparing(Due::period));
    return dues;
  }
}
