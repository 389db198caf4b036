package vn.cchcflow.system;

/** The application's own counters, each with its one metric name (Prometheus adds {@code _total}). */
public enum AppCounter {
  /** A plan registered (from an import or the API) and its tasks started. */
  PLAN_REGISTERED("cchc.plans.registered", "Plans registered and started"),
  /** A period report approved and issued (DOCX and XLSX archived, the Sở Nội vụ notified). */
  REPORT_ISSUED("cchc.reports.issued", "Period reports issued"),
  /** A login refused for a wrong user name or password. */
  LOGIN_FAILED("cchc.logins.failed", "Logins refused for wrong credentials"),
  /** A login attempt refused without checking because its address must wait after failures. */
  LOGIN_THROTTLED("cchc.logins.throttled", "Login attempts refused while throttled");

  private final String metricName;
  private final String description;

  AppCounter(String metricName, String description) {
    this.metricName = metricName;
    this.description = description;
  }

  public String metricName() {
    return metricName;
  }

  public String description() {
    return description;
  }
}
