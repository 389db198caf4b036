package vn.cchcflow.planimport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.cchcflow.organisation.CommuneTenantIdProvider;
import vn.cchcflow.plan.PlanAccess;
import vn.cchcflow.plan.PlanAccessDeniedException;
import vn.cchcflow.planimport.internal.PlanTemplate;
import vn.cchcflow.planimport.PlanImportProcess;
import vn.cchcflow.system.EngineAsSystem;
import vn.cchcflow.system.OfficialRefusal;

/**
 * Plan documents in: preview ({@code /parse}), import with review in Tasklist or directly
 * ({@code /import?review=false}), and the Excel template for plans without an appendix.
 */
@RestController
@RequestMapping("/api/plans")
class PlanImportController {

  private final PlanImportService imports;
  private final RuntimeService runtime;
  private final PlanAccess access;
  private final IdentityService identity;
  private final BackgroundImports background;

  PlanImportController(PlanImportService imports, RuntimeService runtime, PlanAccess access,
                       IdentityService identity, BackgroundImports background) {
    this.imports = imports;
    this.runtime = runtime;
    this.access = access;
    this.identity = identity;
    this.background = background;
  }

  @PostMapping(path = "/parse", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  ParsedPlan parse(@RequestParam("file") MultipartFile file,
                   @RequestParam(name = "commune", required = false) String commune) throws IOException {
    requireMember(commune);
    return imports.parse(file.getOriginalFilename(), file.getBytes(), commune);
  }

  @PostMapping(path = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  ResponseEntity<?> importPlan(@RequestParam("file") MultipartFile file, @RequestParam("commune") String commune,
                               @RequestParam(name = "review", defaultValue = "true") boolean review,
                               @RequestParam(name = "code", required = false) String code) throws IOException {
    requireMember(commune);
    if (review) {
      byte[] bytes = file.getBytes();
      // the application starts the review for the commune the caller belongs to (checked above)
      var instance = EngineAsSystem.call(identity, () -> runtime.startProcessInstanceByKey(PlanImportProcess.KEY,
          Variables.createVariables()
              .putValue(CommuneTenantIdProvider.COMMUNE_VARIABLE, commune)
              .putValue(PlanImportProcess.PLAN_FILE, Variables.fileValue(file.getOriginalFilename())
                  .file(bytes).mimeType(file.getContentType()).create())));
      return ResponseEntity.status(HttpStatus.ACCEPTED).body(Map.of("processInstanceId", instance.getId(),
          "message", "Đã đọc tệp và tạo việc “Rà soát kế hoạch đã đọc” cho cơ quan thường trực trong Tasklist."));
    }
    byte[] bytes = file.getBytes();
    if (background.isLarge(imports.parse(file.getOriginalFilename(), bytes, commune).tasks().size())) {
      String id = background.start(file.getOriginalFilename(), file.getContentType(), bytes, commune, code);
      String status = "/api/plans/imports/" + id;
      return ResponseEntity.accepted().location(java.net.URI.create(status)).body(Map.of("status", status,
          "message", background.acceptedMessage(status)));
    }
    var result = imports.importPlan(file.getOriginalFilename(), bytes, commune, code);
    return ResponseEntity.status(result.registration().created() ? HttpStatus.CREATED : HttpStatus.OK).body(result);
  }

  /** Where a background import stands: RUNNING, DONE with the plan, or FAILED with the reason. */
  @GetMapping("/imports/{id}")
  BackgroundImports.ImportStatus importStatus(@PathVariable String id) {
    return background.status(id, access::canReadCommune).orElseThrow(() -> new OfficialRefusal(
        OfficialRefusal.Kind.NOT_FOUND, "Không tìm thấy lượt nhập kế hoạch \"" + id + "\"."));
  }

  @GetMapping("/template.xlsx")
  ResponseEntity<byte[]> template() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PlanTemplate.write(out);
    return ResponseEntity.ok()
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
            .filename("mau-ke-hoach.xlsx").build().toString())
        .contentType(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
        .body(out.toByteArray());
  }

  /** A commune's organisation and plans are for its own people (and the operator). */
  private void requireMember(String commune) {
    if (commune != null && !access.canReadCommune(commune)) {
      throw new PlanAccessDeniedException("Bạn chỉ được nhập kế hoạch của xã/phường mình.");
    }
  }
}
