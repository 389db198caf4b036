package vn.cchcflow.accounts;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows password guessing without letting anyone lock anyone out. Wrong passwords are counted per account
 * <em>and</em> client address: after the first few, that address must wait before it may try that account
 * again (1 s, doubling, at most {@code maxDelay}); a correct login clears it, and the count is forgotten
 * {@code forgetAfter} after the last failure. The account's owner elsewhere is never delayed by someone
 * else's failures. One address trying many accounts (password spraying) is slowed as a whole once it has
 * failed {@code addressFailures} times.
 *
 * <p>Counts are kept in memory per node: behind a load balancer with n nodes a guesser gets n times the
 * attempts, still a few per minute. Camunda's own per-account lock is switched off
 * ({@code OperationsEngineConfiguration}), since it lets anybody lock any account.
 */
public class LoginThrottle {

  private final Clock clock;
  private final int freeFailures;
  private final Duration maxDelay;
  private final Duration forgetAfter;
  private final int addressFailures;
  private final Map<String, Failures> byAccountAndAddress = new ConcurrentHashMap<>();
  private final Map<String, Failures> byAddress = new ConcurrentHashMap<>();

  public LoginThrottle(Clock clock, int freeFailures, Duration maxDelay, Duration forgetAfter, int addressFailures) {
    this.clock = clock;
    this.freeFailures = freeFailures;
    this.maxDelay = maxDelay;
    this.forgetAfter = forgetAfter;
    this.addressFailures = addressFailures;
  }

  /** How long this address must still wait before trying this account; empty when it may try now. */
  public Optional<Duration> waitFor(String account, String address) {
    Instant now = clock.instant();
    Optional<Duration> wait = wait(byAccountAndAddress, key(account, address), freeFailures, now);
    return wait.isPresent() ? wait : wait(byAddress, address, addressFailures, now);
  }

  public void failed(String account, String address) {
    Instant now = clock.instant();
    byAccountAndAddress.compute(key(account, address), (k, f) -> Failures.add(f, now, forgetAfter));
    byAddress.compute(address, (k, f) -> Failures.add(f, now, forgetAfter));
    if (byAccountAndAddress.size() > 100_000) {
      forgetExpired(now);
    }
  }

  public void succeeded(String account, String address) {
    byAccountAndAddress.remove(key(account, address));
  }

  private Optional<Duration> wait(Map<String, Failures> counts, String key, int free, Instant now) {
    Failures failures = counts.get(key);
    if (failures == null) {
      return Optional.empty();
    }
    if (failures.expired(now, forgetAfter)) {
      counts.remove(key, failures);
      return Optional.empty();
    }
    if (failures.count() <= free) {
      return Optional.empty();
    }
    long seconds = 1L << Math.min(failures.count() - free - 1, 20);
    Duration delay = Duration.ofSeconds(Math.min(seconds, maxDelay.toSeconds()));
    Instant until = failures.last().plus(delay);
    return until.isAfter(now) ? Optional.of(Duration.between(now, until)) : Optional.empty();
  }

  private void forgetExpired(Instant now) {
    byAccountAndAddress.entrySet().removeIf(e -> e.getValue().expired(now, forgetAfter));
    byAddress.entrySet().removeIf(e -> e.getValue().expired(now, forgetAfter));
  }

  private static String key(String account, String address) {
    return account.toLowerCase() + "\u0000" + address;
  }

  private record Failures(int count, Instant last) {

    static Failures add(Failures previous, Instant now, Duration forgetAfter) {
      return previous == null || previous.expired(now, forgetAfter) ? new Failures(1, now)
          : new Failures(previous.count + 1, now);
    }

    boolean expired(Instant now, Duration forgetAfter) {
      return last.plus(forgetAfter).isBefore(now);
    }
  }
}
