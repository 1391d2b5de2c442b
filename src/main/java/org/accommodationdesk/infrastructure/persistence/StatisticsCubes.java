package org.accommodationdesk.infrastructure.persistence;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.logging.Logger;

/**
 * Rebuilds the statistics cubes (ADR 0008) for every completed month: outcome counts by month,
 * category and location, job class or latest decider; appeals; a histogram of the time to first
 * decision. The current month is never cubed: the dashboards read it from the requests, so the
 * numbers of the month in progress are always live; figures of past months lag at most one refresh
 * interval (a late decision on an old request). Runs at start-up and every five minutes; the
 * refreshes of several instances serialise on the state row's lock.
 */
@Singleton
public class StatisticsCubes {
  private static final Logger LOG = Logger.getLogger(StatisticsCubes.class.getName());

  static final String MONTH =
      "CAST(EXTRACT(YEAR FROM r.submitted_at) AS INTEGER) * 100"
          + " + CAST(EXTRACT(MONTH FROM r.submitted_at) AS INTEGER)";
  static final String BUCKET =
      "CASE WHEN r.latest_outcome IS NOT NULL THEN r.latest_outcome"
          + " WHEN r.status = 'WITHDRAWN' THEN 'WITHDRAWN' ELSE 'PENDING' END";
  static final String APPEAL_RESULT =
      "CASE WHEN (i.outcome = 'DENIED' AND a.outcome <> 'DENIED')"
          + " OR (i.outcome = 'APPROVED_WITH_CHANGES' AND a.outcome = 'APPROVED')"
          + " THEN 'OVERTURNED' ELSE 'UPHELD' END";

  @PersistenceContext private EntityManager em;

  @Schedule(minute = "*/5", hour = "*", persistent = false)
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void scheduledRefresh() {
    refresh();
  }

  /** Rebuilds every cube for the months before the current one (UTC). */
  @TransactionAttribute(TransactionAttributeType.REQUIRED)
  public void refresh() {
    long start = System.nanoTime();
    YearMonth current = YearMonth.now(ZoneOffset.UTC);
    int completeBefore = current.getYear() * 100 + current.getMonthValue();
    Timestamp boundary = Timestamp.from(current.atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant());
    // takes the state row's lock first: concurrent refreshes wait for each other
    em.createNativeQuery(
            "UPDATE stats_cube_state SET complete_before = ?1, refreshed_at = ?2 WHERE id = 1")
        .setParameter(1, completeBefore)
        .setParameter(2, Timestamp.from(Instant.now()))
        .executeUpdate();
    em.createNativeQuery("DELETE FROM stats_cube").executeUpdate();
    em.createNativeQuery("DELETE FROM stats_decision_time").executeUpdate();
    outcomes("LOCATION", "r.work_location_code", "", boundary);
    outcomes("JOB_CLASS", "r.job_class_code", "", boundary);
    outcomes("REVIEWER", "r.latest_decider", " AND r.latest_decider IS NOT NULL", boundary);
    em.createNativeQuery(
            "INSERT INTO stats_cube (kind, yyyymm, category, dim, bucket, n)"
                + " SELECT 'STATUS', "
                + MONTH
                + ", r.category, r.status, '-', COUNT(*)"
                + " FROM accommodation_request r WHERE r.submitted_at < ?1"
                + " GROUP BY "
                + MONTH
                + ", r.category, r.status")
        .setParameter(1, boundary)
        .executeUpdate();
    em.createNativeQuery(
            "INSERT INTO stats_cube (kind, yyyymm, category, dim, bucket, n)"
                + " SELECT 'APPEAL', "
                + MONTH
                + ", r.category, '', 'FILED', COUNT(*)"
                + " FROM accommodation_request r"
                + " WHERE r.appealed_at IS NOT NULL AND r.submitted_at < ?1"
                + " GROUP BY "
                + MONTH
                + ", r.category")
        .setParameter(1, boundary)
        .executeUpdate();
    em.createNativeQuery(
            "INSERT INTO stats_cube (kind, yyyymm, category, dim, bucket, n)"
                + " SELECT 'APPEAL', "
                + MONTH
                + ", r.category, '', "
                + APPEAL_RESULT
                + ", COUNT(*)"
                + " FROM request_decision a"
                + " JOIN request_decision i ON i.request_id = a.request_id AND i.stage = 'INITIAL'"
                + " JOIN accommodation_request r ON r.id = a.request_id"
                + " WHERE a.stage = 'APPEAL' AND r.submitted_at < ?1"
                + " GROUP BY "
                + MONTH
                + ", r.category, "
                + APPEAL_RESULT)
        .setParameter(1, boundary)
        .executeUpdate();
    em.createNativeQuery(
            "INSERT INTO stats_decision_time (yyyymm, category, tenths, n)"
                + " SELECT "
                + MONTH
                + ", r.category, CAST(r.first_decision_seconds / 8640 AS INTEGER),"
                + " COUNT(*) FROM accommodation_request r"
                + " WHERE r.first_decision_seconds IS NOT NULL AND r.submitted_at < ?1"
                + " GROUP BY "
                + MONTH
                + ", r.category, CAST(r.first_decision_seconds / 8640 AS INTEGER)")
        .setParameter(1, boundary)
        .executeUpdate();
    LOG.info(
        () ->
            String.format(
                "Statistics cubes refreshed up to %d in %.0f ms",
                completeBefore, (System.nanoTime() - start) / 1e6));
  }

  private void outcomes(String kind, String dim, String where, Timestamp boundary) {
    em.createNativeQuery(
            "INSERT INTO stats_cube (kind, yyyymm, category, dim, bucket, n)"
                + " SELECT '"
                + kind
                + "', "
                + MONTH
                + ", r.category, "
                + dim
                + ", "
                + BUCKET
                + ", COUNT(*)"
                + " FROM accommodation_request r WHERE r.submitted_at < ?1"
                + where
                + " GROUP BY "
                + MONTH
                + ", r.category, "
                + dim
                + ", "
                + BUCKET)
        .setParameter(1, boundary)
        .executeUpdate();
  }
}
