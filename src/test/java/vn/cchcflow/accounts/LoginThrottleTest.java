package vn.cchcflow.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

  private final MovableClock clock = new MovableClock();
  private final LoginThrottle throttle = new LoginThrottle(clock, 3, Duration.ofSeconds(60), Duration.ofMinutes(15), 30);

  @Test
  void three_wrong_passwords_are_free_then_the_address_waits_longer_each_time_up_to_a_minute() {
    fail("ngoc", "10.0.0.9", 3);
    assertThat(throttle.waitFor("ngoc", "10.0.0.9")).isEmpty();
    fail("ngoc", "10.0.0.9", 1);
    assertThat(throttle.waitFor("ngoc", "10.0.0.9")).contains(Duration.ofSeconds(1));
    fail("ngoc", "10.0.0.9", 1);
    assertThat(throttle.waitFor("ngoc", "10.0.0.9")).contains(Duration.ofSeconds(2));
    fail("ngoc", "10.0.0.9", 1);
    assertThat(throttle.waitFor("ngoc", "10.0.0.9")).contains(Duration.ofSeconds(4));
    fail("ngoc", "10.0.0.9", 10);
    assertThat(throttle.waitFor("ngoc", "10.0.0.9")).contains(Duration.ofSeconds(60));
    clock.move(Duration.ofSeconds(30));
    assertThat(throttle.waitFor("ngoc", "10.0.0.9")).as("the wait runs out").contains(Duration.ofSeconds(30));
    clock.move(Duration.ofSeconds(30));
    assertThat(throttle.waitFor("ngoc", "10.0.0.9")).isEmpty();
  }

  @Test
  void the_owner_at_another_address_is_never_delayed_by_someone_elses_guessing() {
    fail("ngoc", "203.0.113.7", 25);
    assertThat(throttle.waitFor("ngoc", "203.0.113.7")).isPresent();
    assertThat(throttle.waitFor("ngoc", "10.0.0.9")).isEmpty();
  }

  @Test
  void a_correct_login_clears_the_count_and_failures_are_forgotten_after_a_quarter_hour() {
    fail("ngoc", "10.0.0.9", 5);
    throttle.succeeded("ngoc", "10.0.0.9");
    assertThat(throttle.waitFor("ngoc", "10.0.0.9")).isEmpty();
    fail("duc", "10.0.0.9", 6);
    clock.move(Duration.ofMinutes(16));
    assertThat(throttle.waitFor("duc", "10.0.0.9")).isEmpty();
    fail("duc", "10.0.0.9", 1);
    assertThat(throttle.waitFor("duc", "10.0.0.9")).as("counting starts again").isEmpty();
  }

  @Test
  void one_address_trying_many_accounts_is_slowed_as_a_whole() {
    for (int i = 0; i < 31; i++) {
      fail("user" + i, "198.51.100.4", 1);
    }
    assertThat(throttle.waitFor("someoneelse", "198.51.100.4")).isPresent();
    assertThat(throttle.waitFor("someoneelse", "10.0.0.9")).isEmpty();
  }

  private void fail(String user, String address, int times) {
    for (int i = 0; i < times; i++) {
      throttle.failed(user, address);
    }
  }

  static final class MovableClock extends Clock {

    private Instant now = Instant.parse("2026-03-02T01:00:00Z");

    void move(Duration by) {
      now = now.plus(by);
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }
}
