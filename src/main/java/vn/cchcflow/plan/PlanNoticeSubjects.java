package vn.cchcflow.plan;

import org.springframework.stereotype.Component;
import vn.cchcflow.notification.NoticeSubjects;

/** Notices word their plan task from the plan's own facts. */
@Component
class PlanNoticeSubjects implements NoticeSubjects {

  private final PlanCatalog catalog;

  PlanNoticeSubjects(PlanCatalog catalog) {
    this.catalog = catalog;
  }

  @Override
  public Subject of(long planTaskId) {
    PlanTask task = catalog.task(planTaskId).orElseThrow(() -> new IllegalStateException("No plan task " + planTaskId));
    return new Subject(task.getNumber(), task.getPlan().getTitle(), task.getDeadlineText());
  }
}
