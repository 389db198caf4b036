package vn.cchcflow.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.variable.value.FileValue;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.cchcflow.plan.PlanAccess;
import vn.cchcflow.system.EngineAsSystem;

/** Issued reports: who may list and download them, and starting a report by hand. */
@Service
class ReportService {

  private final IssuedReportRepository reports;
  private final ReportAccess access;
  private final PlanAccess plans;
  private final ReportStarter starter;
  private final HistoryService history;
  private final IdentityService identity;
  private final vn.cchcflow.organisation.CommuneDirectory communes;

  ReportService(IssuedReportRepository reports, ReportAccess access, PlanAccess plans, ReportStarter starter,
                HistoryService history, IdentityService identity, vn.cchcflow.organisation.CommuneDirectory communes) {
    this.reports = reports;
    this.access = access;
    this.plans = plans;
    this.starter = starter;
    this.history = history;
    this.identity = identity;
    this.communes = communes;
  }

  @Transactional(readOnly = true)
  List<IssuedReport> list() {
    return reports.findAllByOrderByIssuedAtDesc().stream().filter(r -> access.canReadCommune(r.getCommune())).toList();
  }

  /** The archived document of an issued report the caller may read, or empty. */
  @Transactional(readOnly = true)
  java.util.Optional<Document> document(long id, String variable) {
    return reports.findById(id).filter(r -> access.canReadCommune(r.getCommune())).map(report -> {
      Document kept = kept(report, variable);
      return kept != null ? kept : EngineAsSystem.call(identity, () -> {
          HistoricVariableInstance stored = history.createHistoricVariableInstanceQuery()
              .processInstanceId(report.getProcessInstanceId()).variableName(variable).disableCustomObjectDeserialization()
              .singleResult();
          FileValue file = (FileValue) stored.getTypedValue();
          try (InputStream in = file.getValue()) {
            return new Document(file.getFilename(), file.getMimeType(), in.readAllBytes());
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
    });
  }

  /** The document as archived with the issued report (reports issued before V30 have none there). */
  private static Document kept(IssuedReport report, String variable) {
    boolean docx = PeriodReportProcess.REPORT_DOCX.equals(variable);
    byte[] content = docx ? report.docx() : report.xlsx();
    if (content == null) {
      return null;
    }
    return new Document(docx ? report.docxFileName() : report.xlsxFileName(), docx ? ReportIssuer.DOCX_TYPE
        : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", content);
  }

  /** Starts the commune's report for the period by hand (its coordinating unit, or the operator). */
  String start(String commune, ReportPeriod period) {
    var found = communes.find(commune).orElseThrow(() -> new ReportController.Refused(
        org.springframework.http.HttpStatus.NOT_FOUND, "Không có xã/phường \"" + commune + "\"."));
    if (!plans.canRegister(found)) {
      throw new ReportController.Refused(org.springframework.http.HttpStatus.FORBIDDEN,
          "Chỉ cơ quan thường trực của " + found.name() + " được lập báo cáo.");
    }
    return starter.start(commune, period, ReportSchedule.dueFor(period));
  }

  record Document(String fileName, String mimeType, byte[] content) {
  }
}
