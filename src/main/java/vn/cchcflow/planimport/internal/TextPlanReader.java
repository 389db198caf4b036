package vn.cchcflow.planimport.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads a plan exported from Word to text (the seeds' format): the body, then an appendix whose table
 * rows are tab-separated lines; blank lines are page breaks. The whole text serves as body.
 */
final class TextPlanReader {

  private TextPlanReader() {
  }

  static PlanSource read(String text) {
    String[] lines = text.split("\\R", -1);
    int firstHeader = -1;
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].contains("\t") && ColumnMap.isHeader(List.of(lines[i].split("\t", -1)))) {
        firstHeader = i;
        break;
      }
    }
    if (firstHeader < 0) {
      return new PlanSource(text, List.of(), Map.of());
    }
    List<TableRow> rows = new ArrayList<>();
    for (int i = firstHeader; i < lines.length; i++) {
      String position = "dòng " + (i + 1);
      rows.add(lines[i].contains("\t") ? new TableRow(position, List.of(lines[i].split("\t", -1)))
          : TableRow.pageBreak(position));
    }
    // the body keeps the appendix: targets are also written in task rows ("đạt tối thiểu 80%")
    return new PlanSource(text, rows, Map.of());
  }
}
