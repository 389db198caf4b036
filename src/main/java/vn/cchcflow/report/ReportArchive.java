package vn.cchcflow.report;

import java.time.OffsetDateTime;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.cchcflow.system.VietnamTime;

/**
 * Archive, the third step of issuing: the report's number, date, signer and recipients on its record, and its
 * DOCX and XLSX in the application's own tables, kept for good whatever the engine's history cleanup removes.
 */
@Component
public class ReportArchive {

  private final ReportRecordRepository records;
  private final ReportDocumentRepository documents;

  ReportArchive(ReportRecordRepository records, ReportDocumentRepository documents) {
    this.records = records;
    this.documents = documents;
  }

  @Transactional
  public ReportRecord archive(ReportRecord record, ReportDocumentInfo info, ReportRenderer.Rendered rendered,
                              String issuedBy) {
    record.issued(rendered.title(), OffsetDateTime.ofInstant(VietnamTime.now().toInstant(), VietnamTime.ZONE),
        issuedBy, info.number(), info.date(), info.signerName(), info.signerTitle(), info.recipients());
    ReportRecord saved = records.save(record);
    documents.save(new ReportDocument(saved.getId(), ReportDocument.Kind.DOCX, rendered.fileBase() + ".docx",
        rendered.docx()));
    documents.save(new ReportDocument(saved.getId(), ReportDocument.Kind.XLSX, rendered.fileBase() + ".xlsx",
        rendered.xlsx()));
    return saved;
  }
}
