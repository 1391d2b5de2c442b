package org.accommodationdesk.infrastructure.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SignInThrottleTest {
  static final Instant T0 = Instant.parse("2026-11-26T10:00:00Z");

  SignInThrottle throttle = new SignInThrottle(SignInGuard.ACCOUNT, 1000);

  @Test
  void fiveFailuresAreFreeThenTheWaitDoublesUpToFiveMinutes() {
    Instant now = T0;
    for (int i = 1; i <= 5; i++) {
      throttle.failed("ann", now);
      assertEquals(Optional.empty(), throttle.retryAfter("ann", now), "failure " + i + " is free");
    }
    long[] expected = {1, 2, 4, 8, 16, 32, 64, 128, 256, 300, 300, 300};
    for (long seconds : expected) {
      throttle.failed("ann", now);
      assertEquals(Optional.of(Duration.ofSeconds(seconds)), throttle.retryAfter("ann", now));
      assertEquals(
          Optional.of(Duration.ofMillis(1)),
          throttle.retryAfter("ann", now.plusSeconds(seconds).minusMillis(1)),
          "still waiting a millisecond before");
      now = now.plusSeconds(seconds);
      assertEquals(Optional.empty(), throttle.retryAfter("ann", now), "free again after it");
    }
  }

  @Test
  void aSuccessClearsTheCountAndOtherKeysAreUntouched() {
    for (int i = 0; i < 8; i++) {
      throttle.failed("ann", T0);
    }
    assertTrue(throttle.retryAfter("ann", T0).isPresent());
    assertEquals(Optional.empty(), throttle.retryAfter("bob", T0));
    throttle.succeeded("ann");
    assertEquals(Optional.empty(), throttle.retryAfter("ann", T0));
    for (int i = 0; i < 5; i++) {
      throttle.failed("ann", T0);
    }
    assertEquals(Optional.empty(), throttle.retryAfter("ann", T0), "five free again");
  }

  @Test
  void neverPermanentAnHourWithoutFailuresStartsAfresh() {
    for (int i = 0; i < 40; i++) {
      throttle.failed("ann", T0);
    }
    assertEquals(Optional.of(Duration.ofMinutes(5)), throttle.retryAfter("ann", T0), "capped");
    Instant later = T0.plus(Duration.ofHours(1)).plusSeconds(1);
    assertEquals(Optional.empty(), throttle.retryAfter("ann", later));
    throttle.failed("ann", later);
    assertEquals(Optional.empty(), throttle.retryAfter("ann", later), "counted from one again");
  }

  /** A clock set back (a time server's correction) never turns a wait into a lockout. */
  @Test
  void aClockSetBackWaitsNoLongerThanTheDelay() {
    Instant later = T0.plus(java.time.Duration.ofDays(1));
    for (int i = 0; i < 6; i++) {
      throttle.failed("ann", later);
    }
    java.time.Duration owed = SignInGuard.ACCOUNT.delayAfter(6);
    assertEquals(owed, throttle.retryAfter("ann", T0).orElseThrow(), "the delay, not a day");
    assertTrue(throttle.retryAfter("ann", T0.plus(owed)).isEmpty(), "then free again");
  }

  @Test
  void aFloodOfNamesStaysWithinTheBound() {
    SignInThrottle small = new SignInThrottle(SignInGuard.ACCOUNT, 100);
    for (int i = 0; i < 10_000; i++) {
      small.failed("name-" + i, T0.plusMillis(i));
    }
    assertTrue(small.size() <= 100, "kept " + small.size());
    for (int i = 0; i < 7; i++) {
      small.failed("ann", T0.plusSeconds(20));
    }
    assertTrue(small.retryAfter("ann", T0.plusSeconds(20)).isPresent(), "the newest still count");
  }

  @Test
  void theAddressPolicyAllowsThirtyFailures() {
    SignInThrottle addresses = new SignInThrottle(SignInGuard.ADDRESS, 1000);
    for (int i = 0; i < 30; i++) {
      addresses.failed("198.51.100.7", T0);
    }
    assertEquals(Optional.empty(), addresses.retryAfter("198.51.100.7", T0));
    addresses.failed("198.51.100.7", T0);
    assertEquals(Optional.of(Duration.ofSeconds(1)), addresses.retryAfter("198.51.100.7", T0));
  }
}
