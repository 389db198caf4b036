package vn.cchcflow.report.process;

import static vn.cchcflow.report.PeriodReportProcess.REPORT_UNIT;
import static vn.cchcflow.report.PeriodReportProcess.UNIT_REPORTS;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/** Task_FileUnitReport: keeps each unit's own words for the report. */
@Component
public class CollectUnitReportListener implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    @SuppressWarnings("unchecked")
    List<Map<String, String>> reports = new ArrayList<>((List<Map<String, String>>) task.getVariable(UNIT_REPORTS));
    String unit = (String) task.getVariable(REPORT_UNIT);
    Group group = task.getProcessEngineServices().getIdentityService().createGroupQuery().groupId(unit).singleResult();
    Map<String, String> report = new LinkedHashMap<>();
    report.put("unit", group == null ? unit : group.getName());
    report.put("results", String.valueOf(task.getVariable("unitResults")));
    Object obstacles = task.getVariable("unitObstacles");
    report.put("obstacles", obstacles == null ? "" : obstacles.toString());
    reports.add(report);
    task.getExecution().getProcessInstance().setVariable(UNIT_REPORTS, Variables.objectValue(reports)
        .serializationDataFormat(Variables.SerializationDataFormats.JSON).create());
  }
}
