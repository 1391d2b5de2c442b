package org.accommodationdesk.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * Measures the statistics queries at several sizes: for each size, fills the database with {@link
 * DataGenerator}, starts the application on it (Payara Micro, as in production), calls every
 * statistics endpoint repeatedly as an HR reviewer and as a union rep, and records the server time
 * of the queries from the {@code Server-Timing} header (so authentication and the network are not
 * counted). Prints a Markdown table: median and p99 in milliseconds.
 *
 * <p>System properties: {@code bench.url}, {@code bench.user}, {@code bench.password} (the
 * database; H2 file under target/ by default), {@code bench.sizes} (default 10000,100000), {@code
 * bench.repetitions} (default 60), {@code bench.generate} (default true; false measures the
 * database as the last run left it, for one size), {@code bench.statsOnly} or {@code
 * bench.consistencyOnly} (one of the two groups of endpoints).
 */
public final class StatsBenchmark {
  static final List<String> ENDPOINTS =
      List.of(
          "summary",
          "by-location",
          "by-job-class",
          "by-month",
          "by-reviewer",
          "backlog",
          "appeals",
          "by-location?category=HOUSEHOLD_MEMBER&from=2024-01-01&to=2024-12-31");

  /** What a union rep asks: whole periods only, every figure protected (ADR 0007). */
  static final List<String> UNION_ENDPOINTS =
      List.of(
          "summary",
          "by-location",
          "by-month?period=2025",
          "by-reviewer",
          "backlog",
          "appeals",
          "summary?period=2025-Q3&category=HOUSEHOLD_MEMBER");

  /** The policy the what-if rows apply: every household-member request approved. */
  static final String APPROVE_HOUSEHOLD =
      "{\"rules\":[{\"category\":\"HOUSEHOLD_MEMBER\",\"rule\":\"APPROVE_ALL\"},"
          + "{\"category\":\"OWN_CONDITION\",\"rule\":\"APPROVE_UP_TO_DAYS\",\"parameter\":2}]}";

  /**
   * The consistency analytics (issue 26): funnels as an HR lead (reviewer2) and a union rep,
   * similar cases (HR lead), the what-if (both). A path from the root; "POST path|body".
   */
  static final List<String[]> CONSISTENCY =
      List.of(
          new String[] {"reviewer2", "/api/consistency/funnel"},
          new String[] {"reviewer2", "/api/consistency/funnel?unit=LOCATION"},
          new String[] {"reviewer2", "/api/consistency/funnel?measure=OVERTURN&period=2025"},
          new String[] {"reviewer2", "/api/consistency/similar?period=2025-Q3"},
          new String[] {"reviewer2", "/api/consistency/similar?period=2025"},
          new String[] {"reviewer2", "POST /api/what-if|" + APPROVE_HOUSEHOLD},
          new String[] {"reviewer2", "POST /api/what-if?period=2025|" + APPROVE_HOUSEHOLD},
          new String[] {"union1", "/api/consistency/funnel?period=2025"},
          new String[] {"union1", "POST /api/what-if?period=2025|" + APPROVE_HOUSEHOLD});

  private StatsBenchmark() {}

  public static void main(String[] args) throws Exception {
    String url =
        System.getProperty(
            "bench.url", "jdbc:h2:file:" + Path.of("target/bench/db").toAbsolutePath());
    String user = System.getProperty("bench.user", "sa");
    String password = System.getProperty("bench.password", "");
    int repetitions = Integer.getInteger("bench.repetitions", 60);
    List<Integer> sizes = new ArrayList<>();
    for (String s : System.getProperty("bench.sizes", "10000,100000").split(",")) {
      sizes.add(Integer.parseInt(s.trim()));
    }
    Files.createDirectories(Path.of("target/bench"));
    StringBuilder report = new StringBuilder();
    report.append("Database: ").append(url.replaceAll("password=[^;&]*", "")).append("\n\n");
    report.append(
        "| requests | as | endpoint | median ms | p99 ms |\n| ---: | --- | --- | ---: | ---: |\n");
    for (int size : sizes) {
      if (Boolean.parseBoolean(System.getProperty("bench.generate", "true"))) {
        long t0 = System.nanoTime();
        DataGenerator.generate(url, user, password, size);
        System.out.printf(
            "Generated %,d requests in %.1f s%n", size, (System.nanoTime() - t0) / 1e9);
      }
      int port = 18080;
      Process app = start(url, user, password, port);
      try {
        awaitReady(port, app);
        List<String[]> calls = new ArrayList<>();
        if (!Boolean.getBoolean("bench.consistencyOnly")) {
          ENDPOINTS.forEach(e -> calls.add(new String[] {"reviewer1", e}));
          UNION_ENDPOINTS.forEach(e -> calls.add(new String[] {"union1", e}));
        }
        if (!Boolean.getBoolean("bench.statsOnly")) {
          calls.addAll(CONSISTENCY);
        }
        for (String[] who : calls) {
          String endpoint = who[1];
          List<Double> times = new ArrayList<>();
          for (int i = 0; i < repetitions + 5; i++) {
            double ms = call(port, who[0], endpoint);
            if (i >= 5) {
              times.add(ms);
            }
          }
          Collections.sort(times);
          double median = times.get(times.size() / 2);
          double p99 =
              times.get(Math.min(times.size() - 1, (int) Math.ceil(times.size() * 0.99) - 1));
          String line =
              String.format(
                  Locale.ROOT,
                  "| %,d | %s | %s | %.1f | %.1f |%n",
                  size,
                  who[0].startsWith("union") ? "union" : "HR",
                  endpoint.replaceAll("\\|.*", ""),
                  median,
                  p99);
          System.out.print(line);
          report.append(line);
        }
      } finally {
        app.destroy();
        app.waitFor();
      }
    }
    Files.writeString(Path.of("target/bench/report.md"), report.toString());
    System.out.println();
    System.out.println(report);
  }

  static Process start(String url, String user, String password, int port) throws Exception {
    List<String> cmd =
        List.of(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-Xmx1g",
            "-Daccommodationdesk.demo=true",
            "-Ddb.url=" + url,
            "-Ddb.user=" + user,
            "-Ddb.password=" + password,
            "-Ddb.driver="
                + (url.startsWith("jdbc:postgresql")
                    ? "org.postgresql.ds.PGSimpleDataSource"
                    : "org.h2.Driver"),
            "-jar",
            "target/payara-micro.jar",
            "--deploy",
            "target/accommodation-desk.war",
            "--contextroot",
            "/",
            "--port",
            String.valueOf(port),
            "--nohazelcast");
    return new ProcessBuilder(cmd)
        .redirectErrorStream(true)
        .redirectOutput(Path.of("target/bench/app.log").toFile())
        .start();
  }

  static final HttpClient HTTP = HttpClient.newHttpClient();

  static double call(int port, String user, String endpoint) throws Exception {
    boolean post = endpoint.startsWith("POST ");
    String path = post ? endpoint.substring(5, endpoint.indexOf('|')) : endpoint;
    HttpRequest request =
        HttpRequest.newBuilder(
                URI.create(
                    "http://localhost:"
                        + port
                        + (path.startsWith("/") ? path : "/api/stats/" + path)))
            .method(
                post ? "POST" : "GET",
                post
                    ? HttpRequest.BodyPublishers.ofString(
                        endpoint.substring(endpoint.indexOf('|') + 1))
                    : HttpRequest.BodyPublishers.noBody())
            .header("Content-Type", "application/json")
            .header(
                "Authorization",
                "Basic "
                    + Base64.getEncoder()
                        .encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)))
            .timeout(Duration.ofMinutes(2))
            .build();
    HttpResponse<String> r = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    if (r.statusCode() != 200) {
      throw new IllegalStateException(endpoint + ": " + r.statusCode() + " " + r.body());
    }
    String timing = r.headers().firstValue("Server-Timing").orElseThrow();
    return Double.parseDouble(timing.replaceAll(".*dur=([0-9.]+).*", "$1"));
  }

  static void awaitReady(int port, Process app) throws Exception {
    Instant deadline = Instant.now().plus(Duration.ofMinutes(5));
    while (Instant.now().isBefore(deadline)) {
      if (!app.isAlive()) {
        throw new IllegalStateException("The application stopped; see target/bench/app.log");
      }
      try {
        HttpResponse<String> r =
            HTTP.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/health/ready"))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() == 200) {
          return;
        }
        if (Files.readString(Path.of("target/bench/app.log"))
            .contains("Exception while loading the app")) {
          throw new IllegalStateException(
              "The application did not deploy; see target/bench/app.log");
        }
      } catch (java.io.IOException notYet) {
        // starting
      }
      Thread.sleep(500);
    }
    throw new IllegalStateException("Not ready in 5 minutes");
  }
}
