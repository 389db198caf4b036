package vn.cchcflow.report;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/**
 * Sending an issued report to one of its recipients: by which channel, to whom (the addressees' e-mails),
 * the outbox message that carries it, and when the recipient opened the report in the application.
 */
@Entity
@Table(name = "cchc_report_delivery")
public class ReportDelivery {

  /**
   * How a recipient gets the report: CITY (the city's Sở Nội vụ accounts: e-mail and the city's report list),
   * EMAIL (an address configured for that body), LEADERS (the commune's leaders), NONE (no electronic
   * channel known: sent on paper or by the document system, outside this application).
   */
  public enum Channel { CITY, EMAIL, LEADERS, NONE }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  private Long reportId;
  private int position;
  private String recipient;
  @Enumerated(EnumType.STRING)
  private Channel channel;
  private String addressees;
  private String dedupKey;
  private OffsetDateTime queuedAt;
  private OffsetDateTime receivedAt;
  private String receivedBy;

  protected ReportDelivery() {
  }

  ReportDelivery(long reportId, int position, String recipient, Channel channel, String addressees, String dedupKey,
                 OffsetDateTime queuedAt) {
    this.reportId = reportId;
    this.position = position;
    this.recipient = recipient;
    this.channel = channel;
    this.addressees = addressees;
    this.dedupKey = dedupKey;
    this.queuedAt = queuedAt;
  }

  void received(OffsetDateTime at, String by) {
    if (receivedAt == null) {
      receivedAt = at;
      receivedBy = by;
    }
  }

  public Long getId() {
    return id;
  }

  public Long getReportId() {
    return reportId;
  }

  public int getPosition() {
    return position;
  }

  public String getRecipient() {
    return recipient;
  }

  public Channel getChannel() {
    return channel;
  }

  public String getAddressees() {
    return addressees;
  }

  public String getDedupKey() {
    return dedupKey;
  }

  public OffsetDateTime getQueuedAt() {
    return queuedAt;
  }

  public OffsetDateTime getReceivedAt() {
    return receivedAt;
  }

  public String getReceivedBy() {
    return receivedBy;
  }
}
