package vn.cchcflow.report;

import java.util.Map;

/** Public entry to the report texts used by the report process's delegates. */
public final class ReportPreviews {

  private ReportPreviews() {
  }

  public static String markdown(ReportFigures figures) {
    return ReportPreview.markdown(figures);
  }

  public static Map<String, String> targetValues(String text) {
    return TargetValues.parse(text);
  }
}
