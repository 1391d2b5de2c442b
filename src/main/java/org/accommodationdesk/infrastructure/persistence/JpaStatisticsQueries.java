package org.accommodationdesk.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
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
 * directly. Every count comes with the sum of its record keys (a {@link Tally}). Every query is a
 * {@link NativeSql}: its values bound, never written into the text.
 */
@ApplicationScoped
public class JpaStatisticsQueries implements StatisticsQueries {
  private static final String REQUESTS = "accommodation_request r";
  private static final String INITIAL_DECISIONS =
      "request_decision d JOIN accommodation_request r ON r.id = d.request_id";
  private static final String KEYS = "COALESCE(SUM(r.record_key), 0)";

  @PersistenceContext private EntityManager em;

  /** Requests counted on the request table: a category, a location, [from, until). */
  private record Slice(String category, String location, Instant from, Instant until) {
    /** The query, limited to this slice's requests ({@code r}). */
    NativeSql within(NativeSql q) {
      return q.whereGiven("r.submitted_at >= ?", from == null ? null : Timestamp.from(from))
          .whereGiven("r.submitted_at < ?", until == null ? null : Timestamp.from(until))
          .whereGiven("r.category = ?", category)
          .whereGiven("r.work_location_code = ?", location);
    }
  }

  /**
   * How to count a filter: whole months from the cubes (when {@code cubes}; a null bound is open)
   * plus the slices counted on the requests. Every statistic follows this one plan.
   */
  private record Plan(boolean cubes, Integer fromMonth, Integer toMonth, List<Slice> slices) {
    static Plan direct(Slice all) {
      return new Plan(false, null, null, List.of(all));
    }

    /** A cube's query, limited to this plan's months and a category. */
    NativeSql withinMonths(NativeSql q, org.accommodationdesk.domain.request.Category category) {
      return q.whereGiven("yyyymm >= ?", fromMonth)
          .whereGiven("yyyymm <= ?", toMonth)
          .whereGiven("category = ?", category == null ? null : category.name());
    }
  }

  /** SELECT these FROM a cube table, of one kind (null: the table has no kinds). */
  private static NativeSql cube(String table, String kind, String... columns) {
    NativeSql q = NativeSql.select(columns).from(table);
    return kind == null ? q : q.whereCode("kind", kind);
  }

  // ---- outcomes ---------------------------------------------------------------------------------

  @Override
  public List<OutcomeCounts> outcomes(Dimension dimension, StatsFilter filter) {
    Map<String, Map<Bucket, Tally>> groups = new LinkedHashMap<>();
    Plan plan = plan(filter);
    if (plan.cubes()) {
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
      NativeSql q = cube("stats_cube", kind, key, "bucket", "SUM(n)", "SUM(key_sum)");
      add(plan.withinMonths(q, filter.category()).groupBy(key, "bucket").rows(em), groups);
    }
    String key =
        switch (dimension) {
          case CATEGORY -> "r.category";
          case LOCATION -> "r.work_location_code";
          case JOB_CLASS -> "r.job_class_code";
          case MONTH -> StatisticsCubes.MONTH;
          case REVIEWER -> "r.latest_decider";
        };
    for (Slice s : plan.slices()) {
      NativeSql q = NativeSql.select(key, StatisticsCubes.BUCKET, "COUNT(*)", KEYS).from(REQUESTS);
      if (dimension == Dimension.REVIEWER) {
        q.where("r.latest_decider IS NOT NULL");
      }
      add(s.within(q).groupBy(key, StatisticsCubes.BUCKET).rows(em), groups);
    }
    Map<String, String> labels = labels(dimension);
    List<OutcomeCounts> result = new ArrayList<>();
    new TreeMap<>(groups)
        .forEach((k, v) -> result.add(new OutcomeCounts(k, labels.getOrDefault(k, k), v)));
    return result;
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
      for (Object[] cols : NativeSql.select("code", "name").from(table).rows(em)) {
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
      NativeSql q = cube("stats_cube", "STATUS", "category", "dim", "SUM(n)");
      addStatus(
          plan.withinMonths(q, filter.category()).groupBy("category", "dim").rows(em), counts);
    }
    for (Slice s : plan.slices()) {
      NativeSql q = NativeSql.select("r.category", "r.status", "COUNT(*)").from(REQUESTS);
      addStatus(s.within(q).groupBy("r.category", "r.status").rows(em), counts);
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
      List<Object> limits = new ArrayList<>();
      for (int i = 0; i < ageLimits.size(); i++) {
        age.append(" WHEN r.submitted_at >= ? THEN ").append(i);
        limits.add(Timestamp.from(start(ageLimits.get(i))));
      }
      age.append(" ELSE ").append(ageLimits.size()).append(" END AS age");
      NativeSql open =
          NativeSql.select()
              .selectWith(age.toString(), limits)
              .selectWith("r.record_key", List.of())
              .selectWith("r.submitted_at", List.of())
              .from(REQUESTS)
              .where("r.status IN " + StatisticsCubes.OPEN);
      NativeSql q =
          NativeSql.select("age", "COUNT(*)", "COALESCE(SUM(record_key), 0)", "MIN(submitted_at)")
              .from(slice(filter).within(open), "w")
              .groupBy("age");
      for (Object[] cols : q.rows(em)) {
        byAge[((Number) cols[0]).intValue()] = tally(cols, 1);
        LocalDate first = LocalDate.ofInstant(toInstant(cols[3]), ZoneOffset.UTC);
        oldest = oldest == null || first.isBefore(oldest) ? first : oldest;
      }
      return new Waiting(List.of(byAge), Optional.ofNullable(oldest));
    }
    // the OPEN cube: open requests per submission day, category and location
    NativeSql q =
        cube("stats_cube", Footprint.OPEN, "yyyymm", "SUM(n)", "SUM(key_sum)")
            .whereGiven(
                "yyyymm >= ?", filter.from() == null ? null : Footprint.yyyymmdd(filter.from()))
            .whereGiven("yyyymm <= ?", filter.to() == null ? null : Footprint.yyyymmdd(filter.to()))
            .whereGiven("category = ?", filter.category() == null ? null : filter.category().name())
            .whereGiven("dim = ?", filter.location())
            .groupBy("yyyymm")
            .having("SUM(n) <> 0");
    for (Object[] cols : q.rows(em)) {
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
        NativeSql.select("complete_before")
            .from("stats_cube_state")
            .where("id = 1")
            .on(em)
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
      NativeSql q = cube("stats_decision_time", null, "tenths", "SUM(n)", "SUM(key_sum)");
      decided =
          decided.plus(
              addHistogram(
                  plan.withinMonths(q, filter.category()).groupBy("tenths").rows(em), histogram));
    }
    String tenths =
        "CAST(r.first_decision_seconds / " + Footprint.SECONDS_PER_TENTH + " AS INTEGER)";
    for (Slice s : plan.slices()) {
      NativeSql q =
          NativeSql.select(tenths, "COUNT(*)", KEYS)
              .from(REQUESTS)
              .where("r.first_decision_seconds IS NOT NULL");
      decided = decided.plus(addHistogram(s.within(q).groupBy(tenths).rows(em), histogram));
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
      String[] tally = {"SUM(n)", "SUM(key_sum)"};
      timely.addAll(
          plan.withinMonths(
                  cube(
                      "stats_cube",
                      Footprint.TIMELY,
                      "category",
                      "dim",
                      "bucket",
                      tally[0],
                      tally[1]),
                  filter.category())
              .groupBy("category", "dim", "bucket")
              .rows(em));
      bdays.addAll(
          plan.withinMonths(
                  cube("stats_cube", Footprint.BUSINESS_DAYS, "bucket", tally[0], tally[1]),
                  filter.category())
              .groupBy("bucket")
              .rows(em));
      for (String kind : List.of(Footprint.DELAY, Footprint.HANDLING)) {
        (kind.equals(Footprint.DELAY) ? delays : handling)
            .addAll(
                plan.withinMonths(
                        cube("stats_cube", kind, "dim", tally[0], tally[1]), filter.category())
                    .groupBy("dim")
                    .rows(em));
      }
    }
    for (Slice s : plan.slices()) {
      timely.addAll(
          s.within(
                  NativeSql.select(
                          "r.category",
                          "r.work_location_code",
                          StatisticsCubes.ON_TIME_BUCKET,
                          "COUNT(*)",
                          KEYS)
                      .from(INITIAL_DECISIONS)
                      .where("d.stage = 'INITIAL'")
                      .where("d.on_time IS NOT NULL"))
              .groupBy("r.category", "r.work_location_code", StatisticsCubes.ON_TIME_BUCKET)
              .rows(em));
      bdays.addAll(
          s.within(
                  NativeSql.select(StatisticsCubes.DAYS_BUCKET, "COUNT(*)", KEYS)
                      .from(INITIAL_DECISIONS)
                      .where("d.stage = 'INITIAL'")
                      .where("d.business_days IS NOT NULL"))
              .groupBy(StatisticsCubes.DAYS_BUCKET)
              .rows(em));
      delays.addAll(
          s.within(
                  NativeSql.select(StatisticsCubes.DELAY_REASON, "COUNT(*)", KEYS)
                      .from(INITIAL_DECISIONS)
                      .where("d.stage = 'INITIAL'")
                      .where("d.on_time = FALSE"))
              .groupBy(StatisticsCubes.DELAY_REASON)
              .rows(em));
      for (String[] h : StatisticsCubes.HANDLING) {
        NativeSql q = NativeSql.select("COUNT(*)", KEYS).from(REQUESTS).where(h[1]);
        for (Object[] cols : s.within(q).rows(em)) {
          handling.add(new Object[] {h[0], cols[0], cols[1]});
        }
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
    NativeSql overdue =
        NativeSql.select("r.category", "r.work_location_code", "COUNT(*)", KEYS)
            .from(REQUESTS)
            .where("r.hr_due < ?", java.sql.Date.valueOf(today))
            .whereGiven(
                "r.category = ?", filter.category() == null ? null : filter.category().name())
            .whereGiven("r.work_location_code = ?", filter.location())
            .groupBy("r.category", "r.work_location_code");
    for (Object[] cols : overdue.rows(em)) {
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

  @Override
  public AppealCounts appeals(StatsFilter filter) {
    Plan plan = plan(filter);
    Tally filed = Tally.ZERO;
    Tally upheld = Tally.ZERO;
    Tally overturned = Tally.ZERO;
    Tally renewals = Tally.ZERO;
    if (plan.cubes()) {
      NativeSql q = cube("stats_cube", "APPEAL", "bucket", "SUM(n)", "SUM(key_sum)");
      for (Object[] cols : plan.withinMonths(q, filter.category()).groupBy("bucket").rows(em)) {
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
      filed =
          filed.plus(
              tally(
                  s.within(
                          NativeSql.select("COUNT(*)", KEYS)
                              .from(REQUESTS)
                              .where("r.appealed_at IS NOT NULL"))
                      .rows(em)
                      .get(0),
                  0));
      renewals =
          renewals.plus(
              tally(
                  s.within(
                          NativeSql.select("COUNT(*)", KEYS)
                              .from(REQUESTS)
                              .where("r.renewal_of IS NOT NULL"))
                      .rows(em)
                      .get(0),
                  0));
      NativeSql results =
          NativeSql.select(StatisticsCubes.APPEAL_RESULT, "COUNT(*)", KEYS)
              .from(
                  "request_decision a"
                      + " JOIN request_decision i ON i.request_id = a.request_id"
                      + " AND i.stage = 'INITIAL'"
                      + " JOIN accommodation_request r ON r.id = a.request_id")
              .where("a.stage = 'APPEAL'")
              .where("r.appealed_at IS NOT NULL");
      for (Object[] cols : s.within(results).groupBy(StatisticsCubes.APPEAL_RESULT).rows(em)) {
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
    NativeSql q =
        NativeSql.select("username", "pseudonym")
            .from("user_account")
            .where("pseudonym IS NOT NULL");
    for (Object[] cols : q.rows(em)) {
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
}
