package vn.cchcflow.notification;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The worker's state changes, each committed in its own transaction: the claim must be committed
 * before the message goes to SMTP, and the outcome is recorded after it.
 */
@Component
class OutboxStore {

  private static final Set<NotificationStatus> CLAIMED = Set.of(NotificationStatus.SENDING,
      NotificationStatus.UNCERTAIN);

  private final NotificationRepository notifications;

  OutboxStore(NotificationRepository notifications) {
    this.notifications = notifications;
  }

  @Transactional(readOnly = true)
  public List<Long> dueIds(Instant now, int limit) {
    return notifications.findDueIds(NotificationStatus.PENDING, now, Limit.of(limit));
  }

  @Transactional(readOnly = true)
  public long countPending() {
    return notifications.countByStatus(NotificationStatus.PENDING);
  }

  /** Takes the message for this node if it is still pending; empty when another node was first. */
  @Transactional(propagation = Propagation.REQUIRES_NEW)
  public Optional<OutgoingMail> claim(long id, String node, Instant until) {
    if (notifications.claim(id, node, until, NotificationStatus.PENDING, NotificationStatus.SENDING) != 1) {
      return Optional.empty();
    }
    Notification n = notifications.findById(id).orElseThrow();
    return Optional.of(new OutgoingMail(n.getId(), n.getDedupKey(), n.getKind(), n.getSubject(), n.getBody(),
        n.getAttempts(), n.getRecipients().stream().map(NotificationRecipient::toRecipient).toList()));
  }

  @Transactional(propagation = Propagation.REQUIRES_NEW)
  public boolean recordSent(OutgoingMail mail, String node, Instant sentAt, String note) {
    return notifications.recordSent(mail.id(), node, CLAIMED, NotificationStatus.SENT, mail.attempts() + 1,
        sentAt, note) == 1;
  }

  /** Back to PENDING until {@code nextAttemptAt}, or FAILED when that is null. */
  @Transactional(propagation = Propagation.REQUIRES_NEW)
  public boolean recordFailure(OutgoingMail mail, String node, Instant nextAttemptAt, String error) {
    int attempts = mail.attempts() + 1;
    int updated = nextAttemptAt == null
        ? notifications.recordFailed(mail.id(), node, CLAIMED, NotificationStatus.FAILED, attempts, error)
        : notifications.recordRetry(mail.id(), node, CLAIMED, NotificationStatus.PENDING, attempts, nextAttemptAt,
            error);
    return updated == 1;
  }

  /** Marks messages whose claim expired while SENDING as UNCERTAIN; returns those this call marked. */
  @Transactional(propagation = Propagation.REQUIRES_NEW)
  public List<Notification> markExpiredClaimsUncertain(Instant now) {
    List<Notification> marked = new ArrayList<>();
    for (Notification n : notifications.findExpiredClaims(NotificationStatus.SENDING, now)) {
      if (notifications.markUncertain(n.getId(), now, NotificationStatus.SENDING, NotificationStatus.UNCERTAIN) == 1) {
        marked.add(n);
      }
    }
    return marked;
  }
}
