package vn.cchcflow.report;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** What the report API answers (the Cockpit report screens are built on exactly these shapes). */
public final class ReportViews {

  private ReportViews() {
  }

  /**
   * One scheduled or ad-hoc report of a plan in the commune's report calendar. {@code late}: issued after
   * its due day, or not issued and the due day has passed.
   */
  public record CalendarRow(long planId, String planCode, String period, String periodLabel, LocalDate due,
                            ReportState state, boolean late, boolean adHoc, List<String> covers,
                            String processInstanceId, Long reportId, String draftDocxUrl, String docxUrl,
                            String xlsxUrl) {
  }

  /** How one recipient got an issued report: the outbox message's state, and when it was opened. */
  public record Delivery(String recipient, ReportDelivery.Channel channel, String addressees, OffsetDateTime queuedAt,
                         String mailStatus, Instant sentAt, OffsetDateTime receivedAt, String receivedBy) {
  }

  /** An issued report in the archive. */
  public record IssuedReport(long id, String commune, String communeName, Long planId, String planCode,
                             String periodCode, String periodLabel, boolean adHoc, List<String> covers, String title,
                             String number, LocalDate documentDate, String signerName, String signerTitle,
                             LocalDate dueDate, OffsetDateTime issuedAt, String issuedBy, boolean onTime,
                             String processInstanceId, List<String> recipients, List<Delivery> deliveries,
                             String docxUrl, String xlsxUrl) {
  }

  /** A commune in the city's comparison: its task counts and its reports due and delivered on time. */
  public record CityRow(int rank, String communeId, String communeName, StatusCounts counts, int reportsDueInPeriod,
                        int reportsOnTime) {
  }

  public record City(ReportPeriod period, List<CityRow> communes) {
  }
}
