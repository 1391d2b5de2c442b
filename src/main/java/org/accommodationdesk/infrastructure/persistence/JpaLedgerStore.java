package org.accommodationdesk.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.accommodationdesk.application.ledger.Canonical;
import org.accommodationdesk.application.ledger.Checkpoint;
import org.accommodationdesk.application.ledger.LedgerStore;

/**
 * The ledger in the relational database: {@code ledger_entry} (one row per position), the {@code
 * ledger_position} of each history and audit entry, {@code ledger_checkpoint}. Plain SQL, the same
 * on H2 and PostgreSQL; entries are read as rows, never as entities, so a verification of a million
 * entries fills no persistence context.
 */
@ApplicationScoped
public class JpaLedgerStore implements LedgerStore {
  /** The highest ids written before seals existed, recorded by migration V25. */
  private static final String GENESIS = "ledger-genesis-";

  @PersistenceContext private EntityManager em;

  private static String table(Source source) {
    return source == Source.HISTORY ? "request_history" : "audit_entry";
  }

  @Override
  public void lockForAppend() {
    em.createNativeQuery("UPDATE scheduled_job SET job = job WHERE job = 'LEDGER'").executeUpdate();
  }

  @Override
  public Optional<Link> last() {
    List<Link> l =
        links(
            "SELECT position, source, entry_id, seal, chain FROM ledger_entry"
                + " ORDER BY position DESC",
            0,
            1);
    return l.stream().findFirst();
  }

  @Override
  public List<Entry> pending(Source source, long afterId, int limit) {
    return read(
        source,
        " WHERE e.ledger_position IS NULL AND e.seal IS NOT NULL AND e.id > "
            + afterId
            + " ORDER BY e.id",
        limit);
  }

  @Override
  public List<Entry> unsealedFromBefore(Source source, int limit) {
    List<?> max =
        em.createNativeQuery("SELECT setting_value FROM app_setting WHERE name = ?1")
            .setParameter(1, GENESIS + source.name().toLowerCase(java.util.Locale.ROOT))
            .getResultList();
    long before = max.isEmpty() ? 0 : Long.parseLong(((String) max.get(0)).strip());
    return read(source, " WHERE e.seal IS NULL AND e.id <= " + before + " ORDER BY e.id", limit);
  }

  @Override
  public void storeSeal(Source source, long id, String textDigest, String seal) {
    if (source == Source.HISTORY) {
      em.createNativeQuery(
              "UPDATE request_history SET text_digest = ?1, seal = ?2 WHERE id = ?3 AND seal IS NULL")
          .setParameter(1, textDigest)
          .setParameter(2, seal)
          .setParameter(3, id)
          .executeUpdate();
    } else {
      em.createNativeQuery("UPDATE audit_entry SET seal = ?1 WHERE id = ?2 AND seal IS NULL")
          .setParameter(1, seal)
          .setParameter(2, id)
          .executeUpdate();
    }
  }

  @Override
  public void append(List<Link> links) {
    for (Link l : links) {
      em.createNativeQuery(
              "INSERT INTO ledger_entry (position, source, entry_id, seal, chain)"
                  + " VALUES (?1, ?2, ?3, ?4, ?5)")
          .setParameter(1, l.position())
          .setParameter(2, l.source().name())
          .setParameter(3, l.entryId())
          .setParameter(4, l.seal())
          .setParameter(5, l.chain())
          .executeUpdate();
      em.createNativeQuery(
              "UPDATE " + table(l.source()) + " SET ledger_position = ?1 WHERE id = ?2")
          .setParameter(1, l.position())
          .setParameter(2, l.entryId())
          .executeUpdate();
    }
  }

  @Override
  public List<Link> links(long afterPosition, int limit) {
    return links(
        "SELECT position, source, entry_id, seal, chain FROM ledger_entry WHERE position > "
            + afterPosition
            + " ORDER BY position",
        0,
        limit);
  }

  private List<Link> links(String sql, int first, int limit) {
    List<?> rows =
        em.createNativeQuery(sql).setFirstResult(first).setMaxResults(limit).getResultList();
    return rows.stream()
        .map(o -> (Object[]) o)
        .map(
            r ->
                new Link(
                    ((Number) r[0]).longValue(),
                    Source.valueOf((String) r[1]),
                    ((Number) r[2]).longValue(),
                    (String) r[3],
                    (String) r[4]))
        .toList();
  }

  @Override
  public Map<Long, Entry> entries(Source source, Collection<Long> ids) {
    if (ids.isEmpty()) {
      return Map.of();
    }
    String in = ids.stream().map(String::valueOf).collect(Collectors.joining(","));
    Map<Long, Entry> byId = new HashMap<>();
    for (Entry e : read(source, " WHERE e.id IN (" + in + ")", ids.size())) {
      byId.put(e.id(), e);
    }
    return byId;
  }

  @Override
  public List<Entry> historyOf(long requestId) {
    return read(
        Source.HISTORY, " WHERE e.request_id = " + requestId + " ORDER BY e.seq_no", 100_000);
  }

  @Override
  public List<Entry> unchained(Source source, long afterId, int limit) {
    return read(
        source, " WHERE e.ledger_position IS NULL AND e.id > " + afterId + " ORDER BY e.id", limit);
  }

  private List<Entry> read(Source source, String where, int limit) {
    String sql =
        source == Source.HISTORY
            ? "SELECT e.id, e.request_id, e.seq_no, e.ledger_position, e.seal, e.text_digest,"
                + " e.action, e.from_status, e.to_status, e.actor, e.occurred_at, e.detail_code,"
                + " e.detail_date, e.comment, d.stage, d.outcome, d.reason_code, d.decided_by,"
                + " d.decided_at, d.explanation, d.granted_description, e.decision_id,"
                + " d.granted_type, d.granted_days"
                + " FROM request_history e LEFT JOIN request_decision d ON d.id = e.decision_id"
            : "SELECT e.id, e.ledger_position, e.seal, e.occurred_at, e.actor, e.action,"
                + " e.subject, e.before_state, e.after_state FROM audit_entry e";
    List<?> rows = em.createNativeQuery(sql + where).setMaxResults(limit).getResultList();
    return rows.stream()
        .map(o -> (Object[]) o)
        .map(r -> source == Source.HISTORY ? history(r) : audit(r))
        .toList();
  }

  private static Entry history(Object[] r) {
    long id = ((Number) r[0]).longValue();
    long requestId = ((Number) r[1]).longValue();
    int seq = ((Number) r[2]).intValue();
    Canonical.DecisionPart decision =
        r[21] == null
            ? null
            : new Canonical.DecisionPart(
                (String) r[14],
                (String) r[15],
                (String) r[16],
                (String) r[22],
                r[23] == null ? null : ((Number) r[23]).intValue(),
                (String) r[17],
                instant(r[18]));
    String content =
        Canonical.historyWithoutDigest(
            requestId,
            seq,
            (String) r[6],
            (String) r[7],
            (String) r[8],
            (String) r[9],
            instant(r[10]),
            decision,
            (String) r[11],
            date(r[12]));
    return new Entry(
        Source.HISTORY,
        id,
        requestId,
        seq,
        r[3] == null ? null : ((Number) r[3]).longValue(),
        (String) r[4],
        (String) r[5],
        Canonical.text((String) r[13], (String) r[19], (String) r[20]),
        content);
  }

  private static Entry audit(Object[] r) {
    long id = ((Number) r[0]).longValue();
    return new Entry(
        Source.AUDIT,
        id,
        null,
        0,
        r[1] == null ? null : ((Number) r[1]).longValue(),
        (String) r[2],
        null,
        null,
        Canonical.audit(
            id,
            instant(r[3]),
            (String) r[4],
            (String) r[5],
            (String) r[6],
            (String) r[7],
            (String) r[8]));
  }

  private static Instant instant(Object o) {
    if (o == null) {
      return null;
    }
    if (o instanceof Timestamp t) {
      return t.toInstant();
    }
    if (o instanceof LocalDateTime l) {
      return Timestamp.valueOf(l).toInstant();
    }
    if (o instanceof java.time.OffsetDateTime t) {
      return t.toInstant();
    }
    throw new IllegalStateException("not a timestamp: " + o.getClass());
  }

  private static LocalDate date(Object o) {
    if (o == null) {
      return null;
    }
    if (o instanceof java.sql.Date d) {
      return d.toLocalDate();
    }
    return (LocalDate) o;
  }

  @Override
  public List<PurgeRecord> purgeRecords() {
    Map<Long, Long> requestOf = new HashMap<>();
    for (Object o :
        em.createNativeQuery(
                "SELECT id, subject FROM audit_entry WHERE action = 'REQUEST_PURGED' ORDER BY id")
            .getResultList()) {
      Object[] row = (Object[]) o;
      String subject = (String) row[1];
      if (subject.startsWith("request ")) {
        try {
          requestOf.put(
              ((Number) row[0]).longValue(),
              Long.parseLong(subject.substring("request ".length())));
        } catch (NumberFormatException notARequest) {
          // not a request's subject: not a purge of one
        }
      }
    }
    List<PurgeRecord> records = new java.util.ArrayList<>();
    List<Long> ids = List.copyOf(requestOf.keySet());
    for (int i = 0; i < ids.size(); i += 1_000) {
      entries(Source.AUDIT, ids.subList(i, Math.min(ids.size(), i + 1_000)))
          .forEach((id, e) -> records.add(new PurgeRecord(requestOf.get(id), e)));
    }
    return records;
  }

  @Override
  public List<Entry> strays(Source source, long afterId, int limit) {
    return read(
        source,
        " WHERE e.ledger_position IS NOT NULL AND e.id > "
            + afterId
            + " AND NOT EXISTS (SELECT 1 FROM ledger_entry l WHERE l.position = e.ledger_position"
            + " AND l.source = '"
            + source.name()
            + "' AND l.entry_id = e.id) ORDER BY e.id",
        limit);
  }

  @Override
  public List<Long> requestsWithMissingSteps(int limit) {
    return em
        .createNativeQuery(
            "SELECT request_id FROM request_history GROUP BY request_id"
                + " HAVING COUNT(*) <> MAX(seq_no) OR MIN(seq_no) <> 1 ORDER BY request_id")
        .setMaxResults(limit)
        .getResultList()
        .stream()
        .map(o -> ((Number) o).longValue())
        .toList();
  }

  @Override
  public void addCheckpoint(Checkpoint c) {
    em.createNativeQuery(
            "INSERT INTO ledger_checkpoint (tree_size, root, issued_at, key_id, signature)"
                + " VALUES (?1, ?2, ?3, ?4, ?5)")
        .setParameter(1, c.size())
        .setParameter(2, c.root())
        .setParameter(3, Timestamp.from(c.issuedAt()))
        .setParameter(4, c.keyId())
        .setParameter(5, c.signature())
        .executeUpdate();
  }

  @Override
  public List<Checkpoint> checkpoints() {
    List<?> rows =
        em.createNativeQuery(
                "SELECT tree_size, root, issued_at, key_id, signature FROM ledger_checkpoint"
                    + " ORDER BY tree_size")
            .getResultList();
    return rows.stream()
        .map(o -> (Object[]) o)
        .map(
            r ->
                new Checkpoint(
                    ((Number) r[0]).longValue(),
                    (String) r[1],
                    instant(r[2]),
                    (String) r[3],
                    (String) r[4]))
        .toList();
  }
}
