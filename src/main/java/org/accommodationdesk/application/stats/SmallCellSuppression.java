package org.accommodationdesk.application.stats;

import java.util.ArrayList;
import java.util.List;

/**
 * Small-cell suppression for published tables of counts, so that no published figure lets anyone
 * single out a person.
 *
 * <p>A table is a list of cell values and the linear relations a reader knows between them (a row
 * total is the sum of its cells, and so on). Primary suppression hides every count from 1 to {@code
 * minimum - 1}. Complementary suppression then hides more cells until no hidden cell can be worked
 * out: first the cheap rule (no relation may have exactly one hidden member), then an exact audit
 * by linear algebra, which finds any hidden cell that a combination of relations determines (such
 * as a row total minus a subtotal), and hides a further cell of such a relation. The smallest
 * visible value is hidden each time, to lose as little information as possible.
 */
public final class SmallCellSuppression {
  private static final double EPS = 1e-9;

  private SmallCellSuppression() {}

  /** A relation a reader knows: the cells {@code parts} add up to the cell {@code total}. */
  public record Relation(int[] parts, int total) {
    int[] members() {
      int[] m = new int[parts.length + 1];
      System.arraycopy(parts, 0, m, 0, parts.length);
      m[parts.length] = total;
      return m;
    }
  }

  /**
   * Which cells to hide.
   *
   * @param values the counts, by cell index
   * @param relations what a reader knows about them
   * @param minimum the smallest count that may be shown (counts from 1 to minimum - 1 are hidden)
   */
  public static boolean[] suppress(long[] values, List<Relation> relations, int minimum) {
    boolean[] hidden = new boolean[values.length];
    for (int i = 0; i < values.length; i++) {
      hidden[i] = values[i] > 0 && values[i] < minimum;
    }
    boolean changed = true;
    while (changed) {
      changed = false;
      for (Relation r : relations) {
        int[] members = r.members();
        if (countHidden(members, hidden) == 1 && hideSmallestVisible(members, values, hidden)) {
          changed = true;
        }
      }
      if (!changed) {
        int exposed = firstDetermined(values.length, relations, hidden);
        if (exposed >= 0) {
          for (Relation r : relations) {
            int[] members = r.members();
            if (contains(members, exposed) && hideSmallestVisible(members, values, hidden)) {
              changed = true;
              break;
            }
          }
        }
      }
    }
    return hidden;
  }

  /**
   * A hidden cell that the relations determine exactly, or -1 when none is: the hidden cells are
   * the unknowns, and one is determined when its unit vector lies in the row space of the
   * relations' coefficients (a pivot row of the reduced echelon form with no other entry).
   */
  public static int firstDetermined(int cells, List<Relation> relations, boolean[] hidden) {
    List<Integer> unknowns = new ArrayList<>();
    int[] column = new int[cells];
    for (int i = 0; i < cells; i++) {
      column[i] = -1;
      if (hidden[i]) {
        column[i] = unknowns.size();
        unknowns.add(i);
      }
    }
    if (unknowns.isEmpty()) {
      return -1;
    }
    List<double[]> rows = new ArrayList<>();
    for (Relation r : relations) {
      double[] row = new double[unknowns.size()];
      boolean any = false;
      for (int p : r.parts()) {
        if (hidden[p]) {
          row[column[p]] += 1;
          any = true;
        }
      }
      if (hidden[r.total()]) {
        row[column[r.total()]] -= 1;
        any = true;
      }
      if (any) {
        rows.add(row);
      }
    }
    double[][] m = rows.toArray(new double[0][]);
    int n = unknowns.size();
    int pivotRow = 0;
    int[] pivotColumnOfRow = new int[m.length];
    for (int col = 0; col < n && pivotRow < m.length; col++) {
      int best = pivotRow;
      for (int i = pivotRow + 1; i < m.length; i++) {
        if (Math.abs(m[i][col]) > Math.abs(m[best][col])) {
          best = i;
        }
      }
      if (Math.abs(m[best][col]) < EPS) {
        continue;
      }
      double[] tmp = m[best];
      m[best] = m[pivotRow];
      m[pivotRow] = tmp;
      double pivot = m[pivotRow][col];
      for (int j = 0; j < n; j++) {
        m[pivotRow][j] /= pivot;
      }
      for (int i = 0; i < m.length; i++) {
        if (i != pivotRow && Math.abs(m[i][col]) > EPS) {
          double f = m[i][col];
          for (int j = 0; j < n; j++) {
            m[i][j] -= f * m[pivotRow][j];
          }
        }
      }
      pivotColumnOfRow[pivotRow] = col;
      pivotRow++;
    }
    for (int i = 0; i < pivotRow; i++) {
      int nonZero = 0;
      for (int j = 0; j < n; j++) {
        if (Math.abs(m[i][j]) > EPS) {
          nonZero++;
        }
      }
      if (nonZero == 1) {
        return unknowns.get(pivotColumnOfRow[i]);
      }
    }
    return -1;
  }

  private static int countHidden(int[] members, boolean[] hidden) {
    int n = 0;
    for (int m : members) {
      if (hidden[m]) {
        n++;
      }
    }
    return n;
  }

  private static boolean contains(int[] members, int cell) {
    for (int m : members) {
      if (m == cell) {
        return true;
      }
    }
    return false;
  }

  private static boolean hideSmallestVisible(int[] members, long[] values, boolean[] hidden) {
    int best = -1;
    for (int m : members) {
      if (!hidden[m] && (best < 0 || values[m] < values[best])) {
        best = m;
      }
    }
    if (best < 0) {
      return false;
    }
    hidden[best] = true;
    return true;
  }
}
