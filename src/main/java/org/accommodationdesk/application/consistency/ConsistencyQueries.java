package org.accommodationdesk.application.consistency;

import java.time.Instant;
import java.util.List;
import org.accommodationdesk.application.stats.StatsFilter;
import org.accommodationdesk.application.stats.Tally;
import org.accommodationdesk.domain.request.ArrangementType;
import org.accommodationdesk.domain.request.Category;
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

  /** How the what-if tables group requests. */
  enum Dimension {
    ALL,
    CATEGORY,
    WORK_LOCATION,
    JOB_CLASS
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

  /**
   * Decided requests alike in everything a what-if policy can tell apart: where (category, work
   * location, job class), what was asked (arrangement, remote days a week), the outcome they got
   * (the latest decision), and which of the shares asked for each falls in (bit {@code i} of {@code
   * shares}: the request's number, modulo 100, is under the {@code i}-th share).
   */
  record WhatIfGroup(
      Category category,
      String location,
      String jobClass,
      ArrangementType arrangement,
      Integer remoteDays,
      DecisionOutcome actual,
      int shares,
      Tally tally) {

    /** This dimension's key of the group. */
    public String key(Dimension dimension) {
      return switch (dimension) {
        case ALL -> "ALL";
        case CATEGORY -> category.name();
        case WORK_LOCATION -> location;
        case JOB_CLASS -> jobClass;
      };
    }

    /** Remote days a week asked for, as a policy counts them. */
    public int daysAsked() {
      return arrangement.daysAsked(remoteDays);
    }

    /** Whether these requests fall in the {@code i}-th share asked for. */
    public boolean inShare(int i) {
      return i >= 0 && (shares >>> i & 1) == 1;
    }
  }

  /**
   * The decided requests of the filter in {@link WhatIfGroup}s, one pass over the requests whatever
   * the policy: every table of the what-if adds these up, and applies its rules to them.
   *
   * @param sharePercents the shares (per cent, at most 31 of them) a policy's rules take
   */
  List<WhatIfGroup> whatIf(List<Integer> sharePercents, StatsFilter filter);
}
