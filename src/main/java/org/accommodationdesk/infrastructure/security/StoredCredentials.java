package org.accommodationdesk.infrastructure.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Optional;
import java.util.Set;
import org.accommodationdesk.domain.account.UserAccount;

/** What the sign-in needs of an account: its password hash, whether it may sign in, its groups. */
@ApplicationScoped
class StoredCredentials {
  record Stored(String username, String passwordHash, boolean enabled, Set<String> groups) {}

  @PersistenceContext private EntityManager em;

  Optional<Stored> find(String username) {
    UserAccount a = em.find(UserAccount.class, username);
    return a == null
        ? Optional.empty()
        : Optional.of(new Stored(a.getUsername(), a.passwordHash(), a.isEnabled(), a.getRoles()));
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
