package org.accommodationdesk.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.List;
import org.accommodationdesk.application.stats.Footprint;
import org.accommodationdesk.application.stats.Footprint.Change;
import org.accommodationdesk.application.stats.Footprint.CubeCell;
import org.accommodationdesk.application.stats.Footprint.TimeCell;
import org.accommodationdesk.application.stats.StatisticsLedger;

/**
 * Appends the change of a request's footprint to the cubes as rows of +1 and -1 (with the record
 * key), in the caller's transaction: at most two statements, never an update of a shared counter
 * row, so concurrent changes never wait for each other. {@link StatisticsCubes} folds the rows
 * periodically.
 */
@ApplicationScoped
public class JpaStatisticsLedger implements StatisticsLedger {
  @PersistenceContext private EntityManager em;

  @Override
  public void record(Footprint before, Footprint after) {
    List<Object[]> cube = new ArrayList<>();
    List<Object[]> time = new ArrayList<>();
    for (Change c : Footprint.changes(before, after)) {
      long n = c.sign();
      long keys = c.sign() * c.recordKey();
      if (c.cell() instanceof CubeCell x) {
        cube.add(new Object[] {x.kind(), x.yyyymm(), x.category(), x.dim(), x.bucket(), n, keys});
      } else if (c.cell() instanceof TimeCell x) {
        time.add(new Object[] {x.yyyymm(), x.category(), x.tenths(), n, keys});
      }
    }
    insert("stats_cube (kind, yyyymm, category, dim, bucket, n, key_sum)", cube);
    insert("stats_decision_time (yyyymm, category, tenths, n, key_sum)", time);
  }

  /** One multi-row INSERT of these rows into {@code target} ("table (columns)"). */
  private void insert(String target, List<Object[]> rows) {
    if (rows.isEmpty()) {
      return;
    }
    int width = rows.get(0).length;
    Query q =
        em.createNativeQuery("INSERT INTO " + target + " VALUES " + values(rows.size(), width));
    int p = 1;
    for (Object[] row : rows) {
      for (Object v : row) {
        q.setParameter(p++, v);
      }
    }
    q.executeUpdate();
  }

  /** "(?1, ?2, ...), (...)" for {@code rows} rows of {@code width} parameters. */
  private static String values(int rows, int width) {
    StringBuilder sb = new StringBuilder();
    int p = 1;
    for (int r = 0; r < rows; r++) {
      sb.append(r == 0 ? "(" : ", (");
      for (int c = 0; c < width; c++) {
        sb.append(c == 0 ? "?" : ", ?").append(p++);
      }
      sb.append(')');
    }
    return sb.toString();
  }
}
