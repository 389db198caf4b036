package vn.cchcflow.notification;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** When a message the SMTP server did not accept is tried again: 1 min, 5 min, 15 min, 1 h, then every 4 h. */
record RetryPolicy(int maxAttempts) {

  private static final List<Duration> BACKOFF = List.of(Duration.ofMinutes(1), Duration.ofMinutes(5),
      Duration.ofMinutes(15), Duration.ofHours(1), Duration.ofHours(4));

  /** The next attempt after {@code failedAttempts} failures, or empty when the message has failed for good. */
  Optional<Instant> nextAttempt(int failedAttempts, Instant now) {
    if (failedAttempts >= maxAttempts) {
      return Optional.empty();
    }
    return Optional.of(now.plus(BACKOFF.get(Math.min(failedAttempts, BACKOFF.size()) - 1)));
  }
}
