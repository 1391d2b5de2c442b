package org.accommodationdesk.bench;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.accommodationdesk.bench.bare.BareApplication;
import org.accommodationdesk.bench.bare.BareResource;
import org.accommodationdesk.bench.bare.BareSubmission;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.exporter.ZipExporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The API's submission rate next to the bare stack's, in one run on one machine (issue 10, P1;
 * docs/performance.md). Starts Payara Micro with a minimal WAR (one JPA entity, one POST: {@code
 * bench/bare}), loads it, stops it; then the application with demo data on a fresh H2 file, loaded
 * the same way with a personal access token, then with HTTP Basic. Also the form sign-in rate, and
 * how long a wrong password takes for a real and for an unknown user name.
 *
 * <p>{@code mvn -DskipTests package exec:java@apibench [-Dbench.clients=8 -Dbench.seconds=15
 * -Dbench.warmup.min=120 -Dbench.warmup=900 -Dbench.rounds=3 -Dbench.db=postgres]}. The JIT needs
 * minutes under load on two cores, so each server is warmed up until its rate settles ({@link
 * #warmUp}); each figure is the median of the rounds after that.
 */
public final class ApiThroughputBenchmark {
  static final String BODY =
      """
      {"category":"HOUSEHOLD_MEMBER","arrangement":"FULL_REMOTE","startDate":"2021-02-08",
       "endDate":"2021-06-30","relationship":"PARENT","attestation":true,
       "justification":"My father lives with me and is at high risk."}""";

  static final Path WORK = Path.of("target", "bench-api");
  static final int CLIENTS = Integer.getInteger("bench.clients", 8);
  static final int SECONDS = Integer.getInteger("bench.seconds", 15);

  /** Warm-up: at least this many seconds, then until the rate settles or {@link #WARM_UP}. */
  static final int WARM_UP_MIN = Integer.getInteger("bench.warmup.min", 120);

  /** Warm-up: at most this many seconds. */
  static final int WARM_UP = Integer.getInteger("bench.warmup", 900);

  /** A warm-up round lasts this long; two in a row within {@link #SETTLED} end the warm-up. */
  static final int WARM_UP_ROUND = 30;

  static final double SETTLED = 0.05;

  /** The JIT is quiet when a warm-up round compiled fewer than this share of methods more. */
  static final double JIT_QUIET = 0.003;

  static final int ROUNDS = Integer.getInteger("bench.rounds", 3);
  static final HttpClient HTTP =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(10))
          .build();

  private ApiThroughputBenchmark() {}

  /** What one load run measured. */
  record Result(String what, double rate, double p50, double p99, long errors) {
    static Result of(String what, long requests, long errors, double seconds, long[] micros) {
      return new Result(
          what, requests / seconds, percentile(micros, 0.50), percentile(micros, 0.99), errors);
    }

    static double percentile(long[] sortedMicros, double p) {
      if (sortedMicros.length == 0) {
        return Double.NaN;
      }
      return sortedMicros[(int) Math.min(sortedMicros.length - 1, p * sortedMicros.length)]
          / 1000.0;
    }

    String row() {
      return String.format(
          Locale.ROOT, "| %s | %,.0f/s | %.1f ms | %.1f ms | %d |", what, rate, p50, p99, errors);
    }
  }

  public static void main(String[] args) throws Exception {
    deleteTree(WORK);
    Files.createDirectories(WORK);
    int port = Integer.getInteger("bench.port", 8390);
    URI base = URI.create("http://localhost:" + port + "/");
    List<String> rows = new ArrayList<>();

    Path bare = bareWar();
    Result bareRate;
    Process server = start(bare, port, database("bare.db", "bare"), "bare");
    try {
      waitFor(base.resolve("api/submissions"), "POST");
      warmUp(server, base, "api/submissions", null);
      bareRate = median("bare stack: POST one row", base, "api/submissions", null);
      rows.add(bareRate.row());
    } finally {
      stop(server);
    }

    server =
        start(
            Path.of("target", "accommodation-desk.war"),
            port,
            database("db", "app"),
            "app",
            "-Daccommodationdesk.demo=true",
            "-Daccommodationdesk.signin.client-address-header=X-Forwarded-For");
    try {
      waitFor(base.resolve("health/ready"), "database");
      String basic = basic("employee1");
      String bearer = "Bearer " + token(base);
      warmUp(server, base, "api/requests", bearer);
      Result tokenRate =
          median("application: POST /api/requests, token", base, "api/requests", bearer);
      rows.add(tokenRate.row());
      rows.add(median("application: POST /api/requests, Basic", base, "api/requests", basic).row());
      rows.add(
          load("application: GET /health/ready", base, i -> get(base, "health/ready"), SECONDS)
              .row());
      rows.add(
          load("application: sign-in through the form", base, i -> formSignIn(base, i), SECONDS)
              .row());
      System.out.println();
      System.out.println("| What | Rate | p50 | p99 | Errors |");
      System.out.println("|---|---|---|---|---|");
      rows.forEach(System.out::println);
      System.out.printf(
          Locale.ROOT,
          "%nThe application with a token took %.0f%% of the bare stack's rate (issue 10's goal: 60%%).%n%n",
          100 * tokenRate.rate() / bareRate.rate());
      timing(base);
    } finally {
      stop(server);
    }
  }

  // ---- load ------------------------------------------------------------------------------------

  /**
   * POSTs the body to {@code path} from {@link #CLIENTS} connections for {@code seconds}: with wrk
   * (two threads, as issue 10 measured) when it is installed, else with Java's HTTP client, which
   * takes more of the machine's CPU itself.
   */
  /**
   * Loads the server until it has settled: the JIT compiles for minutes under load on two cores
   * (the application's rate went from 98/s in its first minute to 408/s in its fifth, and sat at
   * 160/s for a minute on the way), and a figure taken before then compares two warm-ups rather
   * than two servers. Rounds of {@link #WARM_UP_ROUND} seconds, for at least {@link #WARM_UP_MIN}
   * seconds, until a round's rate is within {@link #SETTLED} of the one before and the JIT compiled
   * fewer than {@link #JIT_QUIET} more methods in it (read with the JDK's jstat), for at most
   * {@link #WARM_UP} seconds.
   */
  static void warmUp(Process server, URI base, String path, String authorization) throws Exception {
    long start = System.nanoTime();
    double previous = 0;
    long compiled = compiled(server);
    while (true) {
      double rate = measure("warm-up", base, path, authorization, WARM_UP_ROUND).rate();
      long now = compiled(server);
      double elapsed = (System.nanoTime() - start) / 1e9;
      boolean settled =
          previous > 0
              && Math.abs(rate - previous) < SETTLED * previous
              && now - compiled < JIT_QUIET * now;
      System.out.printf(Locale.ROOT, "  %.0f s: %d methods compiled%n", elapsed, now);
      if ((settled && elapsed >= WARM_UP_MIN) || elapsed + WARM_UP_ROUND > WARM_UP) {
        System.out.printf(
            Locale.ROOT, "warmed up in %.0f s (%s)%n", elapsed, settled ? "settled" : "limit");
        return;
      }
      previous = rate;
      compiled = now;
    }
  }

  /** How many methods the server's JIT has compiled so far (jstat -compiler); 0 if unknown. */
  static long compiled(Process server) {
    try {
      Process jstat =
          new ProcessBuilder(
                  Path.of(System.getProperty("java.home"), "bin", "jstat").toString(),
                  "-compiler",
                  String.valueOf(server.pid()))
              .redirectErrorStream(true)
              .start();
      String[] lines =
          new String(jstat.getInputStream().readAllBytes(), StandardCharsets.UTF_8).split("\n");
      jstat.waitFor();
      return lines.length < 2 ? 0 : Long.parseLong(lines[1].trim().split("\\s+")[0]);
    } catch (IOException | InterruptedException | NumberFormatException e) {
      return 0;
    }
  }

  static Result median(String what, URI base, String path, String authorization) throws Exception {
    List<Result> rounds = new ArrayList<>();
    for (int i = 0; i < ROUNDS; i++) {
      rounds.add(measure(what, base, path, authorization, SECONDS));
    }
    rounds.sort(java.util.Comparator.comparingDouble(Result::rate));
    return rounds.get(rounds.size() / 2);
  }

  static Result measure(String what, URI base, String path, String authorization, int seconds)
      throws Exception {
    if (!new File("/usr/bin/wrk").canExecute()) {
      return load(what, base, i -> post(base, path, authorization), seconds);
    }
    Path script = WORK.resolve("post.lua");
    Files.writeString(
        script,
        "wrk.method = \"POST\"\nwrk.body = '"
            + BODY.replace("\n", "")
            + "'\nwrk.headers[\"Content-Type\"] = \"application/json\"\n"
            + (authorization == null
                ? ""
                : "wrk.headers[\"Authorization\"] = \"" + authorization + "\"\n"));
    Process wrk =
        new ProcessBuilder(
                "wrk",
                "-t2",
                "-c" + CLIENTS,
                "-d" + seconds + "s",
                "--latency",
                "-s",
                script.toString(),
                base.resolve(path).toString())
            .redirectErrorStream(true)
            .start();
    String out = new String(wrk.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    wrk.waitFor();
    Result r =
        new Result(
            what + " (wrk)",
            number(out, "Requests/sec:\\s+([0-9.]+)"),
            millis(out, "50%"),
            millis(out, "99%"),
            (long) number(out, "Non-2xx or 3xx responses:\\s+([0-9]+)"));
    System.out.println(r.row());
    return r;
  }

  /** The Basic authorization header of a demo user. */
  static String basic(String user) {
    return "Basic "
        + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8));
  }

  /** A new personal access token of employee1, valid for a day. */
  static String token(URI base) throws Exception {
    HttpResponse<String> created =
        HTTP.send(
            HttpRequest.newBuilder(base.resolve("api/tokens"))
                .header("Authorization", basic("employee1"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"benchmark\",\"days\":1}"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    Matcher m = Pattern.compile("\"token\":\"([^\"]+)\"").matcher(created.body());
    if (!m.find()) {
      throw new IllegalStateException("no token: " + created.statusCode() + " " + created.body());
    }
    return m.group(1);
  }

  static double number(String text, String regex) {
    Matcher m = Pattern.compile(regex).matcher(text);
    return m.find() ? Double.parseDouble(m.group(1)) : 0;
  }

  /** A latency percentile line of wrk ("50% 12.34ms", "900.00us" or "1.02s") in milliseconds. */
  static double millis(String text, String percentile) {
    Matcher m = Pattern.compile(percentile + "\\s+([0-9.]+)(us|ms|s)").matcher(text);
    if (!m.find()) {
      return Double.NaN;
    }
    double v = Double.parseDouble(m.group(1));
    return switch (m.group(2)) {
      case "us" -> v / 1000;
      case "s" -> v * 1000;
      default -> v;
    };
  }

  interface Call {
    boolean run(int client) throws Exception;
  }

  static Result load(String what, URI base, Call call, int seconds) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
    long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
    AtomicLong errors = new AtomicLong();
    List<Future<long[]>> futures = new ArrayList<>();
    long started = System.nanoTime();
    for (int c = 0; c < CLIENTS; c++) {
      int client = c;
      futures.add(
          pool.submit(
              () -> {
                long[] lat = new long[1024];
                int n = 0;
                while (System.nanoTime() < end) {
                  long t = System.nanoTime();
                  boolean ok;
                  try {
                    ok = call.run(client);
                  } catch (IOException e) {
                    ok = false;
                  }
                  if (!ok) {
                    errors.incrementAndGet();
                  }
                  if (n == lat.length) {
                    lat = Arrays.copyOf(lat, n * 2);
                  }
                  lat[n++] = (System.nanoTime() - t) / 1000;
                }
                return Arrays.copyOf(lat, n);
              }));
    }
    long[] all = new long[0];
    for (Future<long[]> f : futures) {
      long[] part = f.get();
      long[] merged = Arrays.copyOf(all, all.length + part.length);
      System.arraycopy(part, 0, merged, all.length, part.length);
      all = merged;
    }
    double elapsed = (System.nanoTime() - started) / 1e9;
    pool.shutdown();
    Arrays.sort(all);
    Result r = Result.of(what, all.length, errors.get(), elapsed, all);
    System.out.println(r.row());
    return r;
  }

  static boolean post(URI base, String path, String authorization) throws Exception {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(base.resolve(path))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(BODY));
    if (authorization != null) {
      b.header("Authorization", authorization);
    }
    return HTTP.send(b.build(), HttpResponse.BodyHandlers.discarding()).statusCode() == 201;
  }

  static boolean get(URI base, String path) throws Exception {
    return HTTP.send(
                HttpRequest.newBuilder(base.resolve(path)).build(),
                HttpResponse.BodyHandlers.discarding())
            .statusCode()
        == 200;
  }

  private static final Pattern VIEW_STATE =
      Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
  private static final Pattern NONCE = Pattern.compile("nonce=\"([^\"]+)\"");

  /** A whole sign-in as a browser does it: the login page, then the form (a new session each). */
  static boolean formSignIn(URI base, int client) throws Exception {
    return signIn(base, "employee1", new java.net.CookieManager());
  }

  /**
   * Signs {@code user} in through the login form as a browser does (the page, then the form),
   * keeping the session's cookies in {@code jar}; whether the form answered with a redirect.
   */
  static boolean signIn(URI base, String user, java.net.CookieManager jar) throws Exception {
    HttpClient browser =
        HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(jar).build();
    String page =
        browser
            .send(
                HttpRequest.newBuilder(base.resolve("login.xhtml")).build(),
                HttpResponse.BodyHandlers.ofString())
            .body();
    Matcher vs = VIEW_STATE.matcher(page);
    Matcher nonce = NONCE.matcher(page);
    if (!vs.find() || !nonce.find()) {
      return false;
    }
    String form =
        "loginForm=loginForm&loginForm%3Anext=&loginForm%3Ausername="
            + URLEncoder.encode(user, StandardCharsets.UTF_8)
            + "&loginForm%3Apassword=demo&loginForm%3Asubmit=&jakarta.faces.ViewState="
            + URLEncoder.encode(vs.group(1), StandardCharsets.UTF_8)
            + "&primefaces.nonce="
            + URLEncoder.encode(nonce.group(1), StandardCharsets.UTF_8);
    int status =
        browser
            .send(
                HttpRequest.newBuilder(base.resolve("login.xhtml"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form))
                    .build(),
                HttpResponse.BodyHandlers.discarding())
            .statusCode();
    return status == 302 || status == 303;
  }

  /** Wrong passwords for real and unknown user names, one at a time: median answer times. */
  static void timing(URI base) throws Exception {
    String[] real = {"employee1", "employee2", "employee3", "reviewer1", "reviewer2"};
    long[] known = new long[20];
    long[] unknown = new long[20];
    for (int i = 0; i < 20; i++) {
      known[i] = wrongPassword(base, real[i % real.length], i);
      unknown[i] = wrongPassword(base, "nobody" + i, i);
    }
    Arrays.sort(known);
    Arrays.sort(unknown);
    System.out.printf(
        Locale.ROOT,
        "Wrong password, median of 20: real user %.1f ms, unknown user %.1f ms%n",
        known[10] / 1000.0,
        unknown[10] / 1000.0);
  }

  static long wrongPassword(URI base, String user, int i) throws Exception {
    String basic =
        "Basic "
            + Base64.getEncoder()
                .encodeToString((user + ":wrong" + i).getBytes(StandardCharsets.UTF_8));
    long t = System.nanoTime();
    int status =
        HTTP.send(
                HttpRequest.newBuilder(base.resolve("api/requests"))
                    .header("Authorization", basic)
                    .header("X-Forwarded-For", "192.0.2." + (i % 250))
                    .build(),
                HttpResponse.BodyHandlers.discarding())
            .statusCode();
    if (status != 401) {
      throw new IllegalStateException(user + ": " + status);
    }
    return (System.nanoTime() - t) / 1000;
  }

  // ---- servers ---------------------------------------------------------------------------------

  static Path bareWar() {
    WebArchive war =
        ShrinkWrap.create(WebArchive.class, "bare.war")
            .addClasses(BareApplication.class, BareResource.class, BareSubmission.class)
            .addAsResource(
                new StringAsset(
                    """
                    <persistence version="3.0" xmlns="https://jakarta.ee/xml/ns/persistence">
                      <persistence-unit name="bare" transaction-type="JTA">
                        <jta-data-source>java:app/jdbc/bare</jta-data-source>
                        <class>org.accommodationdesk.bench.bare.BareSubmission</class>
                        <exclude-unlisted-classes>true</exclude-unlisted-classes>
                        <shared-cache-mode>NONE</shared-cache-mode>
                        <properties>
                          <property name="eclipselink.ddl-generation" value="create-tables"/>
                          <property name="eclipselink.logging.level" value="WARNING"/>
                        </properties>
                      </persistence-unit>
                    </persistence>"""),
                "META-INF/persistence.xml");
    try {
      // Payara Micro brings H2's driver but not PostgreSQL's: the application's WAR carries it too
      war.addAsLibrary(
          new File(
              org.postgresql.Driver.class
                  .getProtectionDomain()
                  .getCodeSource()
                  .getLocation()
                  .toURI()));
    } catch (java.net.URISyntaxException e) {
      throw new IllegalStateException(e);
    }
    Path file = WORK.resolve("bare.war");
    war.as(ZipExporter.class).exportTo(file.toFile(), true);
    return file;
  }

  static String h2Url(String name) {
    return "jdbc:h2:file:"
        + WORK.toAbsolutePath().resolve(name)
        + ";LOCK_TIMEOUT=10000;DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0";
  }

  /**
   * The database settings ({@code prefix.url} and so on) of a fresh database {@code name}: an H2
   * file, or with {@code -Dbench.db=postgres} a PostgreSQL schema emptied first (on
   * 127.0.0.1:5432/test, user postgres).
   */
  static List<String> database(String prefix, String name) throws java.sql.SQLException {
    if (!"postgres".equals(System.getProperty("bench.db"))) {
      return List.of("-D" + prefix + ".url=" + h2Url(name));
    }
    return postgres(prefix, name, true);
  }

  /**
   * The settings of PostgreSQL schema {@code bench_<name>} on 127.0.0.1:5432/test (user postgres),
   * emptied first when {@code empty}.
   */
  static List<String> postgres(String prefix, String name, boolean empty)
      throws java.sql.SQLException {
    String url = "jdbc:postgresql://127.0.0.1:5432/test";
    String schema = "bench_" + name;
    if (empty) {
      try (java.sql.Connection c = java.sql.DriverManager.getConnection(url, "postgres", "");
          java.sql.Statement s = c.createStatement()) {
        s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        s.execute("CREATE SCHEMA " + schema);
      }
    }
    return List.of(
        "-D" + prefix + ".url=" + url + "?currentSchema=" + schema,
        "-D" + prefix + ".driver=org.postgresql.ds.PGSimpleDataSource",
        "-D" + prefix + ".user=postgres",
        "-D" + prefix + ".password=");
  }

  /** Payara Micro's options for one node, as README runs it. */
  static final List<String> ONE_NODE =
      List.of("--nohazelcast", "--prebootcommandfile", "src/main/payara/pre-boot-commands.asadmin");

  static Process start(Path war, int port, List<String> db, String name, String... more)
      throws IOException {
    return start(war, port, db, name, ONE_NODE, more);
  }

  /** Payara Micro with {@code war} on {@code port}; its log in the work folder. */
  static Process start(
      Path war, int port, List<String> db, String name, List<String> payara, String... more)
      throws IOException {
    List<String> cmd = new ArrayList<>(List.of("java", "-Xmx1g"));
    cmd.addAll(db);
    cmd.addAll(List.of(more));
    cmd.addAll(
        List.of(
            "-jar",
            "target/payara-micro.jar",
            "--deploy",
            war.toString(),
            "--contextroot",
            "/",
            "--port",
            String.valueOf(port)));
    cmd.addAll(payara);
    return new ProcessBuilder(cmd)
        .redirectErrorStream(true)
        .redirectOutput(WORK.resolve(name + ".log").toFile())
        .start();
  }

  static void waitFor(URI uri, String expect) throws Exception {
    for (int i = 0; i < 240; i++) {
      try {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(5));
        if (expect.equals("POST")) {
          b.header("Content-Type", "application/json")
              .POST(HttpRequest.BodyPublishers.ofString(BODY));
          if (HTTP.send(b.build(), HttpResponse.BodyHandlers.discarding()).statusCode() == 201) {
            return;
          }
        } else if (HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString())
            .body()
            .contains(expect)) {
          return;
        }
      } catch (IOException notYet) {
        // starting
      }
      Thread.sleep(500);
    }
    throw new IllegalStateException("not ready: " + uri);
  }

  static void stop(Process p) throws InterruptedException {
    p.destroy();
    if (!p.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
      p.destroyForcibly().waitFor();
    }
  }

  static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> files = Files.walk(dir)) {
      files.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
    }
  }
}
