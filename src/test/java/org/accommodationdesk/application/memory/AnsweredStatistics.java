package org.accommodationdesk.application.memory;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import org.accommodationdesk.application.stats.Bucket;
import org.accommodationdesk.application.stats.OutcomeCounts;
import org.accommodationdesk.application.stats.StatisticsQueries;
import org.accommodationdesk.application.stats.StatsFilter;
import org.accommodationdesk.application.stats.Tally;

/**
 * The statistics database's answers, as a test sets them (the counting itself is the database's,
 * checked by the integration tests): every query answers what its field holds, and the filters and
 * dates asked for are kept for the test to read.
 */
public class AnsweredStatistics implements StatisticsQueries {
  public final Map<Dimension, List<OutcomeCounts>> outcomes = new EnumMap<>(Dimension.class);
  public Map<String, Map<String, Long>> statusCounts = Map.of();
  public Waiting waiting =
      new Waiting(List.of(Tally.ZERO, Tally.ZERO, Tally.ZERO, Tally.ZERO), Optional.empty());
  public Durations durations = new Durations(null, null, Tally.ZERO);
  public AppealCounts appeals = new AppealCounts(Tally.ZERO, Tally.ZERO, Tally.ZERO, Tally.ZERO);
  public final Map<String, String> pseudonyms = new HashMap<>();
  public TimelinessCounts timeliness =
      new TimelinessCounts(
          Map.of(), Map.of(), Map.of(), Map.of(), List.of(), Map.of(), Map.of(), Map.of(), Map.of(),
          Map.of(), Map.of());

  /** The filters asked for, in order. */
  public final List<StatsFilter> asked = new ArrayList<>();

  /** The age limits of the last backlog asked for. */
  public List<LocalDate> ageLimits;

  /** The day timeliness was last asked for ("overdue today"). */
  public LocalDate timelinessToday;

  /** Random record keys, the same for every run of a test. */
  private final SplittableRandom keys = new SplittableRandom(22);

  /** {@code n} requests with random record keys, as the database tallies them. */
  public Tally tally(int n) {
    long sum = 0;
    for (int i = 0; i < n; i++) {
      sum += keys.nextLong(1L << 31);
    }
    return new Tally(n, sum);
  }

  /** A group of these many requests per bucket (in the order of {@link Bucket}), random keys. */
  public OutcomeCounts group(String key, int... perBucket) {
    Map<Bucket, Tally> buckets = new LinkedHashMap<>();
    for (int i = 0; i < perBucket.length; i++) {
      buckets.put(Bucket.values()[i], tally(perBucket[i]));
    }
    return new OutcomeCounts(key, key, buckets);
  }

  @Override
  public List<OutcomeCounts> outcomes(Dimension dimension, StatsFilter filter) {
    asked.add(filter);
    return outcomes.getOrDefault(dimension, List.of());
  }

  @Override
  public Map<String, Map<String, Long>> statusCounts(StatsFilter filter) {
    asked.add(filter);
    return statusCounts;
  }

  @Override
  public Waiting waiting(StatsFilter filter, List<LocalDate> ageLimits) {
    asked.add(filter);
    this.ageLimits = List.copyOf(ageLimits);
    return waiting;
  }

  @Override
  public Durations timeToFirstDecision(StatsFilter filter) {
    asked.add(filter);
    return durations;
  }

  @Override
  public AppealCounts appeals(StatsFilter filter) {
    asked.add(filter);
    return appeals;
  }

  @Override
  public Map<String, String> reviewerPseudonyms(Collection<String> usernames) {
    Map<String, String> known = new HashMap<>();
    for (String u : usernames) {
      if (pseudonyms.containsKey(u)) {
        known.put(u, pseudonyms.get(u));
      }
    }
    return known;
  }

  @Override
  public TimelinessCounts timeliness(StatsFilter filter, LocalDate today) {
    asked.add(filter);
    timelinessToday = today;
    return timeliness;
  }
}
