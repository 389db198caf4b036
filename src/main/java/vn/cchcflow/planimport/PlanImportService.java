package vn.cchcflow.planimport;

import java.util.List;
import org.springframework.stereotype.Service;
import vn.cchcflow.organisation.Commune;
import vn.cchcflow.organisation.CommuneDirectory;
import vn.cchcflow.plan.PlanDocument;
import vn.cchcflow.plan.PlanRegistration;
import vn.cchcflow.plan.PlanService;
import vn.cchcflow.planimport.internal.ImportedPlans;
import vn.cchcflow.planimport.internal.PlanAssembler;

/**
 * Reads plan documents into a preview, and imports them: the plan service then starts every task in one
 * transaction, or nothing.
 */
@Service
public class PlanImportService {

  private final CommuneDirectory communes;
  private final PlanService plans;
  PlanImportService(CommuneDirectory communes, PlanService plans) {
    this.communes = communes;
    this.plans = plans;
  }

  /** The preview; units are matched when a commune is given. */
  public ParsedPlan parse(String fileName, byte[] bytes, String communeId) {
    return PlanAssembler.parse(fileName, bytes, commune(communeId));
  }

  /** The canonical plan a parsed file becomes, for review or registration. */
  public PlanDocument toDocument(ParsedPlan parsed, String communeId, String code) {
    return ImportedPlans.toDocument(parsed, communeId, code);
  }

  /** Reads and registers in one go (no review). */
  public ImportResult importPlan(String fileName, byte[] bytes, String communeId, String code) {
    ParsedPlan parsed = parse(fileName, bytes, requireCommune(communeId).id());
    PlanRegistration registration = plans.register(toDocument(parsed, communeId, code));
    List<String> warnings = new java.util.ArrayList<>(parsed.warnings());
    parsed.tasks().forEach(task -> task.warnings().forEach(w -> warnings.add("Nhiệm vụ " + task.number() + ": " + w)));
    return new ImportResult(registration, warnings);
  }

  public record ImportResult(PlanRegistration registration, List<String> warnings) {
  }

  private Commune commune(String communeId) {
    return communeId == null || communeId.isBlank() ? null : requireCommune(communeId);
  }

  private Commune requireCommune(String communeId) {
    if (communeId == null || communeId.isBlank()) {
      throw new PlanParseException("Cần chọn xã/phường của kế hoạch (tham số commune).");
    }
    return communes.find(communeId.strip())
        .orElseThrow(() -> new PlanParseException("Không có xã/phường \"" + communeId + "\" trên hệ thống."));
  }
}
