package vn.cchcflow.report;

import java.time.LocalDate;
import java.util.List;

/**
 * The frame of the official report (Nghị định 30/2020/NĐ-CP): the superior and issuing bodies for the
 * header, number, place and date, the recipients ("Nơi nhận") and the signer. A draft has no number and no
 * date yet.
 */
public record ReportDocumentInfo(String superiorBody, String issuingBody, String number, String place,
                                 LocalDate date, List<String> recipients, String signerAuthority, String signerTitle,
                                 String signerName) {

  public ReportDocumentInfo {
    recipients = recipients == null ? List.of() : List.copyOf(recipients);
  }
}
