package vn.cchcflow.tasklifecycle;

import java.time.LocalDate;
import java.util.List;
import vn.cchcflow.organisation.Commune;
import vn.cchcflow.organisation.Unit;
import vn.cchcflow.schedule.Schedule;

/** Everything needed to start the lifecycle of one plan task. Units are already resolved. */
public record PlanTaskStart(Commune commune, long planId, String planCode, String planTitle, String number,
                            String area, String content, List<Unit> leadUnits, List<String> externalLeads,
                            List<Unit> supportUnits, String deadlineText, LocalDate dueDate, String deliverable,
                            Schedule schedule, LocalDate periodStart) {
}
