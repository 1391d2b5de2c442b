package org.accommodationdesk.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.accommodationdesk.application.requests.DuplicateSubmissionException;
import org.accommodationdesk.application.requests.SubmissionKeys;

/** Submission keys in table {@code submission_key} (V21). */
@ApplicationScoped
public class JpaSubmissionKeys implements SubmissionKeys {
  @PersistenceContext private EntityManager em;

  @Override
  public Optional<Filed> find(String requester, String key) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT request_id, fingerprint FROM submission_key"
                    + " WHERE requester = ?1 AND submission_key = ?2")
            .setParameter(1, requester)
            .setParameter(2, key)
            .getResultList();
    return rows.stream()
        .findFirst()
        .map(r -> new Filed(((Number) r[0]).longValue(), (String) r[1]));
  }

  @Override
  public void add(String requester, String key, String fingerprint, long requestId, Instant at) {
    em.flush(); // the request's own row first: the key refers to it
    try {
      em.createNativeQuery(
              "INSERT INTO submission_key"
                  + " (requester, submission_key, fingerprint, request_id, created_at)"
                  + " VALUES (?1, ?2, ?3, ?4, ?5)")
          .setParameter(1, requester)
          .setParameter(2, key)
          .setParameter(3, fingerprint)
          .setParameter(4, requestId)
          .setParameter(5, Timestamp.from(at))
          .executeUpdate();
    } catch (PersistenceException e) {
      if (isUniqueViolation(e)) {
        // the primary key: a concurrent post with this key committed first (its insert waited
        // for that one's commit)
        throw new DuplicateSubmissionException();
      }
      throw e;
    }
  }

  /** SQLSTATE 23505, unique violation, as H2 and PostgreSQL report it. */
  private static boolean isUniqueViolation(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof java.sql.SQLException sql && "23505".equals(sql.getSQLState())) {
        return true;
      }
    }
    return false;
  }

  @Override
  public int forgetBefore(Instant before) {
    return em.createNativeQuery("DELETE FROM submission_key WHERE created_at < ?1")
        .setParameter(1, Timestamp.from(before))
        .executeUpdate();
  }
}
