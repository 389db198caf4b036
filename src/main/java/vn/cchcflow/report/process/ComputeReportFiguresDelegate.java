package vn.cchcflow.report.process;

import static vn.cchcflow.report.PeriodReportProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;
import vn.cchcflow.report.ReportCalculator;
import vn.cchcflow.report.ReportFigures;
import vn.cchcflow.report.ReportPeriod;
import vn.cchcflow.report.ReportPreviews;

/** Task_ComputeReportFigures: the period's figures from the engine, shown read-only to the reviewers. */
@Component
public class ComputeReportFiguresDelegate implements JavaDelegate {

  private final ReportCalculator calculator;

  public ComputeReportFiguresDelegate(ReportCalculator calculator) {
    this.calculator = calculator;
  }

  @Override
  public void execute(DelegateExecution execution) {
    ReportFigures figures = calculator.figures((String) execution.getVariable(COMMUNE),
        ReportPeriod.parse((String) execution.getVariable(PERIOD)).orElseThrow(),
        ReportPreviews.targetValues((String) execution.getVariable(TARGET_VALUES)));
    // the preview outgrows Camunda's 4000-character strings: stored as a JSON value
    execution.setVariable(REPORT_PREVIEW, Variables.objectValue(ReportPreviews.markdown(figures))
        .serializationDataFormat(Variables.SerializationDataFormats.JSON).create());
  }
}
