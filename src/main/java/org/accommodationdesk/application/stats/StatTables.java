package org.accommodationdesk.application.stats;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds published tables from raw counts, with or without small-cell suppression. */
public final class StatTables {
  private StatTables() {}

  /** The table of these groups and their totals; suppressed when {@code suppress} is set. */
  public static StatTable of(
      String dimension, List<OutcomeCounts> groups, int minimum, boolean suppress) {
    OutcomeCounts total = new OutcomeCounts("TOTAL", "Total", 0, 0, 0, 0, 0);
    for (OutcomeCounts g : groups) {
      total = total.plus(g);
    }
    List<OutcomeCounts> all = new ArrayList<>(groups);
    all.add(total);
    List<String> cols = StatTable.COUNT_COLUMNS;
    int width = cols.size();
    long[] values = new long[all.size() * width];
    for (int r = 0; r < all.size(); r++) {
      for (int c = 0; c < width; c++) {
        values[r * width + c] = all.get(r).get(cols.get(c));
      }
    }
    boolean[] hidden =
        suppress
            ? SmallCellSuppression.suppress(values, relations(all.size(), cols), minimum)
            : new boolean[values.length];
    List<StatRow> rows = new ArrayList<>();
    for (int r = 0; r < all.size(); r++) {
      Map<String, Cell> cells = new LinkedHashMap<>();
      for (int c = 0; c < width; c++) {
        int i = r * width + c;
        cells.put(cols.get(c), hidden[i] ? Cell.hidden() : Cell.of(values[i]));
      }
      cells.put("denialRate", rate(cells.get("denied"), cells.get("decided")));
      rows.add(new StatRow(all.get(r).key(), all.get(r).label(), cells));
    }
    StatRow totalRow = rows.remove(rows.size() - 1);
    return new StatTable(dimension, rows, totalRow, minimum, suppress);
  }

  /** denied / decided; not shown when either count is suppressed or nothing is decided. */
  static Cell rate(Cell denied, Cell decided) {
    if (denied.suppressed() || decided.suppressed()) {
      return Cell.hidden();
    }
    long d = decided.value().longValue();
    return d == 0 ? Cell.of(null) : Cell.of((double) denied.value().longValue() / d);
  }

  /**
   * What a reader of the table knows: in each row decided = approved + with changes + denied and
   * requests = decided + withdrawn + pending; in each column the last row is the sum of the others.
   */
  static List<SmallCellSuppression.Relation> relations(int rowCount, List<String> cols) {
    int width = cols.size();
    int requests = cols.indexOf("requests");
    int decided = cols.indexOf("decided");
    int approved = cols.indexOf("approved");
    int changes = cols.indexOf("approvedWithChanges");
    int denied = cols.indexOf("denied");
    int withdrawn = cols.indexOf("withdrawn");
    int pending = cols.indexOf("pending");
    List<SmallCellSuppression.Relation> rel = new ArrayList<>();
    for (int r = 0; r < rowCount; r++) {
      int o = r * width;
      rel.add(
          new SmallCellSuppression.Relation(
              new int[] {o + approved, o + changes, o + denied}, o + decided));
      rel.add(
          new SmallCellSuppression.Relation(
              new int[] {o + decided, o + withdrawn, o + pending}, o + requests));
    }
    int totalRow = rowCount - 1;
    for (int c = 0; c < width; c++) {
      int[] parts = new int[totalRow];
      for (int r = 0; r < totalRow; r++) {
        parts[r] = r * width + c;
      }
      rel.add(new SmallCellSuppression.Relation(parts, totalRow * width + c));
    }
    return rel;
  }
}
