package org.accommodationdesk.application.report;

import java.time.LocalDate;
import java.util.List;
import org.accommodationdesk.application.stats.Cell;

/**
 * The annual report of a period (a year, or whole months), as data: codes, never words (pages, CSV
 * and PDF name them in the reader's language). For HR and administrators every figure is exact; in
 * the union's view every count goes through the union's protection (ADR 0007): perturbed, and
 * hidden below the minimum cell size; medians and sums are shown only over a count that is shown.
 *
 * @param from the first day of the period
 * @param to the last day of the period
 * @param received requests received in the period, with what they came to
 * @param byCategory, byArrangementRequested, byJobClass, byWorkLocation the same by group
 * @param byArrangementProvided granted requests by the arrangement provided
 * @param denialReasons denied requests by the reason of the denial in force
 * @param timeTaken first decisions by business days taken, with the median
 * @param late first decisions after their due day, by delay reason (acceptable or not)
 * @param pastHardLimit first decisions after the hard limit
 * @param interim requests that got an interim arrangement, with the median days it applied
 * @param expedited requests HR expedited, by their first decision: by its due day, late, none yet
 * @param costs requests with a cost recorded, the total and the median, in cents
 * @param assistance requests by source of technical assistance consulted
 * @param medicalInformation requests where medical information was asked for, by why
 */
public record AnnualReport(
    String period,
    LocalDate from,
    LocalDate to,
    boolean protectedView,
    int minimumCellSize,
    Row received,
    List<Row> byCategory,
    List<Row> byArrangementRequested,
    List<Row> byJobClass,
    List<Row> byWorkLocation,
    List<Line> byArrangementProvided,
    List<Line> denialReasons,
    Spread timeTaken,
    List<org.accommodationdesk.application.stats.LateReason> late,
    Cell pastHardLimit,
    Spread interim,
    List<Line> expedited,
    Costs costs,
    List<Line> assistance,
    List<Line> medicalInformation)
    implements java.io.Serializable {

  /** A group's requests and what they came to. */
  public record Row(
      String key, Cell received, Cell granted, Cell denied, Cell withdrawn, Cell pending)
      implements java.io.Serializable {}

  /** A count under a key. */
  public record Line(String key, Cell count) implements java.io.Serializable {}

  /** A count, its median (null when hidden or none) and, where it has one, its distribution. */
  public record Spread(Cell count, Double median, List<Line> distribution)
      implements java.io.Serializable {}

  /** Costs: how many requests have one, the total and the median (cents; null when hidden). */
  public record Costs(Cell count, Long totalCents, Long medianCents)
      implements java.io.Serializable {}
}
