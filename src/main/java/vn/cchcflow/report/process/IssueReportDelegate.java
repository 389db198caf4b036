package vn.cchcflow.report.process;

import static vn.cchcflow.report.PeriodReportProcess.REPORT_ID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.cchcflow.report.PeriodReports;

/** Task_IssueReport: the approved report is computed, rendered from the commune's template and archived. */
@Component
public class IssueReportDelegate implements JavaDelegate {

  private final PeriodReports reports;

  public IssueReportDelegate(PeriodReports reports) {
    this.reports = reports;
  }

  @Override
  public void execute(DelegateExecution execution) {
    execution.setVariable(REPORT_ID, reports.issue(execution).getId());
  }
}
