package org.accommodationdesk.application.stats;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The statistics, computed by the database (GROUP BY, aggregates): never a loop over requests. */
public interface StatisticsQueries {
  /** Outcome counts grouped by one dimension: category, location, jobClass, month or reviewer. */
  List<OutcomeCounts> outcomes(Dimension dimension, StatsFilter filter);

  /** Counts by category, then status (every category and status present, zeros included). */
  Map<String, Map<String, Long>> statusCounts(StatsFilter filter);

  /** Open requests (waiting for HR or the employee) submitted in [from, until). */
  long openSubmittedBetween(StatsFilter filter, Instant from, Instant until);

  /** When the oldest open request was submitted. */
  Optional<Instant> oldestOpen(StatsFilter filter);

  /** Median and 90th percentile of seconds from submission to the first decision, and the count. */
  Durations timeToFirstDecision(StatsFilter filter);

  /** Appeals filed, decided, and decided more favourably than the first decision. */
  AppealCounts appeals(StatsFilter filter);

  /** Stable pseudonym numbers (0, 1, ...) of reviewers, assigning new ones as needed. */
  java.util.Map<String, Integer> reviewerAliases(List<String> usernames);

  /** The dimensions a breakdown can group by. */
  enum Dimension {
    CATEGORY,
    LOCATION,
    JOB_CLASS,
    MONTH,
    REVIEWER
  }

  /** Percentiles in seconds (null when nothing was decided). */
  record Durations(Double medianSeconds, Double p90Seconds, long count) {}

  /** Appeal counts. */
  record AppealCounts(long filed, long decided, long overturned) {}
}
