package org.accommodationdesk.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.accommodationdesk.domain.audit.AuditEntry;
import org.accommodationdesk.domain.audit.AuditLog;

/** The audit log in the relational database, each entry sealed as it is stored. */
@ApplicationScoped
public class JpaAuditLog implements AuditLog {
  @PersistenceContext private EntityManager em;
  @jakarta.inject.Inject private org.accommodationdesk.infrastructure.crypto.LedgerKeys sealer;

  /** Stores the entry, sealed (its id is in its seal, so it is sealed once it has one). */
  @Override
  public void append(AuditEntry entry) {
    em.persist(entry); // a SEQUENCE id is assigned here, before any flush
    entry.applySeal(sealer.seal(content(entry)));
  }

  /** The canonical content of an audit entry. */
  public static String content(AuditEntry e) {
    return org.accommodationdesk.application.ledger.Canonical.audit(
        e.getId(),
        e.getOccurredAt(),
        e.getActor(),
        e.getAction().name(),
        e.getSubject(),
        e.getBefore(),
        e.getAfter());
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
