package vn.cchcflow.planimport.internal;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.cchcflow.planimport.PlanParseException;

/**
 * Rows of a spreadsheet or CSV file: the labelled cells above the task table ("Tên kế hoạch | …") are
 * the plan's facts, the rest are table rows. A sheet without a task table header cannot be read.
 */
final class SheetRows {

  /** Labels of the template, lower case, and the fact each gives. */
  static final Map<String, String> LABELS = Map.of(
      "tên kế hoạch", "title",
      "xã/phường", "locality",
      "địa bàn", "locality",
      "từ ngày", "periodStart",
      "đến ngày", "periodEnd",
      "cơ quan thường trực", "coordinatingUnit",
      "mã kế hoạch", "code");

  private SheetRows() {
  }

  static PlanSource of(List<List<String>> rows, String positionWord) {
    Map<String, String> facts = new LinkedHashMap<>();
    List<TableRow> tableRows = new ArrayList<>();
    boolean inTable = false;
    for (int i = 0; i < rows.size(); i++) {
      List<String> cells = rows.get(i);
      String position = positionWord + " " + (i + 1);
      if (!inTable && ColumnMap.isHeader(cells)) {
        inTable = true;
      }
      if (inTable) {
        tableRows.add(new TableRow(position, cells));
      } else if (cells.size() >= 2) {
        String fact = LABELS.get(label(cells.get(0)));
        if (fact != null && !cells.get(1).isBlank()) {
          facts.put(fact, cells.get(1).strip());
        }
      }
    }
    if (!inTable) {
      List<TableRow> all = new ArrayList<>();
      for (int i = 0; i < rows.size(); i++) {
        all.add(new TableRow(positionWord + " " + (i + 1), rows.get(i)));
      }
      throw new PlanParseException(MissingColumns.describe(all));
    }
    return new PlanSource("", tableRows, facts);
  }

  private static String label(String cell) {
    return Normalizer.normalize(cell, Normalizer.Form.NFC).strip().replaceAll("[:*]+$", "").strip()
        .toLowerCase(Locale.ROOT);
  }
}
