package vn.cchcflow.report;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** A commune's report for a period, once approved and issued; the DOCX and XLSX live in its process. */
@Entity
@Table(name = "cchc_report")
public class IssuedReport {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  private String commune;
  private String periodCode;
  private String title;
  private String processInstanceId;
  private OffsetDateTime issuedAt;
  private String issuedBy;

  protected IssuedReport() {
  }

  IssuedReport(String commune, String periodCode, String title, String processInstanceId, OffsetDateTime issuedAt,
               String issuedBy) {
    this.commune = commune;
    this.periodCode = periodCode;
    this.title = title;
    this.processInstanceId = processInstanceId;
    this.issuedAt = issuedAt;
    this.issuedBy = issuedBy;
  }

  public Long getId() {
    return id;
  }

  public String getCommune() {
    return commune;
  }

  public String getPeriodCode() {
    return periodCode;
  }

  public String getTitle() {
    return title;
  }

  public String getProcessInstanceId() {
    return processInstanceId;
  }

  public OffsetDateTime getIssuedAt() {
    return issuedAt;
  }

  public String getIssuedBy() {
    return issuedBy;
  }
}
