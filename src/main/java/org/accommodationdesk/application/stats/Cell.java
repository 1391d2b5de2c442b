package org.accommodationdesk.application.stats;

/**
 * One published figure. A hidden figure has no value: {@code {"value": null, "suppressed": true}},
 * shown to people as one neutral word ("hidden"), never as a number or a bound.
 */
public record Cell(Number value, boolean suppressed) implements java.io.Serializable {
  public static Cell of(Number value) {
    return new Cell(value, false);
  }

  public static Cell hidden() {
    return new Cell(null, true);
  }
}
