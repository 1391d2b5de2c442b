package org.accommodationdesk.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.accommodationdesk.domain.request.DecisionLetter;
import org.accommodationdesk.domain.request.DecisionLetterRepository;

/** Decision letters in the relational database. */
@ApplicationScoped
public class JpaDecisionLetterRepository implements DecisionLetterRepository {
  @PersistenceContext private EntityManager em;

  @Override
  public void add(DecisionLetter letter) {
    em.persist(letter);
  }

  @Override
  public Optional<DecisionLetter> latestFor(long requestId) {
    return em
        .createQuery(
            "SELECT l FROM DecisionLetter l WHERE l.requestId = :r ORDER BY l.issuedAt DESC, l.id DESC",
            DecisionLetter.class)
        .setParameter("r", requestId)
        .setMaxResults(1)
        .getResultList()
        .stream()
        .findFirst();
  }
}
