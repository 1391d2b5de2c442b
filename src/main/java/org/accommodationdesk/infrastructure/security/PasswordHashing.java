package org.accommodationdesk.infrastructure.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import org.accommodationdesk.application.accounts.PasswordHasher;

/**
 * Salted PBKDF2 password hashes (Jakarta Security's {@link Pbkdf2PasswordHash}), stored as {@code
 * algorithm:iterations:salt:hash}, so a hash made with fewer iterations still verifies and can be
 * replaced at the next successful sign-in ({@link #isOutdated}).
 *
 * <p>{@link #ITERATIONS} follows OWASP's current advice for PBKDF2-HMAC-SHA256 (600,000). That
 * costs about 140 ms of CPU, affordable because a password is checked only when someone signs in:
 * pages keep the login in the session, API clients use tokens or, with Basic, a verified password
 * is remembered for a while ({@link VerifiedPasswords}).
 */
@ApplicationScoped
public class PasswordHashing implements PasswordHasher {
  static final String ALGORITHM = "PBKDF2WithHmacSHA256";
  static final int ITERATIONS = 600_000;

  @Inject private Pbkdf2PasswordHash hash;

  /** A hash of a password nobody knows: unknown users are checked against it, at the same cost. */
  private String dummy;

  @PostConstruct
  void initialize() {
    hash.initialize(
        Map.of(
            "Pbkdf2PasswordHash.Algorithm",
            ALGORITHM,
            "Pbkdf2PasswordHash.Iterations",
            String.valueOf(ITERATIONS),
            "Pbkdf2PasswordHash.SaltSizeBytes",
            "32"));
    byte[] random = new byte[24];
    new SecureRandom().nextBytes(random);
    dummy = hash.generate(Base64.getEncoder().encodeToString(random).toCharArray());
  }

  @Override
  public String hash(String password) {
    return hash.generate(password.toCharArray());
  }

  /** Whether {@code password} matches {@code stored}, whatever iterations it was made with. */
  boolean verify(String password, String stored) {
    try {
      return hash.verify(password.toCharArray(), stored);
    } catch (RuntimeException malformed) {
      return false;
    }
  }

  /** Does the work of a check for a user who does not exist, and says no. */
  boolean verifyUnknown(String password) {
    hash.verify(password.toCharArray(), dummy);
    return false;
  }

  /** Made with other parameters than today's: replace it when the password is next known. */
  static boolean isOutdated(String stored) {
    String[] parts = stored.split(":");
    try {
      return parts.length != 4
          || !ALGORITHM.equals(parts[0])
          || Integer.parseInt(parts[1]) < ITERATIONS;
    } catch (NumberFormatException e) {
      return true;
    }
  }
}
