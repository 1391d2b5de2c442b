package org.accommodationdesk.infrastructure.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Optional;
import org.accommodationdesk.domain.account.ApiToken;

/**
 * Checks a personal access token: its SHA-256 digest is looked up by a unique index (one query,
 * with the owner's account and roles); it must be valid ({@link ApiToken#isValidAt}: neither
 * revoked nor expired), and its owner's account must still be able to sign in (a deactivated
 * account's tokens stop working with it). Microseconds of CPU and one indexed read.
 */
@ApplicationScoped
class TokenCheck {
  @Inject private StoredCredentials credentials;
  @Inject private Clock clock;

  Optional<Caller> check(String secret) {
    if (secret == null || !secret.startsWith(ApiToken.PREFIX) || secret.length() > 100) {
      return Optional.empty();
    }
    return credentials
        .findToken(ApiToken.digestOf(secret))
        .filter(t -> t.token().isValidAt(clock.instant()))
        .map(StoredCredentials.StoredToken::owner)
        .filter(StoredCredentials.Stored::enabled)
        .map(s -> new Caller(s.username(), s.groups()));
  }
}
