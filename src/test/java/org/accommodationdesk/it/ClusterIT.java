package org.accommodationdesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;

/**
 * Two Payara Micro nodes with Hazelcast on, clustered on the loopback address, on one PostgreSQL
 * schema of their own, behind a load balancer without sticky sessions (issue 12). Runs in the
 * PostgreSQL run only ({@code -Ppostgres}): a cluster shares a database server. The last tests kill
 * node A with SIGKILL; the order is fixed.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterIT {
  static final Path WORK = Path.of("target", "cluster-it").toAbsolutePath();
  static final String SCHEMA = "cluster_it";

  static Node a;
  static Node b;
  static LoadBalancer balancer;

  /** One node: its process, its web port, its data grid port and its log. */
  record Node(String name, Process process, int port, int gridPort, Path log) {
    URL url() {
      try {
        return URI.create("http://127.0.0.1:" + port + "/").toURL();
      } catch (java.net.MalformedURLException e) {
        throw new IllegalStateException(e);
      }
    }

    Api api() {
      return Api.anonymous(url());
    }

    String logText() throws IOException {
      return Files.readString(log, StandardCharsets.UTF_8);
    }
  }

  @BeforeAll
  static void startTwoNodes() throws Exception {
    PersistenceAcrossRestartIT.deleteRecursively(WORK);
    Files.createDirectories(WORK);
    try (Connection c = database();
        Statement s = c.createStatement()) {
      s.execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
      s.execute("CREATE SCHEMA " + SCHEMA);
    }
    // the application with a clock the tests move, and each node's timer checking every second
    org.accommodationdesk.it.testclock.TestClockDeployment.exportTo(
        WORK.resolve("cluster.war"), DaysIT.SETTINGS);
    int gridA = PersistenceAcrossRestartIT.freePort();
    int gridB = PersistenceAcrossRestartIT.freePort();
    String members = "tcpip:127.0.0.1:" + gridA + ",127.0.0.1:" + gridB;
    String cluster = "cit-" + UUID.randomUUID().toString().substring(0, 8);
    // both at once, as an orchestrator would start them: demo data and the statistics are made
    // once (the start-up lock), whichever node comes first
    a = start("nodeA", gridA, cluster, members);
    b = start("nodeB", gridB, cluster, members);
    PersistenceAcrossRestartIT.awaitReady(a.url(), a.process());
    PersistenceAcrossRestartIT.awaitReady(b.url(), b.process());
    balancer = new LoadBalancer(List.of(a.port(), b.port()));
  }

  @AfterAll
  static void stopNodes() throws Exception {
    if (balancer != null) {
      balancer.close();
    }
    for (Node n : new Node[] {a, b}) {
      if (n != null) {
        PersistenceAcrossRestartIT.stop(n.process());
      }
    }
  }

  private static Node start(String name, int gridPort, String cluster, String members)
      throws IOException {
    int port = PersistenceAcrossRestartIT.freePort();
    String url = System.getProperty("it.db.url");
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(
        List.of(
            "-Duser.timezone=UTC",
            "-XX:+UseSerialGC",
            "-Xmx512m",
            "-Djava.io.tmpdir=" + WORK,
            "-Daccommodationdesk.demo=true",
            "-Ddb.url=" + url + (url.contains("?") ? "&" : "?") + "currentSchema=" + SCHEMA,
            "-Ddb.driver=" + System.getProperty("it.db.driver"),
            "-Ddb.user=" + System.getProperty("it.db.user"),
            "-Ddb.password=" + System.getProperty("it.db.password", ""),
            "-Daccommodationdesk.cluster.required=true",
            "-Daccommodationdesk.cluster.refresh-seconds=1",
            // the daily work is due at once and each node checks a second after it starts
            "-Daccommodationdesk.schedule.daily-at=00:00",
            "-Daccommodationdesk.schedule.first-check-seconds=1",
            "-jar",
            Path.of(System.getProperty("payara.microJar", "target/payara-micro.jar"))
                .toAbsolutePath()
                .toString(),
            "--deploy",
            WORK.resolve("cluster.war").toString(),
            "--contextroot",
            "/",
            "--port",
            String.valueOf(port),
            "--name",
            name));
    command.addAll(ClusterNode.options(cluster, members, gridPort));
    Path log = WORK.resolve(name + ".log");
    Process p =
        new ProcessBuilder(command)
            .directory(WORK.toFile())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .start();
    return new Node(name, p, port, gridPort, log);
  }

  static Connection database() throws SQLException {
    return DriverManager.getConnection(
        System.getProperty("it.db.url"),
        System.getProperty("it.db.user"),
        System.getProperty("it.db.password", ""));
  }

  static JsonObject clusterCheck(Node n) {
    Api.Reply ready = n.api().get("health/ready");
    for (JsonObject check : ready.json().getJsonArray("checks").getValuesAs(JsonObject.class)) {
      if (check.getString("name").equals("cluster")) {
        return check;
      }
    }
    throw new AssertionError("no cluster check: " + ready);
  }

  static long submit(Node n, String user) {
    Api.Reply r = n.api().as(user).post("api/requests", ApiIT.HOUSEHOLD);
    assertEquals(201, r.status(), r.toString());
    return r.json().getJsonNumber("id").longValue();
  }

  static Api.Reply act(Node n, String user, long id, String json) {
    return n.api().as(user).post("api/requests/" + id + "/transitions", json);
  }

  @Test
  @Order(1)
  void theTwoNodesFormOneClusterAndSaySo() {
    for (Node n : List.of(a, b)) {
      JsonObject check = clusterCheck(n);
      assertEquals("UP", check.getString("status"), n.name() + ": " + check);
      assertEquals("2", check.getJsonObject("data").getString("members"), check.toString());
      assertEquals("on", check.getJsonObject("data").getString("grid"), check.toString());
    }
  }

  @Test
  @Order(2)
  void aChangeOnOneNodeIsSeenOnTheOtherAtOnce() {
    long id = submit(a, "employee1");
    Api.Reply onB = b.api().as("reviewer1").get("api/requests/" + id);
    assertEquals(200, onB.status(), onB.toString());
    assertEquals("SUBMITTED", onB.json().getString("status"));

    assertEquals(200, act(b, "reviewer1", id, ApiIT.action("START_REVIEW")).status());
    Api.Reply onA = a.api().as("employee1").get("api/requests/" + id);
    assertEquals("IN_REVIEW", onA.json().getString("status"), onA.toString());
  }

  @Test
  @Order(3)
  void twoDecisionsOnTwoNodesAtOnceExactlyOneWins() throws Exception {
    long id = submit(a, "employee2");
    assertEquals(200, act(a, "reviewer1", id, ApiIT.action("START_REVIEW")).status());
    String etag = b.api().as("reviewer1").get("api/requests/" + id).header("ETag");
    CountDownLatch go = new CountDownLatch(1);
    ExecutorService two = Executors.newFixedThreadPool(2);
    try {
      Callable<Api.Reply> approveOnA =
          () -> {
            go.await();
            return a.api()
                .as("reviewer1")
                .post(
                    "api/requests/" + id + "/transitions",
                    "{\"action\":\"APPROVE\",\"comment\":\"Approved on A\"}",
                    etag);
          };
      Callable<Api.Reply> denyOnB =
          () -> {
            go.await();
            return b.api()
                .as("reviewer1")
                .post(
                    "api/requests/" + id + "/transitions",
                    "{\"action\":\"DENY\",\"reasonCode\":\"UNDUE_HARDSHIP\",\"comment\":\"Denied"
                        + " on B\"}",
                    etag);
          };
      Future<Api.Reply> approved = two.submit(approveOnA);
      Future<Api.Reply> denied = two.submit(denyOnB);
      go.countDown();
      Api.Reply ra = approved.get();
      Api.Reply rb = denied.get();
      List<Api.Reply> won = ra.status() == 200 ? List.of(ra) : List.of();
      if (rb.status() == 200) {
        won = new ArrayList<>(won);
        won.add(rb);
      }
      assertEquals(1, won.size(), "exactly one decision is taken: " + ra + " / " + rb);
      Api.Reply lost = won.get(0) == ra ? rb : ra;
      assertTrue(
          lost.status() == 409 || lost.status() == 412,
          "the other is refused as stale or no longer possible: " + lost);
      String expected = won.get(0) == ra ? "APPROVED" : "DENIED";
      for (Node n : List.of(a, b)) {
        Api.Reply now = n.api().as("reviewer1").get("api/requests/" + id);
        assertEquals(expected, now.json().getString("status"), n.name() + ": " + now);
        long decisions =
            now.json().getJsonArray("history").getValuesAs(JsonObject.class).stream()
                .filter(h -> List.of("APPROVE", "DENY").contains(h.getString("action", "")))
                .count();
        assertEquals(1, decisions, "one decision in the history: " + now);
      }
    } finally {
      two.shutdownNow();
    }
  }

  @Test
  @Order(4)
  void theDailyWorkRanOnceAcrossTheCluster() throws Exception {
    // both nodes checked a second after they started; the daily work was due
    Instant deadline = Instant.now().plusSeconds(60);
    int runs = 0;
    while (Instant.now().isBefore(deadline)) {
      runs = count(a.logText(), "Daily work for ") + count(b.logText(), "Daily work for ");
      if (runs > 0) {
        break;
      }
      Thread.sleep(200);
    }
    Thread.sleep(2000); // a second run, if there were one, would have started by now
    runs = count(a.logText(), "Daily work for ") + count(b.logText(), "Daily work for ");
    assertEquals(1, runs, "one node ran today's daily work; see " + WORK);
    try (Connection c = database();
        Statement s = c.createStatement();
        ResultSet r =
            s.executeQuery(
                "SELECT last_day FROM " + SCHEMA + ".scheduled_job WHERE job = 'DAILY'")) {
      assertTrue(r.next());
      assertTrue(r.getDate(1) != null, "the day is taken");
    }
  }

  @Test
  @Order(5)
  void theTimersRunTheDailyWorkOnceADayAcrossTheClusterForFiveDays() throws Exception {
    java.time.LocalDate monday =
        new DaysIT.Days(a.api(), b.api()).fiveDays(java.time.LocalTime.of(0, 0));
    String logs = a.logText() + b.logText();
    for (int d = 0; d < 5; d++) {
      assertEquals(
          1,
          count(logs, "Daily work for " + monday.plusDays(d) + ":"),
          monday.plusDays(d) + ": one run on one of the two nodes; see " + WORK);
    }
    assertEquals(0, count(logs, "The daily work failed"), "no failed run; see " + WORK);
  }

  /**
   * Two years and 40 days after a withdrawal, both nodes' timers run the day's work; one of them
   * purges the request, once (one record of it in the audit log), and the sealed history still
   * verifies.
   */
  @Test
  @Order(6)
  void twoNodesRunningTheDailyWorkPurgeARequestPastItsRetentionOnce() throws Exception {
    long id = submit(a, "employee3");
    assertEquals(200, act(a, "employee3", id, ApiIT.action("WITHDRAW")).status());
    // two years and 40 days after the withdrawal by the nodes' clock (the tests before moved it)
    Api.Reply now =
        a.api().as("admin").request("GET", "api/test-clock", null, null, "Accept", "text/plain");
    assertEquals(200, now.status(), now.toString());
    java.time.LocalDate day =
        java.time.LocalDate.ofInstant(Instant.parse(now.body().strip()), DaysIT.CHICAGO)
            .plusDays(2 * 365 + 40);
    new DaysIT.Days(a.api(), b.api()).moveTo(day, java.time.LocalTime.of(0, 0, 5));
    Instant deadline = Instant.now().plusSeconds(90);
    String purged =
        "SELECT COUNT(*) FROM "
            + SCHEMA
            + ".audit_entry WHERE action ="
            + " 'REQUEST_PURGED' AND subject = 'request "
            + id
            + "'";
    while (Instant.now().isBefore(deadline) && countRows(purged) == 0) {
      Thread.sleep(500);
    }
    Thread.sleep(3_000); // both timers check again meanwhile
    assertEquals(1, countRows(purged), "purged once across the two nodes; see " + WORK);
    String logs = a.logText() + b.logText();
    assertEquals(1, count(logs, "Daily work for " + day + ":"), "one run that day; see " + WORK);
    Api.Reply verified = a.api().as("admin").post("api/records/ledger/verify", "{}");
    assertEquals(200, verified.status(), verified.toString());
    assertTrue(verified.json().getBoolean("intact"), verified.toString());
  }

  private static long countRows(String sql) throws SQLException {
    try (Connection c = database();
        Statement s = c.createStatement();
        ResultSet r = s.executeQuery(sql)) {
      assertTrue(r.next());
      return r.getLong(1);
    }
  }

  @Test
  @Order(7)
  void anAdministratorsChangeOnOneNodeEndsTheSessionsOnTheOther() throws Exception {
    WebSession onB = WebSession.signIn(b.url().toURI(), "employee3");
    assertEquals(200, onB.get("employee/home.xhtml").status());

    Api.Reply off =
        a.api()
            .as("admin")
            .request(
                "PATCH", "api/admin/accounts/employee3", "application/json", "{\"active\":false}");
    assertEquals(200, off.status(), off.toString());
    try {
      Instant deadline = Instant.now().plusSeconds(10);
      int status = 200;
      while (status == 200 && Instant.now().isBefore(deadline)) {
        Thread.sleep(200);
        status = onB.get("employee/home.xhtml").status();
      }
      assertEquals(302, status, "node B sends the deactivated user to the login page");
      assertTrue(onB.get("employee/home.xhtml").location().contains("login.xhtml"));
    } finally {
      a.api()
          .as("admin")
          .request(
              "PATCH", "api/admin/accounts/employee3", "application/json", "{\"active\":true}");
    }
  }

  @Test
  @Order(8)
  void aSignedInUserCarriesOnMidFormWhenTheirNodeIsKilled() throws Exception {
    URL viaBalancer = URI.create("http://127.0.0.1:" + balancer.port() + "/").toURL();
    try (Browser browser = new Browser(viaBalancer)) {
      browser.login("employee1");
      assertTrue(browser.url().contains("/employee/home.xhtml"), browser.url());
      browser.fillHouseholdRequest("Typed before node A died.");
      // from two weeks after the nodes' today: the tests before moved their clock years ahead
      Api.Reply now =
          a.api().as("admin").request("GET", "api/test-clock", null, null, "Accept", "text/plain");
      java.time.LocalDate today =
          java.time.LocalDate.ofInstant(Instant.parse(now.body().strip()), DaysIT.CHICAGO);
      browser.date(By.id("form:startDate"), today.plusDays(14).toString());
      browser.date(By.id("form:endDate"), today.plusDays(150).toString());

      a.process().destroyForcibly(); // SIGKILL: no goodbye to the cluster
      a.process().waitFor();
      // the user takes a moment to press the button: by then node B knows that A is gone
      Instant deadline = Instant.now().plusSeconds(30);
      while (!"1".equals(clusterCheck(b).getJsonObject("data").getString("members"))
          && Instant.now().isBefore(deadline)) {
        Thread.sleep(100);
      }

      browser.clickAndWait(By.id("form:submit"));
      browser.screenshot("cluster-after-failover");
      assertTrue(
          browser.url().contains("/employee/request.xhtml?id="),
          "the form went through on node B: "
              + browser.url()
              + " "
              + browser.driver().findElement(By.tagName("main")).getText());
      long id = Long.parseLong(browser.url().replaceAll(".*id=(\\d+).*", "$1"));
      browser.open("employee/home.xhtml");
      assertTrue(browser.url().contains("/employee/home.xhtml"), "still signed in");

      Api.Reply stored = b.api().as("employee1").get("api/requests/" + id);
      assertEquals(200, stored.status(), stored.toString());
      assertEquals("Typed before node A died.", stored.json().getString("justification"));
    }
  }

  @Test
  @Order(9)
  void healthSaysWhenANodeIsNotPartOfTheClusterItWasToldToJoin() throws Exception {
    assertFalse(a.process().isAlive());
    JsonObject alone = clusterCheck(b);
    assertEquals("UP", alone.getString("status"), "a survivor whose peer is dead serves on");
    assertEquals("1", alone.getJsonObject("data").getString("members"));

    // something answers at node A's data grid address, but it is not in B's cluster
    try (ServerSocket stray =
        new ServerSocket(a.gridPort(), 5, InetAddress.getByName("127.0.0.1"))) {
      JsonObject split = clusterCheck(b);
      assertEquals("DOWN", split.getString("status"), split.toString());
      assertTrue(split.getJsonObject("data").getString("problem").contains("not in this cluster"));
      assertEquals(503, b.api().get("health/ready").status());
    }
    assertEquals("UP", clusterCheck(b).getString("status"));
  }

  private static int count(String text, String what) {
    int n = 0;
    for (int i = text.indexOf(what); i >= 0; i = text.indexOf(what, i + 1)) {
      n++;
    }
    return n;
  }
}
