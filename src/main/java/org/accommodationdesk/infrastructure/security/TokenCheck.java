package org.accommodationdesk.infrastructure.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Optional;
import org.accommodationdesk.domain.account.ApiToken;
import org.accommodationdesk.domain.account.ApiTokenRepository;

/**
 * Checks a personal access token: its SHA-256 digest is looked up by a unique index; it must be
 * neither revoked nor expired, and its owner's account must still be able to sign in (a deactivated
 * account's tokens stop working with it). Microseconds of CPU and one indexed read.
 */
@ApplicationScoped
class TokenCheck {
  @Inject private ApiTokenRepository tokens;
  @Inject private StoredCredentials credentials;
  @Inject private Clock clock;

  Optional<Caller> check(String secret) {
    if (secret == null || !secret.startsWith(ApiToken.PREFIX) || secret.length() > 100) {
      return Optional.empty();
    }
    return tokens
        .findByDigest(ApiToken.digestOf(secret))
        .filter(t -> t.isValidAt(clock.instant()))
        .flatMap(t -> credentials.find(t.getOwner()))
        .filter(StoredCredentials.Stored::enabled)
        .map(s -> new Caller(s.username(), s.groups()));
  }
}
