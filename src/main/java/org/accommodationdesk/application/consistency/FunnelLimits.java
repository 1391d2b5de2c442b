package org.accommodationdesk.application.consistency;

import org.apache.commons.statistics.distribution.BinomialDistribution;
import org.apache.commons.statistics.distribution.NormalDistribution;

/**
 * Control limits of a funnel plot for a proportion (Spiegelhalter, "Funnel plots for comparing
 * institutional performance", Statistics in Medicine 24:1185, 2005): around a target rate, for a
 * unit of {@code n} cases, the 95% ("warning") and 99.8% ("alarm") limits.
 *
 * <p>Exact limits come from the binomial distribution, interpolated as the paper's appendix does:
 * with {@code r} the smallest count whose cumulative probability reaches {@code p}, the limit is
 * {@code (r - a) / n} where {@code a = (F(r) - p) / (F(r) - F(r - 1))}. Overdispersed limits widen
 * the normal approximation by the dispersion factor {@code phi}: {@code target +- z_p * sqrt(phi *
 * target * (1 - target) / n)} (the paper's section 6, multiplicative model).
 */
public final class FunnelLimits {
  /** The tail probabilities of the 95% and the 99.8% two-sided limits. */
  static final double WARNING_TAIL = 0.025;

  static final double ALARM_TAIL = 0.001;

  private static final NormalDistribution STANDARD = NormalDistribution.of(0, 1);

  private FunnelLimits() {}

  /** The four limits at one number of cases, as proportions in [0, 1]. */
  public record Limits(double lower998, double lower95, double upper95, double upper998) {
    /** Where a rate lies against these limits. */
    public Position position(double rate) {
      if (rate > upper998) {
        return Position.ABOVE_ALARM;
      }
      if (rate > upper95) {
        return Position.ABOVE_WARNING;
      }
      if (rate < lower998) {
        return Position.BELOW_ALARM;
      }
      if (rate < lower95) {
        return Position.BELOW_WARNING;
      }
      return Position.WITHIN;
    }
  }

  /** Exact binomial limits around {@code target} for {@code n} cases. */
  public static Limits exact(double target, int n) {
    check(target, n);
    return new Limits(
        exactQuantile(target, n, ALARM_TAIL),
        exactQuantile(target, n, WARNING_TAIL),
        exactQuantile(target, n, 1 - WARNING_TAIL),
        exactQuantile(target, n, 1 - ALARM_TAIL));
  }

  /** Normal limits widened by the dispersion factor {@code phi} (at least 1). */
  public static Limits overdispersed(double target, int n, double phi) {
    check(target, n);
    if (!(phi >= 1)) {
      throw new IllegalArgumentException("the dispersion factor must be at least 1");
    }
    double sd = Math.sqrt(phi * target * (1 - target) / n);
    return new Limits(
        clamp(target + STANDARD.inverseCumulativeProbability(ALARM_TAIL) * sd),
        clamp(target + STANDARD.inverseCumulativeProbability(WARNING_TAIL) * sd),
        clamp(target + STANDARD.inverseCumulativeProbability(1 - WARNING_TAIL) * sd),
        clamp(target + STANDARD.inverseCumulativeProbability(1 - ALARM_TAIL) * sd));
  }

  /**
   * The exact limit at tail probability {@code p}: {@code (r - a) / n} with {@code r} the smallest
   * count with {@code F(r) >= p} and {@code a} the interpolation that makes the limit continuous in
   * {@code n}.
   */
  static double exactQuantile(double target, int n, double p) {
    BinomialDistribution b = BinomialDistribution.of(n, target);
    int r = b.inverseCumulativeProbability(p);
    double fr = b.cumulativeProbability(r);
    double below = r == 0 ? 0 : b.cumulativeProbability(r - 1);
    double a = fr == below ? 0 : (fr - p) / (fr - below);
    return clamp((r - a) / n);
  }

  private static void check(double target, int n) {
    if (n < 1) {
      throw new IllegalArgumentException("a funnel's limits need at least one case");
    }
    if (!(target >= 0 && target <= 1)) {
      throw new IllegalArgumentException("a target rate lies in [0, 1]");
    }
  }

  private static double clamp(double v) {
    return Math.max(0, Math.min(1, v));
  }
}
