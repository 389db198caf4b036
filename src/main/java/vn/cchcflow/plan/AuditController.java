package vn.cchcflow.plan;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The audit trail of task facts: {@code GET /api/audit?commune=namanphu} (without commune: the operator only). */
@RestController
@RequestMapping("/api/audit")
class AuditController {

  private final AuditTrail audit;

  AuditController(AuditTrail audit) {
    this.audit = audit;
  }

  @GetMapping
  List<FactChange> read(@RequestParam(required = false) String commune) {
    return audit.read(commune);
  }
}
