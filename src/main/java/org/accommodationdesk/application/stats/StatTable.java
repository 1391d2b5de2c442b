package org.accommodationdesk.application.stats;

import java.util.List;

/**
 * A breakdown of request outcomes by one dimension, with its totals row.
 *
 * <p>Columns: {@code requests} (all requests), {@code decided} (requests with a decision, counted
 * once by their latest decision), {@code approved}, {@code approvedWithChanges}, {@code denied}
 * (latest decision), {@code withdrawn} (withdrawn before any decision), {@code pending} (no
 * decision yet, not withdrawn), and {@code denialRate} = denied / decided.
 *
 * @param minimumCellSize counts below it are suppressed when {@code suppressed} tables are made
 * @param suppressionApplied whether small cells were suppressed (the union's view)
 */
public record StatTable(
    String dimension,
    List<StatRow> rows,
    StatRow total,
    int minimumCellSize,
    boolean suppressionApplied) {

  public static final List<String> COUNT_COLUMNS =
      List.of(
          "requests",
          "decided",
          "approved",
          "approvedWithChanges",
          "denied",
          "withdrawn",
          "pending");
  public static final List<String> ALL_COLUMNS =
      java.util.stream.Stream.concat(
              COUNT_COLUMNS.stream(), java.util.stream.Stream.of("denialRate"))
          .toList();
}
