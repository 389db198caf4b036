package vn.cchcflow.report;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;

/**
 * One period report of a plan, from the moment it opens: its period, due date, state, and once issued its
 * number, date, signer and recipients. Kept by the application, whatever the engine's history cleanup does.
 */
@Entity
@Table(name = "cchc_report")
public class ReportRecord {

  private static final String SEPARATOR = "\n";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  private String commune;
  private Long planId;
  private String planCode;
  private String periodCode;
  private String periodLabel;
  private String covers;
  private LocalDate dueDate;
  private boolean adHoc;
  @Enumerated(EnumType.STRING)
  private ReportState state;
  private String processInstanceId;
  private OffsetDateTime openedAt;
  private String title;
  private OffsetDateTime issuedAt;
  private String issuedBy;
  private String number;
  private LocalDate documentDate;
  private String signerName;
  private String signerTitle;
  private String recipients;

  protected ReportRecord() {
  }

  ReportRecord(String commune, long planId, String planCode, ReportPeriod period, List<String> covers,
               LocalDate dueDate, boolean adHoc, String processInstanceId, OffsetDateTime openedAt) {
    this.commune = commune;
    this.planId = planId;
    this.planCode = planCode;
    this.periodCode = period.code();
    this.periodLabel = period.label();
    this.covers = covers.isEmpty() ? null : String.join(SEPARATOR, covers);
    this.dueDate = dueDate;
    this.adHoc = adHoc;
    this.state = ReportState.OPENED;
    this.processInstanceId = processInstanceId;
    this.openedAt = openedAt;
  }

  void advance(ReportState next) {
    if (state != ReportState.ISSUED) {
      state = next;
    }
  }

  void issued(String title, OffsetDateTime at, String by, String number, LocalDate date, String signerName,
              String signerTitle, List<String> recipients) {
    this.title = title;
    this.issuedAt = at;
    this.issuedBy = by;
    this.number = number;
    this.documentDate = date;
    this.signerName = signerName;
    this.signerTitle = signerTitle;
    this.recipients = String.join(SEPARATOR, recipients);
    this.state = ReportState.ISSUED;
  }

  /** Issued by the end of its due day (Vietnam time). */
  public boolean onTime() {
    return state == ReportState.ISSUED && issuedAt != null && dueDate != null
        && !issuedAt.atZoneSameInstant(vn.cchcflow.system.VietnamTime.ZONE).toLocalDate().isAfter(dueDate);
  }

  public Long getId() {
    return id;
  }

  public String getCommune() {
    return commune;
  }

  public Long getPlanId() {
    return planId;
  }

  public String getPlanCode() {
    return planCode;
  }

  public String getPeriodCode() {
    return periodCode;
  }

  public String getPeriodLabel() {
    return periodLabel;
  }

  public List<String> getCovers() {
    return covers == null ? List.of() : Arrays.asList(covers.split(SEPARATOR));
  }

  public LocalDate getDueDate() {
    return dueDate;
  }

  public boolean isAdHoc() {
    return adHoc;
  }

  public ReportState getState() {
    return state;
  }

  public String getProcessInstanceId() {
    return processInstanceId;
  }

  public OffsetDateTime getOpenedAt() {
    return openedAt;
  }

  public String getTitle() {
    return title;
  }

  public OffsetDateTime getIssuedAt() {
    return issuedAt;
  }

  public String getIssuedBy() {
    return issuedBy;
  }

  public String getNumber() {
    return number;
  }

  public LocalDate getDocumentDate() {
    return documentDate;
  }

  public String getSignerName() {
    return signerName;
  }

  public String getSignerTitle() {
    return signerTitle;
  }

  public List<String> getRecipients() {
    return recipients == null ? List.of() : Arrays.asList(recipients.split(SEPARATOR));
  }
}
