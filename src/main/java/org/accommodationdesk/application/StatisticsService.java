package org.accommodationdesk.application;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.accommodationdesk.application.stats.Cell;
import org.accommodationdesk.application.stats.OutcomeCounts;
import org.accommodationdesk.application.stats.SmallCellSuppression;
import org.accommodationdesk.application.stats.StatTable;
import org.accommodationdesk.application.stats.StatTables;
import org.accommodationdesk.application.stats.StatisticsQueries;
import org.accommodationdesk.application.stats.StatisticsQueries.Dimension;
import org.accommodationdesk.application.stats.StatsFilter;
import org.accommodationdesk.domain.account.Role;
import org.accommodationdesk.domain.request.Category;
import org.accommodationdesk.domain.request.InvalidInputException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Aggregate numbers for HR reviewers and union reps, computed by the database. HR sees every number
 * and reviewers by name; union reps see small counts suppressed (below the minimum cell size, with
 * complementary suppression) and reviewers as stable pseudonyms. No figure here is about one
 * person's case.
 */
@Stateless
@DeclareRoles({Role.REVIEWER, Role.UNION_REP})
public class StatisticsService {
  @Inject private StatisticsQueries queries;
  @Inject private CurrentUser currentUser;
  @Inject private Clock clock;

  @Inject
  @ConfigProperty(name = "accommodationdesk.stats.minimum-cell-size", defaultValue = "11")
  private int minimumCellSize;

  /** Outcomes per category; for HR also the counts by category and status. */
  @RolesAllowed({Role.REVIEWER, Role.UNION_REP})
  public Summary summary(StatsFilter filter) {
    check(filter);
    StatTable byCategory = breakdown(Dimension.CATEGORY, filter);
    Map<String, Map<String, Long>> byStatus = unionView() ? null : queries.statusCounts(filter);
    return new Summary(byCategory, byStatus, minimumCellSize, unionView());
  }

  /** Outcomes grouped by category, location, job class, month of submission or reviewer. */
  @RolesAllowed({Role.REVIEWER, Role.UNION_REP})
  public StatTable breakdown(Dimension dimension, StatsFilter filter) {
    check(filter);
    List<OutcomeCounts> groups = queries.outcomes(dimension, filter);
    if (dimension == Dimension.CATEGORY) {
      groups = allCategories(groups);
    }
    if (dimension == Dimension.MONTH) {
      groups = groups.stream().map(StatisticsService::monthLabel).toList();
    }
    if (dimension == Dimension.REVIEWER && unionView()) {
      Map<String, Integer> aliases =
          queries.reviewerAliases(groups.stream().map(OutcomeCounts::key).toList());
      List<OutcomeCounts> pseudonymous = new ArrayList<>();
      for (OutcomeCounts g : groups) {
        String alias = "Reviewer " + letters(aliases.get(g.key()));
        pseudonymous.add(
            new OutcomeCounts(
                alias,
                alias,
                g.approved(),
                g.approvedWithChanges(),
                g.denied(),
                g.withdrawn(),
                g.pending()));
      }
      pseudonymous.sort(java.util.Comparator.comparing(OutcomeCounts::key));
      groups = pseudonymous;
    }
    return StatTables.of(dimension.name(), groups, minimumCellSize, unionView());
  }

  /** Requests waiting (open) by how long they have waited, and the oldest one's age. */
  @RolesAllowed({Role.REVIEWER, Role.UNION_REP})
  public Backlog backlog(StatsFilter filter) {
    check(filter);
    Instant now = clock.instant();
    Instant d6 = now.minus(Duration.ofDays(6));
    Instant d11 = now.minus(Duration.ofDays(11));
    Instant d21 = now.minus(Duration.ofDays(21));
    long[] values = {
      queries.openSubmittedBetween(filter, d6, null),
      queries.openSubmittedBetween(filter, d11, d6),
      queries.openSubmittedBetween(filter, d21, d11),
      queries.openSubmittedBetween(filter, null, d21),
      0
    };
    values[4] = values[0] + values[1] + values[2] + values[3];
    boolean[] hidden =
        unionView()
            ? SmallCellSuppression.suppress(
                values,
                List.of(new SmallCellSuppression.Relation(new int[] {0, 1, 2, 3}, 4)),
                minimumCellSize)
            : new boolean[values.length];
    Cell[] cells = new Cell[values.length];
    for (int i = 0; i < values.length; i++) {
      cells[i] = hidden[i] ? Cell.hidden() : Cell.of(values[i]);
    }
    Long oldestDays =
        queries.oldestOpen(filter).map(t -> Duration.between(t, now).toDays()).orElse(null);
    Durations durations = timeToDecision(filter);
    return new Backlog(
        cells[0],
        cells[1],
        cells[2],
        cells[3],
        cells[4],
        values[4] == 0 || hidden[4] ? null : oldestDays,
        durations,
        minimumCellSize);
  }

  /** Appeals filed, decided, and overturned (decided more favourably than the first decision). */
  @RolesAllowed({Role.REVIEWER, Role.UNION_REP})
  public Appeals appeals(StatsFilter filter) {
    check(filter);
    StatisticsQueries.AppealCounts a = queries.appeals(filter);
    return new Appeals(
        small(a.filed()), small(a.decided()), small(a.overturned()), minimumCellSize);
  }

  private Durations timeToDecision(StatsFilter filter) {
    StatisticsQueries.Durations d = queries.timeToFirstDecision(filter);
    boolean hide = unionView() && d.count() > 0 && d.count() < minimumCellSize;
    return new Durations(
        hide || d.medianSeconds() == null ? null : days(d.medianSeconds()),
        hide || d.p90Seconds() == null ? null : days(d.p90Seconds()),
        hide ? Cell.hidden() : Cell.of(d.count()),
        hide);
  }

  private Cell small(long n) {
    return unionView() && n > 0 && n < minimumCellSize ? Cell.hidden() : Cell.of(n);
  }

  private static double days(double seconds) {
    return Math.round(seconds / 86400.0 * 10) / 10.0;
  }

  /** Union reps who are not also HR reviewers get the privacy-safe view. */
  private boolean unionView() {
    return currentUser.isUnionRep() && !currentUser.isReviewer();
  }

  public int minimumCellSize() {
    return minimumCellSize;
  }

  private static void check(StatsFilter f) {
    if (f.from() != null && f.to() != null && f.to().isBefore(f.from())) {
      throw InvalidInputException.of("to", "must not be before from");
    }
  }

  private static List<OutcomeCounts> allCategories(List<OutcomeCounts> groups) {
    Map<String, OutcomeCounts> byKey = new LinkedHashMap<>();
    for (Category c : Category.values()) {
      byKey.put(c.name(), new OutcomeCounts(c.name(), c.name(), 0, 0, 0, 0, 0));
    }
    for (OutcomeCounts g : groups) {
      byKey.put(g.key(), g);
    }
    return new ArrayList<>(byKey.values());
  }

  private static OutcomeCounts monthLabel(OutcomeCounts g) {
    int yyyymm = Integer.parseInt(g.key());
    String label = String.format("%04d-%02d", yyyymm / 100, yyyymm % 100);
    return new OutcomeCounts(
        label,
        label,
        g.approved(),
        g.approvedWithChanges(),
        g.denied(),
        g.withdrawn(),
        g.pending());
  }

  /** 0 -> A, 25 -> Z, 26 -> AA, ... */
  static String letters(int n) {
    StringBuilder sb = new StringBuilder();
    int x = n;
    do {
      sb.insert(0, (char) ('A' + x % 26));
      x = x / 26 - 1;
    } while (x >= 0);
    return sb.toString();
  }

  /**
   * The summary.
   *
   * @param byStatus counts by category and status: HR only (null in the union's view)
   */
  public record Summary(
      StatTable byCategory,
      Map<String, Map<String, Long>> byStatus,
      int minimumCellSize,
      boolean suppressionApplied) {}

  /** Open requests by days waited since submission. */
  public record Backlog(
      Cell days0to5,
      Cell days6to10,
      Cell days11to20,
      Cell over20days,
      Cell total,
      Long oldestWaitingDays,
      Durations timeToFirstDecision,
      int minimumCellSize) {}

  /** Median and 90th percentile of days from submission to the first decision. */
  public record Durations(Double medianDays, Double p90Days, Cell decided, boolean suppressed) {}

  /** Appeals. */
  public record Appeals(Cell filed, Cell decided, Cell overturned, int minimumCellSize) {}
}
