package vn.cchcflow.report;

import java.util.List;

/** Every commune of a city for one period, ranked by completion rate (then fewer overdue, then name). */
public record CityRollup(ReportPeriod period, List<Row> communes) {

  public record Row(int rank, String communeId, String communeName, StatusCounts counts) {
  }
}
