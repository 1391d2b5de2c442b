package org.accommodationdesk.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.accommodationdesk.domain.analysis.ConsistencyReview;
import org.accommodationdesk.domain.analysis.ConsistencyReviewRepository;

/** Reviewed pairs in the relational database (one row per pair: a unique constraint). */
@ApplicationScoped
public class JpaConsistencyReviewRepository implements ConsistencyReviewRepository {
  @PersistenceContext private EntityManager em;

  @Override
  public void add(ConsistencyReview review) {
    em.persist(review);
    em.flush(); // a second marking of the pair fails here, on the unique constraint
  }

  @Override
  public Optional<ConsistencyReview> find(long one, long other) {
    return em.createQuery(
            "SELECT r FROM ConsistencyReview r WHERE r.firstRequest = :a AND r.secondRequest = :b",
            ConsistencyReview.class)
        .setParameter("a", Math.min(one, other))
        .setParameter("b", Math.max(one, other))
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<ConsistencyReview> forFirst(Collection<Long> firstRequests) {
    if (firstRequests.isEmpty()) {
      return List.of();
    }
    return em.createQuery(
            "SELECT r FROM ConsistencyReview r WHERE r.firstRequest IN :ids",
            ConsistencyReview.class)
        .setParameter("ids", firstRequests)
        .getResultList();
  }
}
