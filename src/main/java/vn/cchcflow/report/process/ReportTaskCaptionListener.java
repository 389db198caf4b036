package vn.cchcflow.report.process;

import static vn.cchcflow.report.PeriodReportProcess.REPORT_LABEL;
import static vn.cchcflow.report.PeriodReportProcess.REPORT_UNIT;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.stereotype.Component;

/** Names the report's tasks after their step and period ("Đơn vị báo cáo kết quả trong kỳ · quý I năm 2026"). */
@Component
public class ReportTaskCaptionListener implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    String name = task.getName() + " · " + task.getVariable(REPORT_LABEL);
    Object unit = task.getVariable(REPORT_UNIT);
    if (unit != null) {
      Group group = task.getProcessEngineServices().getIdentityService().createGroupQuery().groupId(unit.toString())
          .singleResult();
      name += " · " + (group == null ? unit : group.getName());
    }
    task.setName(name);
  }
}
