package vn.cchcflow.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {

  static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");

  @Test
  void waits_1_5_15_60_and_240_minutes_then_gives_up_after_max_attempts() {
    RetryPolicy policy = new RetryPolicy(6);

    assertThat(IntStream.rangeClosed(1, 5).mapToObj(n -> policy.nextAttempt(n, NOW).orElseThrow()).toList())
        .containsExactly(NOW.plusSeconds(60), NOW.plusSeconds(300), NOW.plusSeconds(900), NOW.plusSeconds(3600),
            NOW.plusSeconds(14400));
    assertThat(policy.nextAttempt(6, NOW)).isEmpty();
  }

  @Test
  void keeps_waiting_4_hours_when_more_attempts_are_allowed() {
    assertThat(new RetryPolicy(8).nextAttempt(7, NOW)).contains(NOW.plusSeconds(14400));
    assertThat(new RetryPolicy(8).nextAttempt(8, NOW)).isEmpty();
  }
}
