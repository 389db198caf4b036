package vn.cchcflow.tasklifecycle;

import java.time.Instant;

/** One responsible unit's part of a deliverable, as recorded, with the officer's latest note and submission. */
public record PartView(long id, long deliverableId, String unitCode, Reviewer reviewer, String officer,
                       Instant submittedAt, Instant approvedAt, int returns, Instant withdrawnAt,
                       String progressNote, Submission submission) {

  public boolean isOpen() {
    return approvedAt == null && withdrawnAt == null;
  }
}
