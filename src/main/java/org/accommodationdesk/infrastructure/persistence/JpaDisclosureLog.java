package org.accommodationdesk.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.accommodationdesk.domain.audit.DisclosureEntry;
import org.accommodationdesk.domain.audit.DisclosureLog;

/** The disclosure log in the relational database. */
@ApplicationScoped
public class JpaDisclosureLog implements DisclosureLog {
  @PersistenceContext private EntityManager em;

  @Override
  public void append(DisclosureEntry entry) {
    em.persist(entry);
  }

  @Override
  public List<DisclosureEntry> newestFirst(String username, int first, int size) {
    // two queries, not ":u IS NULL": PostgreSQL cannot type a null parameter
    var q =
        username == null
            ? em.createQuery(
                "SELECT e FROM DisclosureEntry e ORDER BY e.occurredAt DESC, e.id DESC",
                DisclosureEntry.class)
            : em.createQuery(
                    "SELECT e FROM DisclosureEntry e WHERE e.username = :u"
                        + " ORDER BY e.occurredAt DESC, e.id DESC",
                    DisclosureEntry.class)
                .setParameter("u", username);
    return q.setFirstResult(first).setMaxResults(size).getResultList();
  }

  @Override
  public long count(String username) {
    return username == null
        ? em.createQuery("SELECT COUNT(e) FROM DisclosureEntry e", Long.class).getSingleResult()
        : em.createQuery("SELECT COUNT(e) FROM DisclosureEntry e WHERE e.username = :u", Long.class)
            .setParameter("u", username)
            .getSingleResult();
  }
}
