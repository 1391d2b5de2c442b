package org.accommodationdesk.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.accommodationdesk.domain.records.HoldScope;
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
    return em.createQuery(
            "SELECT h FROM LegalHold h WHERE h.releasedAt IS NULL AND ("
                + "(h.scope = :request AND h.target = :id)"
                + " OR (h.scope = :employee AND h.target = :requester)"
                + " OR (h.scope = :locationScope AND h.target = :location))"
                + " ORDER BY h.placedAt, h.id",
            LegalHold.class)
        .setParameter("request", HoldScope.REQUEST)
        .setParameter("id", String.valueOf(requestId))
        .setParameter("employee", HoldScope.EMPLOYEE)
        .setParameter("requester", requester)
        .setParameter("locationScope", HoldScope.LOCATION)
        .setParameter("location", locationCode)
        .getResultList();
  }
}
