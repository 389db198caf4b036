package vn.cchcflow.notification;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import vn.cchcflow.organisation.UnitGroups;
import vn.cchcflow.system.Messages;
import vn.cchcflow.system.VietnamTime;
import vn.cchcflow.system.DayFormats;

/**
 * Reminders and escalations of a unit's period-report task ("Đơn vị báo cáo kết quả trong kỳ"), on the same
 * notice ladder and outbox as plan tasks: reminders to the unit, escalation to its head (level 1), the
 * coordinating unit (2) and the commune's leaders (3). Templates {@code report-unit-reminder} and
 * {@code report-unit-escalation}.
 */
@Component
public class ReportTaskNotices {

  private final DeadlineNotices deadlines;
  private final Outbox outbox;
  private final String publicUrl;
  private final Messages messages;

  public ReportTaskNotices(DeadlineNotices deadlines, Outbox outbox, Messages messages,
                           @Value("${cchc.public-url:http://localhost:8080}") String publicUrl) {
    this.deadlines = deadlines;
    this.messages = messages;
    this.outbox = outbox;
    this.publicUrl = publicUrl.replaceAll("/+$", "");
  }

  /** What a notice about a unit's report task says and whom it concerns. */
  public record UnitReportTask(String commune, String communeName, String unitGroup, String unitName,
                               String coordinatingGroup, String reportLabel, String taskId, LocalDate due) {
  }

  /** The commune's ladder (its own reminder days, or the defaults). */
  public NoticeLadder ladder(String commune) {
    return deadlines.ladder(commune);
  }

  /** Writes the rung's e-mail for the unit's report task; false when it was written before. */
  public boolean send(DelegateExecution execution, NoticeStep step, UnitReportTask task) {
    List<String> groups = new ArrayList<>(List.of(task.unitGroup()));
    int level = step.kind() == NoticeStep.Kind.ESCALATION ? step.level() : 0;
    if (level >= 1) {
      groups.add(task.unitGroup() + UnitGroups.HEAD_SUFFIX);
    }
    if (level >= 2) {
      groups.add(task.coordinatingGroup());
    }
    if (level >= 3) {
      groups.add(UnitGroups.leaders(task.commune()));
    }
    NoticeAudience audience = new NoticeAudience(execution.getProcessEngineServices().getTaskService(),
        execution.getProcessEngineServices().getIdentityService());
    List<Recipient> recipients = audience.groups(groups).recipients();
    long daysLeft = ChronoUnit.DAYS.between(VietnamTime.today(), task.due());
    Map<String, String> values = new LinkedHashMap<>();
    values.put("names", recipients.isEmpty() ? messages.get("report.notice.everyone")
        : recipients.stream().map(Recipient::name).collect(Collectors.joining(", ")));
    values.put("unitName", task.unitName());
    values.put("reportLabel", task.reportLabel());
    values.put("due", DayFormats.OFFICIAL.format(task.due()));
    values.put("daysLeft", String.valueOf(Math.max(daysLeft, 0)));
    values.put("daysOverdue", String.valueOf(Math.max(-daysLeft, 0)));
    values.put("communeName", task.communeName());
    values.put("link", publicUrl + "/camunda/app/tasklist/default/"
        + (task.taskId() == null ? "" : "#/?task=" + task.taskId()));
    String[] text = NoticeTexts.render(step.kind() == NoticeStep.Kind.REMINDER ? "report-unit-reminder"
        : "report-unit-escalation", values);
    String key = execution.getProcessInstanceId() + ":" + task.unitGroup() + ":" + step.key(task.due());
    return outbox.enqueue(new Notice(key, task.commune(), execution.getProcessInstanceId(), task.taskId(),
        "REPORT_UNIT_" + step.kind().name(), recipients, text[0], text[1]));
  }
}
