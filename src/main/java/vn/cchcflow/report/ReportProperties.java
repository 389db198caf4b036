package vn.cchcflow.report;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code cchc.reports.*}.
 *
 * @param dropFolder where issued reports are also copied (a folder the document system picks up); empty: none
 * @param addresses  e-mail addresses of outside recipients: a recipient line containing {@code name} (for
 *                   example "Văn phòng UBND thành phố") is sent to {@code email}
 */
@ConfigurationProperties("cchc.reports")
public record ReportProperties(String dropFolder, List<Address> addresses) {

  public ReportProperties {
    dropFolder = dropFolder == null ? "" : dropFolder;
    addresses = addresses == null ? List.of() : List.copyOf(addresses);
  }

  /** An outside body's e-mail address. */
  public record Address(String name, String email) {
  }
}
