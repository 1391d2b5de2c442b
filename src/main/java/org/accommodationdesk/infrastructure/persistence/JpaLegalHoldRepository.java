package org.accommodationdesk.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.accommodationdesk.domain.records.LegalHold;
import org.accommodationdesk.domain.records.LegalHoldRepository;

/** Legal holds in the relational database. */
@ApplicationScoped
public class JpaLegalHoldRepository implements LegalHoldRepository {
  @PersistenceContext private EntityManager em;

  @Override
  public void add(LegalHold hold) {
    em.persist(hold);
    em.flush(); // its version is set by the insert; the caller answers with it
  }

  @Override
  public Optional<LegalHold> find(long id) {
    return Optional.ofNullable(em.find(LegalHold.class, id));
  }

  @Override
  public List<LegalHold> inForce() {
    return em.createQuery(
            "SELECT h FROM LegalHold h WHERE h.releasedAt IS NULL ORDER BY h.placedAt DESC, h.id DESC",
            LegalHold.class)
        .getResultList();
  }

  @Override
  public List<LegalHold> recent(int limit) {
    return em.createQuery(
            "SELECT h FROM LegalHold h ORDER BY h.placedAt DESC, h.id DESC", LegalHold.class)
        .setMaxResults(limit)
        .getResultList();
  }

  @Override
  public List<LegalHold> holding(long requestId, String requester, String locationCode) {
    // holds in force are few (tens): the domain's rule decides, not a second one in JPQL
    return inForce().stream().filter(h -> h.holds(requestId, requester, locationCode)).toList();
  }

  @Override
  public void lockAgainstPurge() {
    em.createNativeQuery("UPDATE scheduled_job SET job = job WHERE job = 'RETENTION'")
        .executeUpdate();
  }
}
