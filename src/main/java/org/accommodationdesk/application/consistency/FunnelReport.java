package org.accommodationdesk.application.consistency;

import java.util.List;
import org.accommodationdesk.application.stats.Cell;

/**
 * A funnel plot as shown: exact for HR leads and administrators (names, rates, limits, the curve),
 * or through the union's protection (pseudonyms, protected counts, and a coarse position only for
 * units with at least the minimum number of decisions).
 *
 * @param unit REVIEWER or LOCATION
 * @param measure DENIAL or OVERTURN
 * @param period the filter, as the disclosure log names it
 * @param target the overall rate (for the union: from the published counts; null when hidden)
 * @param dispersion the overdispersion factor (HR only)
 * @param overdispersed whether the limits were widened (HR only)
 */
public record FunnelReport(
    String unit,
    String measure,
    String period,
    boolean protectedView,
    int minimumDecisions,
    int minimumCellSize,
    Cell decisions,
    Cell events,
    Double target,
    Double dispersion,
    Boolean overdispersed,
    List<FunnelPoint> points,
    List<CurvePoint> curve)
    implements java.io.Serializable {

  /**
   * One unit. {@code position}: ABOVE_ALARM, ABOVE_WARNING, WITHIN, BELOW_WARNING, BELOW_ALARM for
   * HR; ABOVE, WITHIN, BELOW for the union; null when the unit is under the minimum (not plotted).
   */
  public record FunnelPoint(
      String key,
      String label,
      Cell decisions,
      Cell events,
      Double rate,
      Double expectedRate,
      Double adjustedRate,
      boolean plotted,
      String position,
      Double lower998,
      Double lower95,
      Double upper95,
      Double upper998)
      implements java.io.Serializable {}

  /** The limits at a number of decisions (the funnel's curves; HR only). */
  public record CurvePoint(
      int decisions, double lower998, double lower95, double upper95, double upper998)
      implements java.io.Serializable {}
}
