package org.accommodationdesk.application.consistency;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.accommodationdesk.application.stats.Tally;
import org.apache.commons.statistics.distribution.ChiSquaredDistribution;

/**
 * A case-mix adjusted funnel plot (ADR 0023), computed on exact counts.
 *
 * <p>Case mix by indirect standardisation: the rate of each cell (category x arrangement requested
 * x job class) over every unit is the rate a unit would have there if it decided like everyone
 * else; a unit's expected events {@code E} add up those rates over its own cases. Its adjusted rate
 * is {@code target * O / E} (observed over expected, scaled to the overall rate), plotted against
 * its number of cases {@code n} with limits around the overall rate at {@code n}.
 *
 * <p>Overdispersion (Spiegelhalter 2005, section 6): the z-scores of the plotted units, 10%
 * winsorised at each end, give {@code phi = sum(z^2) / I}; when {@code I * phi} is beyond the 95th
 * percentile of chi-squared with {@code I - 1} degrees of freedom (the target is estimated from the
 * same units), the limits are widened by {@code phi}; otherwise they are exact binomial.
 */
public final class Funnel {
  /** The share of z-scores winsorised at each end before estimating overdispersion. */
  static final double WINSORISED = 0.10;

  /** Fewest plotted units for which overdispersion is estimated at all. */
  static final int FEWEST_FOR_DISPERSION = 3;

  /** One unit: its counts, its rates and where it lies. */
  public record Point(
      String unit,
      Tally cases,
      Tally events,
      double expectedEvents,
      double rawRate,
      double expectedRate,
      double adjustedRate,
      boolean plotted,
      FunnelLimits.Limits limits,
      Position position) {}

  private final double target;
  private final double phi;
  private final boolean overdispersed;
  private final int minimumCases;
  private final List<Point> points;
  private final Tally totalCases;
  private final Tally totalEvents;

  private Funnel(
      double target,
      double phi,
      boolean overdispersed,
      int minimumCases,
      List<Point> points,
      Tally totalCases,
      Tally totalEvents) {
    this.target = target;
    this.phi = phi;
    this.overdispersed = overdispersed;
    this.minimumCases = minimumCases;
    this.points = points;
    this.totalCases = totalCases;
    this.totalEvents = totalEvents;
  }

  /**
   * The funnel of these counts; units with fewer than {@code minimumCases} cases are listed but not
   * plotted (they count towards the cells' rates and the target all the same).
   */
  public static Funnel of(List<CellCount> counts, int minimumCases) {
    if (minimumCases < 1) {
      throw new IllegalArgumentException("the minimum number of cases is at least 1");
    }
    Map<String, long[]> cells = new TreeMap<>();
    Tally cases = Tally.ZERO;
    Tally events = Tally.ZERO;
    for (CellCount c : counts) {
      long[] t = cells.computeIfAbsent(c.cell(), k -> new long[2]);
      t[0] += c.cases().count();
      t[1] += c.events().count();
      cases = cases.plus(c.cases());
      events = events.plus(c.events());
    }
    double target = cases.count() == 0 ? 0 : (double) events.count() / cases.count();
    Map<String, Unit> units = new LinkedHashMap<>();
    for (CellCount c : counts) {
      long[] t = cells.get(c.cell());
      double cellRate = (double) t[1] / t[0];
      units.computeIfAbsent(c.unit(), Unit::new).add(c, cellRate);
    }
    List<Unit> plotted = units.values().stream().filter(u -> u.n() >= minimumCases).toList();
    double phi = dispersion(plotted, target);
    boolean over =
        plotted.size() >= FEWEST_FOR_DISPERSION
            && phi * plotted.size()
                > ChiSquaredDistribution.of(plotted.size() - 1.0).inverseSurvivalProbability(0.05);
    List<Point> points = new ArrayList<>();
    for (Unit u : units.values()) {
      boolean shown = u.n() >= minimumCases;
      FunnelLimits.Limits limits = limits(target, (int) u.n(), over ? phi : 1, over);
      double adjusted = u.adjusted(target);
      points.add(
          new Point(
              u.name,
              u.cases,
              u.events,
              u.expected,
              (double) u.events.count() / u.n(),
              u.expected / u.n(),
              adjusted,
              shown,
              limits,
              limits.position(adjusted)));
    }
    points.sort(Comparator.comparing(Point::unit));
    return new Funnel(target, phi, over, minimumCases, List.copyOf(points), cases, events);
  }

  private static FunnelLimits.Limits limits(double target, int n, double phi, boolean over) {
    return over ? FunnelLimits.overdispersed(target, n, phi) : FunnelLimits.exact(target, n);
  }

  /** The limits at {@code n} cases, as this funnel draws them (for the chart's curves). */
  public FunnelLimits.Limits limitsAt(int n) {
    return limits(target, n, phi, overdispersed);
  }

  /**
   * The winsorised dispersion factor of the plotted units around the target: 1 when it cannot be
   * estimated (no variance at the target, or fewer than three units).
   */
  static double dispersion(List<Unit> plotted, double target) {
    if (plotted.size() < FEWEST_FOR_DISPERSION || target <= 0 || target >= 1) {
      return 1;
    }
    double[] z = new double[plotted.size()];
    for (int i = 0; i < z.length; i++) {
      Unit u = plotted.get(i);
      z[i] = (u.adjusted(target) - target) / Math.sqrt(target * (1 - target) / u.n());
    }
    double[] w = winsorised(z, WINSORISED);
    double sum = 0;
    for (double v : w) {
      sum += v * v;
    }
    return sum / w.length;
  }

  /**
   * The values with the lowest and highest {@code share} (rounded down to whole values) set to the
   * nearest value that is kept.
   */
  static double[] winsorised(double[] values, double share) {
    double[] sorted = values.clone();
    java.util.Arrays.sort(sorted);
    int k = (int) Math.floor(share * sorted.length);
    if (k == 0) {
      return sorted;
    }
    double low = sorted[k];
    double high = sorted[sorted.length - 1 - k];
    for (int i = 0; i < sorted.length; i++) {
      sorted[i] = Math.max(low, Math.min(high, sorted[i]));
    }
    return sorted;
  }

  /** The overall rate: all events over all cases. */
  public double target() {
    return target;
  }

  /** The dispersion factor (1 when none could be estimated). */
  public double dispersion() {
    return phi;
  }

  /** Whether the limits were widened for overdispersion. */
  public boolean overdispersed() {
    return overdispersed;
  }

  public int minimumCases() {
    return minimumCases;
  }

  /** Every unit, in the order of their names. */
  public List<Point> points() {
    return points;
  }

  public Tally totalCases() {
    return totalCases;
  }

  public Tally totalEvents() {
    return totalEvents;
  }

  /** A unit's counts as they are added up, cell by cell. */
  static final class Unit {
    final String name;
    Tally cases = Tally.ZERO;
    Tally events = Tally.ZERO;
    double expected;

    Unit(String name) {
      this.name = name;
    }

    void add(CellCount c, double cellRate) {
      cases = cases.plus(c.cases());
      events = events.plus(c.events());
      expected += c.cases().count() * cellRate;
    }

    long n() {
      return cases.count();
    }

    /** {@code target * O / E}; 0 when nothing was expected (then nothing was observed either). */
    double adjusted(double target) {
      return expected <= 0 ? 0 : target * events.count() / expected;
    }
  }
}
