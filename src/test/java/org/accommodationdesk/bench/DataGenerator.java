package org.accommodationdesk.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Random;
import org.flywaydb.core.Flyway;

/**
 * Fills a database with realistic requests for benchmarks: all categories, 60 work locations, job
 * classes, every status, decisions and appeals, submissions spread over four years. Writes the same
 * columns the application keeps (latest outcome, decider, time to first decision) and the
 * decisions; not the per-step history, which no statistic reads.
 *
 * <p>Usage: {@code DataGenerator <jdbc-url> <user> <password> <requests>}. Replaces any requests
 * already there.
 */
public final class DataGenerator {
  static final String[] CATEGORIES = {"OWN_CONDITION", "PRIMARY_CAREGIVER", "HOUSEHOLD_MEMBER"};
  static final String[] JOBS = {"B-TEACHER", "B-PARA", "B-CLINICIAN", "B-CLERK"};
  static final int LOCATIONS = 60;
  static final int EMPLOYEES = 20_000;
  static final int REVIEWERS = 12;

  private DataGenerator() {}

  public static void main(String[] args) throws SQLException {
    generate(args[0], args[1], args.length > 2 ? args[2] : "", Integer.parseInt(args[3]));
  }

  public static void generate(String url, String user, String password, int requests)
      throws SQLException {
    Flyway.configure()
        .dataSource(url, user, password)
        .locations(org.accommodationdesk.infrastructure.startup.MigrationLocations.of(url))
        .load()
        .migrate();
    try (Connection c = DriverManager.getConnection(url, user, password)) {
      c.setAutoCommit(false);
      try (Statement s = c.createStatement()) {
        s.executeUpdate("DELETE FROM document_content");
        s.executeUpdate("DELETE FROM request_document");
        s.executeUpdate("DELETE FROM request_decision");
        s.executeUpdate("DELETE FROM request_history");
        s.executeUpdate("DELETE FROM accommodation_request");
        // loaded without the ledger: the application builds the cubes from the requests
        s.executeUpdate("DELETE FROM stats_cube");
        s.executeUpdate("DELETE FROM stats_decision_time");
        s.executeUpdate("UPDATE stats_cube_state SET complete_before = 0");
      }
      c.commit();
      referenceData(c);
      Random random = new Random(42);
      Instant end = Instant.now();
      long span = Duration.ofDays(4 * 365).getSeconds();
      try (PreparedStatement r =
              c.prepareStatement(
                  "INSERT INTO accommodation_request (id, version, requester, category, arrangement_type,"
                      + " remote_days_per_week, start_date, work_location_code, job_class_code, relationship,"
                      + " attestation, justification, status, assigned_reviewer, first_decider, latest_outcome,"
                      + " latest_decider, first_decision_seconds, submitted_at, decided_at, appealed_at,"
                      + " shared_with_union, record_key, first_outcome)"
                      + " VALUES (?,1,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,FALSE,?,?)");
          PreparedStatement d =
              c.prepareStatement(
                  "INSERT INTO request_decision (id, request_id, stage, outcome, reason_code, explanation,"
                      + " decided_by, decided_at) VALUES (?,?,?,?,?,?,?,?)")) {
        long decisionId = 1;
        for (int i = 1; i <= requests; i++) {
          String category = CATEGORIES[random.nextInt(3)];
          Instant submitted = end.minusSeconds((long) (random.nextDouble() * span));
          String requester = "emp" + random.nextInt(EMPLOYEES);
          String reviewer = "rev" + random.nextInt(REVIEWERS);
          String second = "rev" + ((Integer.parseInt(reviewer.substring(3)) + 1) % REVIEWERS);
          int roll = random.nextInt(100);
          boolean recent = Duration.between(submitted, end).toDays() < 40;
          String status;
          String outcome = null;
          boolean appealed = false;
          String appealOutcome = null;
          if (recent && roll < 40) {
            status = new String[] {"SUBMITTED", "IN_REVIEW", "INFO_REQUESTED"}[random.nextInt(3)];
          } else if (roll < 45) {
            status = "WITHDRAWN";
          } else {
            int denyPercent = category.equals("HOUSEHOLD_MEMBER") ? 75 : 20;
            outcome =
                random.nextInt(100) < denyPercent
                    ? "DENIED"
                    : random.nextInt(3) == 0 ? "APPROVED_WITH_CHANGES" : "APPROVED";
            status = outcome;
            if (!outcome.equals("APPROVED") && random.nextInt(100) < 25) {
              appealed = true;
              int a = random.nextInt(100);
              appealOutcome =
                  a < 10 ? null : a < 60 ? outcome : a < 80 ? "APPROVED_WITH_CHANGES" : "APPROVED";
              status = appealOutcome == null ? "APPEALED" : appealOutcome;
            }
          }
          long toDecision = 3600L * (2 + random.nextInt(24 * 30));
          Instant decidedAt = outcome == null ? null : submitted.plusSeconds(toDecision);
          Instant appealedAt =
              appealed ? decidedAt.plusSeconds(86400L * (1 + random.nextInt(10))) : null;
          Instant appealDecidedAt =
              appealOutcome == null
                  ? null
                  : appealedAt.plusSeconds(86400L * (1 + random.nextInt(15)));
          int p = 1;
          r.setLong(p++, i);
          r.setString(p++, requester);
          r.setString(p++, category);
          r.setString(p++, random.nextBoolean() ? "FULL_REMOTE" : "PARTIAL_REMOTE");
          int days = 1 + random.nextInt(4);
          r.setObject(p++, days, java.sql.Types.INTEGER);
          r.setObject(p++, LocalDate.ofInstant(submitted, ZoneOffset.UTC).plusDays(7));
          r.setString(p++, "LOC" + random.nextInt(LOCATIONS));
          r.setString(p++, JOBS[random.nextInt(JOBS.length)]);
          r.setString(p++, category.equals("OWN_CONDITION") ? null : "PARENT");
          r.setObject(
              p++, category.equals("OWN_CONDITION") ? null : Boolean.TRUE, java.sql.Types.BOOLEAN);
          r.setString(p++, "Generated request");
          r.setString(p++, status);
          r.setString(
              p++, status.equals("SUBMITTED") || status.equals("WITHDRAWN") ? null : reviewer);
          r.setString(p++, outcome == null ? null : reviewer);
          r.setString(p++, appealOutcome != null ? appealOutcome : outcome);
          r.setString(p++, outcome == null ? null : appealOutcome != null ? second : reviewer);
          r.setObject(p++, outcome == null ? null : toDecision, java.sql.Types.BIGINT);
          r.setTimestamp(p++, Timestamp.from(submitted));
          r.setTimestamp(
              p++,
              appealDecidedAt != null
                  ? Timestamp.from(appealDecidedAt)
                  : decidedAt == null ? null : Timestamp.from(decidedAt));
          r.setTimestamp(p++, appealedAt == null ? null : Timestamp.from(appealedAt));
          r.setLong(p++, random.nextInt(Integer.MAX_VALUE));
          r.setString(p++, outcome);
          r.addBatch();
          if (outcome != null) {
            decision(d, decisionId++, i, "INITIAL", outcome, reviewer, decidedAt);
          }
          if (appealOutcome != null) {
            decision(d, decisionId++, i, "APPEAL", appealOutcome, second, appealDecidedAt);
          }
          if (i % 5000 == 0) {
            r.executeBatch();
            d.executeBatch();
            c.commit();
          }
        }
        r.executeBatch();
        d.executeBatch();
        c.commit();
        try (Statement s = c.createStatement()) {
          s.executeUpdate("ALTER SEQUENCE request_seq RESTART WITH " + (requests + 1000));
          s.executeUpdate("ALTER SEQUENCE decision_seq RESTART WITH " + (decisionId + 1000));
        }
        c.commit();
        if (url.startsWith("jdbc:postgresql")) {
          // the steady state autovacuum keeps: statistics and the visibility map
          c.setAutoCommit(true);
          try (Statement s = c.createStatement()) {
            s.execute("VACUUM ANALYZE");
          }
        }
      }
    }
  }

  private static void decision(
      PreparedStatement d,
      long id,
      long request,
      String stage,
      String outcome,
      String reviewer,
      Instant at)
      throws SQLException {
    d.setLong(1, id);
    d.setLong(2, request);
    d.setString(3, stage);
    d.setString(4, outcome);
    d.setString(5, outcome.equals("DENIED") ? "UNDUE_HARDSHIP" : null);
    d.setString(6, outcome.equals("DENIED") ? "Generated." : null);
    d.setString(7, reviewer);
    d.setTimestamp(8, Timestamp.from(at));
    d.addBatch();
  }

  private static void referenceData(Connection c) throws SQLException {
    try (Statement s = c.createStatement()) {
      if (exists(c, "SELECT COUNT(*) FROM work_location WHERE code = 'LOC0'")) {
        return;
      }
    }
    try (PreparedStatement l =
        c.prepareStatement("INSERT INTO work_location (code, name) VALUES (?, ?)")) {
      for (int i = 0; i < LOCATIONS; i++) {
        l.setString(1, "LOC" + i);
        l.setString(2, "School " + i);
        l.addBatch();
      }
      l.executeBatch();
    }
    try (PreparedStatement j =
        c.prepareStatement("INSERT INTO job_class (code, name) VALUES (?, ?)")) {
      for (String job : JOBS) {
        if (!exists(c, "SELECT COUNT(*) FROM job_class WHERE code = '" + job + "'")) {
          j.setString(1, job);
          j.setString(2, job);
          j.addBatch();
        }
      }
      j.executeBatch();
    }
    try (PreparedStatement a =
        c.prepareStatement(
            "INSERT INTO user_account (username, display_name, password_hash, work_location_code,"
                + " job_class_code, enabled, version) VALUES (?, ?, 'x', 'LOC0', 'B-TEACHER', FALSE, 0)")) {
      for (int i = 0; i < EMPLOYEES; i++) {
        a.setString(1, "emp" + i);
        a.setString(2, "Employee " + i);
        a.addBatch();
      }
      a.executeBatch();
    }
    c.commit();
  }

  private static boolean exists(Connection c, String sql) throws SQLException {
    try (Statement s = c.createStatement();
        var rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1) > 0;
    }
  }
}
