package org.accommodationdesk.application.consistency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.accommodationdesk.application.stats.Tally;
import org.apache.commons.math3.distribution.ChiSquaredDistribution;
import org.junit.jupiter.api.Test;

/** Case-mix adjustment and overdispersion of the funnel, on data small enough to work by hand. */
class FunnelTest {
  static CellCount c(String unit, String cell, long cases, long events) {
    return new CellCount(unit, cell, new Tally(cases, cases * 7), new Tally(events, events * 7));
  }

  static Map<String, Funnel.Point> byUnit(Funnel f) {
    return f.points().stream().collect(Collectors.toMap(Funnel.Point::unit, Function.identity()));
  }

  /**
   * Two cells: A (household members) and B (own condition). X: 10 in A with 8 denials, 10 in B with
   * 1. Y: 20 in A with 10. Z: 20 in B with 3.
   *
   * <p>Cell rates: A 18/30 = 0.6, B 4/30 = 0.1333. Target 22/60 = 0.36667.
   *
   * <p>Expected: X 10 * 0.6 + 10 * 0.1333 = 7.3333; Y 20 * 0.6 = 12; Z 20 * 0.1333 = 2.6667.
   * Adjusted (target * O / E): X 0.36667 * 9 / 7.3333 = 0.45; Y 0.36667 * 10 / 12 = 0.30556; Z
   * 0.36667 * 3 / 2.6667 = 0.4125. Y's raw rate (0.5) is the highest, its adjusted rate the lowest:
   * it decides the hard cases.
   *
   * <p>z = (adjusted - target) / sqrt(target (1 - target) / 20) = 0.7734, -0.5671, 0.4253; three
   * units, none winsorised; phi = (0.5981 + 0.3216 + 0.1809) / 3 = 0.36688; 3 * phi = 1.10 is far
   * under chi-squared(2)'s 95th percentile 5.99: no overdispersion, exact limits.
   */
  @Test
  void caseMixByIndirectStandardisationWorkedByHand() {
    Funnel f =
        Funnel.of(
            List.of(
                c("X", "A", 10, 8), c("X", "B", 10, 1), c("Y", "A", 20, 10), c("Z", "B", 20, 3)),
            1);
    assertEquals(22.0 / 60, f.target(), 1e-12);
    Map<String, Funnel.Point> p = byUnit(f);
    assertEquals(10 * 0.6 + 10 * (4.0 / 30), p.get("X").expectedEvents(), 1e-12);
    assertEquals(0.45, p.get("X").adjustedRate(), 1e-12);
    assertEquals(0.5, p.get("Y").rawRate(), 1e-12);
    assertEquals(0.6, p.get("Y").expectedRate(), 1e-12);
    assertEquals((22.0 / 60) * 10 / 12, p.get("Y").adjustedRate(), 1e-12);
    assertEquals(0.4125, p.get("Z").adjustedRate(), 1e-12);
    assertEquals(0.366878, f.dispersion(), 1e-5);
    assertFalse(f.overdispersed());
    assertEquals(FunnelLimits.exact(22.0 / 60, 20), p.get("Y").limits());
    assertEquals(new Tally(20, 140), p.get("X").cases());
    assertEquals(new Tally(60, 420), f.totalCases());
  }

  /**
   * A reviewer who denies every household-member request is above the limits; one who decides only
   * household-member requests, at the household rate everyone else has, is not, though its raw rate
   * is higher. Ten ordinary reviewers around them (with fewer, one outlier alone makes the data
   * look overdispersed and widens every limit: that is the method working as designed).
   */
  @Test
  void caseMixSeparatesAHarshReviewerFromOneWithHardCases() {
    List<CellCount> counts = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      counts.add(c("R" + i, "HOUSEHOLD", 20, 9 + i % 3));
      counts.add(c("R" + i, "OWN", 40, 3 + i % 3));
    }
    // harsh: 30 household requests, every one denied; own at the usual rate: 34 of 70
    counts.add(c("HARSH", "HOUSEHOLD", 30, 30));
    counts.add(c("HARSH", "OWN", 40, 4));
    // hard cases: 70 household requests at about the usual household rate: 35 of 70
    counts.add(c("HARD", "HOUSEHOLD", 70, 35));
    Funnel f = Funnel.of(counts, 25);
    Map<String, Funnel.Point> p = byUnit(f);
    assertTrue(p.get("HARD").rawRate() > p.get("HARSH").rawRate(), "raw rates mislead");
    assertEquals(Position.ABOVE_ALARM, p.get("HARSH").position(), () -> p.get("HARSH").toString());
    assertEquals(Position.WITHIN, p.get("HARD").position());
    for (int i = 0; i < 10; i++) {
      assertEquals(Position.WITHIN, p.get("R" + i).position(), "R" + i);
    }
    // without case mix (one cell for all), the hard cases' reviewer would look the harsher
    List<CellCount> pooled =
        counts.stream().map(x -> new CellCount(x.unit(), "ALL", x.cases(), x.events())).toList();
    Map<String, Funnel.Point> raw = byUnit(Funnel.of(pooled, 25));
    assertTrue(raw.get("HARD").adjustedRate() > raw.get("HARSH").adjustedRate());
  }

  /**
   * The data ConsistencyIT plants through the API, worked here without a container: ten ordinary
   * reviewers (8 household-member requests with 4 denied, 8 own-condition with 1), HARSH (45
   * household, all denied; 36 own, 4 denied), HARD (81 household, 49 denied: the same raw rate, 49
   * of 81), TINY (3 own, none denied; under a minimum of 10).
   */
  @Test
  void theIntegrationTestsPlantedReviewers() {
    Funnel f = Funnel.of(planted(), 10);
    Map<String, Funnel.Point> p = byUnit(f);
    assertEquals(p.get("HARSH").rawRate(), p.get("HARD").rawRate(), 1e-12);
    assertEquals(Position.ABOVE_ALARM, p.get("HARSH").position());
    assertEquals(Position.WITHIN, p.get("HARD").position());
    assertFalse(p.get("TINY").plotted());
    assertFalse(f.overdispersed());
    for (int i = 0; i < 10; i++) {
      assertEquals(Position.WITHIN, p.get("R" + i).position());
    }
  }

  static List<CellCount> planted() {
    List<CellCount> counts = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      counts.add(c("R" + i, "HOUSEHOLD", 8, 4));
      counts.add(c("R" + i, "OWN", 8, 1));
    }
    counts.add(c("HARSH", "HOUSEHOLD", 45, 45));
    counts.add(c("HARSH", "OWN", 36, 4));
    counts.add(c("HARD", "HOUSEHOLD", 81, 49));
    counts.add(c("TINY", "OWN", 3, 0));
    return counts;
  }

  @Test
  void aUnitUnderTheMinimumIsListedButNotPlotted() {
    List<CellCount> counts = new ArrayList<>();
    counts.add(c("BIG", "A", 30, 10));
    counts.add(c("SMALL", "A", 24, 20));
    Funnel f = Funnel.of(counts, 25);
    Map<String, Funnel.Point> p = byUnit(f);
    assertTrue(p.get("BIG").plotted());
    assertFalse(p.get("SMALL").plotted());
    // its cases count towards the target all the same
    assertEquals(30.0 / 54, f.target(), 1e-12);
    assertEquals(Funnel.of(counts, 24).target(), f.target(), 1e-12);
    assertTrue(Funnel.of(counts, 24).points().stream().allMatch(Funnel.Point::plotted));
  }

  /**
   * Ten units of 100 cases in one cell, rates spread 0.1 to 0.9: far more spread than binomial
   * variation at 0.5 allows. Winsorising sets the lowest and the highest z to their neighbours; phi
   * is computed here the long way and the limits widen by it.
   */
  @Test
  void overdispersionWidensTheLimitsWhenTheDataCallForIt() {
    List<CellCount> counts = new ArrayList<>();
    int[] events = {10, 20, 30, 40, 45, 55, 60, 70, 80, 90};
    for (int i = 0; i < events.length; i++) {
      counts.add(c("U" + i, "A", 100, events[i]));
    }
    Funnel f = Funnel.of(counts, 25);
    double target = 500.0 / 1000;
    double sd = Math.sqrt(target * (1 - target) / 100);
    double[] z = new double[events.length];
    for (int i = 0; i < z.length; i++) {
      z[i] = (events[i] / 100.0 - target) / sd;
    }
    z[0] = z[1];
    z[9] = z[8];
    double phi = 0;
    for (double v : z) {
      phi += v * v;
    }
    phi /= z.length;
    assertEquals(phi, f.dispersion(), 1e-9);
    assertTrue(10 * phi > new ChiSquaredDistribution(9).inverseCumulativeProbability(0.95));
    assertTrue(f.overdispersed());
    assertEquals(FunnelLimits.overdispersed(target, 100, phi), f.limitsAt(100));
    // with the widened limits, the extremes are within the alarm limits, as they would not be
    Map<String, Funnel.Point> p = byUnit(f);
    assertEquals(Position.ABOVE_ALARM, FunnelLimits.exact(target, 100).position(0.9));
    // z = -8, -6, -4, -2, -1, 1, 2, 4, 6, 8; winsorised -6 .. 6: phi = 186 / 10 = 18.6
    assertEquals(18.6, phi, 1e-9);
    assertEquals(Position.WITHIN, p.get("U9").position());
    assertEquals(Position.WITHIN, p.get("U0").position());
  }

  @Test
  void winsorisingSetsTheTenPerCentAtEachEndToItsNeighbour() {
    double[] w = Funnel.winsorised(new double[] {5, -9, 1, 2, 3, 4, 0, 6, 7, 20}, 0.1);
    assertEquals(List.of(0.0, 0.0, 1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 7.0), box(w));
    assertEquals(List.of(-9.0, 1.0, 20.0), box(Funnel.winsorised(new double[] {20, -9, 1}, 0.1)));
  }

  @Test
  void noDecisionsMakeAnEmptyFunnel() {
    Funnel f = Funnel.of(List.of(), 25);
    assertEquals(0, f.target());
    assertTrue(f.points().isEmpty());
    assertEquals(1, f.dispersion());
    assertThrows(IllegalArgumentException.class, () -> Funnel.of(List.of(), 0));
    assertThrows(IllegalArgumentException.class, () -> c("X", "A", 3, 4));
  }

  static List<Double> box(double[] values) {
    List<Double> l = new ArrayList<>();
    for (double v : values) {
      l.add(v);
    }
    return l;
  }
}
