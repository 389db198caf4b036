package vn.cchcflow.report.process;

import static vn.cchcflow.report.PeriodReportProcess.REPORT_ID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.cchcflow.report.PeriodReports;
import vn.cchcflow.system.AppCounter;
import vn.cchcflow.system.AppMetrics;

/**
 * Task_IssueReport: the approved report is computed, rendered from the commune's template and archived
 * ({@code cchc_reports_issued_total} counts it).
 */
@Component
public class IssueReportDelegate implements JavaDelegate {

  private final PeriodReports reports;
  private final AppMetrics metrics;

  public IssueReportDelegate(PeriodReports reports, AppMetrics metrics) {
    this.reports = reports;
    this.metrics = metrics;
  }

  @Override
  public void execute(DelegateExecution execution) {
    execution.setVariable(REPORT_ID, reports.issue(execution).getId());
    metrics.increment(AppCounter.REPORT_ISSUED, execution.getTenantId());
  }
}
