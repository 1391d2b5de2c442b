package org.accommodationdesk.application.accounts;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import org.accommodationdesk.domain.account.SignInRevocation;

/**
 * The stored sign-in revocations ({@link SignInRevocations} keeps them in memory): written in the
 * transaction of the change that causes them, read by every node in transactions of their own. Used
 * by the application itself, never by a caller.
 */
@Stateless
@PermitAll
public class SignInRevocationRecords {
  @PersistenceContext private EntityManager em;

  public void store(SignInRevocation revocation) {
    em.persist(revocation);
  }

  /** The revocations made after {@code after}, by any node. */
  public List<SignInRevocation> after(Instant after) {
    return em.createQuery(
            "SELECT r FROM SignInRevocation r WHERE r.revokedAt > :after", SignInRevocation.class)
        .setParameter("after", after)
        .getResultList();
  }

  /** Deletes the revocations made before {@code before}; how many. */
  public int forgetBefore(Instant before) {
    return em.createQuery("DELETE FROM SignInRevocation r WHERE r.revokedAt < :before")
        .setParameter("before", before)
        .executeUpdate();
  }
}
