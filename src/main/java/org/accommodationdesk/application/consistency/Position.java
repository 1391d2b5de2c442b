package org.accommodationdesk.application.consistency;

/**
 * Where a unit's rate lies in a funnel plot: beyond the 99.8% ("alarm") limits, between the 95% and
 * 99.8% ("warning") limits, or within the 95% limits.
 */
public enum Position {
  ABOVE_ALARM,
  ABOVE_WARNING,
  WITHIN,
  BELOW_WARNING,
  BELOW_ALARM;

  /**
   * The coarse position the union sees: above or below the control (99.8%) limits, or within them
   * (a rate between the warning and the alarm limits counts as within: 1 in 20 in-control units
   * lands there by chance).
   */
  public Coarse coarse() {
    return switch (this) {
      case ABOVE_ALARM -> Coarse.ABOVE;
      case BELOW_ALARM -> Coarse.BELOW;
      default -> Coarse.WITHIN;
    };
  }

  /** Within, above the upper control limit, or below the lower. */
  public enum Coarse {
    ABOVE,
    WITHIN,
    BELOW
  }
}
