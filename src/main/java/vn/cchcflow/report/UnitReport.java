package vn.cchcflow.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A unit's own period report ("Đơn vị báo cáo kết quả trong kỳ"): results per reform area, obstacles,
 * proposals, the reason and proposed new date of each of its overdue tasks, and the value (with its evidence)
 * of each target the unit answers for. Kept in the report's process as a plain map ({@link #toMap},
 * {@link #fromMap}).
 */
public record UnitReport(String unitCode, String unitName, Map<String, String> areaResults, String obstacles,
                         String proposals, List<OverdueExplanation> overdue, List<TargetValue> targets) {

  public UnitReport {
    areaResults = areaResults == null ? Map.of() : Map.copyOf(areaResults);
    overdue = overdue == null ? List.of() : List.copyOf(overdue);
    targets = targets == null ? List.of() : List.copyOf(targets);
  }

  /** Why a task of the unit is late, keyed by the task's process instance, and the new date it proposes. */
  public record OverdueExplanation(String taskKey, String reason, LocalDate proposedDue) {
  }

  /** A target's value as the unit reports it, with its evidence (document number or link). */
  public record TargetValue(String targetKey, String value, String evidence) {
  }

  public Map<String, Object> toMap() {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("unitCode", unitCode);
    map.put("unitName", unitName);
    map.put("areaResults", new LinkedHashMap<>(areaResults));
    map.put("obstacles", obstacles);
    map.put("proposals", proposals);
    List<Map<String, Object>> late = new ArrayList<>();
    for (OverdueExplanation o : overdue) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("taskKey", o.taskKey());
      m.put("reason", o.reason());
      m.put("proposedDue", o.proposedDue() == null ? null : o.proposedDue().toString());
      late.add(m);
    }
    map.put("overdue", late);
    List<Map<String, Object>> values = new ArrayList<>();
    for (TargetValue t : targets) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("targetKey", t.targetKey());
      m.put("value", t.value());
      m.put("evidence", t.evidence());
      values.add(m);
    }
    map.put("targets", values);
    return map;
  }

  @SuppressWarnings("unchecked")
  public static UnitReport fromMap(Map<String, Object> map) {
    List<OverdueExplanation> late = new ArrayList<>();
    for (Map<String, Object> m : (List<Map<String, Object>>) map.getOrDefault("overdue", List.of())) {
      Object due = m.get("proposedDue");
      late.add(new OverdueExplanation((String) m.get("taskKey"), (String) m.get("reason"),
          due == null ? null : LocalDate.parse(due.toString())));
    }
    List<TargetValue> values = new ArrayList<>();
    for (Map<String, Object> m : (List<Map<String, Object>>) map.getOrDefault("targets", List.of())) {
      values.add(new TargetValue((String) m.get("targetKey"), (String) m.get("value"), (String) m.get("evidence")));
    }
    return new UnitReport((String) map.get("unitCode"), (String) map.get("unitName"),
        (Map<String, String>) map.getOrDefault("areaResults", Map.of()), (String) map.get("obstacles"),
        (String) map.get("proposals"), late, values);
  }
}
