package vn.cchcflow.planimport.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** "xã Nam An Phụ", "phường Thủy Nguyên": the spelling the body uses most. */
final class LocalityReader {

  private static final Pattern NAME = Pattern.compile("(?<!\\p{L})(xã|phường)((?: \\p{Lu}\\p{Ll}*)+)");

  private LocalityReader() {
  }

  static String find(List<String> blocks) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (String block : blocks) {
      Matcher m = NAME.matcher(block);
      while (m.find()) {
        counts.merge(ToneMarks.modern(m.group()), 1, Integer::sum);
      }
    }
    String best = null;
    for (Map.Entry<String, Integer> e : counts.entrySet()) {
      if (best == null || e.getValue() > counts.get(best)) {
        best = e.getKey();
      }
    }
    return best;
  }
}
