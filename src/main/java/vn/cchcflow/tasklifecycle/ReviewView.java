package vn.cchcflow.tasklifecycle;

import java.time.Instant;

/** One decision on a part's work: approved or returned, at which stage, by whom, when, why. */
public record ReviewView(long partId, ReviewStage stage, Instant submittedAt, Instant decidedAt, boolean approved,
                         String decidedBy, String comment) {
}
