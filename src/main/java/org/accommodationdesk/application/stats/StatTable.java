package org.accommodationdesk.application.stats;

import java.util.List;
import java.util.stream.Stream;

/**
 * A breakdown of request outcomes by one dimension, with its totals row.
 *
 * <p>Columns: the {@link Column}s ({@code requests}, {@code decided}: counted once by the latest
 * decision, {@code approved}, {@code approvedWithChanges}, {@code denied}, {@code withdrawn}:
 * before any decision, {@code pending}) and {@code denialRate} = denied / decided.
 *
 * <p>In the union's view ({@code suppressionApplied}) every figure is perturbed on its own, so rows
 * need not add up to the totals exactly (ADR 0007).
 *
 * @param minimumCellSize published counts below it are hidden in the union's view
 * @param suppressionApplied whether figures are protected (the union's view)
 */
public record StatTable(
    String dimension,
    List<StatRow> rows,
    StatRow total,
    int minimumCellSize,
    boolean suppressionApplied)
    implements java.io.Serializable {

  public static final List<String> COUNT_COLUMNS =
      Stream.of(Column.values()).map(Column::key).toList();
  public static final List<String> ALL_COLUMNS =
      Stream.concat(COUNT_COLUMNS.stream(), Stream.of(Column.DENIAL_RATE)).toList();
}
