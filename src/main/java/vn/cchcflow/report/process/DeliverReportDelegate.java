package vn.cchcflow.report.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.cchcflow.report.PeriodReports;

/** Task_DeliverReport: the issued report goes to each of its recipients, each delivery recorded. */
@Component
public class DeliverReportDelegate implements JavaDelegate {

  private final PeriodReports reports;

  public DeliverReportDelegate(PeriodReports reports) {
    this.reports = reports;
  }

  @Override
  public void execute(DelegateExecution execution) {
    reports.deliver(execution);
  }
}
