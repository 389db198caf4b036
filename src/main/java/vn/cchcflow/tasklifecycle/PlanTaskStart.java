package vn.cchcflow.tasklifecycle;

import java.time.LocalDate;
import java.util.List;
import vn.cchcflow.organisation.Commune;
import vn.cchcflow.organisation.Unit;
import vn.cchcflow.schedule.Schedule;

/**
 * Everything needed to start the lifecycle of one registered plan task. Units are already resolved;
 * {@code reportDays} are the days the commune's own reports under the plan are due (a standing duty's
 * progress reports fall before them).
 */
public record PlanTaskStart(Commune commune, long planId, long planTaskId, String planCode, String planTitle,
                            String number, String area, String content, List<Unit> leadUnits,
                            List<String> externalLeads, List<Unit> supportUnits, List<String> externalSupports,
                            String deadlineText, LocalDate dueDate, String deliverable, Schedule schedule,
                            LocalDate periodStart, List<LocalDate> reportDays) {

  /** The units doing the work: the lead units, or for a task led outside the commune its local support units. */
  public List<Unit> partUnits() {
    return leadUnits.isEmpty() ? supportUnits : leadUnits;
  }

  /** The local units asked for input: the support units, none when they do the work themselves. */
  public List<Unit> inputUnits() {
    return leadUnits.isEmpty() ? List.of() : supportUnits.stream().filter(u -> !leadUnits.contains(u)).toList();
  }
}
