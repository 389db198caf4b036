package vn.cchcflow.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.cchcflow.notification.Notice;
import vn.cchcflow.notification.NoticeTexts;
import vn.cchcflow.notification.Outbox;
import vn.cchcflow.notification.Recipient;
import vn.cchcflow.organisation.PersonNames;
import vn.cchcflow.organisation.CityAccounts;
import vn.cchcflow.organisation.Commune;
import vn.cchcflow.organisation.CommuneDirectory;
import vn.cchcflow.organisation.UnitGroups;
import vn.cchcflow.system.EngineAsSystem;
import vn.cchcflow.system.VietnamTime;

/**
 * Deliver, the last step of issuing: each recipient of the report gets it by the channel it has (the city's
 * Sở Nội vụ accounts, a configured e-mail address, the commune's leaders), through the outbox, with one
 * delivery record per recipient (sent how, when, to whom); the documents are also copied to the drop folder
 * when one is configured. A recipient without an electronic channel is recorded as such (sent on paper).
 */
@Component
public class ReportDeliveries {

  private static final Logger LOG = LoggerFactory.getLogger(ReportDeliveries.class);
  static final String TEMPLATE = "report-issued";

  private final ReportDeliveryRepository deliveries;
  private final ReportDocumentRepository documents;
  private final CommuneDirectory communes;
  private final IdentityService identity;
  private final Outbox outbox;
  private final ReportProperties properties;
  private final String publicUrl;

  ReportDeliveries(ReportDeliveryRepository deliveries, ReportDocumentRepository documents, CommuneDirectory communes,
                   IdentityService identity, Outbox outbox, ReportProperties properties,
                   @Value("${cchc.public-url:http://localhost:8080}") String publicUrl) {
    this.deliveries = deliveries;
    this.documents = documents;
    this.communes = communes;
    this.identity = identity;
    this.outbox = outbox;
    this.properties = properties;
    this.publicUrl = publicUrl.replaceAll("/+$", "");
  }

  @Transactional
  public List<ReportDelivery> deliver(ReportRecord report) {
    Commune commune = communes.find(report.getCommune()).orElseThrow();
    OffsetDateTime now = OffsetDateTime.ofInstant(VietnamTime.now().toInstant(), VietnamTime.ZONE);
    List<ReportDelivery> made = new ArrayList<>();
    int position = 0;
    for (String recipient : report.getRecipients()) {
      if (recipient.toLowerCase(Locale.ROOT).startsWith("lưu")) {
        continue;
      }
      ReportDelivery.Channel channel = channel(recipient);
      List<Recipient> to = addressees(channel, recipient, commune);
      String key = "report:" + report.getId() + ":" + position;
      if (!to.isEmpty()) {
        String[] text = NoticeTexts.render(TEMPLATE, Map.of("recipient", recipient, "communeName", commune.name(),
            "title", report.getTitle(), "number", report.getNumber() == null ? "" : report.getNumber(),
            "docxLink", publicUrl + "/api/reports/" + report.getId() + "/docx",
            "xlsxLink", publicUrl + "/api/reports/" + report.getId() + "/xlsx"));
        outbox.enqueue(new Notice(key, commune.id(), report.getProcessInstanceId(), null, "REPORT_ISSUED", to,
            text[0], text[1]));
      }
      String addressees = to.stream().map(ReportDeliveries::address).collect(Collectors.joining(", "));
      made.add(deliveries.save(new ReportDelivery(report.getId(), position++, recipient,
          to.isEmpty() ? ReportDelivery.Channel.NONE : channel, addressees.isEmpty() ? null : addressees,
          to.isEmpty() ? null : key, to.isEmpty() ? null : now)));
    }
    copyToDropFolder(report);
    return made;
  }

  ReportDelivery.Channel channel(String recipient) {
    String lower = recipient.toLowerCase(Locale.ROOT);
    if (properties.addresses().stream().anyMatch(a -> lower.contains(a.name().toLowerCase(Locale.ROOT)))) {
      return ReportDelivery.Channel.EMAIL;
    }
    if (lower.contains("sở nội vụ") || lower.startsWith("các sở: nội vụ") || lower.contains("sở: nội vụ")) {
      return ReportDelivery.Channel.CITY;
    }
    if (lower.contains("chủ tịch") || lower.contains("lãnh đạo ubnd") || lower.contains("ct, các pct")) {
      return ReportDelivery.Channel.LEADERS;
    }
    return ReportDelivery.Channel.NONE;
  }

  private List<Recipient> addressees(ReportDelivery.Channel channel, String recipient, Commune commune) {
    return switch (channel) {
      case CITY -> users(CityAccounts.GROUP);
      case LEADERS -> users(UnitGroups.leaders(commune.id()));
      case EMAIL -> properties.addresses().stream()
          .filter(a -> recipient.toLowerCase(Locale.ROOT).contains(a.name().toLowerCase(Locale.ROOT)))
          .map(a -> new Recipient(null, recipient, a.email())).toList();
      case NONE -> List.of();
    };
  }

  private List<Recipient> users(String group) {
    return EngineAsSystem.call(identity, () -> identity.createUserQuery().memberOfGroup(group).list()).stream()
        .map(ReportDeliveries::recipient).toList();
  }

  /** "Nguyễn Thị Phương <phuong@…>", or the account id when the account has no name. */
  private static String address(Recipient r) {
    String name = r.name() == null || r.name().isBlank() ? r.userId() : r.name();
    return r.email() == null ? name : name + " <" + r.email() + ">";
  }

  private static Recipient recipient(User user) {
    return new Recipient(user.getId(), PersonNames.displayName(user), user.getEmail());
  }

  private void copyToDropFolder(ReportRecord report) {
    if (properties.dropFolder().isBlank()) {
      return;
    }
    try {
      Path folder = Files.createDirectories(Path.of(properties.dropFolder(), report.getCommune()));
      for (ReportDocument.Kind kind : ReportDocument.Kind.values()) {
        ReportDocument document = documents.findByReportIdAndKind(report.getId(), kind).orElseThrow();
        Files.write(folder.resolve(document.getFileName()), document.getContent());
      }
      LOG.info("Report {} copied to {}", report.getId(), folder);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write the report to the drop folder " + properties.dropFolder(), e);
    }
  }
}
