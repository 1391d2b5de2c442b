package org.accommodationdesk.application.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.accommodationdesk.domain.request.DecisionOutcome;
import org.accommodationdesk.domain.request.RequestStatus;
import org.junit.jupiter.api.Test;

/**
 * Each statistics bucket is one rule with two faces, Java for a request in memory (the footprint
 * the ledger folds) and SQL for the rows (the cubes rebuilt, the current month counted live): both
 * must put every possible row in the same bucket, or the cubes drift from the live counts.
 */
class BucketTest {
  private static Connection db() throws SQLException {
    return DriverManager.getConnection("jdbc:h2:mem:buckets" + System.nanoTime());
  }

  @Test
  void theOutcomeBucketIsTheSameInJavaAndInSql() throws SQLException {
    List<DecisionOutcome> outcomes = new ArrayList<>(List.of(DecisionOutcome.values()));
    outcomes.add(null);
    try (Connection c = db()) {
      c.createStatement()
          .execute("CREATE TABLE r (latest_outcome VARCHAR(32), status VARCHAR(32))");
      int rows = 0;
      for (DecisionOutcome outcome : outcomes) {
        for (RequestStatus status : RequestStatus.values()) {
          try (PreparedStatement p =
              c.prepareStatement(
                  "SELECT "
                      + Bucket.sql("r.latest_outcome", "r.status")
                      + " FROM (SELECT"
                      + " CAST(? AS VARCHAR(32)) latest_outcome, CAST(? AS VARCHAR(32)) status) r")) {
            p.setString(1, outcome == null ? null : outcome.name());
            p.setString(2, status.name());
            try (ResultSet rs = p.executeQuery()) {
              rs.next();
              assertEquals(
                  Bucket.of(Optional.ofNullable(outcome), status).name(),
                  rs.getString(1),
                  outcome + " / " + status);
              rows++;
            }
          }
        }
      }
      assertEquals(outcomes.size() * RequestStatus.values().length, rows);
    }
    assertEquals(Bucket.WITHDRAWN, Bucket.of(Optional.empty(), RequestStatus.WITHDRAWN));
    assertEquals(Bucket.PENDING, Bucket.of(Optional.empty(), RequestStatus.APPEALED));
    assertEquals(
        Bucket.DENIED, Bucket.of(Optional.of(DecisionOutcome.DENIED), RequestStatus.WITHDRAWN));
  }

  @Test
  void theTimelinessAndBusinessDayBucketsAreTheSameInJavaAndInSql() throws SQLException {
    try (Connection c = db()) {
      for (boolean onTime : new boolean[] {true, false}) {
        for (boolean within : new boolean[] {true, false}) {
          assertEquals(
              Footprint.timelinessBucket(onTime, within),
              two(
                  c,
                  Footprint.timelinessBucketSql("CAST(? AS BOOLEAN)", "CAST(? AS BOOLEAN)"),
                  onTime,
                  within),
              "on time " + onTime + ", within the hard limit " + within);
        }
        // a decision made before the hard limit was recorded: within it
        assertEquals(
            Footprint.timelinessBucket(onTime, true),
            two(
                c,
                Footprint.timelinessBucketSql("CAST(? AS BOOLEAN)", "CAST(? AS BOOLEAN)"),
                onTime,
                null));
      }
      assertEquals(
          Footprint.NO_REASON, one(c, Footprint.delayReasonSql("CAST(? AS VARCHAR)"), null));
      assertEquals(
          "EQUIPMENT", one(c, Footprint.delayReasonSql("CAST(? AS VARCHAR)"), "EQUIPMENT"));
      for (int days :
          new int[] {
            0,
            1,
            14,
            Footprint.MAX_BUSINESS_DAYS - 1,
            Footprint.MAX_BUSINESS_DAYS,
            Footprint.MAX_BUSINESS_DAYS + 1,
            400
          }) {
        assertEquals(
            Footprint.businessDaysBucket(days),
            one(c, Footprint.businessDaysBucketSql("CAST(? AS INTEGER)"), days),
            days + " business days");
      }
    }
    assertEquals("60", Footprint.businessDaysBucket(61), "capped");
    assertEquals("59", Footprint.businessDaysBucket(59));
  }

  private static String two(Connection c, String expression, Object first, Object second)
      throws SQLException {
    try (PreparedStatement p = c.prepareStatement("SELECT " + expression)) {
      p.setObject(1, first);
      p.setObject(2, second);
      try (ResultSet rs = p.executeQuery()) {
        rs.next();
        return rs.getString(1);
      }
    }
  }

  private static String one(Connection c, String expression, Object value) throws SQLException {
    try (PreparedStatement p = c.prepareStatement("SELECT " + expression)) {
      p.setObject(1, value);
      try (ResultSet rs = p.executeQuery()) {
        rs.next();
        return rs.getString(1);
      }
    }
  }
}
