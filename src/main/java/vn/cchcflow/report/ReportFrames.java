package vn.cchcflow.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;
import vn.cchcflow.organisation.Commune;
import vn.cchcflow.organisation.Person;
import vn.cchcflow.system.Messages;

/**
 * The frame of a commune's report: header bodies, place, number, recipients and the signer block. A draft
 * leaves number and date blank and shows the chair as signer; the issued report carries its number, the
 * issuing date and the leader who approved it (a vice-chair signs "KT. Chủ tịch").
 */
@Component
class ReportFrames {

  private final Messages messages;

  ReportFrames(Messages messages) {
    this.messages = messages;
  }

  ReportDocumentInfo draft(Commune commune, List<String> recipients) {
    return frame(commune, messages.get("report.frame.numberBlank"), null, chair(commune), recipients);
  }

  ReportDocumentInfo issued(Commune commune, String number, LocalDate date, String signerUserId,
                            List<String> recipients) {
    Person signer = commune.leaders().stream().filter(p -> p.id().equals(signerUserId)).findFirst()
        .orElse(chair(commune));
    return frame(commune, number, date, signer, recipients);
  }

  String numberSuffix() {
    return messages.get("report.frame.numberSuffix");
  }

  private ReportDocumentInfo frame(Commune commune, String number, LocalDate date, Person signer,
                                   List<String> recipients) {
    String title = signerTitle(signer);
    boolean deputy = title.toLowerCase(Locale.ROOT).startsWith("phó");
    String authority = messages.get("report.frame.authority") + (deputy ? "\n" + messages.get("report.frame.deputy")
        : "");
    return new ReportDocumentInfo(
        commune.province() == null ? null : messages.get("report.frame.superior", commune.province()),
        messages.get("report.frame.issuing", ReportKindTexts.lowerFirst(commune.name())), number,
        commune.name().replaceFirst("^(Xã|Phường|Thị trấn) ", ""), date, recipients, authority, title,
        signer.name());
  }

  private String signerTitle(Person signer) {
    String title = signer.title() == null || signer.title().isBlank() ? messages.get("report.frame.chair")
        : signer.title();
    return title.replaceFirst("\\s+(UBND|Ủy ban nhân dân)\\b.*$", "").strip();
  }

  private Person chair(Commune commune) {
    return commune.leaders().isEmpty() ? new Person("", "", messages.get("report.frame.chair"), null)
        : commune.leaders().get(0);
  }
}
