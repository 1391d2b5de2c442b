package org.accommodationdesk.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import org.accommodationdesk.domain.account.ApiToken;
import org.junit.jupiter.api.Test;

class ApiTokenTest {
  static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");

  @Test
  void aTokenIsValidUntilJustBeforeItsExpiry() {
    ApiToken t = ApiToken.issue("employee1", "script", 30, NOW).token();
    Instant expiry = NOW.plus(Duration.ofDays(30));
    assertEquals(expiry, t.getExpiresAt());
    assertTrue(t.isValidAt(NOW));
    assertTrue(t.isValidAt(expiry.minusMillis(1)));
    assertFalse(t.isValidAt(expiry), "expired at its expiry");
    assertFalse(t.isValidAt(expiry.plusSeconds(1)));
  }

  @Test
  void aRevokedTokenStaysRevokedFromTheFirstRevocation() {
    ApiToken t = ApiToken.issue("employee1", "script", 30, NOW).token();
    t.revoke(NOW.plusSeconds(60));
    t.revoke(NOW.plusSeconds(120));
    assertEquals(NOW.plusSeconds(60), t.getRevokedAt());
    assertFalse(t.isValidAt(NOW.plusSeconds(61)));
  }

  @Test
  void lifetimesOutsideOneDayToAYearAreRefused() {
    assertThrows(IllegalArgumentException.class, () -> ApiToken.issue("u", "n", 0, NOW));
    assertThrows(
        IllegalArgumentException.class, () -> ApiToken.issue("u", "n", ApiToken.MAX_DAYS + 1, NOW));
    assertEquals(
        NOW.plus(Duration.ofDays(ApiToken.MAX_DAYS)),
        ApiToken.issue("u", "n", ApiToken.MAX_DAYS, NOW).token().getExpiresAt());
    assertEquals(
        NOW.plus(Duration.ofDays(1)), ApiToken.issue("u", "n", 1, NOW).token().getExpiresAt());
  }

  @Test
  void secretsAreRandom256BitsAndOnlyTheirDigestIsKept() {
    Set<String> secrets = new HashSet<>();
    for (int i = 0; i < 1000; i++) {
      ApiToken.Issued issued = ApiToken.issue("u", "n", 1, NOW);
      String secret = issued.secret();
      assertTrue(secret.startsWith(ApiToken.PREFIX));
      assertEquals(ApiToken.PREFIX.length() + 43, secret.length(), "32 bytes, base64url");
      assertTrue(secrets.add(secret));
      String digest = ApiToken.digestOf(secret);
      assertEquals(64, digest.length());
      assertNotEquals(secret, digest);
    }
    assertEquals(
        "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
        ApiToken.digestOf("abc"),
        "SHA-256 as published (FIPS 180-2 example)");
  }
}
