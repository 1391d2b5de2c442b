package org.accommodationdesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The embedded default, with README's settings (no database options: the H2 file under ./data),
 * keeps every acknowledged request through a crash: eight clients file requests, the server is
 * killed (SIGKILL, no shutdown) in the middle of the burst, and after a restart every request that
 * was answered 201 is there, whole.
 */
class PersistenceAcrossRestartIT {
  static final Path WORK = Path.of("target", "restart-it").toAbsolutePath();

  @Test
  void everyAcknowledgedRequestSurvivesAKill() throws Exception {
    deleteRecursively(WORK);
    Files.createDirectories(WORK);
    int port = freePort();
    URL base = new URL("http://localhost:" + port + "/");
    Api api = Api.anonymous(base).as("employee1");

    List<Long> acknowledged = new CopyOnWriteArrayList<>();
    Process first = start(port, "first", database());
    try {
      awaitReady(base, first);
      ExecutorService clients = Executors.newFixedThreadPool(8);
      AtomicBoolean running = new AtomicBoolean(true);
      for (int c = 0; c < 8; c++) {
        clients.submit(
            () -> {
              while (running.get()) {
                try {
                  Api.Reply created = api.post("api/requests", ApiIT.HOUSEHOLD);
                  if (created.status() == 201) {
                    acknowledged.add(created.json().getJsonNumber("id").longValue());
                  }
                } catch (RuntimeException connectionLost) {
                  // the server was killed
                }
              }
            });
      }
      Instant until = Instant.now().plusSeconds(20);
      while (acknowledged.size() < 150 && Instant.now().isBefore(until)) {
        Thread.sleep(50);
      }
      first.destroyForcibly().waitFor(); // SIGKILL while the clients are still writing
      running.set(false);
      clients.shutdown();
      assertTrue(clients.awaitTermination(60, TimeUnit.SECONDS));
    } finally {
      first.destroyForcibly().waitFor();
    }
    assertTrue(acknowledged.size() >= 20, "the burst was acknowledged: " + acknowledged.size());

    Process second = start(port, "second", database());
    try {
      awaitReady(base, second);
      List<Long> lost = new ArrayList<>();
      for (long id : acknowledged) {
        Api.Reply read = api.get("api/requests/" + id);
        if (read.status() != 200) {
          lost.add(id);
          continue;
        }
        assertEquals("SUBMITTED", read.json().getString("status"));
        assertEquals("HOUSEHOLD_MEMBER", read.json().getString("category"));
        assertEquals(1, read.json().getJsonArray("history").size(), "whole, with its history");
      }
      assertEquals(
          List.of(), lost, lost.size() + " of " + acknowledged.size() + " acknowledged were lost");
      System.out.printf(
          "Crash test (%s): killed after %d acknowledged requests, %d lost%n",
          database().length == 0 ? "H2 file, README's settings" : "PostgreSQL",
          acknowledged.size(),
          lost.size());
    } finally {
      stop(second);
    }
  }

  /**
   * A deployment without demo data has no account. The operator names a first administrator in the
   * configuration; it exists after the start, can sign in and administer, and the audit log says
   * where it came from. Once an administrator exists, the setting changes nothing, not even the
   * password, at the next start.
   *
   * <p>The database is an H2 server here, so that the second start also shows readiness following
   * the database: UP with its database check while it answers, DOWN (503) once it stops answering,
   * so a load balancer takes the instance out. (One Payara start fewer than a test of its own.)
   */
  @Test
  void aFreshDeploymentGetsItsFirstAdministratorAndIsReadyOnlyWithItsDatabase() throws Exception {
    deleteRecursively(WORK);
    Files.createDirectories(WORK);
    org.h2.tools.Server database =
        org.h2.tools.Server.createTcpServer(
                "-tcpPort", "0", "-ifNotExists", "-baseDir", WORK.toString())
            .start();
    String[] onTheServer = {
      "-Ddb.url=jdbc:h2:tcp://localhost:" + database.getPort() + "/bootstrap",
      "-Ddb.driver=org.h2.Driver",
      "-Ddb.user=sa",
      "-Ddb.password="
    };
    try {
      bootstrapThenRestart(onTheServer, database);
    } finally {
      database.stop();
    }
  }

  private void bootstrapThenRestart(String[] onTheServer, org.h2.tools.Server database)
      throws Exception {
    int port = freePort();
    URL base = new URL("http://localhost:" + port + "/");
    List<String> bootstrap =
        new ArrayList<>(
            List.of(
                "-Daccommodationdesk.demo=false",
                "-Daccommodationdesk.crypto.master-key=" + KEY_A,
                "-Daccommodationdesk.ledger.key=" + KEY_A,
                "-Daccommodationdesk.bootstrap.admin.username=firstadmin",
                "-Daccommodationdesk.bootstrap.admin.password=first-secret-9"));
    bootstrap.addAll(List.of(onTheServer));
    Process first = start(port, "bootstrap-first", bootstrap.toArray(String[]::new));
    try {
      awaitReady(base, first);
      Api admin = Api.anonymous(base).as("firstadmin", "first-secret-9");
      Api.Reply accounts = admin.get("api/admin/accounts");
      assertEquals(200, accounts.status(), accounts.toString());
      assertEquals(1, accounts.json().getJsonNumber("total").longValue(), "no demo accounts");
      Api.Reply audit = admin.get("api/admin/audit");
      assertTrue(
          audit.body().contains("\"action\":\"ACCOUNT_BOOTSTRAPPED\"")
              && audit.body().contains("\"actor\":\"(configuration)\""),
          audit.body());
      assertFalse(audit.body().contains("first-secret-9"), "never the password");
    } finally {
      stop(first);
    }
    List<String> again =
        new ArrayList<>(
            List.of(
                "-Daccommodationdesk.demo=false",
                "-Daccommodationdesk.crypto.master-key=" + KEY_A,
                "-Daccommodationdesk.ledger.key=" + KEY_A,
                "-Daccommodationdesk.bootstrap.admin.username=firstadmin",
                "-Daccommodationdesk.bootstrap.admin.password=another-secret-9"));
    again.addAll(List.of(onTheServer));
    Process second = start(port, "bootstrap-second", again.toArray(String[]::new));
    try {
      awaitReady(base, second);
      assertEquals(
          200,
          Api.anonymous(base).as("firstadmin", "first-secret-9").get("api/admin/accounts").status(),
          "the password set by the first start still holds");
      assertEquals(
          401,
          Api.anonymous(base)
              .as("firstadmin", "another-secret-9")
              .get("api/admin/accounts")
              .status());
      Api anonymous = Api.anonymous(base);
      Api.Reply up = anonymous.get("health/ready");
      assertEquals(200, up.status(), up.body());
      assertTrue(up.body().contains("\"database\""), up.body());
      database.stop();
      Api.Reply down = anonymous.get("health/ready");
      assertEquals(503, down.status(), down.body());
      assertTrue(down.body().contains("\"DOWN\""), down.body());
    } finally {
      stop(second);
    }
  }

  static final String KEY_A = java.util.Base64.getEncoder().encodeToString(new byte[32]);
  static final String KEY_B =
      java.util.Base64.getEncoder().encodeToString("0123456789abcdef0123456789abcdef".getBytes());

  /**
   * Documents are encrypted under the master key of the configuration. A start without it, once
   * documents exist, stops with a message naming the setting; a start with a new key, the old one
   * listed as previous, rewraps every request's key under the new one and every document still
   * opens as it was uploaded.
   */
  @Test
  void documentsStayReadableAcrossAMasterKeyRotationAndAStartWithoutTheKeyStops() throws Exception {
    deleteRecursively(WORK);
    Files.createDirectories(WORK);
    org.h2.tools.Server database =
        org.h2.tools.Server.createTcpServer(
                "-tcpPort", "0", "-ifNotExists", "-baseDir", WORK.toString())
            .start();
    String url = "jdbc:h2:tcp://localhost:" + database.getPort() + "/keys";
    String[] onTheServer = {
      "-Ddb.url=" + url, "-Ddb.driver=org.h2.Driver", "-Ddb.user=sa", "-Ddb.password="
    };
    int port = freePort();
    URL base = new URL("http://localhost:" + port + "/");
    try {
      List<String> first = new ArrayList<>(List.of(onTheServer));
      first.add("-Daccommodationdesk.crypto.master-key=" + KEY_A);
      Process withA = start(port, "key-a", first.toArray(String[]::new));
      long documentId;
      try {
        awaitReady(base, withA);
        long id =
            Api.anonymous(base)
                .as("employee1")
                .post("api/requests", ApiIT.HOUSEHOLD)
                .json()
                .getJsonNumber("id")
                .longValue();
        ApiIT.addPdf(base.toURI(), "employee1", id, "letter.pdf");
        documentId = scalar(url, "SELECT MAX(id) FROM request_document");
      } finally {
        stop(withA);
      }

      List<String> none = new ArrayList<>(List.of(onTheServer));
      none.add("-Daccommodationdesk.demo=false");
      Process withoutKey = start(port, "no-key", none.toArray(String[]::new));
      try {
        Path log = WORK.resolve("no-key.log");
        Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
        String expected = "accommodationdesk.crypto.master-key is not set";
        while (Instant.now().isBefore(deadline)
            && !Files.readString(log, java.nio.charset.StandardCharsets.UTF_8).contains(expected)) {
          Thread.sleep(500);
        }
        assertTrue(
            Files.readString(log, java.nio.charset.StandardCharsets.UTF_8).contains(expected),
            "the start names the setting; see " + log);
        assertFalse(
            Api.anonymous(base).get("health/ready").body().contains("\"database\""),
            "the application is not serving");
      } finally {
        stop(withoutKey);
      }

      List<String> rotated = new ArrayList<>(List.of(onTheServer));
      rotated.add("-Daccommodationdesk.crypto.master-key=" + KEY_B);
      rotated.add("-Daccommodationdesk.crypto.previous-master-keys=" + KEY_A);
      Process withB = start(port, "key-b", rotated.toArray(String[]::new));
      try {
        awaitReady(base, withB);
        var download =
            WebSession.signIn(base.toURI(), "employee1").download("documents/" + documentId, "en");
        assertEquals(200, download.statusCode());
        org.junit.jupiter.api.Assertions.assertArrayEquals(ApiIT.PDF, download.body());
        String idOfB = org.accommodationdesk.infrastructure.crypto.Secret.parse(KEY_B, "b").id();
        assertEquals(
            0,
            scalar(url, "SELECT COUNT(*) FROM request_key WHERE master_key_id <> '" + idOfB + "'"),
            "every request key rewrapped under the new master key");
        assertTrue(scalar(url, "SELECT COUNT(*) FROM request_key") > 0);
      } finally {
        stop(withB);
      }
    } finally {
      database.stop();
    }
  }

  static long scalar(String url, String sql) throws java.sql.SQLException {
    try (java.sql.Connection c = java.sql.DriverManager.getConnection(url, "sa", "");
        java.sql.Statement s = c.createStatement();
        java.sql.ResultSet r = s.executeQuery(sql)) {
      assertTrue(r.next());
      return r.getLong(1);
    }
  }

  /**
   * README's database (none given: the H2 file under ./data), or PostgreSQL when the run names it
   * ({@code mvn verify -Ppostgres
   * -Dit.test=PersistenceAcrossRestartIT#everyAcknowledgedRequestSurvivesAKill}, a separate
   * command: see docs/reliability.md).
   */
  static String[] database() {
    String url = System.getProperty("it.db.url", "");
    if (!url.startsWith("jdbc:postgresql:")) {
      return new String[0];
    }
    return new String[] {
      "-Ddb.url=" + url,
      "-Ddb.driver=" + System.getProperty("it.db.driver"),
      "-Ddb.user=" + System.getProperty("it.db.user"),
      "-Ddb.password=" + System.getProperty("it.db.password", "")
    };
  }

  /** Payara Micro as README starts it: demo data, the default database, nothing else set. */
  static Process start(int port, String name, String... options) throws IOException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Daccommodationdesk.demo=true");
    command.addAll(List.of(options)); // after the default, so that an option can override it
    command.addAll(
        List.of(
            "-XX:TieredStopAtLevel=1",
            "-Duser.timezone=UTC",
            "-XX:+UseSerialGC",
            "-Xmx512m",
            "-Djava.io.tmpdir=" + WORK,
            "-jar",
            Path.of(System.getProperty("payara.microJar", "target/payara-micro.jar"))
                .toAbsolutePath()
                .toString(),
            "--deploy",
            new File("target/accommodation-desk.war").getAbsolutePath(),
            "--contextroot",
            "/",
            "--port",
            String.valueOf(port),
            "--nohazelcast",
            "--prebootcommandfile",
            Path.of("src/main/payara/pre-boot-commands.asadmin").toAbsolutePath().toString()));
    return new ProcessBuilder(command)
        .directory(WORK.toFile()) // so that ./data, README's database, is inside WORK
        .redirectErrorStream(true)
        .redirectOutput(WORK.resolve(name + ".log").toFile())
        .start();
  }

  static void awaitReady(URL base, Process process) throws InterruptedException {
    Api anonymous = Api.anonymous(base);
    Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
    while (Instant.now().isBefore(deadline)) {
      assertTrue(process.isAlive(), "Payara Micro stopped; see " + WORK);
      try {
        Api.Reply ready = anonymous.get("health/ready");
        // Payara answers UP before the application is deployed (no check yet): wait for ours.
        if (ready.status() == 200 && ready.body().contains("\"database\"")) {
          return;
        }
      } catch (RuntimeException notYet) {
        // not listening yet
      }
      Thread.sleep(500);
    }
    throw new AssertionError("Payara Micro was not ready within 3 minutes; see " + WORK);
  }

  static void stop(Process process) throws InterruptedException {
    process.destroy();
    if (!process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
      process.destroyForcibly().waitFor();
    }
  }

  static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }

  static void deleteRecursively(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
