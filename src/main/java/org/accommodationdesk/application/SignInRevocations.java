package org.accommodationdesk.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Accounts whose sign-ins must end now: deactivated, or their roles changed. A page session keeps
 * its user's name and groups from sign-in; the authentication mechanism asks here on every request
 * (a map lookup) and ends a session that began before the change.
 */
@ApplicationScoped
public class SignInRevocations {
  private final Map<String, Instant> since = new ConcurrentHashMap<>();

  /** Sign-ins of {@code username} made before {@code at} no longer count. */
  public void revoke(String username, Instant at) {
    since.merge(username, at, (a, b) -> a.isAfter(b) ? a : b);
  }

  /** Whether a sign-in of {@code username} made at {@code signedInAt} was revoked since. */
  public boolean isRevoked(String username, Instant signedInAt) {
    Instant at = since.get(username);
    return at != null && !signedInAt.isAfter(at);
  }
}
