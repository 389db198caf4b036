package vn.cchcflow.notification;

/** Where a message is in the outbox. */
public enum NotificationStatus {
  /** Waiting for its next attempt ({@code next_attempt_at}). */
  PENDING,
  /** Claimed by one node, which is handing it to the SMTP server. */
  SENDING,
  /** Accepted by the SMTP server (or nobody had an e-mail address). */
  SENT,
  /** Refused or unreachable on every attempt; not tried again unless requeued. */
  FAILED,
  /** The sending node stopped before recording the outcome: maybe delivered; requeue only after checking. */
  UNCERTAIN
}
