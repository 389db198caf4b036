package vn.cchcflow.report;

import java.time.LocalDate;
import java.util.List;

/**
 * What the official report says beyond the figures (Nghị định 30/2020/NĐ-CP layout): the superior and
 * issuing bodies for the header, number and date, the coordinating unit's assessment, the units'
 * period reports, the recipients ("Nơi nhận") and the signer.
 */
public record ReportDocumentInfo(String superiorBody, String issuingBody, String number, String place,
                                 LocalDate date, String assessment, List<UnitReport> unitReports,
                                 List<String> recipients, String signerAuthority, String signerTitle,
                                 String signerName) {

  /** A unit's own words for the period. */
  public record UnitReport(String unitName, String results, String obstacles) {
  }
}
