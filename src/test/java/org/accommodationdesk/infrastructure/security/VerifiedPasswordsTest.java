package org.accommodationdesk.infrastructure.security;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class VerifiedPasswordsTest {
  static final Instant T0 = Instant.parse("2026-11-26T10:00:00Z");
  VerifiedPasswords verified = new VerifiedPasswords(Duration.ofMinutes(15), 3);

  @Test
  void onlyTheSamePasswordAgainstTheSameStoredHashWithinTheLifetime() {
    verified.remember("ann", "right", "hash-1", T0);
    assertTrue(verified.contains("ann", "right", "hash-1", T0.plusSeconds(899)));
    assertFalse(verified.contains("ann", "right", "hash-1", T0.plusSeconds(900)), "expired");
    assertFalse(verified.contains("ann", "wrong", "hash-1", T0), "another password");
    assertFalse(verified.contains("ann", "right", "hash-2", T0), "the password was changed");
    assertFalse(verified.contains("bob", "right", "hash-1", T0), "another user");
    assertFalse(verified.contains("ann", "righ", "hash-1", T0));
  }

  @Test
  void itHoldsNoMoreThanItsBound() {
    for (int i = 0; i < 10; i++) {
      verified.remember("user" + i, "pw", "h", T0);
    }
    int kept = 0;
    for (int i = 0; i < 10; i++) {
      kept += verified.contains("user" + i, "pw", "h", T0) ? 1 : 0;
    }
    assertTrue(kept <= 3, "kept " + kept);
    assertTrue(verified.contains("user9", "pw", "h", T0), "the newest is kept");
  }
}
