package org.accommodationdesk.infrastructure.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.accommodationdesk.domain.account.ApiToken;

/**
 * What signing in needs of an account: its password hash, whether it may sign in, its groups; for a
 * token, the token and its owner's account. Each is one query (an account joined with its roles),
 * since it runs on every API call.
 */
@ApplicationScoped
class StoredCredentials {
  record Stored(String username, String passwordHash, boolean enabled, Set<String> groups) {}

  /** A token as stored, with its owner's account. */
  record StoredToken(ApiToken token, Stored owner) {}

  @PersistenceContext private EntityManager em;

  Optional<Stored> find(String username) {
    return stored(
        em.createQuery(
                "SELECT a.username, a.passwordHash, a.enabled, r FROM UserAccount a"
                    + " LEFT JOIN a.roles r WHERE a.username = :u",
                Object[].class)
            .setParameter("u", username)
            .getResultList());
  }

  /** The token stored under this digest, with its owner, whatever its state. */
  Optional<StoredToken> findToken(String digest) {
    List<Object[]> rows =
        em.createQuery(
                "SELECT a.username, a.passwordHash, a.enabled, r, t FROM ApiToken t, UserAccount a"
                    + " LEFT JOIN a.roles r WHERE t.digest = :d AND a.username = t.owner",
                Object[].class)
            .setParameter("d", digest)
            .getResultList();
    return stored(rows).map(owner -> new StoredToken((ApiToken) rows.get(0)[4], owner));
  }

  /** An account from rows of (username, hash, enabled, role), one row per role. */
  private static Optional<Stored> stored(List<Object[]> rows) {
    if (rows.isEmpty()) {
      return Optional.empty();
    }
    Object[] row = rows.get(0);
    Set<String> groups = new HashSet<>();
    for (Object[] r : rows) {
      if (r[3] != null) {
        groups.add((String) r[3]);
      }
    }
    return Optional.of(
        new Stored((String) row[0], (String) row[1], Boolean.TRUE.equals(row[2]), groups));
  }

  /**
   * Replaces an outdated hash, unless the password changed meanwhile (then nothing happens).
   * Returns whether it was replaced.
   */
  @Transactional
  boolean replaceHash(String username, String outdated, String replacement) {
    return em.createQuery(
                "UPDATE UserAccount a SET a.passwordHash = :n"
                    + " WHERE a.username = :u AND a.passwordHash = :o")
            .setParameter("n", replacement)
            .setParameter("u", username)
            .setParameter("o", outdated)
            .executeUpdate()
        == 1;
  }
}
