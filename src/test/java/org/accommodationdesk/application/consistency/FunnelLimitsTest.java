package org.accommodationdesk.application.consistency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.commons.math3.distribution.BinomialDistribution;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.junit.jupiter.api.Test;

/**
 * The funnel's control limits against values worked out by hand from the binomial probabilities (in
 * the comments), against Commons Math's binomial quantiles, a library the production code does not
 * use (it uses Commons Statistics), and against published worked cases (PHEindicatormethods).
 */
class FunnelLimitsTest {
  static final double EPS = 1e-9;

  /**
   * Target 0.5, 10 cases. Binomial(10, 0.5): F(1) = 11/1024 = 0.0107421875, F(2) = 56/1024 =
   * 0.0546875, F(7) = 968/1024 = 0.9453125, F(8) = 1013/1024 = 0.9892578125.
   *
   * <p>Upper 95% (p = 0.975): r = 8, a = (0.9892578125 - 0.975) / (0.9892578125 - 0.9453125) =
   * 0.0142578125 / 0.0439453125 = 0.32444..., limit = (8 - a) / 10 = 0.767555...
   *
   * <p>Lower 95% (p = 0.025): r = 2, a = (0.0546875 - 0.025) / 0.0439453125 = 0.67555..., limit =
   * (2 - a) / 10 = 0.132444...
   */
  @Test
  void workedCaseOneHalfOfTen() {
    FunnelLimits.Limits l = FunnelLimits.exact(0.5, 10);
    assertEquals((8 - 0.0142578125 / 0.0439453125) / 10, l.upper95(), EPS);
    assertEquals((2 - 0.0296875 / 0.0439453125) / 10, l.lower95(), EPS);
    assertEquals(0.7675555556, l.upper95(), 1e-9);
    assertEquals(0.1324444444, l.lower95(), 1e-9);
  }

  /**
   * Target 0.2, 5 cases. Binomial(5, 0.2): P = 0.32768, 0.4096, 0.2048, 0.0512, 0.0064, 0.00032; F
   * = 0.32768, 0.73728, 0.94208, 0.99328, 0.99968, 1.
   *
   * <p>Upper 95%: r = 3, a = (0.99328 - 0.975) / 0.0512 = 0.35703125, limit = 2.64296875 / 5 =
   * 0.52859375. Upper 99.8% (p = 0.999): r = 4 (F(4) = 0.99968 reaches it), a = 0.00068 / 0.0064 =
   * 0.10625, limit = 3.89375 / 5 = 0.77875. Lower 95%: r = 0, a = (0.32768 - 0.025) / 0.32768,
   * limit (0 - a) / 5 is below 0: the limit is 0.
   */
  @Test
  void workedCaseOneFifthOfFive() {
    FunnelLimits.Limits l = FunnelLimits.exact(0.2, 5);
    assertEquals(0.52859375, l.upper95(), EPS);
    assertEquals(0.77875, l.upper998(), EPS);
    assertEquals(0.0, l.lower95(), EPS);
    assertEquals(0.0, l.lower998(), EPS);
  }

  /**
   * Target 0.5, one case: F(0) = 0.5, F(1) = 1. Upper 95%: r = 1, a = 0.025 / 0.5 = 0.05, limit =
   * 0.95; upper 99.8%: a = 0.001 / 0.5, limit 0.998. Lower 95%: r = 0, limit below 0, so 0.
   */
  @Test
  void workedCaseOneCase() {
    FunnelLimits.Limits l = FunnelLimits.exact(0.5, 1);
    assertEquals(0.95, l.upper95(), EPS);
    assertEquals(0.998, l.upper998(), EPS);
    assertEquals(0.0, l.lower95(), EPS);
  }

  /** Over a grid of targets and sizes, the same limits from Commons Math's quantiles. */
  @Test
  void exactLimitsAgreeWithCommonsMathQuantiles() {
    for (double target : new double[] {0.02, 0.1, 0.3, 0.5, 0.77, 0.95}) {
      for (int n = 1; n <= 400; n += n < 30 ? 1 : 37) {
        FunnelLimits.Limits l = FunnelLimits.exact(target, n);
        String at = "target " + target + ", n " + n;
        assertEquals(independent(target, n, 0.001), l.lower998(), 1e-7, at);
        assertEquals(independent(target, n, 0.025), l.lower95(), 1e-7, at);
        assertEquals(independent(target, n, 0.975), l.upper95(), 1e-7, at);
        assertEquals(independent(target, n, 0.999), l.upper998(), 1e-7, at);
        assertTrue(l.lower998() <= l.lower95() && l.lower95() <= l.upper95(), at);
        assertTrue(l.upper95() <= l.upper998(), at);
      }
    }
  }

  /** The funnel narrows as the number of cases grows. */
  @Test
  void limitsNarrowWithMoreCases() {
    double previous = 1;
    for (int n = 5; n <= 5000; n *= 2) {
      FunnelLimits.Limits l = FunnelLimits.exact(0.3, n);
      assertTrue(l.upper998() - l.lower998() < previous, "n " + n);
      previous = l.upper998() - l.lower998();
    }
  }

  /** phi = 4, target 0.3, 100 cases: 0.3 +- z * sqrt(4 * 0.21 / 100); Commons Math's z. */
  @Test
  void overdispersedLimitsWidenTheNormalApproximationByPhi() {
    NormalDistribution z = new NormalDistribution(0, 1);
    double sd = Math.sqrt(4 * 0.3 * 0.7 / 100);
    FunnelLimits.Limits l = FunnelLimits.overdispersed(0.3, 100, 4);
    assertEquals(0.3 + z.inverseCumulativeProbability(0.975) * sd, l.upper95(), 1e-9);
    assertEquals(0.3 + z.inverseCumulativeProbability(0.001) * sd, l.lower998(), 1e-9);
    assertEquals(0.479633, l.upper95(), 1e-6);
    assertThrows(IllegalArgumentException.class, () -> FunnelLimits.overdispersed(0.3, 100, 0.5));
  }

  /**
   * Published worked cases: the funnel limits for a proportion that Public Health England's
   * PHEindicatormethods (R) publishes as the expected output of its own tests ({@code
   * tests/testthat/testdata_funnel_prop_outputs.csv}, commit 093fd288; inputs in {@code
   * testdata_funnel_prop_inputs.csv}, whose target is their pooled rate 0.806424478571495), in per
   * cent to six decimals. Its limits are the normal approximation p0 +- z sqrt(p0 (1 - p0) / n) at
   * 95% and 99.8%, which is Spiegelhalter's overdispersed limit with phi = 1. No reachable
   * published source gives worked numbers for the exact interpolated limits; those are checked by
   * hand above and against Commons Math below.
   */
  @Test
  void publishedCasesOfTheNormalLimitsFromPheIndicatorMethods() {
    double target = 0.806424478571495;
    double[][] published = {
      // n, 95% lower, 95% upper, 99.8% lower, 99.8% upper (per cent)
      {539, 77.306949, 83.977947, 75.38344, 85.901456},
      {110000, 80.408963, 80.875933, 80.274317, 81.010578},
      {24, 64.835445, 96.449451, 55.719892, 100}, // their upper 99.8% is clipped at 100
    };
    for (double[] row : published) {
      FunnelLimits.Limits l = FunnelLimits.overdispersed(target, (int) row[0], 1);
      String at = "n " + (int) row[0];
      assertEquals(row[1], 100 * l.lower95(), 1e-6, at);
      assertEquals(row[2], 100 * l.upper95(), 1e-6, at);
      assertEquals(row[3], 100 * l.lower998(), 1e-6, at);
      assertEquals(row[4], 100 * l.upper998(), 1e-6, at);
    }
  }

  @Test
  void positionsAgainstTheLimits() {
    FunnelLimits.Limits l = new FunnelLimits.Limits(0.1, 0.2, 0.4, 0.5);
    assertEquals(Position.ABOVE_ALARM, l.position(0.51));
    assertEquals(Position.ABOVE_WARNING, l.position(0.5));
    assertEquals(Position.WITHIN, l.position(0.4));
    assertEquals(Position.WITHIN, l.position(0.2));
    assertEquals(Position.BELOW_WARNING, l.position(0.19));
    assertEquals(Position.BELOW_ALARM, l.position(0.09));
    assertEquals(Position.Coarse.ABOVE, Position.ABOVE_ALARM.coarse());
    assertEquals(Position.Coarse.WITHIN, Position.ABOVE_WARNING.coarse());
    assertEquals(Position.Coarse.WITHIN, Position.BELOW_WARNING.coarse());
    assertEquals(Position.Coarse.BELOW, Position.BELOW_ALARM.coarse());
  }

  @Test
  void refusesWhatHasNoLimits() {
    assertThrows(IllegalArgumentException.class, () -> FunnelLimits.exact(0.3, 0));
    assertThrows(IllegalArgumentException.class, () -> FunnelLimits.exact(1.2, 10));
    assertThrows(IllegalArgumentException.class, () -> FunnelLimits.exact(Double.NaN, 10));
  }

  /** Spiegelhalter's interpolated quantile, from Commons Math's binomial distribution. */
  static double independent(double target, int n, double p) {
    BinomialDistribution b = new BinomialDistribution(null, n, target);
    int r = b.inverseCumulativeProbability(p);
    double fr = b.cumulativeProbability(r);
    double below = b.cumulativeProbability(r - 1);
    double a = fr == below ? 0 : (fr - p) / (fr - below);
    return Math.max(0, Math.min(1, (r - a) / n));
  }
}
