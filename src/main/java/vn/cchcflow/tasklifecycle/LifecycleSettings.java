package vn.cchcflow.tasklifecycle;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How the lifecycle spaces its steps ({@code cchc.lifecycle.*}): support input is due some working days
 * before the lead unit's own deadline so it can be used; a standing duty's progress report is due some
 * working days before the commune's report it feeds; a recurring deliverable opens some days before it is
 * due; a review waiting longer than some working days is escalated to the coordinating unit's head.
 */
@ConfigurationProperties("cchc.lifecycle")
public record LifecycleSettings(Integer supportInputWorkingDaysBefore, Integer progressReportWorkingDaysBefore,
                                Integer recurringOpensDaysBefore, Integer reviewWaitingWorkingDays) {

  public static final LifecycleSettings DEFAULTS = new LifecycleSettings(null, null, null, null);

  public LifecycleSettings {
    supportInputWorkingDaysBefore = supportInputWorkingDaysBefore == null ? 5 : supportInputWorkingDaysBefore;
    progressReportWorkingDaysBefore = progressReportWorkingDaysBefore == null ? 5 : progressReportWorkingDaysBefore;
    recurringOpensDaysBefore = recurringOpensDaysBefore == null ? 14 : recurringOpensDaysBefore;
    reviewWaitingWorkingDays = reviewWaitingWorkingDays == null ? 3 : reviewWaitingWorkingDays;
  }
}
