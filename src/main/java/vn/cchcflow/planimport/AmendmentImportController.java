package vn.cchcflow.planimport;

import java.io.IOException;
import java.time.LocalDate;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.cchcflow.plan.AmendmentPreview;
import vn.cchcflow.plan.PlanAmendment;
import vn.cchcflow.plan.PlanAmendments;
import vn.cchcflow.plan.PlanCatalog;
import vn.cchcflow.plan.PlanDocument;
import vn.cchcflow.plan.PlanNotFoundException;
import vn.cchcflow.system.DayFormats;
import vn.cchcflow.system.Messages;

/**
 * Importing an amended plan ("Kế hoạch sửa đổi, bổ sung"): the document is read like any plan and
 * compared with the registered one, task by task; {@code apply=false} (the default) shows the
 * differences, {@code apply=true} applies exactly them in one transaction.
 */
@RestController
@RequestMapping("/api/plans/{planId}/amendments")
class AmendmentImportController {

  private final PlanImportService imports;
  private final PlanAmendments amendments;
  private final PlanCatalog catalog;
  private final Messages messages;

  AmendmentImportController(PlanImportService imports, PlanAmendments amendments, PlanCatalog catalog,
                            Messages messages) {
    this.imports = imports;
    this.amendments = amendments;
    this.catalog = catalog;
    this.messages = messages;
  }

  @PostMapping(path = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  AmendmentPreview importAmended(@PathVariable long planId, @RequestParam("file") MultipartFile file,
                                 @RequestParam("documentNumber") String documentNumber,
                                 @RequestParam(name = "documentDate", required = false) String documentDate,
                                 @RequestParam(name = "apply", defaultValue = "false") boolean apply)
      throws IOException {
    var plan = catalog.find(planId).orElseThrow(() -> new PlanNotFoundException(messages.get("plan.notFound", planId)));
    ParsedPlan parsed = imports.parse(file.getOriginalFilename(), file.getBytes(), plan.getCommune());
    PlanDocument amended = imports.toDocument(parsed, plan.getCommune(), plan.getCode());
    LocalDate date = DayFormats.parseOfficialDay(documentDate).orElse(null);
    PlanAmendment amendment = amendments.diff(planId, amended, new PlanAmendment.Document(documentNumber, date));
    return apply ? amendments.apply(planId, amendment) : amendments.preview(planId, amendment);
  }
}
