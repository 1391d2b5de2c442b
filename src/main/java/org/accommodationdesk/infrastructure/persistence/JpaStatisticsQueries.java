package org.accommodationdesk.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.accommodationdesk.application.stats.OutcomeCounts;
import org.accommodationdesk.application.stats.StatisticsQueries;
import org.accommodationdesk.application.stats.StatsFilter;

/**
 * The statistics in SQL that runs the same on H2 and PostgreSQL. Each breakdown is one GROUP BY
 * over {@code accommodation_request}, using the latest outcome kept on the request (ADR 0006); the
 * result has a handful of rows per group, folded here into {@link OutcomeCounts}.
 */
@ApplicationScoped
public class JpaStatisticsQueries implements StatisticsQueries {
  private static final String OPEN = "('SUBMITTED','IN_REVIEW','INFO_REQUESTED','APPEALED')";

  @PersistenceContext private EntityManager em;

  @Override
  public List<OutcomeCounts> outcomes(Dimension dimension, StatsFilter filter) {
    String key;
    String label;
    String where = "";
    switch (dimension) {
      case CATEGORY -> {
        key = "r.category";
        label = "r.category";
      }
      case LOCATION -> {
        key = "r.work_location_code";
        label = key;
      }
      case JOB_CLASS -> {
        key = "r.job_class_code";
        label = key;
      }
      case MONTH -> {
        key =
            "CAST(EXTRACT(YEAR FROM r.submitted_at) AS INTEGER) * 100"
                + " + CAST(EXTRACT(MONTH FROM r.submitted_at) AS INTEGER)";
        label = key;
      }
      case REVIEWER -> {
        key = "r.latest_decider";
        label = "r.latest_decider";
        where = " AND r.latest_decider IS NOT NULL";
      }
      default -> throw new IllegalArgumentException(dimension.name());
    }
    Conditions c = conditions(filter);
    String sql =
        "SELECT "
            + key
            + ", "
            + label
            + ", r.latest_outcome,"
            + " CASE WHEN r.latest_outcome IS NULL AND r.status = 'WITHDRAWN' THEN 1 ELSE 0 END,"
            + " COUNT(*) FROM accommodation_request r"
            + " WHERE 1 = 1"
            + where
            + c.sql
            + " GROUP BY "
            + key
            + ", "
            + label
            + ", r.latest_outcome,"
            + " CASE WHEN r.latest_outcome IS NULL AND r.status = 'WITHDRAWN' THEN 1 ELSE 0 END"
            + " ORDER BY 1";
    Query q = em.createNativeQuery(sql);
    c.bind(q);
    Map<String, long[]> groups = new LinkedHashMap<>();
    Map<String, String> labels = new HashMap<>();
    for (Object row : q.getResultList()) {
      Object[] cols = (Object[]) row;
      String k = String.valueOf(cols[0]);
      labels.put(k, String.valueOf(cols[1]));
      long[] counts = groups.computeIfAbsent(k, x -> new long[5]);
      String outcome = (String) cols[2];
      boolean withdrawn = ((Number) cols[3]).intValue() == 1;
      long n = ((Number) cols[4]).longValue();
      int slot =
          outcome == null
              ? (withdrawn ? 3 : 4)
              : switch (outcome) {
                case "APPROVED" -> 0;
                case "APPROVED_WITH_CHANGES" -> 1;
                default -> 2;
              };
      counts[slot] += n;
    }
    // names of reference data from their own small tables, not joined into the big GROUP BY
    if (dimension == Dimension.LOCATION || dimension == Dimension.JOB_CLASS) {
      String table = dimension == Dimension.LOCATION ? "work_location" : "job_class";
      for (Object row : em.createNativeQuery("SELECT code, name FROM " + table).getResultList()) {
        Object[] cols = (Object[]) row;
        if (labels.containsKey((String) cols[0])) {
          labels.put((String) cols[0], (String) cols[1]);
        }
      }
    }
    List<OutcomeCounts> result = new ArrayList<>();
    groups.forEach(
        (k, v) -> result.add(new OutcomeCounts(k, labels.get(k), v[0], v[1], v[2], v[3], v[4])));
    return result;
  }

  @Override
  public long openSubmittedBetween(StatsFilter filter, Instant from, Instant until) {
    Conditions c = conditions(filter, 2);
    Query q =
        em.createNativeQuery(
            "SELECT COUNT(*) FROM accommodation_request r WHERE r.status IN "
                + OPEN
                + " AND r.submitted_at >= ?1 AND r.submitted_at < ?2"
                + c.sql);
    q.setParameter(1, Timestamp.from(from == null ? Instant.EPOCH : from));
    q.setParameter(
        2, Timestamp.from(until == null ? Instant.parse("9999-12-31T00:00:00Z") : until));
    c.bind(q);
    return ((Number) q.getSingleResult()).longValue();
  }

  @Override
  public Optional<Instant> oldestOpen(StatsFilter filter) {
    Conditions c = conditions(filter);
    Query q =
        em.createNativeQuery(
            "SELECT MIN(r.submitted_at) FROM accommodation_request r WHERE r.status IN "
                + OPEN
                + c.sql);
    c.bind(q);
    Object v = q.getSingleResult();
    return v == null ? Optional.empty() : Optional.of(toInstant(v));
  }

  @Override
  public Durations timeToFirstDecision(StatsFilter filter) {
    Conditions c = conditions(filter);
    Query q =
        em.createNativeQuery(
            "SELECT PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY r.first_decision_seconds),"
                + " PERCENTILE_CONT(0.9) WITHIN GROUP (ORDER BY r.first_decision_seconds),"
                + " COUNT(r.first_decision_seconds)"
                + " FROM accommodation_request r WHERE r.first_decision_seconds IS NOT NULL"
                + c.sql);
    c.bind(q);
    Object[] row = (Object[]) q.getSingleResult();
    return new Durations(
        row[0] == null ? null : ((Number) row[0]).doubleValue(),
        row[1] == null ? null : ((Number) row[1]).doubleValue(),
        ((Number) row[2]).longValue());
  }

  @Override
  public AppealCounts appeals(StatsFilter filter) {
    Conditions c = conditions(filter);
    Query filed =
        em.createNativeQuery(
            "SELECT COUNT(*) FROM accommodation_request r WHERE r.appealed_at IS NOT NULL" + c.sql);
    c.bind(filed);
    Query decided =
        em.createNativeQuery(
            "SELECT COUNT(*),"
                + " SUM(CASE WHEN (i.outcome = 'DENIED' AND a.outcome <> 'DENIED')"
                + " OR (i.outcome = 'APPROVED_WITH_CHANGES' AND a.outcome = 'APPROVED')"
                + " THEN 1 ELSE 0 END)"
                + " FROM request_decision a"
                + " JOIN request_decision i ON i.request_id = a.request_id AND i.stage = 'INITIAL'"
                + " JOIN accommodation_request r ON r.id = a.request_id"
                + " WHERE a.stage = 'APPEAL'"
                + c.sql);
    c.bind(decided);
    Object[] d = (Object[]) decided.getSingleResult();
    return new AppealCounts(
        ((Number) filed.getSingleResult()).longValue(),
        ((Number) d[0]).longValue(),
        d[1] == null ? 0 : ((Number) d[1]).longValue());
  }

  @Override
  public Map<String, Integer> reviewerAliases(List<String> usernames) {
    Map<String, Integer> aliases = new HashMap<>();
    for (Object row :
        em.createNativeQuery("SELECT username, alias_no FROM reviewer_alias").getResultList()) {
      Object[] cols = (Object[]) row;
      aliases.put((String) cols[0], ((Number) cols[1]).intValue());
    }
    for (String u : usernames) {
      if (!aliases.containsKey(u)) {
        int next = aliases.values().stream().mapToInt(Integer::intValue).max().orElse(-1) + 1;
        em.createNativeQuery("INSERT INTO reviewer_alias (username, alias_no) VALUES (?, ?)")
            .setParameter(1, u)
            .setParameter(2, next)
            .executeUpdate();
        aliases.put(u, next);
      }
    }
    return aliases;
  }

  private static Instant toInstant(Object v) {
    if (v instanceof Timestamp t) {
      return t.toInstant();
    }
    if (v instanceof java.time.LocalDateTime ldt) {
      return Timestamp.valueOf(ldt).toInstant();
    }
    if (v instanceof java.time.OffsetDateTime odt) {
      return odt.toInstant();
    }
    throw new IllegalStateException("Unexpected timestamp type " + v.getClass());
  }

  /**
   * The filter as SQL conditions on {@code r} with positional parameters ?1, ?2, ... starting after
   * {@code before} parameters that the query binds itself.
   */
  private record Conditions(String sql, List<Object> params, int before) {
    void bind(Query q) {
      for (int i = 0; i < params.size(); i++) {
        q.setParameter(before + i + 1, params.get(i));
      }
    }
  }

  private static Conditions conditions(StatsFilter f) {
    return conditions(f, 0);
  }

  private static Conditions conditions(StatsFilter f, int before) {
    StringBuilder sql = new StringBuilder();
    List<Object> p = new ArrayList<>();
    if (f.from() != null) {
      p.add(Timestamp.from(f.from().atStartOfDay(ZoneOffset.UTC).toInstant()));
      sql.append(" AND r.submitted_at >= ?").append(before + p.size());
    }
    if (f.to() != null) {
      p.add(Timestamp.from(f.to().plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant()));
      sql.append(" AND r.submitted_at < ?").append(before + p.size());
    }
    if (f.category() != null) {
      p.add(f.category().name());
      sql.append(" AND r.category = ?").append(before + p.size());
    }
    if (f.location() != null) {
      p.add(f.location());
      sql.append(" AND r.work_location_code = ?").append(before + p.size());
    }
    return new Conditions(sql.toString(), p, before);
  }
}
