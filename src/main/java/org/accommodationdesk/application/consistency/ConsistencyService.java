package org.accommodationdesk.application.consistency;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.accommodationdesk.application.accounts.CurrentUser;
import org.accommodationdesk.application.consistency.ConsistencyQueries.Measure;
import org.accommodationdesk.application.consistency.ConsistencyQueries.Unit;
import org.accommodationdesk.application.consistency.FunnelReport.CurvePoint;
import org.accommodationdesk.application.consistency.FunnelReport.FunnelPoint;
import org.accommodationdesk.application.reference.ReferenceNames;
import org.accommodationdesk.application.stats.Cell;
import org.accommodationdesk.application.stats.Disclosure;
import org.accommodationdesk.application.stats.DisclosureRecords;
import org.accommodationdesk.application.stats.StatisticsProtection;
import org.accommodationdesk.application.stats.StatisticsQueries;
import org.accommodationdesk.application.stats.StatisticsService;
import org.accommodationdesk.application.stats.StatsFilter;
import org.accommodationdesk.application.stats.Tally;
import org.accommodationdesk.domain.account.Role;
import org.accommodationdesk.domain.account.UserAccountRepository;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Are decisions consistent? Case-mix adjusted funnel plots of first-decision denial rates and of
 * appeal overturn rates, by reviewer and by work location (issue 26, ADR 0023). HR leads and
 * administrators see exact figures with names; union representatives see pseudonyms, counts through
 * the union's protection (ADR 0007), and each unit's position computed on exact data but published
 * only when the unit has at least the minimum number of decisions.
 */
@Stateless
@DeclareRoles({Role.HR_LEAD, Role.ADMIN, Role.UNION_REP})
public class ConsistencyService {
  /** Points on each curve of the funnel drawn for HR. */
  static final int CURVE_POINTS = 60;

  @Inject private ConsistencyQueries queries;
  @Inject private StatisticsQueries statistics;
  @Inject private CurrentUser currentUser;
  @Inject private StatisticsProtection protection;
  @Inject private DisclosureRecords disclosures;
  @Inject private ReferenceNames names;
  @Inject private UserAccountRepository accounts;

  @Inject
  @ConfigProperty(name = "accommodationdesk.consistency.minimum-decisions", defaultValue = "25")
  private int minimumDecisions;

  /**
   * The funnel of {@code measure} by {@code unit} over the filter's requests.
   *
   * @throws org.accommodationdesk.domain.request.InvalidInputException when a union representative
   *     asks for a period that is not whole
   */
  @RolesAllowed({Role.HR_LEAD, Role.ADMIN, Role.UNION_REP})
  public FunnelReport funnel(Unit unit, Measure measure, StatsFilter filter) {
    // exact figures for HR leads and administrators only; anyone else let in is a union rep
    boolean union = !currentUser.isAdministrator() && !currentUser.isHrLead();
    filter.checkFor(union);
    Funnel funnel =
        Funnel.of(
            queries.counts(unit, measure, filter),
            union ? minimumForTheUnion() : minimumDecisions());
    if (!union) {
      return exact(unit, measure, filter, funnel);
    }
    Disclosure d = Disclosure.protect(protection.minimumCellSize());
    FunnelReport report = protectedReport(unit, measure, filter, funnel, d);
    disclosures.log("consistency/funnel unit=" + unit + " measure=" + measure, filter, d);
    return report;
  }

  /** Refuses, before anything else, whoever may not ask for the funnel (the API parses after). */
  @RolesAllowed({Role.HR_LEAD, Role.ADMIN, Role.UNION_REP})
  public void mayAsk() {
    // the container's role check is the whole of it
  }

  /** The fewest decisions for a unit to be plotted. */
  public int minimumDecisions() {
    return Math.max(1, minimumDecisions);
  }

  /**
   * The fewest decisions for a unit to be placed in the union's view: never below the minimum cell
   * size, whatever the setting (placing a unit tells that its exact count reaches this).
   */
  private int minimumForTheUnion() {
    return Math.max(minimumDecisions(), protection.minimumCellSize());
  }

  private FunnelReport exact(Unit unit, Measure measure, StatsFilter filter, Funnel funnel) {
    Map<String, String> labels =
        labels(unit, funnel.points().stream().map(Funnel.Point::unit).toList());
    List<FunnelPoint> points = new ArrayList<>();
    for (Funnel.Point p : funnel.points()) {
      FunnelLimits.Limits l = p.limits();
      points.add(
          new FunnelPoint(
              p.unit(),
              labels.getOrDefault(p.unit(), p.unit()),
              Cell.of(p.cases().count()),
              Cell.of(p.events().count()),
              p.rawRate(),
              p.expectedRate(),
              p.adjustedRate(),
              p.plotted(),
              p.plotted() ? p.position().name() : null,
              l.lower998(),
              l.lower95(),
              l.upper95(),
              l.upper998()));
    }
    return new FunnelReport(
        unit.name(),
        measure.name(),
        filter.describe(),
        false,
        minimumDecisions(),
        protection.minimumCellSize(),
        Cell.of(funnel.totalCases().count()),
        Cell.of(funnel.totalEvents().count()),
        funnel.target(),
        funnel.dispersion(),
        funnel.overdispersed(),
        points,
        curve(funnel));
  }

  /** The limits from the minimum to the largest unit, at {@link #CURVE_POINTS} sizes. */
  private List<CurvePoint> curve(Funnel funnel) {
    long largest = funnel.points().stream().mapToLong(p -> p.cases().count()).max().orElse(0);
    if (largest < funnel.minimumCases() || funnel.totalCases().count() == 0) {
      return List.of();
    }
    long top = Math.max(largest * 11 / 10, funnel.minimumCases() + 1L);
    List<CurvePoint> curve = new ArrayList<>();
    int last = -1;
    for (int i = 0; i <= CURVE_POINTS; i++) {
      // spaced evenly on a log scale: the funnel changes fastest at small sizes
      double x =
          Math.exp(
              Math.log(funnel.minimumCases())
                  + (Math.log(top) - Math.log(funnel.minimumCases())) * i / CURVE_POINTS);
      int n = (int) Math.round(x);
      if (n == last) {
        continue;
      }
      last = n;
      FunnelLimits.Limits l = funnel.limitsAt(n);
      curve.add(new CurvePoint(n, l.lower998(), l.lower95(), l.upper95(), l.upper998()));
    }
    return curve;
  }

  private FunnelReport protectedReport(
      Unit unit, Measure measure, StatsFilter filter, Funnel funnel, Disclosure d) {
    // reviewers by pseudonym; those without one (no longer reviewers) merged into one row with
    // no position
    Map<String, String> pseudonyms =
        unit == Unit.REVIEWER
            ? statistics.reviewerPseudonyms(
                funnel.points().stream().map(Funnel.Point::unit).toList())
            : Map.of();
    Map<String, List<Funnel.Point>> byKey = new TreeMap<>();
    for (Funnel.Point p : funnel.points()) {
      String key =
          unit == Unit.REVIEWER
              ? pseudonyms.getOrDefault(p.unit(), StatisticsService.UNKNOWN_REVIEWER)
              : p.unit();
      byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(p);
    }
    List<FunnelPoint> points = new ArrayList<>();
    byKey.forEach(
        (key, group) -> {
          Tally cases = Tally.ZERO;
          Tally events = Tally.ZERO;
          for (Funnel.Point p : group) {
            cases = cases.plus(p.cases());
            events = events.plus(p.events());
          }
          boolean one = group.size() == 1 && !StatisticsService.UNKNOWN_REVIEWER.equals(key);
          boolean placed = one && group.get(0).plotted();
          points.add(
              new FunnelPoint(
                  key,
                  unit == Unit.LOCATION ? names.location(key) : key,
                  d.count(cases),
                  d.count(events),
                  null,
                  null,
                  null,
                  placed,
                  placed ? group.get(0).position().coarse().name() : null,
                  null,
                  null,
                  null,
                  null));
        });
    Cell rate = d.rate(funnel.totalEvents(), funnel.totalCases());
    return new FunnelReport(
        unit.name(),
        measure.name(),
        filter.describe(),
        true,
        minimumForTheUnion(),
        protection.minimumCellSize(),
        d.count(funnel.totalCases()),
        d.count(funnel.totalEvents()),
        rate.suppressed() || rate.value() == null ? null : rate.value().doubleValue(),
        null,
        null,
        points,
        List.of());
  }

  private Map<String, String> labels(Unit unit, Collection<String> keys) {
    if (unit == Unit.REVIEWER) {
      return accounts.displayNames(keys);
    }
    Map<String, String> labels = new TreeMap<>();
    for (String k : keys) {
      labels.put(k, names.location(k));
    }
    return labels;
  }

  /** Parses a unit or measure as a query parameter names it (case-insensitive). */
  public static <E extends Enum<E>> E parse(Class<E> type, String field, String text, E otherwise) {
    if (text == null || text.isBlank()) {
      return otherwise;
    }
    try {
      return Enum.valueOf(type, text.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      StringBuilder values = new StringBuilder();
      for (E v : type.getEnumConstants()) {
        values.append(values.length() == 0 ? "" : " or ").append(v.name());
      }
      throw org.accommodationdesk.domain.request.InvalidInputException.of(
          field, "must be " + values);
    }
  }
}
