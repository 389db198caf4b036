package vn.cchcflow.plan;

import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Amending a registered plan: {@code POST /api/plans/{id}/amendments/preview} shows what the amendment
 * would do, task by task; {@code POST /api/plans/{id}/amendments} applies exactly that in one transaction.
 */
@RestController
@RequestMapping("/api/plans/{planId}/amendments")
class AmendmentController {

  private final PlanAmendments amendments;

  AmendmentController(PlanAmendments amendments) {
    this.amendments = amendments;
  }

  @PostMapping("/preview")
  AmendmentPreview preview(@PathVariable long planId, @RequestBody PlanAmendment amendment) {
    return amendments.preview(planId, amendment);
  }

  @PostMapping
  AmendmentPreview apply(@PathVariable long planId, @RequestBody PlanAmendment amendment) {
    return amendments.apply(planId, amendment);
  }
}
