package vn.cchcflow.report.process;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.cchcflow.report.UnitReportForm;

/** Task_FileUnitReport, on create: fills the unit's form with its areas, overdue tasks and targets. */
@Component
public class PrepareUnitReportListener implements TaskListener {

  private final UnitReportForm form;

  public PrepareUnitReportListener(UnitReportForm form) {
    this.form = form;
  }

  @Override
  public void notify(DelegateTask task) {
    form.prepare(task);
  }
}
