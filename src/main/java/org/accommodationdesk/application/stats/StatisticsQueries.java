package org.accommodationdesk.application.stats;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The statistics, computed by the database (GROUP BY, aggregates): never a loop over requests.
 * Counts come as {@link Tally}s: the number of requests and the sum of their record keys.
 */
public interface StatisticsQueries {
  /** Outcome counts grouped by one dimension: category, location, jobClass, month or reviewer. */
  List<OutcomeCounts> outcomes(Dimension dimension, StatsFilter filter);

  /** Counts by category, then status (every category and status present, zeros included). */
  Map<String, Map<String, Long>> statusCounts(StatsFilter filter);

  /**
   * Open requests (waiting for HR or the employee) by the day (UTC) they were submitted: bucket i
   * holds those submitted on or after {@code ageLimits[i]} (newest limit first) and before the
   * previous limit; the last bucket the older ones. Also the day the oldest was submitted.
   */
  Waiting waiting(StatsFilter filter, List<java.time.LocalDate> ageLimits);

  /** Median and 90th percentile of seconds from submission to the first decision, and the count. */
  Durations timeToFirstDecision(StatsFilter filter);

  /** Appeals filed, decided, and decided more favourably than the first decision. */
  AppealCounts appeals(StatsFilter filter);

  /** The pseudonyms of these reviewers (user name to pseudonym); read only, never assigns one. */
  Map<String, String> reviewerPseudonyms(Collection<String> usernames);

  /** The dimensions a breakdown can group by. */
  enum Dimension {
    CATEGORY,
    LOCATION,
    JOB_CLASS,
    MONTH,
    REVIEWER
  }

  /** Percentiles in seconds (null when nothing was decided). */
  record Durations(Double medianSeconds, Double p90Seconds, Tally decided) {}

  /** Open requests by age bucket, and the oldest one's submission. */
  record Waiting(List<Tally> byAge, Optional<java.time.LocalDate> oldest) {}

  /** Appeal counts. */
  record AppealCounts(Tally filed, Tally decided, Tally overturned, Tally renewals) {}

  /**
   * First decisions on time and late (past the hard limit included), and past the hard limit, by
   * category and by location; their business days (index: days, the last one "that many or more");
   * the requests overdue today, by category and location; late first decisions by delay reason code
   * ({@link Footprint#NO_REASON}: none recorded); requests by how they were handled ({@link
   * Footprint#EXPEDITED}, {@link Footprint#INTERIM}).
   */
  record TimelinessCounts(
      Map<String, Tally> onTimeByCategory,
      Map<String, Tally> lateByCategory,
      Map<String, Tally> onTimeByLocation,
      Map<String, Tally> lateByLocation,
      List<Tally> businessDays,
      Map<String, Tally> overdueByCategory,
      Map<String, Tally> overdueByLocation,
      Map<String, Tally> pastHardLimitByCategory,
      Map<String, Tally> pastHardLimitByLocation,
      Map<String, Tally> lateByReason,
      Map<String, Tally> handling) {}

  /** Timeliness within the filter; overdue as of {@code today} (open requests of the filter). */
  TimelinessCounts timeliness(StatsFilter filter, java.time.LocalDate today);
}
