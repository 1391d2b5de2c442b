package org.accommodationdesk.application.consistency;

import java.time.Instant;
import java.util.List;
import org.accommodationdesk.application.stats.StatsFilter;
import org.accommodationdesk.application.stats.Tally;
import org.accommodationdesk.domain.analysis.PolicyRule;
import org.accommodationdesk.domain.request.DecisionOutcome;

/**
 * The database queries behind the consistency analytics (a port: SQL in infrastructure), over the
 * requests the filter selects (submitted in its period, of its category and location).
 */
public interface ConsistencyQueries {
  /** Whose rates are compared. */
  enum Unit {
    /** The reviewer who made the first decision. */
    REVIEWER,
    /** The requester's work location. */
    LOCATION
  }

  /** Which rate is compared. */
  enum Measure {
    /** First decisions that were denials, of all first decisions. */
    DENIAL,
    /** Appeals decided more favourably than the first decision, of all appeals decided. */
    OVERTURN
  }

  /** The outcome a request got or would get under a policy, for the what-if tables. */
  enum Outcome {
    APPROVED,
    APPROVED_WITH_CHANGES,
    DENIED
  }

  /** How the what-if tables group requests. */
  enum Dimension {
    ALL,
    CATEGORY,
    WORK_LOCATION,
    JOB_CLASS;

    /** This dimension's key of a cell {@code CATEGORY|LOCATION|JOB_CLASS}. */
    public String of(String cell) {
      String[] parts = cell.split("\\|", -1);
      return switch (this) {
        case ALL -> "ALL";
        case CATEGORY -> parts[0];
        case WORK_LOCATION -> parts[1];
        case JOB_CLASS -> parts[2];
      };
    }
  }

  /**
   * Counts per unit and case-mix cell ({@code CATEGORY|ARRANGEMENT|JOB_CLASS}): the decisions and
   * the events counted, with their record-key sums.
   */
  List<CellCount> counts(Unit unit, Measure measure, StatsFilter filter);

  /** Two first decisions on alike requests (same cell and location, filed near in time). */
  record AlikePair(
      long first,
      long second,
      String firstDecider,
      String secondDecider,
      DecisionOutcome firstOutcome,
      DecisionOutcome secondOutcome,
      Integer firstDays,
      Integer secondDays,
      String firstRelationship,
      String secondRelationship,
      Instant firstSubmitted,
      Instant secondSubmitted,
      String category,
      String arrangement,
      String jobClass,
      String location) {}

  /**
   * Pairs of first decisions by different reviewers, with different outcomes, on requests of the
   * same category, arrangement requested, job class and work location submitted within {@code
   * withinDays} days of each other, at these work locations (empty: every location); at most {@code
   * limit}, newest first.
   */
  List<AlikePair> alikeWithDifferentOutcomes(
      StatsFilter filter, java.util.Set<String> locations, int withinDays, int limit);

  /** One group of a what-if table: actual outcome, outcome under the policy, their tally. */
  record WhatIfCount(String key, Outcome actual, Outcome underPolicy, Tally tally) {}

  /**
   * The decided requests of the filter grouped by cell ({@code CATEGORY|LOCATION|JOB_CLASS}), by
   * the outcome they got (the latest decision) and the outcome {@code rules} would give them: one
   * pass over the requests; every table of the what-if adds these up ({@link Dimension#of}).
   */
  List<WhatIfCount> whatIf(List<PolicyRule> rules, StatsFilter filter);
}
