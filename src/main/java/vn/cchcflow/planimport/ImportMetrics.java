package vn.cchcflow.planimport;

import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import vn.cchcflow.plan.PlanRegistered;
import vn.cchcflow.system.AppCounter;
import vn.cchcflow.system.AppMetrics;

/** Counts each registered plan once its transaction committed ({@code cchc_plans_registered_total}). */
@Component
class ImportMetrics {

  private final AppMetrics metrics;

  ImportMetrics(AppMetrics metrics) {
    this.metrics = metrics;
  }

  @TransactionalEventListener
  void on(PlanRegistered plan) {
    metrics.increment(AppCounter.PLAN_REGISTERED, plan.commune());
  }
}
