package org.accommodationdesk.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.accommodationdesk.application.consistency.CellCount;
import org.accommodationdesk.application.consistency.ConsistencyQueries;
import org.accommodationdesk.application.stats.StatsFilter;
import org.accommodationdesk.application.stats.Tally;
import org.accommodationdesk.domain.request.ArrangementType;
import org.accommodationdesk.domain.request.Category;
import org.accommodationdesk.domain.request.DecisionOutcome;

/**
 * The consistency analytics as grouped SQL (the same on H2 and PostgreSQL). Values are always bound
 * parameters; the only text put together is from the enums of this class's callers.
 */
@ApplicationScoped
public class JpaConsistencyQueries implements ConsistencyQueries {
  @PersistenceContext private EntityManager em;

  @Override
  public List<CellCount> counts(Unit unit, Measure measure, StatsFilter filter) {
    Params p = new Params();
    // one table for denials (the first decision's outcome and decider are on the request, read
    // from an index in this grouping order); appeals joined for overturns
    String unitColumn = unit == Unit.REVIEWER ? "r.first_decider" : "r.work_location_code";
    String event =
        measure == Measure.DENIAL
            ? "r.first_outcome = 'DENIED'"
            : "("
                + StatisticsCubes.appealResult("r.first_outcome", "a.outcome")
                + ") = 'OVERTURNED'";
    String sql =
        "SELECT "
            + unitColumn
            + ", r.category, r.arrangement_type, r.job_class_code, COUNT(*),"
            + " COALESCE(SUM(r.record_key), 0),"
            + " SUM(CASE WHEN "
            + event
            + " THEN 1 ELSE 0 END),"
            + " COALESCE(SUM(CASE WHEN "
            + event
            + " THEN r.record_key ELSE 0 END), 0)"
            + " FROM accommodation_request r"
            + (measure == Measure.OVERTURN
                ? " JOIN request_decision a ON a.request_id = r.id AND a.stage = 'APPEAL'"
                : "")
            + " WHERE r.first_outcome IS NOT NULL AND "
            + p.filter(filter)
            + " GROUP BY "
            + unitColumn
            + ", r.category, r.arrangement_type, r.job_class_code";
    List<CellCount> counts = new ArrayList<>();
    for (Object[] row : p.rows(em, sql)) {
      counts.add(
          new CellCount(
              String.valueOf(row[0]),
              row[1] + "|" + row[2] + "|" + row[3],
              new Tally(number(row[4]), number(row[5])),
              new Tally(number(row[6]), number(row[7]))));
    }
    return counts;
  }

  @Override
  public List<AlikePair> alikeWithDifferentOutcomes(
      StatsFilter filter, java.util.Set<String> locations, int withinDays, int limit) {
    Params p = new Params();
    String inPeriod = p.filter(filter, "a");
    if (!locations.isEmpty()) {
      inPeriod +=
          " AND a.work_location_code IN ("
              + String.join(", ", locations.stream().sorted().map(p::add).toList())
              + ")";
    }
    String sql =
        "SELECT a.id, b.id, fa.decided_by, fb.decided_by, fa.outcome, fb.outcome,"
            + " a.remote_days_per_week, b.remote_days_per_week, a.relationship, b.relationship,"
            + " a.submitted_at, b.submitted_at, a.category, a.arrangement_type, a.job_class_code,"
            + " a.work_location_code"
            + " FROM accommodation_request a"
            + " JOIN request_decision fa ON fa.request_id = a.id AND fa.stage = 'INITIAL'"
            + " JOIN accommodation_request b ON b.category = a.category"
            + " AND b.arrangement_type = a.arrangement_type"
            + " AND b.job_class_code = a.job_class_code"
            + " AND b.work_location_code = a.work_location_code"
            + " AND b.submitted_at >= a.submitted_at - "
            + p.days(withinDays)
            + " AND b.submitted_at <= a.submitted_at + "
            + p.days(withinDays)
            + " AND b.id > a.id"
            + p.bounds(filter, withinDays, "b")
            + " JOIN request_decision fb ON fb.request_id = b.id AND fb.stage = 'INITIAL'"
            + " WHERE "
            + inPeriod
            + " AND fa.decided_by <> fb.decided_by AND fa.outcome <> fb.outcome"
            // newest first, walking a's index backwards: the first pairs come at once
            + " ORDER BY a.submitted_at DESC, a.id DESC, b.id DESC"
            // in the SQL, not setMaxResults: EclipseLink would cap the rows read, and PostgreSQL
            // would plan for every pair (12 s instead of 0.3 s at a million requests)
            + " LIMIT "
            + p.add(limit);
    Query q = p.bind(em.createNativeQuery(sql));
    List<AlikePair> pairs = new ArrayList<>();
    for (Object row : q.getResultList()) {
      Object[] c = (Object[]) row;
      pairs.add(
          new AlikePair(
              number(c[0]),
              number(c[1]),
              (String) c[2],
              (String) c[3],
              DecisionOutcome.valueOf((String) c[4]),
              DecisionOutcome.valueOf((String) c[5]),
              integer(c[6]),
              integer(c[7]),
              (String) c[8],
              (String) c[9],
              instant(c[10]),
              instant(c[11]),
              (String) c[12],
              (String) c[13],
              (String) c[14],
              (String) c[15]));
    }
    return pairs;
  }

  @Override
  public List<WhatIfGroup> whatIf(List<Integer> sharePercents, StatsFilter filter) {
    if (sharePercents.size() > 31) {
      throw new IllegalArgumentException("at most 31 shares");
    }
    Params p = new Params();
    StringBuilder shares = new StringBuilder("0");
    for (int i = 0; i < sharePercents.size(); i++) {
      shares
          .append(" + CASE WHEN MOD(r.id, 100) < ")
          .append(p.add(sharePercents.get(i)))
          .append(" THEN ")
          .append(1 << i)
          .append(" ELSE 0 END");
    }
    String sql =
        "SELECT c, l, j, a, d, actual, s, COUNT(*), COALESCE(SUM(record_key), 0) FROM (SELECT"
            + " r.category AS c, r.work_location_code AS l, r.job_class_code AS j,"
            + " r.arrangement_type AS a, r.remote_days_per_week AS d, r.latest_outcome AS actual, "
            + shares
            + " AS s, r.record_key AS record_key FROM accommodation_request r WHERE "
            + p.filter(filter)
            + " AND r.latest_outcome IS NOT NULL) t GROUP BY c, l, j, a, d, actual, s";
    List<WhatIfGroup> groups = new ArrayList<>();
    for (Object[] row : p.rows(em, sql)) {
      groups.add(
          new WhatIfGroup(
              Category.valueOf((String) row[0]),
              (String) row[1],
              (String) row[2],
              ArrangementType.valueOf((String) row[3]),
              integer(row[4]),
              DecisionOutcome.valueOf((String) row[5]),
              (int) number(row[6]),
              new Tally(number(row[7]), number(row[8]))));
    }
    return groups;
  }

  private static long number(Object o) {
    return o == null ? 0 : ((Number) o).longValue();
  }

  private static Integer integer(Object o) {
    return o == null ? null : ((Number) o).intValue();
  }

  private static Instant instant(Object o) {
    if (o instanceof Timestamp t) {
      return t.toInstant();
    }
    if (o instanceof java.time.LocalDateTime l) {
      return l.toInstant(ZoneOffset.UTC);
    }
    return (Instant) o;
  }

  /** Positional parameters as a query is put together. */
  static final class Params {
    private final List<Object> values = new ArrayList<>();

    /** A placeholder for {@code value}. */
    String add(Object value) {
      values.add(value);
      return "?" + values.size();
    }

    /** An interval of whole days (a literal: both databases need it written out). */
    String days(int days) {
      if (days < 0 || days > 3660) {
        throw new IllegalArgumentException("days out of range");
      }
      return "INTERVAL '" + days + "' DAY";
    }

    /**
     * The period widened by {@code days} on each side, on the request of alias {@code b}: the
     * partner of a request filed in the period is filed near it (said outright, so that the
     * database need not walk every other period to find out).
     */
    String bounds(StatsFilter f, int days, String b) {
      StringBuilder c = new StringBuilder();
      if (f.from() != null) {
        c.append(" AND ")
            .append(b)
            .append(".submitted_at >= ")
            .append(add(Timestamp.from(start(f.from().minusDays(days)))));
      }
      if (f.to() != null) {
        c.append(" AND ")
            .append(b)
            .append(".submitted_at < ")
            .append(add(Timestamp.from(start(f.to().plusDays(days + 1L)))));
      }
      return c.toString();
    }

    /** The conditions of a statistics filter on request {@code r}. */
    String filter(StatsFilter f) {
      return filter(f, "r");
    }

    /** The conditions of a statistics filter on the request of alias {@code r}. */
    String filter(StatsFilter f, String r) {
      List<String> c = new ArrayList<>();
      c.add("1 = 1");
      if (f.from() != null) {
        c.add(r + ".submitted_at >= " + add(Timestamp.from(start(f.from()))));
      }
      if (f.to() != null) {
        c.add(r + ".submitted_at < " + add(Timestamp.from(start(f.to().plusDays(1)))));
      }
      if (f.category() != null) {
        c.add(r + ".category = " + add(f.category().name()));
      }
      if (f.location() != null) {
        c.add(r + ".work_location_code = " + add(f.location()));
      }
      return String.join(" AND ", c);
    }

    Query bind(Query q) {
      for (int i = 0; i < values.size(); i++) {
        q.setParameter(i + 1, values.get(i));
      }
      return q;
    }

    @SuppressWarnings("unchecked")
    List<Object[]> rows(EntityManager em, String sql) {
      return (List<Object[]>) bind(em.createNativeQuery(sql)).getResultList();
    }

    private static Instant start(LocalDate d) {
      return d.atStartOfDay(ZoneOffset.UTC).toInstant();
    }
  }
}
