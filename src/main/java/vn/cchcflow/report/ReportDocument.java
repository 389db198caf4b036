package vn.cchcflow.report;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An issued report's document (the signed DOCX, the XLSX of tasks), archived in the application's tables. */
@Entity
@Table(name = "cchc_report_document")
public class ReportDocument {

  /** Which document of the report. */
  public enum Kind {
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final String mimeType;

    Kind(String mimeType) {
      this.mimeType = mimeType;
    }

    public String mimeType() {
      return mimeType;
    }
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  private Long reportId;
  @Enumerated(EnumType.STRING)
  private Kind kind;
  private String fileName;
  private String mimeType;
  private byte[] content;

  protected ReportDocument() {
  }

  ReportDocument(long reportId, Kind kind, String fileName, byte[] content) {
    this.reportId = reportId;
    this.kind = kind;
    this.fileName = fileName;
    this.mimeType = kind.mimeType();
    this.content = content;
  }

  public Long getReportId() {
    return reportId;
  }

  public Kind getKind() {
    return kind;
  }

  public String getFileName() {
    return fileName;
  }

  public String getMimeType() {
    return mimeType;
  }

  public byte[] getContent() {
    return content;
  }
}
