package org.accommodationdesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.function.LongSupplier;
import org.accommodationdesk.it.testclock.TestClockDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Works on day two as on day one (issue 21, finding 1): the daily work, started by its own timer
 * (checked every second here) and not by the test, runs on each of several simulated days, once a
 * day: the HR lead's digest every day, a reminder once, an approval expiring the day after it ends.
 * The clock is the test deployment's ({@code ShiftedClock}), moved a day at a time. Runs on H2 and
 * on PostgreSQL; ClusterIT does the same on two nodes.
 */
@ExtendWith(ArquillianExtension.class)
class DaysIT {
  static final ZoneId CHICAGO = ZoneId.of("America/Chicago");

  /** An answer due within ten business days is reminded of: the day a question is asked. */
  static final String SETTINGS = "accommodationdesk.reminders.answer-business-days=10\n";

  @Deployment(testable = false)
  static WebArchive deployment() throws java.io.IOException {
    return TestClockDeployment.war(SETTINGS);
  }

  @ArquillianResource URL base;

  @Test
  void theTimerRunsTheDailyWorkOnceOnEachOfFiveDays() throws Exception {
    forgetSimulatedDays();
    new Days(Api.anonymous(base)).fiveDays(LocalTime.of(7, 0));
  }

  /**
   * PostgreSQL outlives the deployment: an earlier run of this test left the daily work's last day
   * weeks ahead, and no earlier day could be claimed again. Set it back to today (H2 starts empty).
   */
  static void forgetSimulatedDays() throws java.sql.SQLException {
    String url = System.getProperty("it.db.url", "");
    if (!url.startsWith("jdbc:postgresql:")) {
      return;
    }
    try (java.sql.Connection c =
            java.sql.DriverManager.getConnection(
                url, System.getProperty("it.db.user"), System.getProperty("it.db.password", ""));
        java.sql.PreparedStatement s =
            c.prepareStatement(
                "UPDATE scheduled_job SET last_day = ? WHERE job = 'DAILY' AND last_day > ?")) {
      java.sql.Date today = java.sql.Date.valueOf(LocalDate.now(CHICAGO));
      s.setDate(1, today);
      s.setDate(2, today);
      s.executeUpdate();
    }
  }

  static long submit(Api api, String user, LocalDate start, LocalDate end) {
    Api.Reply r =
        api.as(user)
            .post(
                "api/requests",
                ApiIT.HOUSEHOLD
                    .replace("2021-02-08", start.toString())
                    .replace("2021-06-30", end.toString()));
    assertEquals(201, r.status(), r.toString());
    return r.json().getJsonNumber("id").longValue();
  }

  static Api.Reply act(Api api, String user, long id, String action) {
    return api.as(user).post("api/requests/" + id + "/transitions", ApiIT.action(action));
  }

  /** The test deployments' days: moving the clock and reading what the daily work left. */
  static final class Days {
    private final Api[] nodes;

    Days(Api... nodes) {
      this.nodes = nodes;
    }

    /**
     * Five working days, Monday to Friday, six weeks ahead (every demo request overdue): each day
     * the clocks are set just before {@code dailyAt}, when nothing may run, then just after, when
     * the timer must run the day's work exactly once: one digest for the HR lead a day, one
     * approval-ending and one answer reminder in all, and an approval ending on Wednesday expired
     * from Thursday.
     *
     * @return the Monday
     */
    LocalDate fiveDays(LocalTime dailyAt) throws InterruptedException {
      Api api = nodes[0];
      LocalDate day0 =
          LocalDate.now(CHICAGO).plusDays(40).with(TemporalAdjusters.next(DayOfWeek.MONDAY));
      long before = stableDigests();
      java.time.LocalDateTime start = day0.atTime(dailyAt).minusHours(1);
      moveTo(start);
      long digests0;
      if (start.toLocalDate().isBefore(day0)) {
        // dailyAt 00:00: the evening before is past that day's hour, so its work runs now
        await("the day before", () -> notices("reviewer2", "OVERDUE_DIGEST", null), before + 1);
        digests0 = before + 1;
      } else {
        Thread.sleep(2_000);
        digests0 = notices("reviewer2", "OVERDUE_DIGEST", null);
        assertEquals(before, digests0, "nothing runs before the hour");
      }

      long approved = submit(api, "employee1", day0.minusDays(10), day0.plusDays(2));
      assertEquals(200, act(api, "reviewer1", approved, "START_REVIEW").status());
      assertEquals(200, act(api, "reviewer1", approved, "APPROVE").status());
      long asked = submit(api, "employee2", day0.plusDays(7), day0.plusDays(60));
      assertEquals(200, act(api, "reviewer1", asked, "START_REVIEW").status());
      assertEquals(200, act(api, "reviewer1", asked, "REQUEST_INFO").status());

      for (int d = 0; d < 5; d++) {
        LocalDate day = day0.plusDays(d);
        // before the hour nothing runs, however often the timers check
        moveTo(day.atTime(dailyAt).minusSeconds(3));
        Thread.sleep(1_800);
        assertEquals(
            digests0 + d, notices("reviewer2", "OVERDUE_DIGEST", null), day + " before the hour");
        moveTo(day, dailyAt.plusSeconds(5));
        long expected = digests0 + d + 1;
        await(day + ": the digest", () -> notices("reviewer2", "OVERDUE_DIGEST", null), expected);
        Thread.sleep(2_200); // two more checks of each timer on the same day
        assertEquals(expected, notices("reviewer2", "OVERDUE_DIGEST", null), day + ": once a day");
        assertEquals(1, notices("employee1", "APPROVAL_ENDING", approved), day + ": one reminder");
        assertEquals(1, notices("employee2", "ANSWER_REMINDER", asked), day + ": one reminder");
        String status =
            api.as("employee1").get("api/requests/" + approved).json().getString("status");
        assertEquals(
            d <= 2 ? "APPROVED" : "EXPIRED",
            status,
            day + ": an approval ending on Wednesday expires on Thursday");
      }
      return day0;
    }

    void moveTo(LocalDate day, LocalTime time) {
      moveTo(day.atTime(time));
    }

    /** Sets every node's clock to {@code time} on {@code day} in Chicago. */
    void moveTo(java.time.LocalDateTime time) {
      String instant = time.atZone(CHICAGO).toInstant().toString();
      for (Api node : nodes) {
        Api.Reply r =
            node.as("admin")
                .request("PUT", "api/test-clock", "text/plain", instant, "Accept", "text/plain");
        assertEquals(200, r.status(), r.toString());
      }
    }

    /** The HR lead's digests once no run is under way (two equal counts 2 s apart). */
    long stableDigests() throws InterruptedException {
      long seen = notices("reviewer2", "OVERDUE_DIGEST", null);
      for (int i = 0; i < 15; i++) {
        Thread.sleep(2_000);
        long now = notices("reviewer2", "OVERDUE_DIGEST", null);
        if (now == seen) {
          return seen;
        }
        seen = now;
      }
      return seen;
    }

    /** How many notices of {@code kind} {@code user} has (about request {@code id} if given). */
    long notices(String user, String kind, Long id) {
      // every page: on PostgreSQL the database outlives other tests' deployments, whose notices
      // (some dated ahead by their test clocks) come first
      long count = 0;
      for (int page = 0; page < 50; page++) {
        java.util.List<JsonObject> items =
            nodes[0]
                .as(user)
                .get("api/notices?size=200&page=" + page)
                .json()
                .getJsonArray("items")
                .getValuesAs(JsonObject.class);
        count +=
            items.stream()
                .filter(n -> kind.equals(n.getString("kind")))
                .filter(
                    n ->
                        id == null
                            || (!n.isNull("requestId")
                                && n.getJsonNumber("requestId").longValue() == id))
                .count();
        if (items.size() < 200) {
          break;
        }
      }
      return count;
    }

    /** Waits up to 30 s for {@code value} to read {@code expected}, then asserts it. */
    void await(String what, LongSupplier value, long expected) throws InterruptedException {
      long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
      long seen = value.getAsLong();
      while (seen != expected && System.nanoTime() < deadline) {
        Thread.sleep(250);
        seen = value.getAsLong();
      }
      assertTrue(seen == expected, what + ": expected " + expected + ", saw " + seen);
    }
  }
}
