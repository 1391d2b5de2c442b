package org.accommodationdesk.application.stats;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds published tables from raw counts, exactly or protected. */
public final class StatTables {
  private StatTables() {}

  /** The table of these groups and their totals, published by {@code disclosure}. */
  public static StatTable of(String dimension, List<OutcomeCounts> groups, Disclosure disclosure) {
    OutcomeCounts total = OutcomeCounts.empty("TOTAL", "Total");
    for (OutcomeCounts g : groups) {
      total = total.plus(g);
    }
    List<StatRow> rows = new ArrayList<>();
    for (OutcomeCounts g : groups) {
      rows.add(row(g, disclosure));
    }
    return new StatTable(
        dimension,
        rows,
        row(total, disclosure),
        disclosure.minimumCellSize(),
        disclosure.applied());
  }

  private static StatRow row(OutcomeCounts g, Disclosure disclosure) {
    Map<String, Cell> cells = new LinkedHashMap<>();
    for (Column c : Column.values()) {
      cells.put(c.key(), disclosure.count(g.get(c)));
    }
    cells.put(Column.DENIAL_RATE, disclosure.rate(g.get(Column.DENIED), g.get(Column.DECIDED)));
    return new StatRow(g.key(), g.label(), cells);
  }
}
