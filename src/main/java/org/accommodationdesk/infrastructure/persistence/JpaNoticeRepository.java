package org.accommodationdesk.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.accommodationdesk.domain.notice.MailState;
import org.accommodationdesk.domain.notice.Notice;
import org.accommodationdesk.domain.notice.NoticeRepository;

/** Notices in the relational database. */
@ApplicationScoped
public class JpaNoticeRepository implements NoticeRepository {
  @PersistenceContext private EntityManager em;

  @Override
  public void add(Notice notice) {
    em.persist(notice);
  }

  @Override
  public boolean exists(
      String recipient,
      org.accommodationdesk.domain.notice.NoticeKind kind,
      long requestId,
      java.time.LocalDate date) {
    return !em.createQuery(
            "SELECT n.id FROM Notice n WHERE n.requestId = :id AND n.kind = :kind"
                + " AND n.recipient = :r AND n.dueDate = :d",
            Long.class)
        .setParameter("id", requestId)
        .setParameter("kind", kind)
        .setParameter("r", recipient)
        .setParameter("d", date)
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }

  @Override
  public Optional<Notice> find(long id) {
    return Optional.ofNullable(em.find(Notice.class, id));
  }

  @Override
  public List<Notice> of(String recipient, int first, int max) {
    return em.createQuery(
            "SELECT n FROM Notice n WHERE n.recipient = :r ORDER BY n.createdAt DESC, n.id DESC",
            Notice.class)
        .setParameter("r", recipient)
        .setFirstResult(first)
        .setMaxResults(max)
        .getResultList();
  }

  @Override
  public long count(String recipient) {
    return em.createQuery("SELECT COUNT(n) FROM Notice n WHERE n.recipient = :r", Long.class)
        .setParameter("r", recipient)
        .getSingleResult();
  }

  @Override
  public long countUnread(String recipient) {
    return em.createQuery(
            "SELECT COUNT(n) FROM Notice n WHERE n.recipient = :r AND n.readAt IS NULL", Long.class)
        .setParameter("r", recipient)
        .getSingleResult();
  }

  @Override
  public int markAllRead(String recipient, Instant now) {
    return em.createQuery(
            "UPDATE Notice n SET n.readAt = :now, n.version = n.version + 1"
                + " WHERE n.recipient = :r AND n.readAt IS NULL")
        .setParameter("now", now)
        .setParameter("r", recipient)
        .executeUpdate();
  }

  @Override
  public List<Long> mailDue(Instant now, int max) {
    return em.createQuery(
            "SELECT n.id FROM Notice n WHERE n.mailState = :pending AND n.nextAttemptAt <= :now"
                + " ORDER BY n.nextAttemptAt, n.id",
            Long.class)
        .setParameter("pending", MailState.PENDING)
        .setParameter("now", now)
        .setMaxResults(max)
        .getResultList();
  }

  @Override
  public boolean claim(long id, Instant now) {
    return em.createQuery(
                "UPDATE Notice n SET n.mailState = :sending, n.claimedAt = :now,"
                    + " n.version = n.version + 1 WHERE n.id = :id AND n.mailState = :pending")
            .setParameter("sending", MailState.SENDING)
            .setParameter("pending", MailState.PENDING)
            .setParameter("now", now)
            .setParameter("id", id)
            .executeUpdate()
        == 1;
  }

  @Override
  public int releaseClaimsBefore(Instant before) {
    return em.createQuery(
            "UPDATE Notice n SET n.mailState = :pending, n.claimedAt = NULL,"
                + " n.version = n.version + 1 WHERE n.mailState = :sending AND n.claimedAt < :before")
        .setParameter("pending", MailState.PENDING)
        .setParameter("sending", MailState.SENDING)
        .setParameter("before", before)
        .executeUpdate();
  }
}
