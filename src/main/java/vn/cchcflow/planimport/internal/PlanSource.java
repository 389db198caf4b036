package vn.cchcflow.planimport.internal;

import java.util.List;
import java.util.Map;

/**
 * What a reader takes out of a file: the body text (for the plan's facts and duty sections), the rows
 * of its task table (empty when it has none), and facts given as labelled cells (the Excel template).
 */
record PlanSource(String bodyText, List<TableRow> rows, Map<String, String> labelledFacts) {
}
