package vn.cchcflow.notification;

import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.cchcflow.system.VietnamTime;

/** What the operator may do with the outbox: send an UNCERTAIN or FAILED message again. */
@Service
public class OutboxAdmin {

  private static final Logger LOG = LoggerFactory.getLogger(OutboxAdmin.class);
  private static final Set<NotificationStatus> REQUEUEABLE = Set.of(NotificationStatus.UNCERTAIN,
      NotificationStatus.FAILED);

  public enum RequeueResult { REQUEUED, NOT_FOUND, NOT_REQUEUEABLE }

  private final NotificationRepository notifications;

  OutboxAdmin(NotificationRepository notifications) {
    this.notifications = notifications;
  }

  /** Makes the message PENDING and due now, with a fresh count of attempts. */
  @Transactional
  public RequeueResult requeue(long id) {
    if (notifications.requeue(id, VietnamTime.now().toInstant(), REQUEUEABLE, NotificationStatus.PENDING) == 1) {
      LOG.info("Notification {} requeued", id);
      return RequeueResult.REQUEUED;
    }
    return notifications.findById(id).isPresent() ? RequeueResult.NOT_REQUEUEABLE : RequeueResult.NOT_FOUND;
  }
}
