package vn.cchcflow.report;

import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/**
 * A commune's report for a period, once approved and issued, with its DOCX and XLSX: kept in this table
 * however long the engine keeps the report process's history.
 */
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
  @JsonIgnore
  private String docxFileName;
  @JsonIgnore
  private byte[] docx;
  @JsonIgnore
  private String xlsxFileName;
  @JsonIgnore
  private byte[] xlsx;

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

  /** Archives the issued documents with the record. */
  void keepDocuments(String docxFileName, byte[] docx, String xlsxFileName, byte[] xlsx) {
    this.docxFileName = docxFileName;
    this.docx = docx;
    this.xlsxFileName = xlsxFileName;
    this.xlsx = xlsx;
  }

  String docxFileName() {
    return docxFileName;
  }

  byte[] docx() {
    return docx;
  }

  String xlsxFileName() {
    return xlsxFileName;
  }

  byte[] xlsx() {
    return xlsx;
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
