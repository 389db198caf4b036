package vn.cchcflow.notification;

import java.time.Instant;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Read side of the outbox for other capabilities: where the message of an event stands (reports' delivery). */
@Component
public class SentNotices {

  private final NotificationRepository notifications;

  SentNotices(NotificationRepository notifications) {
    this.notifications = notifications;
  }

  /** The outbox state of the message written for {@code dedupKey}, if any. */
  public record State(String status, Instant sentAt) {

    public boolean sent() {
      return NotificationStatus.SENT.name().equals(status);
    }
  }

  @Transactional(readOnly = true)
  public Optional<State> find(String dedupKey) {
    return notifications.findByDedupKey(dedupKey).map(n -> new State(n.getStatus().name(), n.getSentAt()));
  }
}
