package vn.cchcflow.report.process;

import static vn.cchcflow.report.ReportScheduleProcess.*;

import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.cchcflow.report.ReportPeriod;
import vn.cchcflow.report.ReportStarter;

/** Task_StartPeriodReport: opens the plan's report for the due date the schedule reached. */
@Component
public class StartPeriodReportDelegate implements JavaDelegate {

  private final ReportStarter starter;

  public StartPeriodReportDelegate(ReportStarter starter) {
    this.starter = starter;
  }

  @Override
  public void execute(DelegateExecution execution) {
    @SuppressWarnings("unchecked")
    List<String> covers = (List<String>) execution.getVariable(NEXT_REPORT_COVERS);
    starter.startScheduled(((Number) execution.getVariable(PLAN_ID)).longValue(),
        ReportPeriod.parse((String) execution.getVariable(NEXT_REPORT_PERIOD)).orElseThrow(),
        LocalDate.parse((String) execution.getVariable(LAST_REPORT_DUE)), covers == null ? List.of() : covers);
  }
}
