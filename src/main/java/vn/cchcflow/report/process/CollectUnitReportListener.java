package vn.cchcflow.report.process;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.cchcflow.report.UnitReportForm;

/** Task_FileUnitReport, on complete: checks the unit's answers and keeps them as its period report. */
@Component
public class CollectUnitReportListener implements TaskListener {

  private final UnitReportForm form;

  public CollectUnitReportListener(UnitReportForm form) {
    this.form = form;
  }

  @Override
  public void notify(DelegateTask task) {
    form.collect(task);
  }
}
