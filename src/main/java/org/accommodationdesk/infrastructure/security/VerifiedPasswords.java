package org.accommodationdesk.infrastructure.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Passwords recently proved right by the slow PBKDF2 check, so that a script calling the API with
 * HTTP Basic pays that cost once per {@code lifetime}, not on every call. What is kept per user is
 * an HMAC of the password under a key that exists only in this process's memory, and the stored
 * hash it was checked against: a changed password (a new stored hash) or a different password never
 * matches. Bounded to {@code maxEntries}; when full, the oldest entries go.
 */
final class VerifiedPasswords {
  private record Entry(byte[] mac, String storedHash, Instant until) {}

  private final Duration lifetime;
  private final int maxEntries;
  private final SecretKeySpec key;
  private final Map<String, Entry> entries = new ConcurrentHashMap<>();

  VerifiedPasswords(Duration lifetime, int maxEntries) {
    this.lifetime = lifetime;
    this.maxEntries = maxEntries;
    byte[] k = new byte[32];
    new SecureRandom().nextBytes(k);
    this.key = new SecretKeySpec(k, "HmacSHA256");
  }

  /** Whether this password was proved right against this stored hash less than a lifetime ago. */
  boolean contains(String username, String password, String storedHash, Instant now) {
    Entry e = entries.get(username);
    return e != null
        && now.isBefore(e.until())
        && e.storedHash().equals(storedHash)
        && MessageDigest.isEqual(e.mac(), mac(username, password));
  }

  void remember(String username, String password, String storedHash, Instant now) {
    if (entries.size() >= maxEntries) {
      entries.values().removeIf(e -> !now.isBefore(e.until()));
      if (entries.size() >= maxEntries) {
        entries.clear();
      }
    }
    entries.put(username, new Entry(mac(username, password), storedHash, now.plus(lifetime)));
  }

  private byte[] mac(String username, String password) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(key);
      mac.update(username.getBytes(StandardCharsets.UTF_8));
      mac.update((byte) 0);
      return mac.doFinal(password.getBytes(StandardCharsets.UTF_8));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
    }
  }
}
