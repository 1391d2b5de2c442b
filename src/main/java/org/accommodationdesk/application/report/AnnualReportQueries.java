package org.accommodationdesk.application.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.accommodationdesk.application.stats.Tally;

/**
 * The database queries behind the annual report (a port: SQL in infrastructure), over the requests
 * received from {@code from} (inclusive) to {@code to} (exclusive). Every count comes with the sum
 * of its requests' record keys, so that the union's view can be protected (ADR 0007).
 */
public interface AnnualReportQueries {
  /** What the requests of a group came to: GRANTED, DENIED, WITHDRAWN or PENDING. */
  enum Outcome {
    GRANTED,
    DENIED,
    WITHDRAWN,
    PENDING
  }

  /** The groups requests are counted in, with their outcomes. */
  enum Dimension {
    ALL,
    CATEGORY,
    ARRANGEMENT_REQUESTED,
    JOB_CLASS,
    WORK_LOCATION
  }

  /** What is counted by a key of its own. */
  enum Measure {
    /** Granted requests by the arrangement provided (as asked, or as granted with changes). */
    ARRANGEMENT_PROVIDED,
    /** Denied requests by the reason of the denial in force. */
    DENIAL_REASON,
    /** First decisions by business days taken: 0-5, 6-10, 11-15, 16-30, 31+. */
    TIME_TAKEN,
    /** First decisions made after their due day, by the delay reason they came with ("-": none). */
    LATE_BY_REASON,
    /** First decisions made after the hard limit (key "ALL"). */
    PAST_HARD_LIMIT,
    /** Requests that got an interim arrangement (key "ALL"). */
    INTERIM,
    /**
     * Requests HR expedited, by their first decision: {@link #EXPEDITED_KEYS} (by its due day,
     * after it, none yet).
     */
    EXPEDITED,
    /** Requests with a cost recorded (key "ALL"). */
    COST,
    /** Requests by source of technical assistance consulted. */
    ASSISTANCE,
    /** Requests where medical information was asked for, by why ("-": not said). */
    MEDICAL_INFORMATION
  }

  /** The keys of {@link Measure#EXPEDITED}, in order. */
  List<String> EXPEDITED_KEYS = List.of("ON_TIME", "LATE", "PENDING");

  /** The buckets of {@link Measure#TIME_TAKEN}, in order. */
  List<String> TIME_BUCKETS = List.of("0-5", "6-10", "11-15", "16-30", "31+");

  /** Key, then outcome, then the tally of its requests. */
  Map<String, Map<Outcome, Tally>> outcomes(Dimension dimension, Instant from, Instant to);

  /** Key, then the tally of its requests. */
  Map<String, Tally> count(Measure measure, Instant from, Instant to);

  /** The business days each first decision took, ascending. */
  List<Integer> businessDaysTaken(Instant from, Instant to);

  /** The days each request's interim arrangements applied up to {@code today}, ascending. */
  List<Long> interimDays(Instant from, Instant to, LocalDate today);

  /** Each recorded cost in cents, ascending. */
  List<Long> costsInCents(Instant from, Instant to);
}
