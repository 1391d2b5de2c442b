package org.accommodationdesk.application.consistency;

import org.accommodationdesk.application.stats.Tally;

/**
 * The decisions of one unit (a reviewer, a work location) in one case-mix cell (category,
 * arrangement requested, job class): how many, and how many had the event counted (a denial, an
 * overturned appeal), each with its requests' record-key sum for the union's protection.
 */
public record CellCount(String unit, String cell, Tally cases, Tally events) {
  public CellCount {
    if (events.count() > cases.count() || events.count() < 0) {
      throw new IllegalArgumentException("events must be between 0 and the cases");
    }
  }
}
