package vn.cchcflow.report.process;

import static vn.cchcflow.report.PeriodReportProcess.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.context.Context;
import org.springframework.stereotype.Component;
import vn.cchcflow.report.ReportRecords;
import vn.cchcflow.report.ReportState;

/**
 * Task_ConsolidateReport and Task_ApproveReport, on complete: moves the report's record along (consolidated;
 * approved, remembering who approved and so signs; or back to the units' stage when returned).
 */
@Component
public class ReportStateListener implements TaskListener {

  private final ReportRecords records;

  public ReportStateListener(ReportRecords records) {
    this.records = records;
  }

  @Override
  public void notify(DelegateTask task) {
    String pid = task.getProcessInstanceId();
    if (TASK_CONSOLIDATE_REPORT.equals(task.getTaskDefinitionKey())) {
      records.advance(pid, ReportState.CONSOLIDATED);
    } else if (TASK_APPROVE_REPORT.equals(task.getTaskDefinitionKey())) {
      if (APPROVE.equals(task.getVariable(APPROVAL_DECISION))) {
        String user = Context.getCommandContext() == null ? null : Context.getCommandContext().getAuthenticatedUserId();
        task.getExecution().getProcessInstance().setVariable(ISSUED_BY, user != null ? user : task.getAssignee());
        records.advance(pid, ReportState.APPROVED);
      } else {
        records.advance(pid, ReportState.UNITS_REPORTED);
      }
    }
  }
}
