package vn.cchcflow.notification;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.cchcflow.system.VietnamTime;

/**
 * The outbox in our database. {@link #enqueue} joins the caller's transaction (Camunda runs commands
 * and jobs in Spring transactions on the same DataSource), so the message commits or rolls back with
 * the engine step that wrote it.
 *
 * <p>A duplicate is detected by reading the dedup key first, so an engine step that repeats a notice
 * is not failed. Only a concurrent insert of the same key between that read and our insert hits the
 * unique constraint: the exception then rolls back that engine step, Camunda retries the job, and the
 * retry finds the row and returns false.
 */
@Component
class JpaOutbox implements Outbox {

  private final NotificationRepository notifications;

  JpaOutbox(NotificationRepository notifications) {
    this.notifications = notifications;
  }

  @Override
  @Transactional
  public boolean enqueue(Notice notice) {
    if (notifications.existsByDedupKey(notice.dedupKey())) {
      return false;
    }
    // IDENTITY ids are inserted at once, so a unique-key violation surfaces here, inside the engine step
    notifications.save(Notification.pending(notice, VietnamTime.now().toInstant()));
    return true;
  }
}
