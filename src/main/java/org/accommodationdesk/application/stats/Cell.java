package org.accommodationdesk.application.stats;

/**
 * One published figure. A suppressed figure has no value: {@code {"value": null, "suppressed":
 * true}}, never a number under the minimum cell size.
 */
public record Cell(Number value, boolean suppressed) {
  public static Cell of(Number value) {
    return new Cell(value, false);
  }

  public static Cell hidden() {
    return new Cell(null, true);
  }

  /** The value for display: the number, or "&lt;minimum" when suppressed. */
  public String display(int minimum) {
    return suppressed ? "<" + minimum : String.valueOf(value);
  }
}
