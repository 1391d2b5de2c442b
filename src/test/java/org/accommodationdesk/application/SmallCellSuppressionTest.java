package org.accommodationdesk.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.accommodationdesk.application.stats.Cell;
import org.accommodationdesk.application.stats.OutcomeCounts;
import org.accommodationdesk.application.stats.SmallCellSuppression;
import org.accommodationdesk.application.stats.SmallCellSuppression.Relation;
import org.accommodationdesk.application.stats.StatRow;
import org.accommodationdesk.application.stats.StatTable;
import org.accommodationdesk.application.stats.StatTables;
import org.junit.jupiter.api.Test;

class SmallCellSuppressionTest {
  static final int K = 11;

  static OutcomeCounts group(
      String key, long approved, long changes, long denied, long withdrawn, long pending) {
    return new OutcomeCounts(key, key, approved, changes, denied, withdrawn, pending);
  }

  static List<StatRow> allRows(StatTable t) {
    List<StatRow> rows = new ArrayList<>(t.rows());
    rows.add(t.total());
    return rows;
  }

  /** Every count under the minimum is hidden, and no shown number is under it (except 0). */
  static void assertNoSmallNumberShown(StatTable t) {
    for (StatRow row : allRows(t)) {
      for (String col : StatTable.COUNT_COLUMNS) {
        Cell c = row.cell(col);
        if (!c.suppressed()) {
          long v = c.value().longValue();
          assertTrue(v == 0 || v >= K, row.key() + "." + col + " shows " + v);
        } else {
          assertNull(c.value());
        }
      }
    }
  }

  /**
   * The attacker: every relation a reader knows, with the shown values as constants; solves by
   * exact linear algebra and must not pin down any hidden cell.
   */
  static void assertNothingHiddenCanBeWorkedOut(StatTable t) {
    List<StatRow> rows = allRows(t);
    List<String> cols = StatTable.COUNT_COLUMNS;
    boolean[] hidden = new boolean[rows.size() * cols.size()];
    for (int r = 0; r < rows.size(); r++) {
      for (int c = 0; c < cols.size(); c++) {
        hidden[r * cols.size() + c] = rows.get(r).cell(cols.get(c)).suppressed();
      }
    }
    List<Relation> relations = new ArrayList<>();
    int w = cols.size();
    for (int r = 0; r < rows.size(); r++) {
      int o = r * w;
      relations.add(new Relation(new int[] {o + 2, o + 3, o + 4}, o + 1));
      relations.add(new Relation(new int[] {o + 1, o + 5, o + 6}, o));
      // and the one a careful reader derives: requests = the five exclusive buckets
      relations.add(new Relation(new int[] {o + 2, o + 3, o + 4, o + 5, o + 6}, o));
    }
    for (int c = 0; c < w; c++) {
      int[] parts = new int[rows.size() - 1];
      for (int r = 0; r < rows.size() - 1; r++) {
        parts[r] = r * w + c;
      }
      relations.add(new Relation(parts, (rows.size() - 1) * w + c));
    }
    assertEquals(
        -1,
        SmallCellSuppression.firstDetermined(hidden.length, relations, hidden),
        "a hidden cell can be worked out");
  }

  @Test
  void largeCountsAreShownAsTheyAre() {
    StatTable t =
        StatTables.of(
            "category",
            List.of(group("A", 40, 20, 30, 15, 25), group("B", 50, 11, 60, 12, 20)),
            K,
            true);
    for (StatRow row : allRows(t)) {
      for (String col : StatTable.ALL_COLUMNS) {
        assertFalse(row.cell(col).suppressed(), row.key() + "." + col);
      }
    }
    assertEquals(30.0 / 90.0, t.rows().get(0).cell("denialRate").value().doubleValue(), 1e-12);
  }

  @Test
  void aSmallCellIsHiddenWithComplementsSoRowAndColumnTotalsDoNotGiveItAway() {
    StatTable t =
        StatTables.of(
            "location",
            List.of(
                group("L1", 40, 20, 3, 15, 25),
                group("L2", 50, 30, 60, 12, 20),
                group("L3", 45, 25, 70, 14, 30)),
            K,
            true);
    StatRow l1 = t.rows().get(0);
    assertTrue(l1.cell("denied").suppressed());
    assertTrue(l1.cell("denialRate").suppressed(), "no rate over a suppressed count");
    long hiddenInRow =
        StatTable.COUNT_COLUMNS.stream().filter(c -> l1.cell(c).suppressed()).count();
    assertTrue(hiddenInRow >= 2, "a complement in the row");
    long hiddenInColumn = allRows(t).stream().filter(r -> r.cell("denied").suppressed()).count();
    assertTrue(hiddenInColumn >= 2, "a complement in the column");
    assertNoSmallNumberShown(t);
    assertNothingHiddenCanBeWorkedOut(t);
  }

  @Test
  void theSubtotalOfDecisionsCannotBeUsedToRecoverAHiddenCell() {
    // withdrawn is small; requests - decided = withdrawn + pending would expose it if only the
    // requests relation got a complement
    StatTable t =
        StatTables.of(
            "job class",
            List.of(group("J1", 30, 20, 25, 2, 40), group("J2", 35, 22, 40, 30, 41)),
            K,
            true);
    assertTrue(t.rows().get(0).cell("withdrawn").suppressed());
    assertNoSmallNumberShown(t);
    assertNothingHiddenCanBeWorkedOut(t);
  }

  @Test
  void aGroupThatIsSmallAltogetherIsHiddenAltogether() {
    StatTable t =
        StatTables.of(
            "location",
            List.of(group("TINY", 1, 0, 1, 0, 0), group("BIG", 40, 30, 50, 20, 30)),
            K,
            true);
    StatRow tiny = t.rows().get(0);
    assertTrue(tiny.cell("requests").suppressed());
    assertTrue(tiny.cell("decided").suppressed());
    assertTrue(tiny.cell("denialRate").suppressed());
    assertNoSmallNumberShown(t);
    assertNothingHiddenCanBeWorkedOut(t);
  }

  @Test
  void randomTablesBuiltToDefeatItStayProtected() {
    Random random = new Random(7);
    for (int round = 0; round < 300; round++) {
      int rows = 1 + random.nextInt(8);
      List<OutcomeCounts> groups = new ArrayList<>();
      for (int r = 0; r < rows; r++) {
        groups.add(
            group(
                "G" + r,
                small(random),
                small(random),
                small(random),
                small(random),
                small(random)));
      }
      StatTable t = StatTables.of("random", groups, K, true);
      assertNoSmallNumberShown(t);
      assertNothingHiddenCanBeWorkedOut(t);
      for (StatRow row : allRows(t)) {
        if (row.cell("denied").suppressed() || row.cell("decided").suppressed()) {
          assertTrue(row.cell("denialRate").suppressed());
        }
      }
    }
  }

  /** Mostly small counts, some zeros, some large: the hard cases. */
  static long small(Random random) {
    int roll = random.nextInt(10);
    return roll < 2 ? 0 : roll < 7 ? 1 + random.nextInt(12) : 11 + random.nextInt(60);
  }

  @Test
  void hrSeesEveryNumber() {
    StatTable t = StatTables.of("location", List.of(group("L1", 1, 0, 2, 0, 1)), K, false);
    assertEquals(2L, t.rows().get(0).cell("denied").value());
    assertFalse(t.suppressionApplied());
  }
}
