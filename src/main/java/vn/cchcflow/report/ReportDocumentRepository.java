package vn.cchcflow.report;

import java.util.Optional;
import org.springframework.data.repository.Repository;

interface ReportDocumentRepository extends Repository<ReportDocument, Long> {

  ReportDocument save(ReportDocument document);

  Optional<ReportDocument> findByReportIdAndKind(long reportId, ReportDocument.Kind kind);
}
