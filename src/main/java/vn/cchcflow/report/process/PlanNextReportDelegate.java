package vn.cchcflow.report.process;

import static vn.cchcflow.report.ReportScheduleProcess.*;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;
import vn.cchcflow.system.VietnamTime;

/**
 * Task_PlanNextReport: the next report of the plan's schedule (those whose due date passed are skipped)
 * opens two weeks before it is due, so the units have time to report.
 */
@Component
public class PlanNextReportDelegate implements JavaDelegate {

  @Override
  public void execute(DelegateExecution execution) {
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> dues = (List<Map<String, Object>>) execution.getVariable(REPORT_DUES);
    Object last = execution.getVariable(LAST_REPORT_DUE);
    ZonedDateTime now = VietnamTime.zonedNow();
    var next = dues.stream()
        .filter(d -> last == null || LocalDate.parse((String) d.get("due")).isAfter(LocalDate.parse(last.toString())))
        .filter(d -> !LocalDate.parse((String) d.get("due")).isBefore(now.toLocalDate()))
        .findFirst();
    if (next.isEmpty()) {
      execution.setVariable(NEXT_REPORT_OPENS_AT, null);
      return;
    }
    LocalDate due = LocalDate.parse((String) next.get().get("due"));
    ZonedDateTime opens = due.minusDays(OPEN_DAYS_BEFORE).atTime(8, 0).atZone(VietnamTime.ZONE);
    execution.setVariable(NEXT_REPORT_PERIOD, next.get().get("period"));
    execution.setVariable(NEXT_REPORT_COVERS, Variables.objectValue(next.get().getOrDefault("covers", List.of()))
        .serializationDataFormat(Variables.SerializationDataFormats.JSON).create());
    execution.setVariable(LAST_REPORT_DUE, due.toString());
    execution.setVariable(NEXT_REPORT_OPENS_AT, Date.from((opens.isBefore(now) ? now : opens).toInstant()));
  }
}
