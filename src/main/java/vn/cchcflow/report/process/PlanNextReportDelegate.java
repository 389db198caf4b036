package vn.cchcflow.report.process;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.cchcflow.system.VietnamTime;

/**
 * Task_PlanNextReport: the next report of the plan's schedule (those whose due date passed are skipped)
 * opens two weeks before it is due, so the units have time to report.
 */
@Component
public class PlanNextReportDelegate implements JavaDelegate {

  static final int OPEN_DAYS_BEFORE = 14;

  @Override
  public void execute(DelegateExecution execution) {
    @SuppressWarnings("unchecked")
    List<Map<String, String>> dues = (List<Map<String, String>>) execution.getVariable("reportDues");
    Object last = execution.getVariable("lastReportDue");
    ZonedDateTime now = VietnamTime.zonedNow();
    var next = dues.stream()
        .filter(d -> last == null || LocalDate.parse(d.get("due")).isAfter(LocalDate.parse(last.toString())))
        .filter(d -> !LocalDate.parse(d.get("due")).isBefore(now.toLocalDate()))
        .findFirst();
    if (next.isEmpty()) {
      execution.setVariable("nextReportOpensAt", null);
      return;
    }
    LocalDate due = LocalDate.parse(next.get().get("due"));
    ZonedDateTime opens = due.minusDays(OPEN_DAYS_BEFORE).atTime(8, 0).atZone(VietnamTime.ZONE);
    execution.setVariable("nextReportPeriod", next.get().get("period"));
    execution.setVariable("lastReportDue", due.toString());
    execution.setVariable("nextReportOpensAt", Date.from((opens.isBefore(now) ? now : opens).toInstant()));
  }
}
