package org.accommodationdesk.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.accommodationdesk.application.report.AnnualReportQueries;
import org.accommodationdesk.application.stats.Tally;

/**
 * The annual report's figures as SQL over the requests received in the period (the same on H2 and
 * PostgreSQL): one grouped query per table of the report, each count with its record-key sum.
 */
@ApplicationScoped
public class JpaAnnualReportQueries implements AnnualReportQueries {
  /** The requests received in the period, with their first and their latest decision. */
  private static final String COHORT =
      " FROM accommodation_request r"
          + " LEFT JOIN request_decision f ON f.request_id = r.id AND f.stage = 'INITIAL'"
          + " LEFT JOIN request_decision l ON l.request_id = r.id AND l.decided_at = r.decided_at"
          + " WHERE r.submitted_at >= ?1 AND r.submitted_at < ?2";

  /** What a request came to (a withdrawal counts as such, whatever came before it). */
  private static final String OUTCOME =
      "CASE WHEN r.status = 'WITHDRAWN' THEN 'WITHDRAWN'"
          + " WHEN r.latest_outcome IN ('APPROVED', 'APPROVED_WITH_CHANGES') THEN 'GRANTED'"
          + " WHEN r.latest_outcome = 'DENIED' THEN 'DENIED' ELSE 'PENDING' END";

  private static final String TIME_BUCKET =
      "CASE WHEN f.business_days <= 5 THEN '0-5' WHEN f.business_days <= 10 THEN '6-10'"
          + " WHEN f.business_days <= 15 THEN '11-15' WHEN f.business_days <= 30 THEN '16-30'"
          + " ELSE '31+' END";

  private static final String KEYS = "COALESCE(SUM(r.record_key), 0)";

  @PersistenceContext private EntityManager em;

  @Override
  public Map<String, Map<Outcome, Tally>> outcomes(Dimension dimension, Instant from, Instant to) {
    String key =
        switch (dimension) {
          case ALL -> "'ALL'";
          case CATEGORY -> "r.category";
          case ARRANGEMENT_REQUESTED -> "r.arrangement_type";
          case JOB_CLASS -> "r.job_class_code";
          case WORK_LOCATION -> "r.work_location_code";
        };
    Map<String, Map<Outcome, Tally>> groups = new TreeMap<>();
    for (Object[] row :
        rows(
            "SELECT "
                + key
                + ", "
                + OUTCOME
                + ", COUNT(*), "
                + KEYS
                + COHORT
                + " GROUP BY "
                // PostgreSQL refuses a constant in GROUP BY: all requests by outcome only
                + (dimension == Dimension.ALL ? OUTCOME : key + ", " + OUTCOME),
            from,
            to)) {
      groups
          .computeIfAbsent(String.valueOf(row[0]), k -> new EnumMap<>(Outcome.class))
          .merge(Outcome.valueOf(String.valueOf(row[1])), tally(row, 2), Tally::plus);
    }
    return groups;
  }

  @Override
  public Map<String, Tally> count(Measure measure, Instant from, Instant to) {
    String sql =
        switch (measure) {
          case ARRANGEMENT_PROVIDED ->
              grouped(
                  "CASE WHEN r.latest_outcome = 'APPROVED' THEN r.arrangement_type"
                      + " ELSE l.granted_type END",
                  " AND r.status <> 'WITHDRAWN'"
                      + " AND r.latest_outcome IN ('APPROVED', 'APPROVED_WITH_CHANGES')");
          case DENIAL_REASON ->
              grouped(
                  "COALESCE(l.reason_code, '-')",
                  " AND r.status <> 'WITHDRAWN' AND r.latest_outcome = 'DENIED'");
          case TIME_TAKEN -> grouped(TIME_BUCKET, " AND f.business_days IS NOT NULL");
          case LATE_BY_REASON -> grouped("COALESCE(f.delay_reason, '-')", " AND f.on_time = FALSE");
          case PAST_HARD_LIMIT -> grouped("'ALL'", " AND f.within_hard_limit = FALSE");
          case INTERIM -> grouped("'ALL'", " AND r.interim_from IS NOT NULL");
          case EXPEDITED ->
              grouped(
                  "CASE WHEN f.on_time IS NULL THEN 'PENDING' WHEN f.on_time THEN 'ON_TIME'"
                      + " ELSE 'LATE' END",
                  " AND r.expedited = TRUE");
          case COST -> grouped("'ALL'", " AND r.cost_cents IS NOT NULL");
          case MEDICAL_INFORMATION ->
              grouped(
                  "COALESCE(r.medical_info_reason, '-')", " AND r.medical_info_requested = TRUE");
          case ASSISTANCE ->
              "SELECT a.source_code, COUNT(*), "
                  + KEYS
                  + " FROM request_assistance a JOIN accommodation_request r ON r.id = a.request_id"
                  + " WHERE r.submitted_at >= ?1 AND r.submitted_at < ?2 GROUP BY a.source_code";
        };
    Map<String, Tally> counts = new TreeMap<>();
    for (Object[] row : rows(sql, from, to)) {
      counts.merge(String.valueOf(row[0]), tally(row, 1), Tally::plus);
    }
    return counts;
  }

  /** Counts by key; a constant key ('ALL') counts every row in one (no GROUP BY: PostgreSQL). */
  private static String grouped(String key, String where) {
    String sql = "SELECT " + key + ", COUNT(*), " + KEYS + COHORT + where;
    return key.startsWith("'") ? sql : sql + " GROUP BY " + key;
  }

  @Override
  public List<Integer> businessDaysTaken(Instant from, Instant to) {
    List<Integer> days = new ArrayList<>();
    for (Object[] row :
        rows(
            "SELECT f.business_days, r.id"
                + COHORT
                + " AND f.business_days IS NOT NULL ORDER BY f.business_days",
            from,
            to)) {
      days.add(((Number) row[0]).intValue());
    }
    return days;
  }

  @Override
  public List<Long> interimDays(Instant from, Instant to, LocalDate today) {
    List<Long> days = new ArrayList<>();
    for (Object[] row :
        rows(
            "SELECT r.interim_from, r.interim_until, r.interim_ended_on, r.interim_days_before"
                + COHORT
                + " AND r.interim_from IS NOT NULL",
            from,
            to)) {
      days.add(
          org.accommodationdesk.domain.request.InterimArrangement.daysApplied(
              date(row[0]), date(row[1]), date(row[2]), ((Number) row[3]).longValue(), today));
    }
    days.sort(Long::compare);
    return days;
  }

  @Override
  public List<Long> costsInCents(Instant from, Instant to) {
    List<Long> costs = new ArrayList<>();
    for (Object[] row :
        rows(
            "SELECT r.cost_cents, r.id"
                + COHORT
                + " AND r.cost_cents IS NOT NULL ORDER BY r.cost_cents",
            from,
            to)) {
      costs.add(((Number) row[0]).longValue());
    }
    return costs;
  }

  @SuppressWarnings("unchecked")
  private List<Object[]> rows(String sql, Instant from, Instant to) {
    Query q = em.createNativeQuery(sql);
    q.setParameter(1, Timestamp.from(from));
    q.setParameter(2, Timestamp.from(to));
    return (List<Object[]>) q.getResultList();
  }

  private static Tally tally(Object[] row, int at) {
    return new Tally(((Number) row[at]).longValue(), ((Number) row[at + 1]).longValue());
  }

  private static LocalDate date(Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof LocalDate d) {
      return d;
    }
    if (value instanceof java.sql.Date d) {
      return d.toLocalDate();
    }
    return LocalDate.parse(value.toString().substring(0, 10));
  }
}
