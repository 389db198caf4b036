package vn.cchcflow.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.cchcflow.plan.Plan;
import vn.cchcflow.plan.PlanTask;
import vn.cchcflow.schedule.Schedule;
import vn.cchcflow.schedule.ScheduleKind;
import vn.cchcflow.system.Messages;
import vn.cchcflow.tasklifecycle.TaskStatus;
import vn.cchcflow.system.DayFormats;

/**
 * The work of the next period, from the plan: overdue tasks carried over (with the new date their unit
 * proposed), tasks falling due in the next period that are not done, and the standing duties (a recurring
 * task's due dates in the period, continuous tasks still running).
 */
final class NextPeriodWork {

  private final Messages messages;

  NextPeriodWork(Messages messages) {
    this.messages = messages;
  }

  List<ReportContent.NextTask> of(Plan plan, ReportFigures figures, ReportPeriod next,
                                  List<ReportContent.OverdueItem> overdue) {
    Map<String, ReportFigures.TaskLine> lines = new HashMap<>();
    figures.tasks().forEach(line -> lines.put(line.planCode() + "#" + line.number(), line));
    Map<String, LocalDate> proposed = new HashMap<>();
    overdue.forEach(o -> proposed.put(o.task().planCode() + "#" + o.task().number(), o.proposedDue()));
    List<ReportContent.NextTask> work = new ArrayList<>();
    for (PlanTask task : plan.getTasks()) {
      ReportFigures.TaskLine line = lines.get(plan.getCode() + "#" + task.getNumber());
      if (line == null || line.status() == TaskStatus.DONE_ON_TIME || line.status() == TaskStatus.DONE_LATE) {
        continue;
      }
      Schedule schedule = task.getSchedule();
      ScheduleKind kind = schedule == null ? ScheduleKind.DUE_BY : schedule.kind();
      LocalDate due = task.getDueDate();
      if (line.status() == TaskStatus.OVERDUE) {
        LocalDate newDue = proposed.get(plan.getCode() + "#" + task.getNumber());
        work.add(next(plan, line, newDue == null ? due : newDue, newDue == null
            ? messages.get("report.next.carriedOver") : messages.get("report.next.carriedOverTo", DayFormats.OFFICIAL.format(newDue))));
      } else if (kind == ScheduleKind.RECURRING) {
        schedule.dues().stream().filter(d -> within(d, next)).findFirst().ifPresent(d ->
            work.add(next(plan, line, d, messages.get("report.next.recurring", line.deadlineText()))));
      } else if (kind == ScheduleKind.CONTINUOUS) {
        if (due == null || !due.isBefore(next.start())) {
          work.add(next(plan, line, due, messages.get("report.next.continuous")));
        }
      } else if (due != null && within(due, next)) {
        work.add(next(plan, line, due, messages.get("report.next.fallsDue")));
      }
    }
    work.sort(Comparator.comparing(ReportContent.NextTask::due, Comparator.nullsLast(Comparator.naturalOrder())));
    return work;
  }

  private static ReportContent.NextTask next(Plan plan, ReportFigures.TaskLine line, LocalDate due, String note) {
    return new ReportContent.NextTask(plan.getCode(), line.number(), line.content(), line.leadUnits(), due, note);
  }

  private static boolean within(LocalDate day, ReportPeriod period) {
    return !day.isBefore(period.start()) && !day.isAfter(period.end());
  }
}
