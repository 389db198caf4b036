package vn.cchcflow.report.process;

import static vn.cchcflow.report.PeriodReportProcess.*;

import java.time.LocalDate;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import vn.cchcflow.notification.ReportTaskNotices;
import vn.cchcflow.organisation.Commune;
import vn.cchcflow.organisation.CommuneDirectory;
import vn.cchcflow.organisation.UnitGroups;
import vn.cchcflow.system.VietnamTime;

/**
 * Task_SendUnitReportNotice: writes the latest due reminder or escalation of the unit's report task to the
 * outbox (in this step's transaction) and remembers it, so it is never written again.
 */
@Component
public class SendUnitReportNoticeDelegate implements JavaDelegate {

  private final ReportTaskNotices notices;
  private final CommuneDirectory communes;

  public SendUnitReportNoticeDelegate(ReportTaskNotices notices, CommuneDirectory communes) {
    this.notices = notices;
    this.communes = communes;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Commune commune = communes.find((String) execution.getVariable(COMMUNE)).orElseThrow();
    LocalDate due = VietnamTime.dayOf((Date) execution.getVariable(UNIT_REPORT_DUE_AT));
    String group = (String) execution.getVariable(REPORT_UNIT);
    notices.ladder(commune.id()).dueNow(due, VietnamTime.zonedNow(),
        (String) execution.getVariable(UNIT_LAST_NOTICE_KEY)).ifPresent(step -> {
          Task task = execution.getProcessEngineServices().getTaskService().createTaskQuery()
              .processInstanceId(execution.getProcessInstanceId()).taskDefinitionKey(TASK_FILE_UNIT_REPORT)
              .taskCandidateGroup(group).singleResult();
          String unitName = commune.units().stream().filter(u -> UnitGroups.unit(commune.id(), u.code()).equals(group))
              .map(u -> u.name()).findFirst().orElse(group);
          notices.send(execution, step, new ReportTaskNotices.UnitReportTask(commune.id(), commune.name(), group,
              unitName, (String) execution.getVariable(COORDINATING_UNIT), (String) execution.getVariable(REPORT_LABEL),
              task == null ? null : task.getId(), due));
          execution.setVariableLocal(UNIT_LAST_NOTICE_KEY, step.key(due));
        });
  }
}
