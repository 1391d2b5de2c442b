package org.accommodationdesk.application.stats;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.accommodationdesk.application.accounts.CurrentUser;
import org.accommodationdesk.application.deadlines.CaseDeadlines;
import org.accommodationdesk.application.stats.StatisticsQueries.Dimension;
import org.accommodationdesk.domain.account.Role;
import org.accommodationdesk.domain.request.Category;

/**
 * Aggregate numbers for HR reviewers and union reps, computed by the database. HR sees every number
 * and reviewers by name; union reps see whole periods only, every count perturbed by its cell key
 * and hidden below the minimum cell size (ADR 0007, {@code Disclosure}), and reviewers as stable
 * pseudonyms. No figure here is about one person's case.
 */
@Stateless
@DeclareRoles({Role.REVIEWER, Role.UNION_REP})
public class StatisticsService {
  /** The row of decisions by someone who has no pseudonym (no longer a reviewer). */
  public static final String UNKNOWN_REVIEWER = "-";

  @Inject private StatisticsQueries queries;
  @Inject private CurrentUser currentUser;
  @Inject private Clock clock;

  @Inject private StatisticsProtection protection;
  @Inject private CaseDeadlines deadlines;
  @Inject private org.accommodationdesk.domain.reference.ReferenceDataRepository referenceData;
  @Inject private org.accommodationdesk.application.stats.DisclosureRecords disclosures;

  /** Outcomes per category; for HR also the counts by category and status. */
  @RolesAllowed({Role.REVIEWER, Role.UNION_REP})
  public Summary summary(StatsFilter filter) {
    check(filter);
    StatTable byCategory = breakdown(Dimension.CATEGORY, filter);
    Map<String, Map<String, Long>> byStatus = unionView() ? null : queries.statusCounts(filter);
    return new Summary(byCategory, byStatus, protection.minimumCellSize(), unionView());
  }

  /** Outcomes grouped by category, location, job class, month of submission or reviewer. */
  @RolesAllowed({Role.REVIEWER, Role.UNION_REP})
  public StatTable breakdown(Dimension dimension, StatsFilter filter) {
    check(filter);
    List<OutcomeCounts> groups = queries.outcomes(dimension, filter);
    if (dimension == Dimension.CATEGORY) {
      groups = allCategories(groups, filter.category());
    }
    if (dimension == Dimension.MONTH) {
      groups = groups.stream().map(StatisticsService::monthLabel).toList();
    }
    if (dimension == Dimension.REVIEWER && unionView()) {
      groups = pseudonymous(groups);
    }
    Disclosure d = disclosure();
    StatTable table = StatTables.of(dimension.name(), groups, d);
    disclosures.log(
        "stats/by-" + dimension.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'),
        filter,
        d);
    return table;
  }

  /**
   * The union's reviewer rows: keyed by each reviewer's random pseudonym, never by name, in the
   * order of the pseudonyms (which says nothing about names or seniority).
   */
  private List<OutcomeCounts> pseudonymous(List<OutcomeCounts> groups) {
    Map<String, String> pseudonyms =
        queries.reviewerPseudonyms(groups.stream().map(OutcomeCounts::key).toList());
    Map<String, OutcomeCounts> byPseudonym = new TreeMap<>();
    for (OutcomeCounts g : groups) {
      String p = pseudonyms.getOrDefault(g.key(), UNKNOWN_REVIEWER);
      byPseudonym.merge(p, g.relabel(p, p), OutcomeCounts::plus);
    }
    return new ArrayList<>(byPseudonym.values());
  }

  /** Requests waiting (open) by how long they have waited, and the oldest one's age. */
  @RolesAllowed({Role.REVIEWER, Role.UNION_REP})
  public Backlog backlog(StatsFilter filter) {
    check(filter);
    LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
    StatisticsQueries.Waiting waiting =
        queries.waiting(
            filter, List.of(today.minusDays(5), today.minusDays(10), today.minusDays(20)));
    List<Tally> ages = waiting.byAge();
    Tally total = Tally.ZERO;
    for (Tally t : ages) {
      total = total.plus(t);
    }
    Disclosure disclosure = disclosure();
    Long oldestDays = waiting.oldest().map(d -> ChronoUnit.DAYS.between(d, today)).orElse(null);
    Backlog backlog =
        new Backlog(
            disclosure.count(ages.get(0)),
            disclosure.count(ages.get(1)),
            disclosure.count(ages.get(2)),
            disclosure.count(ages.get(3)),
            disclosure.count(total),
            total.count() == 0 || !disclosure.shows(total) ? null : oldestDays,
            timeToDecision(filter, disclosure),
            protection.minimumCellSize());
    disclosures.log("stats/backlog", filter, disclosure);
    return backlog;
  }

  /** Appeals filed, decided, and overturned (decided more favourably than the first decision). */
  @RolesAllowed({Role.REVIEWER, Role.UNION_REP})
  public Appeals appeals(StatsFilter filter) {
    check(filter);
    StatisticsQueries.AppealCounts a = queries.appeals(filter);
    Disclosure d = disclosure();
    Appeals appeals =
        new Appeals(
            d.count(a.filed()),
            d.count(a.decided()),
            d.count(a.overturned()),
            d.count(a.renewals()),
            protection.minimumCellSize());
    disclosures.log("stats/appeals", filter, d);
    return appeals;
  }

  /**
   * Deadlines kept: first decisions on time (by their due day, pauses included) by category and
   * location, the on-time rate, requests overdue today, and the median business days a first
   * decision's clock ran. Protected like every union figure.
   */
  @RolesAllowed({Role.REVIEWER, Role.UNION_REP})
  public Timeliness timeliness(StatsFilter filter) {
    check(filter);
    StatisticsQueries.TimelinessCounts t = queries.timeliness(filter, deadlines.today());
    Disclosure d = disclosure();
    List<TimelinessRow> byCategory = new ArrayList<>();
    for (Category c : Category.values()) {
      byCategory.add(
          row(
              c.name(),
              t.onTimeByCategory(),
              t.lateByCategory(),
              t.pastHardLimitByCategory(),
              t.overdueByCategory(),
              d));
    }
    java.util.Set<String> locations = new java.util.TreeSet<>(t.onTimeByLocation().keySet());
    locations.addAll(t.lateByLocation().keySet());
    locations.addAll(t.overdueByLocation().keySet());
    List<TimelinessRow> byLocation = new ArrayList<>();
    for (String l : locations) {
      byLocation.add(
          row(
              l,
              t.onTimeByLocation(),
              t.lateByLocation(),
              t.pastHardLimitByLocation(),
              t.overdueByLocation(),
              d));
    }
    Tally onTime = sum(t.onTimeByCategory());
    Tally late = sum(t.lateByCategory());
    Tally overdue = sum(t.overdueByCategory());
    Tally decided = onTime.plus(late);
    TimelinessRow total =
        new TimelinessRow(
            "",
            d.count(decided),
            d.count(onTime),
            d.rate(onTime, decided),
            d.count(sum(t.pastHardLimitByCategory())),
            d.count(overdue));
    Timeliness timeliness =
        new Timeliness(
            byCategory,
            byLocation,
            total,
            d.shows(decided) ? medianBusinessDays(t.businessDays()) : null,
            LateReason.of(t.lateByReason(), d, referenceData),
            d.count(LateReason.unexcused(t.lateByReason(), referenceData)),
            d.count(t.handling().getOrDefault(Footprint.EXPEDITED, Tally.ZERO)),
            d.count(t.handling().getOrDefault(Footprint.INTERIM, Tally.ZERO)),
            d.count(t.handling().getOrDefault(Footprint.PROXY, Tally.ZERO)),
            protection.minimumCellSize());
    disclosures.log("stats/timeliness", filter, d);
    return timeliness;
  }

  private static TimelinessRow row(
      String key,
      Map<String, Tally> onTime,
      Map<String, Tally> late,
      Map<String, Tally> pastHardLimit,
      Map<String, Tally> overdue,
      Disclosure d) {
    Tally on = onTime.getOrDefault(key, Tally.ZERO);
    Tally decided = on.plus(late.getOrDefault(key, Tally.ZERO));
    return new TimelinessRow(
        key,
        d.count(decided),
        d.count(on),
        d.rate(on, decided),
        d.count(pastHardLimit.getOrDefault(key, Tally.ZERO)),
        d.count(overdue.getOrDefault(key, Tally.ZERO)));
  }

  private static Tally sum(Map<String, Tally> tallies) {
    Tally t = Tally.ZERO;
    for (Tally x : tallies.values()) {
      t = t.plus(x);
    }
    return t;
  }

  /** The median of a histogram of business days (index: days); null when it is empty. */
  static Integer medianBusinessDays(List<Tally> histogram) {
    long n = 0;
    for (Tally t : histogram) {
      n += t.count();
    }
    if (n == 0) {
      return null;
    }
    long seen = 0;
    for (int days = 0; days < histogram.size(); days++) {
      seen += histogram.get(days).count();
      if (seen * 2 >= n) {
        return days;
      }
    }
    return histogram.size() - 1;
  }

  private Durations timeToDecision(StatsFilter filter, Disclosure disclosure) {
    StatisticsQueries.Durations d = queries.timeToFirstDecision(filter);
    Cell decided = disclosure.count(d.decided());
    boolean hide = decided.suppressed();
    return new Durations(
        hide || d.medianSeconds() == null ? null : days(d.medianSeconds()),
        hide || d.p90Seconds() == null ? null : days(d.p90Seconds()),
        decided,
        hide);
  }

  private static double days(double seconds) {
    return Math.round(seconds / 86400.0 * 10) / 10.0;
  }

  private Disclosure disclosure() {
    return unionView() ? Disclosure.protect(protection.minimumCellSize()) : Disclosure.exact();
  }

  /**
   * Whether the caller gets protected figures (whole periods only, perturbed, small ones hidden).
   */
  public boolean protectedView() {
    return unionView();
  }

  private boolean unionView() {
    return currentUser.seesProtectedStatistics();
  }

  public int minimumCellSize() {
    return protection.minimumCellSize();
  }

  private void check(StatsFilter f) {
    f.checkFor(unionView());
  }

  /**
   * A row for every category (an empty one reads as such), or only the one filtered to: the others
   * are not in the figures at all, and shown empty they would read as "hidden", fewer than the
   * minimum.
   */
  private static List<OutcomeCounts> allCategories(List<OutcomeCounts> groups, Category only) {
    Map<String, OutcomeCounts> byKey = new LinkedHashMap<>();
    for (Category c : Category.values()) {
      if (only == null || only == c) {
        byKey.put(c.name(), OutcomeCounts.empty(c.name(), c.name()));
      }
    }
    for (OutcomeCounts g : groups) {
      byKey.put(g.key(), g);
    }
    return new ArrayList<>(byKey.values());
  }

  private static OutcomeCounts monthLabel(OutcomeCounts g) {
    int yyyymm = Integer.parseInt(g.key());
    String label = String.format("%04d-%02d", yyyymm / 100, yyyymm % 100);
    return g.relabel(label, label);
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
      int minimumCellSize)
      implements java.io.Serializable {}

  /** Median and 90th percentile of days from submission to the first decision. */
  public record Durations(Double medianDays, Double p90Days, Cell decided, boolean suppressed)
      implements java.io.Serializable {}

  /** Appeals. */
  /** Appeals, and the renewals asked for (requests that renew an approval). */
  public record Appeals(
      Cell filed, Cell decided, Cell overturned, Cell renewals, int minimumCellSize)
      implements java.io.Serializable {}

  /**
   * Deadlines kept for one category or location ({@code key}), or in all ({@code key} ""): first
   * decisions, those on time, the rate, those made past the hard limit, and requests overdue now.
   */
  public record TimelinessRow(
      String key, Cell decided, Cell onTime, Cell onTimeRate, Cell pastHardLimit, Cell overdueNow)
      implements java.io.Serializable {}

  /**
   * Deadlines kept. {@code medianBusinessDays}: how many business days a first decision's clock
   * ran, the median (null when hidden or none); {@code byLocation}: locations by code; {@code
   * lateByReason}: late first decisions by the delay reason recorded, {@code lateUnexcused} those
   * with no acceptable reason; {@code expedited} requests HR expedited, {@code interim} requests
   * granted an interim arrangement, {@code filedForEmployee} requests HR or a union rep filed for
   * the employee.
   */
  public record Timeliness(
      List<TimelinessRow> byCategory,
      List<TimelinessRow> byLocation,
      TimelinessRow total,
      Integer medianBusinessDays,
      List<LateReason> lateByReason,
      Cell lateUnexcused,
      Cell expedited,
      Cell interim,
      Cell filedForEmployee,
      int minimumCellSize)
      implements java.io.Serializable {}
}
