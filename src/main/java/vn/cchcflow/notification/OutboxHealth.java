package vn.cchcflow.notification;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import vn.cchcflow.system.VietnamTime;

/**
 * The outbox as the operator watches it. Health component {@code outbox}: DOWN while a FAILED or UNCERTAIN
 * message waits for the operator, or while the oldest PENDING message is older than
 * {@code cchc.notification.health.max-pending-age} (default 30 min: SMTP unreachable, refusing, or not
 * configured); UP again once they are requeued and sent. Metrics (sampled every
 * {@code cchc.metrics.sample-interval}): {@code cchc_outbox_messages{status=…}} and
 * {@code cchc_outbox_oldest_pending_age_seconds}.
 */
@Component("outbox")
class OutboxHealth implements HealthIndicator {

  private static final Logger LOG = LoggerFactory.getLogger(OutboxHealth.class);

  private final NotificationRepository notifications;
  private final Duration maxPendingAge;
  private final Map<NotificationStatus, AtomicLong> counts = new EnumMap<>(NotificationStatus.class);
  private final AtomicLong oldestPendingAge = new AtomicLong();

  OutboxHealth(NotificationRepository notifications, MeterRegistry registry,
               @Value("${cchc.notification.health.max-pending-age:30m}") Duration maxPendingAge) {
    this.notifications = notifications;
    this.maxPendingAge = maxPendingAge;
    for (NotificationStatus status : NotificationStatus.values()) {
      AtomicLong count = new AtomicLong();
      counts.put(status, count);
      Gauge.builder("cchc.outbox.messages", count, AtomicLong::get).tag("status", status.name())
          .description("E-mails in the outbox by status (sampled)").register(registry);
    }
    Gauge.builder("cchc.outbox.oldest.pending.age", oldestPendingAge, AtomicLong::get).baseUnit("seconds")
        .description("Age of the oldest message waiting to be sent (sampled)").register(registry);
  }

  @Override
  public Health health() {
    long failed = notifications.countByStatus(NotificationStatus.FAILED);
    long uncertain = notifications.countByStatus(NotificationStatus.UNCERTAIN);
    long pending = notifications.countByStatus(NotificationStatus.PENDING);
    Duration oldest = oldestPendingAge();
    Health.Builder health = failed > 0 || uncertain > 0 || oldest.compareTo(maxPendingAge) > 0
        ? Health.down() : Health.up();
    return health.withDetail("failed", failed).withDetail("uncertain", uncertain).withDetail("pending", pending)
        .withDetail("oldestPendingAgeSeconds", oldest.toSeconds())
        .withDetail("maxPendingAgeSeconds", maxPendingAge.toSeconds()).build();
  }

  @Scheduled(fixedDelayString = "${cchc.metrics.sample-interval:30s}")
  void sample() {
    try {
      for (NotificationStatus status : NotificationStatus.values()) {
        counts.get(status).set(notifications.countByStatus(status));
      }
      oldestPendingAge.set(oldestPendingAge().toSeconds());
    } catch (RuntimeException e) {
      LOG.debug("Outbox metrics not sampled: {}", e.getMessage());
    }
  }

  private Duration oldestPendingAge() {
    return notifications.findFirstByStatusOrderByCreatedAtAsc(NotificationStatus.PENDING)
        .map(n -> Duration.between(n.getCreatedAt(), VietnamTime.now().toInstant()))
        .filter(age -> !age.isNegative()).orElse(Duration.ZERO);
  }
}
