package vn.cchcflow.report;

import java.util.LinkedHashMap;
import java.util.Map;

/** Reads the coordinating unit's target values, one per line: "3.6: 99,5". Other lines are ignored. */
final class TargetValues {

  private TargetValues() {
  }

  static Map<String, String> parse(String text) {
    Map<String, String> values = new LinkedHashMap<>();
    if (text == null) {
      return values;
    }
    for (String line : text.split("\\R")) {
      int colon = line.indexOf(':');
      if (colon > 0 && colon < line.length() - 1) {
        values.put(line.substring(0, colon).strip(), line.substring(colon + 1).strip());
      }
    }
    return values;
  }
}
