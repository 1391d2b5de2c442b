package org.accommodationdesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The embedded default keeps every acknowledged request: file a request, stop the server, start it
 * again on the same H2 file database, and read the request back.
 */
class PersistenceAcrossRestartIT {
  static final Path WORK = Path.of("target", "restart-it");

  @Test
  void anAcknowledgedRequestSurvivesARestart() throws Exception {
    deleteRecursively(WORK);
    Files.createDirectories(WORK);
    int port = freePort();
    URL base = new URL("http://localhost:" + port + "/");
    Api api = Api.anonymous(base).as("employee1");

    long id;
    Process first = start(port, "first");
    try {
      awaitReady(base, first);
      Api.Reply created = api.post("api/requests", ApiIT.HOUSEHOLD);
      assertEquals(201, created.status(), created.toString());
      id = created.json().getJsonNumber("id").longValue();
    } finally {
      stop(first);
    }

    Process second = start(port, "second");
    try {
      awaitReady(base, second);
      Api.Reply read = api.get("api/requests/" + id);
      assertEquals(200, read.status(), read.toString());
      assertEquals("SUBMITTED", read.json().getString("status"));
      assertEquals("HOUSEHOLD_MEMBER", read.json().getString("category"));
    } finally {
      stop(second);
    }
  }

  static Process start(int port, String name) throws IOException {
    String dbUrl = "jdbc:h2:file:" + WORK.toAbsolutePath().resolve("db") + ";LOCK_TIMEOUT=10000";
    List<String> command =
        List.of(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-XX:TieredStopAtLevel=1",
            "-XX:+UseSerialGC",
            "-Xmx512m",
            "-Djava.io.tmpdir=" + WORK.toAbsolutePath(),
            "-Daccommodationdesk.demo=true",
            "-Ddb.url=" + dbUrl,
            "-Ddb.driver=org.h2.jdbcx.JdbcDataSource",
            "-Ddb.user=sa",
            "-Ddb.password=",
            "-jar",
            System.getProperty("payara.microJar", "target/payara-micro.jar"),
            "--deploy",
            new File("target/accommodation-desk.war").getAbsolutePath(),
            "--contextroot",
            "/",
            "--port",
            String.valueOf(port),
            "--nohazelcast");
    return new ProcessBuilder(command)
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
        if (anonymous.get("health/ready").status() == 200) {
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
