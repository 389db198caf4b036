package vn.cchcflow.report.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.cchcflow.report.PeriodReports;

/**
 * Task_ComputeReportFigures: the report's content from the engine and the units' reports, shown read-only to
 * the coordinating unit and the leaders, with the link to the draft DOCX; the units' proposals prefill the
 * consolidation.
 */
@Component
public class ComputeReportFiguresDelegate implements JavaDelegate {

  private final PeriodReports reports;

  public ComputeReportFiguresDelegate(PeriodReports reports) {
    this.reports = reports;
  }

  @Override
  public void execute(DelegateExecution execution) {
    reports.prepareConsolidation(execution);
  }
}
