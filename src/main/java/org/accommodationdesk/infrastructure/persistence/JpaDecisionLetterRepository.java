package org.accommodationdesk.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.accommodationdesk.domain.request.DecisionLetter;
import org.accommodationdesk.domain.request.DecisionLetterRepository;
import org.accommodationdesk.domain.request.DecisionStage;
import org.accommodationdesk.domain.request.IssuedLetter;
import org.accommodationdesk.domain.request.LetterKind;

/** Decision letters in the relational database. */
@ApplicationScoped
public class JpaDecisionLetterRepository implements DecisionLetterRepository {
  @PersistenceContext private EntityManager em;

  @Override
  public void add(DecisionLetter letter) {
    em.persist(letter);
  }

  @Override
  public List<IssuedLetter> issuedFor(long requestId) {
    return em.createQuery(
            "SELECT NEW org.accommodationdesk.domain.request.IssuedLetter("
                + "l.id, l.kind, l.decisionId, d.stage, d.outcome, l.language, l.issuedAt)"
                + " FROM DecisionLetter l LEFT JOIN Decision d ON d.id = l.decisionId"
                + " WHERE l.requestId = :r"
                + " ORDER BY l.issuedAt, l.id",
            IssuedLetter.class)
        .setParameter("r", requestId)
        .getResultList();
  }

  @Override
  public Optional<DecisionLetter> find(long requestId, long letterId) {
    return first(
        em.createQuery(
                "SELECT l FROM DecisionLetter l WHERE l.requestId = :r AND l.id = :l",
                DecisionLetter.class)
            .setParameter("r", requestId)
            .setParameter("l", letterId));
  }

  @Override
  public Optional<DecisionLetter> forStage(long requestId, DecisionStage stage) {
    return first(
        em.createQuery(
                "SELECT l FROM DecisionLetter l, Decision d"
                    + " WHERE d.id = l.decisionId AND l.requestId = :r AND d.stage = :s"
                    + " ORDER BY l.issuedAt DESC, l.id DESC",
                DecisionLetter.class)
            .setParameter("r", requestId)
            .setParameter("s", stage));
  }

  @Override
  public Optional<DecisionLetter> latestFor(long requestId) {
    return first(
        em.createQuery(
                "SELECT l FROM DecisionLetter l WHERE l.requestId = :r AND l.kind = :k"
                    + " ORDER BY l.issuedAt DESC, l.id DESC",
                DecisionLetter.class)
            .setParameter("r", requestId)
            .setParameter("k", LetterKind.DECISION));
  }

  @Override
  public Optional<DecisionLetter> latestOfKind(long requestId, LetterKind kind) {
    return first(
        em.createQuery(
                "SELECT l FROM DecisionLetter l WHERE l.requestId = :r AND l.kind = :k"
                    + " ORDER BY l.issuedAt DESC, l.id DESC",
                DecisionLetter.class)
            .setParameter("r", requestId)
            .setParameter("k", kind));
  }

  private static Optional<DecisionLetter> first(jakarta.persistence.TypedQuery<DecisionLetter> q) {
    return q.setMaxResults(1).getResultList().stream().findFirst();
  }

  @Override
  public int removeFor(long requestId) {
    return em.createNativeQuery("DELETE FROM decision_letter WHERE request_id = ?1")
        .setParameter(1, requestId)
        .executeUpdate();
  }
}
