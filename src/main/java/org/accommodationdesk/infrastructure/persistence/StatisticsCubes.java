package org.accommodationdesk.infrastructure.persistence;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.accommodationdesk.application.stats.Bucket;
import org.accommodationdesk.application.stats.Footprint;
import org.accommodationdesk.domain.request.DecisionOutcome;
import org.accommodationdesk.domain.request.RequestStatus;

/**
 * The statistics cubes (ADR 0008): outcome counts by month of submission, category and location,
 * job class or latest decider; status counts; appeals; a histogram of the time to first decision;
 * each count with the sum of its requests' record keys (ADR 0007).
 *
 * <p>They are kept live: every change of a request appends its difference in the same transaction
 * ({@link JpaStatisticsLedger}). Here they are built from the requests when they have never been
 * (after a migration, demo data or a bulk load: {@code stats_cube_state.complete_before = 0}), and
 * folded every five minutes so that each cell is one row again. Folding marks the rows it takes
 * with a batch number first, so rows that other transactions append meanwhile are left for the next
 * fold. One node folds per cycle; a fold started by hand meanwhile serialises on the rows' locks.
 */
@Singleton
public class StatisticsCubes {
  private static final Logger LOG = Logger.getLogger(StatisticsCubes.class.getName());

  /** complete_before once the cubes are built: they cover every month. */
  static final int BUILT = 999912;

  static final String MONTH =
      "CAST(EXTRACT(YEAR FROM r.submitted_at) AS INTEGER) * 100"
          + " + CAST(EXTRACT(MONTH FROM r.submitted_at) AS INTEGER)";

  /** The day of submission as yyyymmdd (UTC), as {@link Footprint#yyyymmdd} defines it. */
  static final String DAY =
      "CAST(EXTRACT(YEAR FROM r.submitted_at) AS INTEGER) * 10000"
          + " + CAST(EXTRACT(MONTH FROM r.submitted_at) AS INTEGER) * 100"
          + " + CAST(EXTRACT(DAY FROM r.submitted_at) AS INTEGER)";

  /** The outcome bucket of {@code r}, as {@link Footprint#bucket} defines it. */
  static final String BUCKET = Bucket.sql("r.latest_outcome", "r.status");

  /** OVERTURNED when appeal decision {@code a} is more favourable than first decision {@code i}. */
  static final String APPEAL_RESULT = appealResult("i.outcome", "a.outcome");

  /** The statuses of open requests, as a SQL list. */
  static final String OPEN =
      Stream.of(RequestStatus.values())
          .filter(RequestStatus::isOpen)
          .map(st -> "'" + st.name() + "'")
          .collect(Collectors.joining(",", "(", ")"));

  private static final String CUBE_KEY = "kind, yyyymm, category, dim, bucket";

  /** A first decision's bucket in the TIMELY cube (decision {@code d}). */
  static final String ON_TIME_BUCKET =
      Footprint.timelinessBucketSql("d.on_time", "d.within_hard_limit");

  /** A late first decision's reason in the DELAY cube (decision {@code d}). */
  static final String DELAY_REASON = Footprint.delayReasonSql("d.delay_reason");

  /** The HANDLING cube's cells: what a request's row says of its handling ({@code r}). */
  static final List<String[]> HANDLING =
      List.of(
          new String[] {Footprint.EXPEDITED, "r.expedited = TRUE"},
          new String[] {Footprint.INTERIM, "r.interim_from IS NOT NULL"},
          new String[] {Footprint.PROXY, "r.filed_by IS NOT NULL"});

  /** A first decision's bucket in the BDAYS cube: its business days, capped (decision d). */
  static final String DAYS_BUCKET = Footprint.businessDaysBucketSql("d.business_days");

  private static final String TIME_KEY = "yyyymm, category, tenths";

  @PersistenceContext private EntityManager em;

  /**
   * OVERTURNED when the appeal outcome (column {@code appeal}) is more favourable than the first
   * (column {@code first}), as {@link DecisionOutcome#isMoreFavourableThan} says; else UPHELD.
   */
  static String appealResult(String first, String appeal) {
    List<String> more = new ArrayList<>();
    for (DecisionOutcome f : DecisionOutcome.values()) {
      for (DecisionOutcome second : DecisionOutcome.values()) {
        if (second.isMoreFavourableThan(f)) {
          more.add("(" + first + " = '" + f + "' AND " + appeal + " = '" + second + "')");
        }
      }
    }
    return "CASE WHEN " + String.join(" OR ", more) + " THEN 'OVERTURNED' ELSE 'UPHELD' END";
  }

  /** Minutes per fold cycle: the schedule below. */
  static final int FOLD_MINUTES = 5;

  @jakarta.ejb.EJB private org.accommodationdesk.application.deadlines.ScheduledJobs jobs;

  /**
   * Every node's timer fires; the node that takes the cycle folds ({@link
   * org.accommodationdesk.application.deadlines.ScheduledJobs#claimCycle}), the others have nothing
   * to do.
   */
  @Schedule(minute = "*/" + FOLD_MINUTES, hour = "*", persistent = false)
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void scheduledFold() {
    long cycle = System.currentTimeMillis() / (FOLD_MINUTES * 60_000L);
    if (jobs.claimCycle(
        org.accommodationdesk.application.deadlines.ScheduledJobs.STATS_FOLD, cycle)) {
      fold();
    }
  }

  /** Builds the cubes from the requests if they have never been built; called at start-up. */
  @TransactionAttribute(TransactionAttributeType.REQUIRED)
  public void buildIfNeeded() {
    StartupLock.take(em); // nodes starting together build once
    Object state =
        em.createNativeQuery("SELECT complete_before FROM stats_cube_state WHERE id = 1")
            .getSingleResult();
    if (((Number) state).intValue() != BUILT) {
      rebuild();
    }
  }

  /** Folds the appended rows so that each cell is one row. */
  @TransactionAttribute(TransactionAttributeType.REQUIRED)
  public void fold() {
    long start = System.nanoTime();
    long batch = System.currentTimeMillis();
    int cube = fold("stats_cube", CUBE_KEY, batch);
    int time = fold("stats_decision_time", TIME_KEY, batch);
    if (cube + time > 0) {
      LOG.info(
          () ->
              String.format(
                  "Statistics cubes folded %d rows in %.0f ms",
                  cube + time, (System.nanoTime() - start) / 1e6));
    }
  }

  private int fold(String table, String key, long batch) {
    int appended =
        em.createNativeQuery("UPDATE " + table + " SET batch = ?1 WHERE batch IS NULL")
            .setParameter(1, batch)
            .executeUpdate();
    if (appended == 0) {
      return 0;
    }
    String[] columns = key.split(", ");
    StringBuilder same = new StringBuilder();
    for (String c : columns) {
      same.append(" AND d.").append(c).append(" = ").append(table).append('.').append(c);
    }
    em.createNativeQuery(
            "UPDATE "
                + table
                + " SET batch = ?1 WHERE batch = 0 AND EXISTS (SELECT 1 FROM "
                + table
                + " d WHERE d.batch = ?1"
                + same
                + ")")
        .setParameter(1, batch)
        .executeUpdate();
    em.createNativeQuery(
            "INSERT INTO "
                + table
                + " ("
                + key
                + ", n, key_sum, batch) SELECT "
                + key
                + ", SUM(n), SUM(key_sum), 0 FROM "
                + table
                + " WHERE batch = ?1 GROUP BY "
                + key
                + " HAVING SUM(n) <> 0")
        .setParameter(1, batch)
        .executeUpdate();
    em.createNativeQuery("DELETE FROM " + table + " WHERE batch = ?1")
        .setParameter(1, batch)
        .executeUpdate();
    return appended;
  }

  private static final String REQUESTS = "accommodation_request r";
  private static final String INITIAL_DECISIONS =
      "request_decision d JOIN accommodation_request r ON r.id = d.request_id";
  private static final String APPEAL_DECISIONS =
      "request_decision a"
          + " JOIN request_decision i ON i.request_id = a.request_id AND i.stage = 'INITIAL'"
          + " JOIN accommodation_request r ON r.id = a.request_id";

  /**
   * Where the rows of one kind of cube come from when it is rebuilt: per month (or day) and
   * category, its dimension and bucket (SQL of the requests {@code r}, or a quoted constant), from
   * these tables, on these conditions.
   */
  private record CubeSource(
      String kind, String time, String dim, String bucket, String from, String... conditions) {

    /** The rows it groups, as {@code stats_cube} takes them. */
    NativeSql rows() {
      NativeSql q =
          NativeSql.select(
                  NativeSql.code(kind),
                  time,
                  "r.category",
                  dim,
                  bucket,
                  "COUNT(*)",
                  "SUM(r.record_key)",
                  "0")
              .from(from);
      for (String c : conditions) {
        q.where(c);
      }
      q.groupBy(time, "r.category");
      // a constant is not grouped by (PostgreSQL refuses a literal in GROUP BY)
      for (String e : List.of(dim, bucket)) {
        if (!e.startsWith("'")) {
          q.groupBy(e);
        }
      }
      return q;
    }
  }

  /** Every cube's source, in the order they are rebuilt. */
  private static List<CubeSource> cubeSources() {
    List<CubeSource> sources = new ArrayList<>();
    sources.add(new CubeSource("LOCATION", MONTH, "r.work_location_code", BUCKET, REQUESTS));
    sources.add(new CubeSource("JOB_CLASS", MONTH, "r.job_class_code", BUCKET, REQUESTS));
    sources.add(
        new CubeSource(
            "REVIEWER",
            MONTH,
            "r.latest_decider",
            BUCKET,
            REQUESTS,
            "r.latest_decider IS NOT NULL"));
    sources.add(new CubeSource("STATUS", MONTH, "r.status", "'-'", REQUESTS));
    sources.add(
        new CubeSource(
            Footprint.OPEN, DAY, "r.work_location_code", "'-'", REQUESTS, "r.status IN " + OPEN));
    sources.add(
        new CubeSource("APPEAL", MONTH, "''", "'FILED'", REQUESTS, "r.appealed_at IS NOT NULL"));
    sources.add(
        new CubeSource(
            "APPEAL",
            MONTH,
            "''",
            NativeSql.code(Footprint.RENEWAL),
            REQUESTS,
            "r.renewal_of IS NOT NULL"));
    sources.add(
        new CubeSource(
            "APPEAL", MONTH, "''", APPEAL_RESULT, APPEAL_DECISIONS, "a.stage = 'APPEAL'"));
    sources.add(
        new CubeSource(
            Footprint.TIMELY,
            MONTH,
            "r.work_location_code",
            ON_TIME_BUCKET,
            INITIAL_DECISIONS,
            "d.stage = 'INITIAL'",
            "d.on_time IS NOT NULL"));
    sources.add(
        new CubeSource(
            Footprint.DELAY,
            MONTH,
            DELAY_REASON,
            "'-'",
            INITIAL_DECISIONS,
            "d.stage = 'INITIAL'",
            "d.on_time = FALSE"));
    for (String[] handling : HANDLING) {
      sources.add(
          new CubeSource(
              Footprint.HANDLING,
              MONTH,
              NativeSql.code(handling[0]),
              "'-'",
              REQUESTS,
              handling[1]));
    }
    sources.add(
        new CubeSource(
            Footprint.BUSINESS_DAYS,
            MONTH,
            "''",
            DAYS_BUCKET,
            INITIAL_DECISIONS,
            "d.stage = 'INITIAL'",
            "d.business_days IS NOT NULL"));
    return sources;
  }

  /** Rebuilds every cube from the requests, for every month. */
  private void rebuild() {
    long start = System.nanoTime();
    em.createNativeQuery("DELETE FROM stats_cube").executeUpdate();
    em.createNativeQuery("DELETE FROM stats_decision_time").executeUpdate();
    for (CubeSource source : cubeSources()) {
      source.rows().insertInto(em, "stats_cube (" + CUBE_KEY + ", n, key_sum, batch)");
    }
    String tenths =
        "CAST(r.first_decision_seconds / " + Footprint.SECONDS_PER_TENTH + " AS INTEGER)";
    NativeSql.select(MONTH, "r.category", tenths, "COUNT(*)", "SUM(r.record_key)", "0")
        .from(REQUESTS)
        .where("r.first_decision_seconds IS NOT NULL")
        .groupBy(MONTH, "r.category", tenths)
        .insertInto(em, "stats_decision_time (" + TIME_KEY + ", n, key_sum, batch)");
    em.createNativeQuery(
            "UPDATE stats_cube_state SET complete_before = ?1, refreshed_at = ?2 WHERE id = 1")
        .setParameter(1, BUILT)
        .setParameter(2, Timestamp.from(Instant.now()))
        .executeUpdate();
    LOG.info(
        () ->
            String.format("Statistics cubes built in %.0f ms", (System.nanoTime() - start) / 1e6));
  }
}
