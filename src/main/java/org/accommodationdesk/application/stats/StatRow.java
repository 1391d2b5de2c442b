package org.accommodationdesk.application.stats;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One row of a breakdown: its key (a category, location code, month, reviewer), a label, and its
 * figures by column ({@link StatTable#COUNT_COLUMNS} and {@code denialRate}).
 */
public record StatRow(String key, String label, Map<String, Cell> cells)
    implements java.io.Serializable {
  public StatRow {
    cells = new LinkedHashMap<>(cells);
  }

  public Cell cell(String column) {
    return cells.get(column);
  }
}
