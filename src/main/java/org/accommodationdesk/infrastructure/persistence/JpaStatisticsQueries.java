package org.accommodationdesk.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.accommodationdesk.application.stats.Bucket;
import org.accommodationdesk.application.stats.Footprint;
import org.accommodationdesk.application.stats.OutcomeCounts;
import org.accommodationdesk.application.stats.StatisticsQueries;
import org.accommodationdesk.application.stats.StatsFilter;
import org.accommodationdesk.application.stats.Tally;

/**
 * The statistics in SQL that runs the same on H2 and PostgreSQL (ADR 0006, 0008).
 *
 * <p>Whole months come from the cubes, which every change keeps live ({@link JpaStatisticsLedger},
 * {@link StatisticsCubes}); partial months at the edges of a day filter (HR only: union reps ask
 * for whole periods) are counted on {@code accommodation_request} through its {@code submitted_at}
 * index, and the two are added up. A location filter is selective enough to count on the requests
 * directly. Every count comes with the sum of its record keys (a {@link Tally}).
 */
@ApplicationScoped
public class JpaStatisticsQueries implements StatisticsQueries {
  private static final String OPEN = StatisticsCubes.OPEN;
  private static final String KEYS = "COALESCE(SUM(r.record_key), 0)";

  @PersistenceContext private EntityManager em;

  /** Requests counted on the request table: a category, a location, [from, until). */
  private record Slice(String category, String location, Instant from, Instant until) {}

  /**
   * How to count a filter: whole months from the cubes (when {@code cubes}; a null bound is open)
   * plus the slices counted on the requests. Every statistic follows this one plan.
   */
  private record Plan(boolean cubes, Integer fromMonth, Integer toMonth, List<Slice> slices) {
    static Plan direct(Slice all) {
      return new Plan(false, null, null, List.of(all));
    }
  }

  // ---- outcomes ---------------------------------------------------------------------------------

  @Override
  public List<OutcomeCounts> outcomes(Dimension dimension, StatsFilter filter) {
    Map<String, Map<Bucket, Tally>> groups = new LinkedHashMap<>();
    Plan plan = plan(filter);
    if (plan.cubes()) {
      cubeOutcomes(dimension, filter.category(), plan, groups);
    }
    for (Slice s : plan.slices()) {
      rawOutcomes(dimension, s, groups);
    }
    Map<String, String> labels = labels(dimension);
    List<OutcomeCounts> result = new ArrayList<>();
    new TreeMap<>(groups)
        .forEach((k, v) -> result.add(new OutcomeCounts(k, labels.getOrDefault(k, k), v)));
    return result;
  }

  private void rawOutcomes(Dimension dimension, Slice s, Map<String, Map<Bucket, Tally>> groups) {
    String key =
        switch (dimension) {
          case CATEGORY -> "r.category";
          case LOCATION -> "r.work_location_code";
          case JOB_CLASS -> "r.job_class_code";
          case MONTH -> StatisticsCubes.MONTH;
          case REVIEWER -> "r.latest_decider";
        };
    String where = dimension == Dimension.REVIEWER ? " AND r.latest_decider IS NOT NULL" : "";
    Conditions c = conditions(s, 0);
    Query q =
        em.createNativeQuery(
            "SELECT "
                + key
                + ", "
                + StatisticsCubes.BUCKET
                + ", COUNT(*), "
                + KEYS
                + " FROM accommodation_request r WHERE 1 = 1"
                + where
                + c.sql
                + " GROUP BY "
                + key
                + ", "
                + StatisticsCubes.BUCKET);
    c.bind(q);
    add(q.getResultList(), groups);
  }

  private void cubeOutcomes(
      Dimension dimension,
      org.accommodationdesk.domain.request.Category category,
      Plan plan,
      Map<String, Map<Bucket, Tally>> groups) {
    String kind =
        switch (dimension) {
          case JOB_CLASS -> "JOB_CLASS";
          case REVIEWER -> "REVIEWER";
          default -> "LOCATION";
        };
    String key =
        switch (dimension) {
          case CATEGORY -> "category";
          case MONTH -> "yyyymm";
          default -> "dim";
        };
    CubeConditions c = cubeConditions(plan, category);
    Query q =
        em.createNativeQuery(
            "SELECT "
                + key
                + ", bucket, SUM(n), SUM(key_sum) FROM stats_cube WHERE kind = '"
                + kind
                + "'"
                + c.sql
                + " GROUP BY "
                + key
                + ", bucket");
    c.bind(q);
    add(q.getResultList(), groups);
  }

  private static void add(List<?> rows, Map<String, Map<Bucket, Tally>> groups) {
    for (Object row : rows) {
      Object[] cols = (Object[]) row;
      Map<Bucket, Tally> counts =
          groups.computeIfAbsent(String.valueOf(cols[0]), x -> new EnumMap<>(Bucket.class));
      counts.merge(Bucket.valueOf((String) cols[1]), tally(cols, 2), Tally::plus);
    }
  }

  /** The tally in columns {@code i} (count) and {@code i + 1} (key sum) of a result row. */
  private static Tally tally(Object[] cols, int i) {
    return new Tally(number(cols[i]), number(cols[i + 1]));
  }

  private static long number(Object v) {
    return v == null ? 0 : ((Number) v).longValue();
  }

  /** Names of reference data, from their own small tables. */
  private Map<String, String> labels(Dimension dimension) {
    Map<String, String> labels = new HashMap<>();
    if (dimension == Dimension.LOCATION || dimension == Dimension.JOB_CLASS) {
      String table = dimension == Dimension.LOCATION ? "work_location" : "job_class";
      for (Object row : em.createNativeQuery("SELECT code, name FROM " + table).getResultList()) {
        Object[] cols = (Object[]) row;
        labels.put((String) cols[0], (String) cols[1]);
      }
    }
    return labels;
  }

  @Override
  public Map<String, Map<String, Long>> statusCounts(StatsFilter filter) {
    Map<String, Map<String, Long>> counts = new LinkedHashMap<>();
    for (org.accommodationdesk.domain.request.Category c :
        org.accommodationdesk.domain.request.Category.values()) {
      Map<String, Long> byStatus = new LinkedHashMap<>();
      for (org.accommodationdesk.domain.request.RequestStatus s :
          org.accommodationdesk.domain.request.RequestStatus.values()) {
        byStatus.put(s.name(), 0L);
      }
      counts.put(c.name(), byStatus);
    }
    Plan plan = plan(filter);
    if (plan.cubes()) {
      CubeConditions cc = cubeConditions(plan, filter.category());
      Query cube =
          em.createNativeQuery(
              "SELECT category, dim, SUM(n) FROM stats_cube WHERE kind = 'STATUS'"
                  + cc.sql
                  + " GROUP BY category, dim");
      cc.bind(cube);
      addStatus(cube.getResultList(), counts);
    }
    for (Slice s : plan.slices()) {
      Conditions c = conditions(s, 0);
      Query q =
          em.createNativeQuery(
              "SELECT r.category, r.status, COUNT(*) FROM accommodation_request r WHERE 1 = 1"
                  + c.sql
                  + " GROUP BY r.category, r.status");
      c.bind(q);
      addStatus(q.getResultList(), counts);
    }
    return counts;
  }

  private static void addStatus(List<?> rows, Map<String, Map<String, Long>> counts) {
    for (Object row : rows) {
      Object[] cols = (Object[]) row;
      counts
          .get((String) cols[0])
          .merge((String) cols[1], ((Number) cols[2]).longValue(), Long::sum);
    }
  }

  // ---- backlog, time to decision, appeals -------------------------------------------------------

  @Override
  public Waiting waiting(StatsFilter filter, List<LocalDate> ageLimits) {
    Tally[] byAge = new Tally[ageLimits.size() + 1];
    java.util.Arrays.fill(byAge, Tally.ZERO);
    LocalDate oldest = null;
    if (!cubesBuilt()) {
      // one pass over the open requests themselves
      StringBuilder age = new StringBuilder("CASE");
      for (int i = 0; i < ageLimits.size(); i++) {
        age.append(" WHEN r.submitted_at >= ?").append(i + 1).append(" THEN ").append(i);
      }
      age.append(" ELSE ").append(ageLimits.size()).append(" END");
      Conditions c = conditions(slice(filter), ageLimits.size());
      Query q =
          em.createNativeQuery(
              "SELECT age, COUNT(*), COALESCE(SUM(record_key), 0), MIN(submitted_at) FROM (SELECT "
                  + age
                  + " AS age, r.record_key, r.submitted_at FROM accommodation_request r"
                  + " WHERE r.status IN "
                  + OPEN
                  + c.sql
                  + ") w GROUP BY age");
      for (int i = 0; i < ageLimits.size(); i++) {
        q.setParameter(i + 1, Timestamp.from(start(ageLimits.get(i))));
      }
      c.bind(q);
      for (Object row : q.getResultList()) {
        Object[] cols = (Object[]) row;
        byAge[((Number) cols[0]).intValue()] = tally(cols, 1);
        LocalDate first = LocalDate.ofInstant(toInstant(cols[3]), ZoneOffset.UTC);
        oldest = oldest == null || first.isBefore(oldest) ? first : oldest;
      }
      return new Waiting(List.of(byAge), Optional.ofNullable(oldest));
    }
    // the OPEN cube: open requests per submission day, category and location
    StringBuilder sql =
        new StringBuilder(
            "SELECT yyyymm, SUM(n), SUM(key_sum) FROM stats_cube WHERE kind = '"
                + Footprint.OPEN
                + "'");
    List<Object> p = new ArrayList<>();
    if (filter.from() != null) {
      p.add(Footprint.yyyymmdd(filter.from()));
      sql.append(" AND yyyymm >= ?").append(p.size());
    }
    if (filter.to() != null) {
      p.add(Footprint.yyyymmdd(filter.to()));
      sql.append(" AND yyyymm <= ?").append(p.size());
    }
    if (filter.category() != null) {
      p.add(filter.category().name());
      sql.append(" AND category = ?").append(p.size());
    }
    if (filter.location() != null) {
      p.add(filter.location());
      sql.append(" AND dim = ?").append(p.size());
    }
    sql.append(" GROUP BY yyyymm HAVING SUM(n) <> 0");
    Query q = em.createNativeQuery(sql.toString());
    for (int i = 0; i < p.size(); i++) {
      q.setParameter(i + 1, p.get(i));
    }
    for (Object row : q.getResultList()) {
      Object[] cols = (Object[]) row;
      int day = ((Number) cols[0]).intValue();
      LocalDate date = LocalDate.of(day / 10000, day / 100 % 100, day % 100);
      int bucket = 0;
      while (bucket < ageLimits.size() && date.isBefore(ageLimits.get(bucket))) {
        bucket++;
      }
      byAge[bucket] = byAge[bucket].plus(tally(cols, 1));
      oldest = oldest == null || date.isBefore(oldest) ? date : oldest;
    }
    return new Waiting(List.of(byAge), Optional.ofNullable(oldest));
  }

  private boolean cubesBuilt() {
    Object state =
        em
            .createNativeQuery("SELECT complete_before FROM stats_cube_state WHERE id = 1")
            .getResultList()
            .stream()
            .findFirst()
            .orElse(null);
    return state != null && ((Number) state).intValue() == StatisticsCubes.BUILT;
  }

  @Override
  public Durations timeToFirstDecision(StatsFilter filter) {
    Plan plan = plan(filter);
    // a histogram in tenths of a day: cubes for whole months, the requests for the rest
    TreeMap<Integer, Long> histogram = new TreeMap<>();
    Tally decided = Tally.ZERO;
    if (plan.cubes()) {
      CubeConditions cc = cubeConditions(plan, filter.category());
      Query cube =
          em.createNativeQuery(
              "SELECT tenths, SUM(n), SUM(key_sum) FROM stats_decision_time WHERE 1 = 1"
                  + cc.sql
                  + " GROUP BY tenths");
      cc.bind(cube);
      decided = decided.plus(addHistogram(cube.getResultList(), histogram));
    }
    String tenths =
        "CAST(r.first_decision_seconds / " + Footprint.SECONDS_PER_TENTH + " AS INTEGER)";
    for (Slice s : plan.slices()) {
      Conditions c = conditions(s, 0);
      Query q =
          em.createNativeQuery(
              "SELECT "
                  + tenths
                  + ", COUNT(*), "
                  + KEYS
                  + " FROM accommodation_request r WHERE r.first_decision_seconds IS NOT NULL"
                  + c.sql
                  + " GROUP BY "
                  + tenths);
      c.bind(q);
      decided = decided.plus(addHistogram(q.getResultList(), histogram));
    }
    long count = decided.count();
    return new Durations(
        percentile(histogram, count, 0.5), percentile(histogram, count, 0.9), decided);
  }

  private static Tally addHistogram(List<?> rows, Map<Integer, Long> histogram) {
    Tally all = Tally.ZERO;
    for (Object row : rows) {
      Object[] cols = (Object[]) row;
      Tally t = tally(cols, 1);
      histogram.merge(((Number) cols[0]).intValue(), t.count(), Long::sum);
      all = all.plus(t);
    }
    return all;
  }

  /** The p-th percentile in seconds, at the middle of its tenth-of-a-day bucket. */
  static Double percentile(TreeMap<Integer, Long> histogram, long count, double p) {
    if (count == 0) {
      return null;
    }
    long rank = (long) Math.floor(p * (count - 1));
    long seen = 0;
    for (Map.Entry<Integer, Long> e : histogram.entrySet()) {
      seen += e.getValue();
      if (seen > rank) {
        return (e.getKey() + 0.5) * 8640.0;
      }
    }
    return (histogram.lastKey() + 0.5) * 8640.0;
  }

  @Override
  public TimelinessCounts timeliness(StatsFilter filter, java.time.LocalDate today) {
    Map<String, Tally> onTimeCat = new TreeMap<>();
    Map<String, Tally> lateCat = new TreeMap<>();
    Map<String, Tally> onTimeLoc = new TreeMap<>();
    Map<String, Tally> lateLoc = new TreeMap<>();
    Tally[] days = new Tally[Footprint.MAX_BUSINESS_DAYS + 1];
    java.util.Arrays.fill(days, Tally.ZERO);
    Plan plan = plan(filter);
    List<Object[]> timely = new ArrayList<>();
    List<Object[]> bdays = new ArrayList<>();
    List<Object[]> delays = new ArrayList<>();
    List<Object[]> handling = new ArrayList<>();
    if (plan.cubes()) {
      CubeConditions cc = cubeConditions(plan, filter.category());
      Query t =
          em.createNativeQuery(
              "SELECT category, dim, bucket, SUM(n), SUM(key_sum) FROM stats_cube WHERE kind = '"
                  + Footprint.TIMELY
                  + "'"
                  + cc.sql
                  + " GROUP BY category, dim, bucket");
      cc.bind(t);
      rows(t, timely);
      Query b =
          em.createNativeQuery(
              "SELECT bucket, SUM(n), SUM(key_sum) FROM stats_cube WHERE kind = '"
                  + Footprint.BUSINESS_DAYS
                  + "'"
                  + cc.sql
                  + " GROUP BY bucket");
      cc.bind(b);
      rows(b, bdays);
      for (String kind : List.of(Footprint.DELAY, Footprint.HANDLING)) {
        Query q =
            em.createNativeQuery(
                "SELECT dim, SUM(n), SUM(key_sum) FROM stats_cube WHERE kind = '"
                    + kind
                    + "'"
                    + cc.sql
                    + " GROUP BY dim");
        cc.bind(q);
        rows(q, kind.equals(Footprint.DELAY) ? delays : handling);
      }
    }
    for (Slice s : plan.slices()) {
      Conditions c = conditions(s, 0);
      Query t =
          em.createNativeQuery(
              "SELECT r.category, r.work_location_code, "
                  + StatisticsCubes.ON_TIME_BUCKET
                  + ", COUNT(*), "
                  + KEYS
                  + " FROM request_decision d JOIN accommodation_request r ON r.id = d.request_id"
                  + " WHERE d.stage = 'INITIAL' AND d.on_time IS NOT NULL"
                  + c.sql
                  + " GROUP BY r.category, r.work_location_code, "
                  + StatisticsCubes.ON_TIME_BUCKET);
      c.bind(t);
      rows(t, timely);
      Query b =
          em.createNativeQuery(
              "SELECT "
                  + StatisticsCubes.DAYS_BUCKET
                  + ", COUNT(*), "
                  + KEYS
                  + " FROM request_decision d JOIN accommodation_request r ON r.id = d.request_id"
                  + " WHERE d.stage = 'INITIAL' AND d.business_days IS NOT NULL"
                  + c.sql
                  + " GROUP BY "
                  + StatisticsCubes.DAYS_BUCKET);
      c.bind(b);
      rows(b, bdays);
      Query q =
          em.createNativeQuery(
              "SELECT "
                  + StatisticsCubes.DELAY_REASON
                  + ", COUNT(*), "
                  + KEYS
                  + " FROM request_decision d JOIN accommodation_request r ON r.id = d.request_id"
                  + " WHERE d.stage = 'INITIAL' AND d.on_time = FALSE"
                  + c.sql
                  + " GROUP BY "
                  + StatisticsCubes.DELAY_REASON);
      c.bind(q);
      rows(q, delays);
      for (String[] h : StatisticsCubes.HANDLING) {
        Query hq =
            em.createNativeQuery(
                "SELECT '"
                    + h[0]
                    + "', COUNT(*), "
                    + KEYS
                    + " FROM accommodation_request r WHERE "
                    + h[1]
                    + c.sql);
        c.bind(hq);
        rows(hq, handling);
      }
    }
    Map<String, Tally> pastCat = new TreeMap<>();
    Map<String, Tally> pastLoc = new TreeMap<>();
    for (Object[] row : timely) {
      Tally n = tally(row, 3);
      boolean onTime = Footprint.ON_TIME.equals(row[2]);
      (onTime ? onTimeCat : lateCat).merge((String) row[0], n, Tally::plus);
      (onTime ? onTimeLoc : lateLoc).merge((String) row[1], n, Tally::plus);
      if (Footprint.PAST_HARD_LIMIT.equals(row[2])) {
        pastCat.merge((String) row[0], n, Tally::plus);
        pastLoc.merge((String) row[1], n, Tally::plus);
      }
    }
    Map<String, Tally> byReason = new TreeMap<>();
    for (Object[] row : delays) {
      byReason.merge(String.valueOf(row[0]).strip(), tally(row, 1), Tally::plus);
    }
    Map<String, Tally> handled = new TreeMap<>();
    for (Object[] row : handling) {
      handled.merge(String.valueOf(row[0]).strip(), tally(row, 1), Tally::plus);
    }
    for (Object[] row : bdays) {
      int d = Integer.parseInt(String.valueOf(row[0]).strip());
      days[Math.min(d, Footprint.MAX_BUSINESS_DAYS)] =
          days[Math.min(d, Footprint.MAX_BUSINESS_DAYS)].plus(tally(row, 1));
    }
    Map<String, Tally> overdueCat = new TreeMap<>();
    Map<String, Tally> overdueLoc = new TreeMap<>();
    StringBuilder where = new StringBuilder(" WHERE r.hr_due < ?1");
    List<Object> params = new ArrayList<>(List.of(java.sql.Date.valueOf(today)));
    if (filter.category() != null) {
      params.add(filter.category().name());
      where.append(" AND r.category = ?").append(params.size());
    }
    if (filter.location() != null) {
      params.add(filter.location());
      where.append(" AND r.work_location_code = ?").append(params.size());
    }
    Query o =
        em.createNativeQuery(
            "SELECT r.category, r.work_location_code, COUNT(*), "
                + KEYS
                + " FROM accommodation_request r"
                + where
                + " GROUP BY r.category, r.work_location_code");
    for (int i = 0; i < params.size(); i++) {
      o.setParameter(i + 1, params.get(i));
    }
    for (Object row : o.getResultList()) {
      Object[] cols = (Object[]) row;
      Tally n = tally(cols, 2);
      overdueCat.merge((String) cols[0], n, Tally::plus);
      overdueLoc.merge((String) cols[1], n, Tally::plus);
    }
    return new TimelinessCounts(
        onTimeCat,
        lateCat,
        onTimeLoc,
        lateLoc,
        List.of(days),
        overdueCat,
        overdueLoc,
        pastCat,
        pastLoc,
        byReason,
        handled);
  }

  private static void rows(Query q, List<Object[]> into) {
    for (Object row : q.getResultList()) {
      into.add((Object[]) row);
    }
  }

  @Override
  public AppealCounts appeals(StatsFilter filter) {
    Plan plan = plan(filter);
    Tally filed = Tally.ZERO;
    Tally upheld = Tally.ZERO;
    Tally overturned = Tally.ZERO;
    Tally renewals = Tally.ZERO;
    if (plan.cubes()) {
      CubeConditions cc = cubeConditions(plan, filter.category());
      Query cube =
          em.createNativeQuery(
              "SELECT bucket, SUM(n), SUM(key_sum) FROM stats_cube WHERE kind = 'APPEAL'"
                  + cc.sql
                  + " GROUP BY bucket");
      cc.bind(cube);
      for (Object row : cube.getResultList()) {
        Object[] cols = (Object[]) row;
        Tally n = tally(cols, 1);
        switch ((String) cols[0]) {
          case "FILED" -> filed = filed.plus(n);
          case "OVERTURNED" -> overturned = overturned.plus(n);
          case Footprint.RENEWAL -> renewals = renewals.plus(n);
          default -> upheld = upheld.plus(n);
        }
      }
    }
    for (Slice s : plan.slices()) {
      Conditions c = conditions(s, 0);
      Query f =
          em.createNativeQuery(
              "SELECT COUNT(*), "
                  + KEYS
                  + " FROM accommodation_request r WHERE r.appealed_at IS NOT NULL"
                  + c.sql);
      c.bind(f);
      filed = filed.plus(tally((Object[]) f.getSingleResult(), 0));
      Query renewed =
          em.createNativeQuery(
              "SELECT COUNT(*), "
                  + KEYS
                  + " FROM accommodation_request r WHERE r.renewal_of IS NOT NULL"
                  + c.sql);
      c.bind(renewed);
      renewals = renewals.plus(tally((Object[]) renewed.getSingleResult(), 0));
      Query d =
          em.createNativeQuery(
              "SELECT "
                  + StatisticsCubes.APPEAL_RESULT
                  + ", COUNT(*), "
                  + KEYS
                  + " FROM request_decision a"
                  + " JOIN request_decision i ON i.request_id = a.request_id AND i.stage = 'INITIAL'"
                  + " JOIN accommodation_request r ON r.id = a.request_id"
                  + " WHERE a.stage = 'APPEAL' AND r.appealed_at IS NOT NULL"
                  + c.sql
                  + " GROUP BY "
                  + StatisticsCubes.APPEAL_RESULT);
      c.bind(d);
      for (Object row : d.getResultList()) {
        Object[] cols = (Object[]) row;
        Tally n = tally(cols, 1);
        if ("OVERTURNED".equals(cols[0])) {
          overturned = overturned.plus(n);
        } else {
          upheld = upheld.plus(n);
        }
      }
    }
    return new AppealCounts(filed, upheld.plus(overturned), overturned, renewals);
  }

  @Override
  public Map<String, String> reviewerPseudonyms(Collection<String> usernames) {
    Map<String, String> pseudonyms = new HashMap<>();
    Set<String> wanted = new HashSet<>(usernames);
    for (Object row :
        em.createNativeQuery(
                "SELECT username, pseudonym FROM user_account WHERE pseudonym IS NOT NULL")
            .getResultList()) {
      Object[] cols = (Object[]) row;
      if (wanted.contains((String) cols[0])) {
        pseudonyms.put((String) cols[0], (String) cols[1]);
      }
    }
    return pseudonyms;
  }

  // ---- planning ---------------------------------------------------------------------------------

  /**
   * Splits the filter's period into whole months the cubes cover and slices to count directly; or
   * one slice for all, when there is a location filter (selective by itself), the cubes are not
   * built yet, or the period holds no whole month.
   */
  private Plan plan(StatsFilter f) {
    if (f.location() != null) {
      return Plan.direct(slice(f));
    }
    if (!cubesBuilt()) {
      return Plan.direct(slice(f));
    }
    YearMonth first = null;
    if (f.from() != null) {
      YearMonth m = YearMonth.from(f.from());
      first = f.from().getDayOfMonth() == 1 ? m : m.plusMonths(1);
    }
    YearMonth last = null;
    if (f.to() != null) {
      YearMonth m = YearMonth.from(f.to());
      last = f.to().equals(m.atEndOfMonth()) ? m : m.minusMonths(1);
    }
    if (first != null && last != null && first.isAfter(last)) {
      return Plan.direct(slice(f));
    }
    List<Slice> slices = new ArrayList<>();
    Instant from = f.from() == null ? null : start(f.from());
    Instant until = f.to() == null ? null : start(f.to().plusDays(1));
    if (first != null && from.isBefore(start(first.atDay(1)))) {
      slices.add(new Slice(cat(f), null, from, start(first.atDay(1))));
    }
    if (last != null && until.isAfter(start(last.plusMonths(1).atDay(1)))) {
      slices.add(new Slice(cat(f), null, start(last.plusMonths(1).atDay(1)), until));
    }
    return new Plan(
        true, first == null ? null : yyyymm(first), last == null ? null : yyyymm(last), slices);
  }

  private static String cat(StatsFilter f) {
    return f.category() == null ? null : f.category().name();
  }

  private static Slice slice(StatsFilter f) {
    return new Slice(
        cat(f),
        f.location(),
        f.from() == null ? null : start(f.from()),
        f.to() == null ? null : start(f.to().plusDays(1)));
  }

  private static Instant start(LocalDate d) {
    return d.atStartOfDay(ZoneOffset.UTC).toInstant();
  }

  private static int yyyymm(YearMonth m) {
    return m.getYear() * 100 + m.getMonthValue();
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

  /** SQL conditions on {@code r} with positional parameters after {@code before} others. */
  private record Conditions(String sql, List<Object> params, int before) {
    void bind(Query q) {
      for (int i = 0; i < params.size(); i++) {
        q.setParameter(before + i + 1, params.get(i));
      }
    }
  }

  private static Conditions conditions(Slice s, int before) {
    StringBuilder sql = new StringBuilder();
    List<Object> p = new ArrayList<>();
    if (s.from() != null) {
      p.add(Timestamp.from(s.from()));
      sql.append(" AND r.submitted_at >= ?").append(before + p.size());
    }
    if (s.until() != null) {
      p.add(Timestamp.from(s.until()));
      sql.append(" AND r.submitted_at < ?").append(before + p.size());
    }
    if (s.category() != null) {
      p.add(s.category());
      sql.append(" AND r.category = ?").append(before + p.size());
    }
    if (s.location() != null) {
      p.add(s.location());
      sql.append(" AND r.work_location_code = ?").append(before + p.size());
    }
    return new Conditions(sql.toString(), p, before);
  }

  /** Conditions on a cube's month range and category. */
  private record CubeConditions(String sql, List<Object> params) {
    void bind(Query q) {
      for (int i = 0; i < params.size(); i++) {
        q.setParameter(i + 1, params.get(i));
      }
    }
  }

  private static CubeConditions cubeConditions(
      Plan plan, org.accommodationdesk.domain.request.Category category) {
    StringBuilder sql = new StringBuilder();
    List<Object> p = new ArrayList<>();
    if (plan.fromMonth() != null) {
      p.add(plan.fromMonth());
      sql.append(" AND yyyymm >= ?").append(p.size());
    }
    if (plan.toMonth() != null) {
      p.add(plan.toMonth());
      sql.append(" AND yyyymm <= ?").append(p.size());
    }
    if (category != null) {
      p.add(category.name());
      sql.append(" AND category = ?").append(p.size());
    }
    return new CubeConditions(sql.toString(), p);
  }
}
