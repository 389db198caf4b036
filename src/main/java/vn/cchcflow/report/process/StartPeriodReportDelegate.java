package vn.cchcflow.report.process;

import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.cchcflow.report.ReportPeriod;
import vn.cchcflow.report.ReportStarter;

/** Task_StartPeriodReport: opens the commune's report for the period the schedule reached. */
@Component
public class StartPeriodReportDelegate implements JavaDelegate {

  private final ReportStarter starter;

  public StartPeriodReportDelegate(ReportStarter starter) {
    this.starter = starter;
  }

  @Override
  public void execute(DelegateExecution execution) {
    starter.start((String) execution.getVariable("commune"),
        ReportPeriod.parse((String) execution.getVariable("nextReportPeriod")).orElseThrow(),
        LocalDate.parse((String) execution.getVariable("lastReportDue")));
  }
}
