package vn.cchcflow.report.process;

import static vn.cchcflow.report.PeriodReportProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.cchcflow.report.ReportIssuer;

/** Task_IssueReport: the approved report becomes documents, is archived, and goes to the Sở Nội vụ. */
@Component
public class IssueReportDelegate implements JavaDelegate {

  private final ReportIssuer issuer;

  public IssueReportDelegate(ReportIssuer issuer) {
    this.issuer = issuer;
  }

  @Override
  public void execute(DelegateExecution execution) {
    execution.setVariable(REPORT_ID, issuer.issue(execution));
  }
}
