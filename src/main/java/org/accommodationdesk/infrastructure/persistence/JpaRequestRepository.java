package org.accommodationdesk.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PessimisticLockException;
import jakarta.persistence.TypedQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.accommodationdesk.domain.account.UserAccount;
import org.accommodationdesk.domain.request.AccommodationRequest;
import org.accommodationdesk.domain.request.ConcurrentUpdateException;
import org.accommodationdesk.domain.request.RequestFilter;
import org.accommodationdesk.domain.request.RequestOrder;
import org.accommodationdesk.domain.request.RequestRepository;
import org.accommodationdesk.domain.request.RequestStatus;

/** Requests in the relational database. */
@ApplicationScoped
public class JpaRequestRepository implements RequestRepository {
  /** Later than any due day, to put requests without one last. */
  private static final LocalDate NEVER = LocalDate.of(9999, 12, 31);

  /** Earlier than any due day, to put requests without one last when the latest come first. */
  private static final LocalDate LONG_AGO = LocalDate.of(1, 1, 1);

  @PersistenceContext private EntityManager em;

  @Override
  public Optional<AccommodationRequest> find(long id) {
    return Optional.ofNullable(em.find(AccommodationRequest.class, id));
  }

  @Override
  public void add(AccommodationRequest request) {
    em.persist(request);
  }

  @Override
  public List<AccommodationRequest> search(
      RequestFilter filter, int first, int max, RequestOrder order) {
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<AccommodationRequest> q = cb.createQuery(AccommodationRequest.class);
    Root<AccommodationRequest> r = q.from(AccommodationRequest.class);
    q.select(r).where(predicates(cb, q, r, filter));
    switch (order) {
      case OLDEST_FIRST -> q.orderBy(cb.asc(r.get("submittedAt")), cb.asc(r.get("id")));
      case NEWEST_FIRST -> q.orderBy(cb.desc(r.get("submittedAt")), cb.desc(r.get("id")));
      case DUE_FIRST ->
          // requests not waiting on HR (no due day) after all the others
          q.orderBy(
              cb.asc(cb.coalesce(r.get("clock").<LocalDate>get("hrDue"), NEVER)),
              cb.asc(r.get("submittedAt")),
              cb.asc(r.get("id")));
      case DUE_LAST ->
          q.orderBy(
              cb.desc(cb.coalesce(r.get("clock").<LocalDate>get("hrDue"), LONG_AGO)),
              cb.asc(r.get("submittedAt")),
              cb.asc(r.get("id")));
    }
    TypedQuery<AccommodationRequest> query = em.createQuery(q);
    return query.setFirstResult(first).setMaxResults(max).getResultList();
  }

  @Override
  public long count(RequestFilter filter) {
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<Long> q = cb.createQuery(Long.class);
    Root<AccommodationRequest> r = q.from(AccommodationRequest.class);
    q.select(cb.count(r)).where(predicates(cb, q, r, filter));
    return em.createQuery(q).getSingleResult();
  }

  @Override
  public List<AccommodationRequest> sharedWithUnion(int first, int max) {
    return em.createQuery(
            "SELECT r FROM AccommodationRequest r WHERE r.sharedWithUnion = TRUE"
                + " ORDER BY r.submittedAt DESC, r.id DESC",
            AccommodationRequest.class)
        .setFirstResult(first)
        .setMaxResults(max)
        .getResultList();
  }

  @Override
  public long countSharedWithUnion() {
    return em.createQuery(
            "SELECT COUNT(r) FROM AccommodationRequest r WHERE r.sharedWithUnion = TRUE",
            Long.class)
        .getSingleResult();
  }

  private static Predicate[] predicates(
      CriteriaBuilder cb,
      jakarta.persistence.criteria.AbstractQuery<?> q,
      Root<AccommodationRequest> r,
      RequestFilter f) {
    List<Predicate> p = new ArrayList<>();
    if (f.requester() != null) {
      p.add(cb.equal(r.get("requester"), f.requester()));
    }
    if (!f.statuses().isEmpty()) {
      p.add(r.get("status").in(f.statuses()));
    }
    if (f.submittedBefore() != null) {
      p.add(cb.lessThan(r.<Instant>get("submittedAt"), f.submittedBefore()));
    }
    if (f.category() != null) {
      p.add(cb.equal(r.get("asked").get("category"), f.category()));
    }
    if (f.locationCode() != null) {
      p.add(cb.equal(r.get("workLocation").get("code"), f.locationCode()));
    }
    if (!f.locationCodes().isEmpty()) {
      p.add(r.get("workLocation").get("code").in(f.locationCodes()));
    }
    if (f.assignee() != null) {
      p.add(cb.equal(r.get("assignedReviewer"), f.assignee()));
    }
    if (f.unassigned()) {
      p.add(cb.isNull(r.get("assignedReviewer")));
    }
    if (f.dueBy() != null) {
      p.add(cb.lessThanOrEqualTo(r.get("clock").<LocalDate>get("hrDue"), f.dueBy()));
    }
    if (f.endsBy() != null) {
      p.add(
          cb.between(r.get("asked").<LocalDate>get("endDate"), f.endsBy().from(), f.endsBy().to()));
    }
    if (f.searchedId().isPresent()) {
      p.add(cb.equal(r.get("id"), f.searchedId().getAsLong()));
    } else if (f.search() != null) {
      // part of the requester's name or user name, wildcards in the text taken literally
      String like =
          "%"
              + f.search()
                  .toLowerCase(java.util.Locale.ROOT)
                  .replace("\\", "\\\\")
                  .replace("%", "\\%")
                  .replace("_", "\\_")
              + "%";
      jakarta.persistence.criteria.Subquery<String> people = q.subquery(String.class);
      Root<UserAccount> a = people.from(UserAccount.class);
      people
          .select(a.get("username"))
          .where(
              cb.or(
                  cb.like(cb.lower(a.get("displayName")), like, '\\'),
                  cb.like(cb.lower(a.get("username")), like, '\\')));
      p.add(r.get("requester").in(people));
    }
    return p.toArray(Predicate[]::new);
  }

  @Override
  public Map<RequestStatus, Long> countByStatus() {
    Map<RequestStatus, Long> counts = new EnumMap<>(RequestStatus.class);
    for (Object[] row :
        em.createQuery(
                "SELECT r.status, COUNT(r) FROM AccommodationRequest r GROUP BY r.status",
                Object[].class)
            .getResultList()) {
      counts.put((RequestStatus) row[0], ((Number) row[1]).longValue());
    }
    return counts;
  }

  @Override
  public java.util.Map<String, Long> openByAssignee() {
    java.util.Map<String, Long> open = new java.util.TreeMap<>();
    em.createQuery(
            "SELECT r.assignedReviewer, COUNT(r) FROM AccommodationRequest r"
                + " WHERE r.assignedReviewer IS NOT NULL AND r.status IN :open"
                + " GROUP BY r.assignedReviewer",
            Object[].class)
        .setParameter("open", RequestStatus.OPEN)
        .getResultList()
        .forEach(row -> open.put((String) row[0], ((Number) row[1]).longValue()));
    return open;
  }

  @Override
  public List<Long> purgeCandidates(Instant submittedBefore, long afterId, int max) {
    return em.createQuery(
            "SELECT r.id FROM AccommodationRequest r WHERE r.status IN :final"
                + " AND r.purge.purgedAt IS NULL AND r.submittedAt < :before AND r.id > :after"
                + " ORDER BY r.id",
            Long.class)
        .setParameter(
            "final",
            java.util.EnumSet.of(
                RequestStatus.DENIED, RequestStatus.WITHDRAWN, RequestStatus.EXPIRED))
        .setParameter("before", submittedBefore)
        .setParameter("after", afterId)
        .setMaxResults(max)
        .getResultList();
  }

  @Override
  public void store(AccommodationRequest request) {
    try {
      em.flush();
    } catch (OptimisticLockException | LockTimeoutException | PessimisticLockException e) {
      throw new ConcurrentUpdateException();
    }
  }

  @Override
  public List<AccommodationRequest> answersDueBetween(LocalDate from, LocalDate to) {
    return em.createQuery(
            "SELECT r FROM AccommodationRequest r WHERE r.status = :s"
                + " AND r.clock.answerBy BETWEEN :from AND :to",
            AccommodationRequest.class)
        .setParameter("s", RequestStatus.INFO_REQUESTED)
        .setParameter("from", from)
        .setParameter("to", to)
        .getResultList();
  }

  @Override
  public List<AccommodationRequest> appealableDecidedBetween(Instant from, Instant to) {
    return em.createQuery(
            "SELECT r FROM AccommodationRequest r WHERE r.status IN :s"
                + " AND r.outcomes.decidedAt >= :from AND r.outcomes.decidedAt < :to",
            AccommodationRequest.class)
        .setParameter("s", RequestStatus.APPEALABLE)
        .setParameter("from", from)
        .setParameter("to", to)
        .getResultList();
  }

  @Override
  public long countOpenToAppealBy(String requester, Instant since) {
    return em.createQuery(
            "SELECT COUNT(r) FROM AccommodationRequest r WHERE r.requester = :u AND r.status IN :s"
                + " AND r.outcomes.decidedAt >= :since AND r.outcomes.appealedAt IS NULL AND r.outcomes.acceptedAt IS NULL",
            Long.class)
        .setParameter("u", requester)
        .setParameter("s", RequestStatus.APPEALABLE)
        .setParameter("since", since)
        .getSingleResult();
  }

  @Override
  public long countAwaitingConfirmationBy(String requester) {
    return em.createQuery(
            "SELECT COUNT(r) FROM AccommodationRequest r WHERE r.requester = :u AND r.status IN :s"
                + " AND r.proxy.filedBy IS NOT NULL AND r.proxy.confirmedAt IS NULL",
            Long.class)
        .setParameter("u", requester)
        .setParameter("s", RequestStatus.OPEN)
        .getSingleResult();
  }

  @Override
  public List<AccommodationRequest> approvalsEndingBetween(LocalDate from, LocalDate to) {
    return em.createQuery(
            "SELECT r FROM AccommodationRequest r WHERE r.status IN :s"
                + " AND r.asked.endDate BETWEEN :from AND :to",
            AccommodationRequest.class)
        .setParameter("s", RequestStatus.APPROVALS)
        .setParameter("from", from)
        .setParameter("to", to)
        .getResultList();
  }

  @Override
  public List<Long> approvalsEndedBefore(LocalDate today, int max) {
    return em.createQuery(
            "SELECT r.id FROM AccommodationRequest r WHERE r.status IN :s AND r.asked.endDate < :today"
                + " ORDER BY r.id",
            Long.class)
        .setParameter("s", RequestStatus.APPROVALS)
        .setParameter("today", today)
        .setMaxResults(max)
        .getResultList();
  }

  @Override
  public List<Long> owingDelayNotice(LocalDate today, int max) {
    return em.createQuery(
            "SELECT r.id FROM AccommodationRequest r WHERE r.status IN :s"
                + " AND r.clock.hardLimit < :today AND r.clock.paused = FALSE"
                + " AND r.clock.delayNoticed = FALSE ORDER BY r.id",
            Long.class)
        .setParameter("s", RequestStatus.OPEN)
        .setParameter("today", today)
        .setMaxResults(max)
        .getResultList();
  }

  @Override
  public List<Long> interimEndedBefore(LocalDate today, int max) {
    return em.createQuery(
            "SELECT r.id FROM AccommodationRequest r WHERE r.interim.until < :today"
                + " AND r.interim.endedOn IS NULL ORDER BY r.id",
            Long.class)
        .setParameter("today", today)
        .setMaxResults(max)
        .getResultList();
  }

  @Override
  public List<Long> renewalsOf(long originalId) {
    return em.createQuery(
            "SELECT r.id FROM AccommodationRequest r WHERE r.renewalOf = :o AND r.status <> :w"
                + " ORDER BY r.id",
            Long.class)
        .setParameter("o", originalId)
        .setParameter("w", RequestStatus.WITHDRAWN)
        .getResultList();
  }

  @Override
  public long countOverdue(LocalDate today) {
    return em.createQuery(
            "SELECT COUNT(r) FROM AccommodationRequest r WHERE r.clock.hrDue < :today", Long.class)
        .setParameter("today", today)
        .getSingleResult();
  }

  @Override
  public List<Long> withoutClock(int max) {
    return em.createQuery(
            "SELECT r.id FROM AccommodationRequest r WHERE r.clock.upToDate = FALSE ORDER BY r.id",
            Long.class)
        .setMaxResults(max)
        .getResultList();
  }

  @Override
  public int forgetClocksOfOpen() {
    return em.createQuery(
            "UPDATE AccommodationRequest r SET r.clock.upToDate = FALSE WHERE r.status IN :open")
        .setParameter(
            "open",
            java.util.Arrays.stream(RequestStatus.values()).filter(RequestStatus::isOpen).toList())
        .executeUpdate();
  }
}
