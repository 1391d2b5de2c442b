package org.accommodationdesk.infrastructure.security;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Growing delays after failed sign-ins, per key (an account, or a client address): the first {@code
 * freeFailures} failures cost nothing; after that each attempt must wait {@code firstDelay}, then
 * twice as long after every further failure, up to {@code maxDelay}. Never a permanent lockout
 * (that would let anyone lock a colleague out): a key without failures for {@code forgetAfter}
 * starts afresh, and a successful sign-in clears its account's key.
 *
 * <p>Kept in memory, bounded to {@code maxKeys}: keys old enough to forget go first; should it
 * still be full (a flood of distinct names), the half with the oldest failures goes.
 */
final class SignInThrottle {
  /** How many failures are free, and how the delay after them grows. */
  record Policy(int freeFailures, Duration firstDelay, Duration maxDelay, Duration forgetAfter) {
    Policy {
      if (freeFailures < 0 || firstDelay.isNegative() || maxDelay.compareTo(firstDelay) < 0) {
        throw new IllegalArgumentException(
            "A throttle policy needs 0+ free failures, first <= max");
      }
    }

    /** The delay owed after {@code failures} failures. */
    Duration delayAfter(int failures) {
      int excess = failures - freeFailures;
      if (excess <= 0) {
        return Duration.ZERO;
      }
      Duration delay = firstDelay;
      for (int i = 1; i < excess && delay.compareTo(maxDelay) < 0; i++) {
        delay = delay.multipliedBy(2);
      }
      return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
    }
  }

  private record Failures(int count, Instant last) {}

  private final Policy policy;
  private final int maxKeys;
  private final Map<String, Failures> failures = new ConcurrentHashMap<>();

  SignInThrottle(Policy policy, int maxKeys) {
    this.policy = policy;
    this.maxKeys = maxKeys;
  }

  /** How long {@code key} must still wait before its next attempt, or empty when it may try now. */
  Optional<Duration> retryAfter(String key, Instant now) {
    // a failure "after" now means the clock was set back (a time server's correction): the failure
    // counts from now, so the wait is never longer than the delay itself
    Failures f =
        failures.computeIfPresent(
            key, (k, v) -> v.last().isAfter(now) ? new Failures(v.count(), now) : v);
    if (f == null) {
      return Optional.empty();
    }
    Instant until = f.last().plus(policy.delayAfter(f.count()));
    return now.isBefore(until) ? Optional.of(Duration.between(now, until)) : Optional.empty();
  }

  void failed(String key, Instant now) {
    if (failures.size() >= maxKeys && !failures.containsKey(key)) {
      prune(now);
    }
    failures.compute(
        key,
        (k, f) ->
            f == null || Duration.between(f.last(), now).compareTo(policy.forgetAfter()) > 0
                ? new Failures(1, now)
                : new Failures(f.count() + 1, now));
  }

  void succeeded(String key) {
    failures.remove(key);
  }

  int size() {
    return failures.size();
  }

  private void prune(Instant now) {
    failures
        .values()
        .removeIf(f -> Duration.between(f.last(), now).compareTo(policy.forgetAfter()) > 0);
    if (failures.size() >= maxKeys) {
      Instant median =
          failures.values().stream()
              .map(Failures::last)
              .sorted()
              .skip(failures.size() / 2L)
              .findFirst()
              .orElse(now);
      failures.values().removeIf(f -> f.last().isBefore(median));
    }
  }
}
