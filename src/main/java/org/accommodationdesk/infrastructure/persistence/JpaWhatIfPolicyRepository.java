package org.accommodationdesk.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.accommodationdesk.domain.analysis.WhatIfPolicy;
import org.accommodationdesk.domain.analysis.WhatIfPolicyRepository;

/** Saved what-if policies in the relational database. */
@ApplicationScoped
public class JpaWhatIfPolicyRepository implements WhatIfPolicyRepository {
  @PersistenceContext private EntityManager em;

  @Override
  public void add(WhatIfPolicy policy) {
    em.persist(policy);
    flush(); // its version is set by the insert; the caller answers with it
  }

  @Override
  public Optional<WhatIfPolicy> find(long id) {
    return Optional.ofNullable(em.find(WhatIfPolicy.class, id));
  }

  @Override
  public boolean nameTaken(String name, Long exceptId) {
    return em.createQuery(
            "SELECT p FROM WhatIfPolicy p WHERE LOWER(p.name) = :name", WhatIfPolicy.class)
        .setParameter("name", name.strip().toLowerCase(Locale.ROOT))
        .getResultStream()
        .anyMatch(p -> !p.getId().equals(exceptId));
  }

  @Override
  public List<WhatIfPolicy> all() {
    return em.createQuery("SELECT p FROM WhatIfPolicy p ORDER BY p.name, p.id", WhatIfPolicy.class)
        .getResultList();
  }

  @Override
  public void changed(WhatIfPolicy policy) {
    flush(); // the version is raised by the update
  }

  @Override
  public void remove(WhatIfPolicy policy) {
    em.remove(policy);
    flush();
  }

  /** Writes now; another's change in between is a concurrent update (409), never a 500. */
  private void flush() {
    try {
      em.flush();
    } catch (jakarta.persistence.OptimisticLockException e) {
      throw new org.accommodationdesk.domain.request.ConcurrentUpdateException();
    }
  }
}
