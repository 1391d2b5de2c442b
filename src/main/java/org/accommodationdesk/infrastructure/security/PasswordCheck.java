package org.accommodationdesk.infrastructure.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Checks a user name and password. An unknown user, a disabled account and a wrong password cost
 * the same PBKDF2 work and give the same answer, so neither the answer nor its time tells whether
 * an account exists. A right password with an outdated hash gets today's hash.
 */
@ApplicationScoped
class PasswordCheck {
  private static final Logger LOG = Logger.getLogger(PasswordCheck.class.getName());

  /** How long a Basic client's proved password is remembered. */
  static final Duration REMEMBERED = Duration.ofMinutes(15);

  @Inject private StoredCredentials credentials;
  @Inject private PasswordHashing hashing;
  @Inject private Clock clock;

  private final VerifiedPasswords verified = new VerifiedPasswords(REMEMBERED, 10_000);

  /**
   * The caller, or empty when the name or password is wrong or the account may not sign in.
   *
   * @param remembered whether a password proved right a short while ago may skip the slow check (an
   *     API call with Basic); a sign-in through the form always checks in full
   */
  Optional<Caller> check(String username, String password, boolean remembered) {
    return checked(username, password, remembered).caller();
  }

  /**
   * What a check found: the caller, or nobody; {@code deactivated} when the password was right but
   * the account may not sign in (only someone who knows the password learns that, so it tells a
   * stranger nothing about which accounts exist).
   */
  record Checked(Optional<Caller> caller, boolean deactivated) {}

  /** {@link #check}, saying also whether a right password met a deactivated account. */
  Checked checked(String username, String password, boolean remembered) {
    Optional<StoredCredentials.Stored> found = credentials.find(username);
    if (found.isEmpty() || found.get().passwordHash() == null) {
      // unknown, or an account that signs in only through the identity provider: the same work
      hashing.verifyUnknown(password);
      return new Checked(Optional.empty(), false);
    }
    StoredCredentials.Stored s = found.get();
    boolean right =
        remembered && verified.contains(s.username(), password, s.passwordHash(), clock.instant())
            || hashing.verify(password, s.passwordHash());
    if (!right || !s.enabled()) {
      return new Checked(Optional.empty(), right);
    }
    String hash = s.passwordHash();
    if (PasswordHashing.isOutdated(hash)) {
      hash = upgrade(s.username(), password, hash);
    }
    if (remembered) {
      verified.remember(s.username(), password, hash, clock.instant());
    }
    return new Checked(Optional.of(new Caller(s.username(), s.groups())), false);
  }

  private String upgrade(String username, String password, String outdated) {
    String replacement = hashing.hash(password);
    try {
      return credentials.replaceHash(username, outdated, replacement) ? replacement : outdated;
    } catch (RuntimeException e) {
      // The sign-in stands; the hash is upgraded at a later one.
      LOG.log(Level.WARNING, "Could not upgrade a password hash: {0}", e.getClass().getName());
      return outdated;
    }
  }
}
