package org.accommodationdesk.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.accommodationdesk.domain.account.ApiToken;
import org.accommodationdesk.domain.account.ApiTokenRepository;

/** Tokens in the relational database, found by the unique index on their digest. */
@ApplicationScoped
public class JpaApiTokenRepository implements ApiTokenRepository {
  @PersistenceContext private EntityManager em;

  @Override
  public void add(ApiToken token) {
    em.persist(token);
  }

  @Override
  public Optional<ApiToken> find(long id) {
    return Optional.ofNullable(em.find(ApiToken.class, id));
  }

  @Override
  public List<ApiToken> ownedBy(String owner) {
    return em.createQuery(
            "SELECT t FROM ApiToken t WHERE t.owner = :o ORDER BY t.createdAt DESC, t.id DESC",
            ApiToken.class)
        .setParameter("o", owner)
        .getResultList();
  }
}
