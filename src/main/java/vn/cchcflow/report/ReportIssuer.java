package vn.cchcflow.report;

import static vn.cchcflow.report.PeriodReportProcess.*;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.variable.Variables;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import vn.cchcflow.notification.Notice;
import vn.cchcflow.notification.Outbox;
import vn.cchcflow.notification.Recipient;
import vn.cchcflow.organisation.CityAccounts;
import vn.cchcflow.organisation.Commune;
import vn.cchcflow.organisation.CommuneDirectory;
import vn.cchcflow.organisation.Person;
import vn.cchcflow.organisation.PersonNames;
import vn.cchcflow.report.internal.DocxReportWriter;
import vn.cchcflow.report.internal.XlsxTaskSheetWriter;
import vn.cchcflow.system.AppCounter;
import vn.cchcflow.system.AppMetrics;
import vn.cchcflow.system.VietnamTime;

/**
 * Issues an approved report: the figures recomputed with the reported target values, the DOCX laid out
 * as an official report and the XLSX of every task, archived as variables of the report's process
 * instance, recorded as issued, copied to the drop folder when one is configured, and announced to the
 * Sở Nội vụ through the outbox (with the link to download it).
 */
@Component
public class ReportIssuer {

  private static final Logger LOG = LoggerFactory.getLogger(ReportIssuer.class);
  static final String DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

  private final ReportCalculator calculator;
  private final CommuneDirectory communes;
  private final IssuedReportRepository reports;
  private final Outbox outbox;
  private final AppMetrics metrics;
  private final String dropFolder;
  private final String publicUrl;

  ReportIssuer(ReportCalculator calculator, CommuneDirectory communes, IssuedReportRepository reports, Outbox outbox,
               AppMetrics metrics, @Value("${cchc.reports.drop-folder:}") String dropFolder,
               @Value("${cchc.public-url:http://localhost:8080}") String publicUrl) {
    this.calculator = calculator;
    this.communes = communes;
    this.reports = reports;
    this.outbox = outbox;
    this.metrics = metrics;
    this.dropFolder = dropFolder;
    this.publicUrl = publicUrl.replaceAll("/+$", "");
  }

  /** Returns the id of the issued report. */
  public long issue(DelegateExecution execution) {
    Commune commune = communes.find((String) execution.getVariable(COMMUNE)).orElseThrow();
    ReportPeriod period = ReportPeriod.parse((String) execution.getVariable(PERIOD)).orElseThrow();
    ReportFigures figures = calculator.figures(commune.id(), period,
        TargetValues.parse((String) execution.getVariable(TARGET_VALUES)));
    ReportDocumentInfo info = documentInfo(execution, commune);
    byte[] docx = DocxReportWriter.write(figures, info);
    byte[] xlsx = XlsxTaskSheetWriter.write(figures);
    String base = "bao-cao-cchc-" + commune.id() + "-" + period.code();
    execution.setVariable(REPORT_DOCX, Variables.fileValue(base + ".docx").file(docx).mimeType(DOCX_TYPE).create());
    execution.setVariable(REPORT_XLSX, Variables.fileValue(base + ".xlsx").file(xlsx)
        .mimeType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet").create());
    String title = "Báo cáo kết quả thực hiện công tác cải cách hành chính " + period.label() + " – " + commune.name();
    IssuedReport issued = new IssuedReport(commune.id(), period.code(), title,
        execution.getProcessInstanceId(), OffsetDateTime.now(), Context.getCommandContext() == null ? null
        : Context.getCommandContext().getAuthenticatedUserId());
    issued.keepDocuments(base + ".docx", docx, base + ".xlsx", xlsx);
    IssuedReport report = reports.save(issued);
    metrics.increment(AppCounter.REPORT_ISSUED, commune.id());
    copyToDropFolder(commune, base, docx, xlsx);
    announce(execution, commune, title, report);
    return report.getId();
  }

  private ReportDocumentInfo documentInfo(DelegateExecution execution, Commune commune) {
    @SuppressWarnings("unchecked")
    List<Map<String, String>> unitReports = (List<Map<String, String>>) execution.getVariable(UNIT_REPORTS);
    Person signer = signer(execution, commune);
    String place = commune.name().replaceFirst("^(Xã|Phường) ", "");
    List<String> recipients = new ArrayList<>();
    recipients.add("Sở Nội vụ " + lowerFirst(commune.province()));
    recipients.add("Chủ tịch, các Phó Chủ tịch UBND " + lowerFirst(commune.name()));
    recipients.add("Lưu: VT, " + commune.coordinating().name());
    Object assessment = execution.getVariable(ASSESSMENT);
    return new ReportDocumentInfo(
        commune.province() == null ? null : "UBND " + commune.province().toUpperCase(Locale.ROOT),
        "ỦY BAN NHÂN DÂN " + commune.name().toUpperCase(Locale.ROOT), "      /BC-UBND", place, VietnamTime.today(),
        assessment == null ? "" : assessment.toString(),
        unitReports == null ? List.of() : unitReports.stream().map(r -> new ReportDocumentInfo.UnitReport(
            r.get("unit"), r.get("results"), r.get("obstacles"))).toList(),
        recipients, "TM. ỦY BAN NHÂN DÂN", signer.title() == null ? "CHỦ TỊCH"
            : signer.title().replace(" UBND xã", "").replace(" UBND phường", "").toUpperCase(Locale.ROOT),
        signer.name());
  }

  /** The leader who approved, or the chair. */
  private static Person signer(DelegateExecution execution, Commune commune) {
    String userId = Context.getCommandContext() == null ? null : Context.getCommandContext().getAuthenticatedUserId();
    return commune.leaders().stream().filter(p -> p.id().equals(userId)).findFirst()
        .orElse(commune.leaders().isEmpty() ? new Person("", "", "Chủ tịch", null) : commune.leaders().get(0));
  }

  private void copyToDropFolder(Commune commune, String base, byte[] docx, byte[] xlsx) {
    if (dropFolder.isBlank()) {
      return;
    }
    try {
      Path folder = Files.createDirectories(Path.of(dropFolder, commune.id()));
      Files.write(folder.resolve(base + ".docx"), docx);
      Files.write(folder.resolve(base + ".xlsx"), xlsx);
      LOG.info("Report {} copied to {}", base, folder);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write the report to the drop folder " + dropFolder, e);
    }
  }

  private void announce(DelegateExecution execution, Commune commune, String title, IssuedReport report) {
    IdentityService identity = execution.getProcessEngineServices().getIdentityService();
    List<Recipient> recipients = identity.createUserQuery().memberOfGroup(CityAccounts.GROUP).list().stream()
        .map(ReportIssuer::recipient).toList();
    String link = publicUrl + "/api/reports/" + report.getId() + "/docx";
    String body = "Kính gửi Sở Nội vụ,\n\n" + commune.name() + " đã ban hành " + lowerFirst(title) + ".\n\n"
        + "Tải báo cáo (Word): " + link + "\nDanh sách nhiệm vụ (Excel): " + publicUrl + "/api/reports/"
        + report.getId() + "/xlsx\n\nThư tự động của hệ thống CCHC Flow.";
    outbox.enqueue(new Notice(execution.getProcessInstanceId() + ":REPORT_ISSUED", commune.id(),
        execution.getProcessInstanceId(), null, "REPORT_ISSUED", recipients, "[Báo cáo CCHC] " + title, body));
  }

  private static Recipient recipient(User user) {
    return new Recipient(user.getId(), PersonNames.displayName(user), user.getEmail());
  }

  private static String lowerFirst(String text) {
    return text == null || text.isEmpty() ? "" : Character.toLowerCase(text.charAt(0)) + text.substring(1);
  }
}
