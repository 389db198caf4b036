package vn.cchcflow.notification;

/**
 * Where engine steps put the e-mails they cause. {@link #enqueue} joins the caller's transaction: the
 * message exists exactly when the engine step that caused it committed. A worker sends it later.
 */
public interface Outbox {

  /** Stores the notice unless one with the same dedup key exists; returns false when it already existed. */
  boolean enqueue(Notice notice);
}
