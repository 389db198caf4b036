package vn.cchcflow.planimport.internal;

import java.util.List;

/**
 * One row of an appendix table as a reader found it; {@code position} names it for error messages
 * ("dòng 237" of a text file, "hàng 12" of a sheet). An empty cell list marks a page break.
 */
record TableRow(String position, List<String> cells) {

  static TableRow pageBreak(String position) {
    return new TableRow(position, List.of());
  }

  boolean isPageBreak() {
    return cells.isEmpty() || cells.stream().allMatch(String::isBlank);
  }

  String cell(int index) {
    return index >= 0 && index < cells.size() ? CellText.clean(cells.get(index)) : "";
  }
}
