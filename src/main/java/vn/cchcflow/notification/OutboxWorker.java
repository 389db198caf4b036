package vn.cchcflow.notification;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.MailException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import vn.cchcflow.system.VietnamTime;

/**
 * Delivers the outbox. Per message: claim it with a conditional update (commit), hand it to SMTP,
 * record the outcome (commit). A message found still SENDING after its claim expired was being sent by
 * a node that stopped: it may have gone out, so it becomes UNCERTAIN and is not resent by itself.
 * Sending twice is worse than an operator having to requeue one message.
 */
@Component
class OutboxWorker {

  private static final Logger LOG = LoggerFactory.getLogger(OutboxWorker.class);
  static final String NO_EMAIL_ADDRESS = "no e-mail address";
  private static final int MAX_ERROR = 2000;

  private final OutboxStore store;
  private final MailSender mail;
  private final RetryPolicy retry;
  private final String node;
  private final Duration claimTimeout;
  private final int batchSize;
  private final boolean scheduled;
  private final AtomicBoolean notConfiguredReported = new AtomicBoolean();

  OutboxWorker(OutboxStore store, MailSender mail, NotificationProperties properties) {
    this.store = store;
    this.mail = mail;
    this.retry = new RetryPolicy(properties.maxAttempts());
    this.node = properties.nodeId();
    this.claimTimeout = properties.claimTimeout();
    this.batchSize = properties.batchSize();
    this.scheduled = properties.workerEnabled();
  }

  /** The first run is at start-up, which also releases claims a crashed node left behind. */
  @Scheduled(fixedDelayString = "${cchc.notification.poll-interval:10s}")
  void pollOnSchedule() {
    if (!scheduled) {
      return;
    }
    try {
      poll();
    } catch (RuntimeException e) {
      LOG.warn("Outbox poll failed; trying again at the next poll", e);
    }
  }

  /** One round: flag abandoned claims, then send what is due (at most one batch). */
  void poll() {
    markAbandonedClaimsUncertain();
    if (!mail.isConfigured()) {
      reportNotConfiguredOnce();
      return;
    }
    for (Long id : store.dueIds(VietnamTime.now().toInstant(), batchSize)) {
      store.claim(id, node, VietnamTime.now().toInstant().plus(claimTimeout)).ifPresent(this::deliverOrLeaveClaimed);
    }
  }

  private void deliverOrLeaveClaimed(OutgoingMail message) {
    try {
      deliver(message);
    } catch (RuntimeException e) {
      // e.g. the database went away after SMTP took the message: it stays SENDING and becomes UNCERTAIN
      LOG.error("Notification {}: unexpected error while sending or recording it; its outcome is unknown",
          message.id(), e);
    }
  }

  private void deliver(OutgoingMail message) {
    if (message.addressed().isEmpty()) {
      store.recordSent(message, node, VietnamTime.now().toInstant(), NO_EMAIL_ADDRESS);
      LOG.info("Notification {} ({}): no recipient has an e-mail address; shown in the app only",
          message.id(), message.kind());
      return;
    }
    try {
      mail.send(message);
    } catch (MailException e) {
      recordFailure(message, e);
      return;
    }
    if (!store.recordSent(message, node, VietnamTime.now().toInstant(), null)) {
      LOG.warn("Notification {} was sent but its claim had been taken over (requeued meanwhile?)", message.id());
    }
    LOG.info("Notification {} ({}) sent to {} recipient(s)", message.id(), message.kind(),
        message.addressed().size());
  }

  private void recordFailure(OutgoingMail message, MailException e) {
    int attempts = message.attempts() + 1;
    Instant now = VietnamTime.now().toInstant();
    Optional<Instant> next = retry.nextAttempt(attempts, now);
    String error = Texts.truncate(e.getClass().getSimpleName() + ": " + e.getMessage(), MAX_ERROR);
    store.recordFailure(message, node, next.orElse(null), error);
    if (next.isPresent()) {
      LOG.warn("Notification {} not accepted by SMTP (attempt {} of {}); next attempt at {}: {}", message.id(),
          attempts, retry.maxAttempts(), next.get(), e.getMessage());
    } else {
      LOG.error("Notification {} FAILED after {} attempts; last error: {}", message.id(), attempts, e.getMessage());
    }
  }

  private void markAbandonedClaimsUncertain() {
    for (Notification n : store.markExpiredClaimsUncertain(VietnamTime.now().toInstant())) {
      LOG.warn("Notification {} ({}, dedup key '{}') was left SENDING by node '{}' whose claim expired at {}: it"
              + " may or may not have been delivered, so it is marked UNCERTAIN and not resent. After checking"
              + " with the recipients, requeue it with POST /api/notifications/{}/requeue",
          n.getId(), n.getKind(), n.getDedupKey(), n.getClaimedBy(), n.getClaimedUntil(), n.getId());
    }
  }

  private void reportNotConfiguredOnce() {
    long waiting = store.countPending();
    if (waiting > 0 && notConfiguredReported.compareAndSet(false, true)) {
      LOG.info("SMTP is not configured (spring.mail.host); {} message(s) wait in the outbox", waiting);
    }
  }
}
