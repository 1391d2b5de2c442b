package org.accommodationdesk.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.accommodationdesk.domain.audit.AuditEntry;
import org.accommodationdesk.domain.audit.AuditLog;

/** The audit log in the relational database. */
@ApplicationScoped
public class JpaAuditLog implements AuditLog {
  @PersistenceContext private EntityManager em;

  @Override
  public void append(AuditEntry entry) {
    em.persist(entry);
  }

  @Override
  public List<AuditEntry> newestFirst(int first, int size) {
    return em.createQuery(
            "SELECT e FROM AuditEntry e ORDER BY e.occurredAt DESC, e.id DESC", AuditEntry.class)
        .setFirstResult(first)
        .setMaxResults(size)
        .getResultList();
  }

  @Override
  public long count() {
    return em.createQuery("SELECT COUNT(e) FROM AuditEntry e", Long.class).getSingleResult();
  }
}
