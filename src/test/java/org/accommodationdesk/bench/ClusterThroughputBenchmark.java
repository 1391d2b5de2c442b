package org.accommodationdesk.bench;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.accommodationdesk.it.LoadBalancer;

/**
 * One node and two clustered nodes under the same load, on PostgreSQL (issue 12;
 * docs/performance.md): the API (a personal access token: no session) and a signed-in page (its
 * session read from and written to the data grid on every request in the cluster). Three set-ups:
 * one node as README runs it (Hazelcast off, sessions in memory); two clustered nodes, one of them
 * loaded directly (what the data grid costs a node); the two behind a round-robin balancer ({@link
 * LoadBalancer}, a TCP pass-through in this JVM).
 *
 * <p>{@code mvn -DskipTests package exec:java@clusterbench [-Dbench.clients=8 -Dbench.seconds=15
 * -Dbench.warmup=60 -Dbench.db=jdbc:postgresql://127.0.0.1:5432/test]}. On one machine the nodes,
 * the database and the load generator share the cores, so two nodes cannot be faster here: the
 * figures show what the cluster costs, not what it gains.
 */
public final class ClusterThroughputBenchmark {
  static final Path WORK = Path.of("target", "bench-cluster");
  static final String DB = System.getProperty("bench.db", "jdbc:postgresql://127.0.0.1:5432/test");
  static final int WARM_UP = Integer.getInteger("bench.warmup", 60);
  static final String PAGE = "employee/home.xhtml";

  private ClusterThroughputBenchmark() {}

  public static void main(String[] args) throws Exception {
    ApiThroughputBenchmark.deleteTree(WORK);
    Files.createDirectories(WORK);
    Files.createDirectories(ApiThroughputBenchmark.WORK); // its wrk script
    List<String> rows = new ArrayList<>();

    int port = Integer.getInteger("bench.port", 8390);
    Process one = startNode("one", port, "bench_one", null);
    try {
      URI base = URI.create("http://127.0.0.1:" + port + "/");
      rows.addAll(measure("one node (Hazelcast off)", base));
    } finally {
      ApiThroughputBenchmark.stop(one);
    }

    int gridA = port + 10;
    int gridB = port + 11;
    String cluster =
        "--clustername bench-"
            + UUID.randomUUID().toString().substring(0, 6)
            + " --interfaces 127.0.0.1 --clustermode tcpip:127.0.0.1:"
            + gridA
            + ",127.0.0.1:"
            + gridB
            + " --nohostaware --prebootcommandfile src/main/payara/cluster-pre-boot-commands.asadmin";
    Process a = startNode("nodeA", port + 1, "bench_two", cluster + " --startport " + gridA);
    Process b = startNode("nodeB", port + 2, "bench_two", cluster + " --startport " + gridB);
    try (LoadBalancer balancer = new LoadBalancer(List.of(port + 1, port + 2))) {
      URI nodeA = URI.create("http://127.0.0.1:" + (port + 1) + "/");
      ApiThroughputBenchmark.waitFor(
          URI.create("http://127.0.0.1:" + (port + 2) + "/health/ready"), "\"members\":\"2\"");
      rows.addAll(measure("two nodes, node A alone loaded", nodeA));
      rows.addAll(
          measure(
              "two nodes behind a balancer",
              URI.create("http://127.0.0.1:" + balancer.port() + "/")));
    } finally {
      ApiThroughputBenchmark.stop(a);
      ApiThroughputBenchmark.stop(b);
    }
    System.out.println();
    System.out.println("| What | Rate | p50 | p99 | Errors |");
    System.out.println("|---|---|---|---|---|");
    rows.forEach(System.out::println);
  }

  /** The API with a token, then a signed-in page; after a warm-up of both. */
  static List<String> measure(String setUp, URI base) throws Exception {
    ApiThroughputBenchmark.waitFor(base.resolve("health/ready"), "database");
    String bearer = "Bearer " + token(base);
    String cookies = signIn(base);
    ApiThroughputBenchmark.measure("warm-up", base, "api/requests", bearer, WARM_UP / 2);
    get("warm-up", base.resolve(PAGE), cookies, WARM_UP / 2);
    List<String> rows = new ArrayList<>();
    rows.add(
        ApiThroughputBenchmark.median(
                setUp + ": POST /api/requests, token", base, "api/requests", bearer)
            .row());
    rows.add(get(setUp + ": GET " + PAGE + ", signed in", base.resolve(PAGE), cookies, 0).row());
    return rows;
  }

  /** GETs a page with these cookies from wrk's connections; the median of the rounds. */
  static ApiThroughputBenchmark.Result get(String what, URI page, String cookies, int seconds)
      throws Exception {
    Path script = WORK.resolve("get.lua");
    Files.writeString(script, "wrk.headers[\"Cookie\"] = \"" + cookies + "\"\n");
    List<ApiThroughputBenchmark.Result> rounds = new ArrayList<>();
    int times = seconds > 0 ? 1 : ApiThroughputBenchmark.ROUNDS;
    for (int i = 0; i < times; i++) {
      Process wrk =
          new ProcessBuilder(
                  "wrk",
                  "-t2",
                  "-c" + ApiThroughputBenchmark.CLIENTS,
                  "-d" + (seconds > 0 ? seconds : ApiThroughputBenchmark.SECONDS) + "s",
                  "--latency",
                  "-s",
                  script.toString(),
                  page.toString())
              .redirectErrorStream(true)
              .start();
      String out = new String(wrk.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      wrk.waitFor();
      ApiThroughputBenchmark.Result r =
          new ApiThroughputBenchmark.Result(
              what + " (wrk)",
              ApiThroughputBenchmark.number(out, "Requests/sec:\\s+([0-9.]+)"),
              ApiThroughputBenchmark.millis(out, "50%"),
              ApiThroughputBenchmark.millis(out, "99%"),
              (long) ApiThroughputBenchmark.number(out, "Non-2xx or 3xx responses:\\s+([0-9]+)"));
      System.out.println(r.row());
      rounds.add(r);
    }
    rounds.sort(java.util.Comparator.comparingDouble(ApiThroughputBenchmark.Result::rate));
    // still signed in, and the page is the page (a redirect to the login page would count as OK)
    HttpResponse<String> check =
        HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .build()
            .send(
                HttpRequest.newBuilder(page).header("Cookie", cookies).build(),
                HttpResponse.BodyHandlers.ofString());
    if (check.statusCode() != 200 || !check.body().contains("Signed in as")) {
      throw new IllegalStateException(
          "the page answered " + check.statusCode() + " after the load");
    }
    return rounds.get(rounds.size() / 2);
  }

  static String token(URI base) throws Exception {
    String basic =
        "Basic "
            + Base64.getEncoder().encodeToString("employee1:demo".getBytes(StandardCharsets.UTF_8));
    HttpResponse<String> created =
        ApiThroughputBenchmark.HTTP.send(
            HttpRequest.newBuilder(base.resolve("api/tokens"))
                .header("Authorization", basic)
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

  /**
   * Signs employee3 in through the form (employee1 files the API's requests, so their home page
   * grows during the run); the session's cookies as a Cookie header.
   */
  static String signIn(URI base) throws Exception {
    CookieManager jar = new CookieManager();
    HttpClient browser =
        HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(jar).build();
    String page =
        browser
            .send(
                HttpRequest.newBuilder(base.resolve("login.xhtml")).build(),
                HttpResponse.BodyHandlers.ofString())
            .body();
    Matcher vs =
        Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"").matcher(page);
    Matcher nonce = Pattern.compile("nonce=\"([^\"]+)\"").matcher(page);
    if (!vs.find() || !nonce.find()) {
      throw new IllegalStateException("no login form");
    }
    String form =
        "loginForm=loginForm&loginForm%3Anext=&loginForm%3Ausername=employee3"
            + "&loginForm%3Apassword=demo&loginForm%3Asubmit=&jakarta.faces.ViewState="
            + URLEncoder.encode(vs.group(1), StandardCharsets.UTF_8)
            + "&primefaces.nonce="
            + URLEncoder.encode(nonce.group(1), StandardCharsets.UTF_8);
    browser.send(
        HttpRequest.newBuilder(base.resolve("login.xhtml"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form))
            .build(),
        HttpResponse.BodyHandlers.discarding());
    // name=value only: HttpCookie.toString() quotes the values of version-1 cookies, which Payara
    // then does not recognise
    return jar.getCookieStore().getCookies().stream()
        .map(c -> c.getName() + "=" + c.getValue())
        .collect(Collectors.joining("; "));
  }

  /** A node on PostgreSQL schema {@code schema} (emptied first by the first node using it). */
  static Process startNode(String name, int port, String schema, String clusterOptions)
      throws Exception {
    if (!name.equals("nodeB")) {
      try (Connection c = DriverManager.getConnection(DB, "postgres", "");
          Statement s = c.createStatement()) {
        s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        s.execute("CREATE SCHEMA " + schema);
      }
    }
    List<String> cmd =
        new ArrayList<>(
            List.of(
                "java",
                "-Xmx1g",
                "-Ddb.url=" + DB + (DB.contains("?") ? "&" : "?") + "currentSchema=" + schema,
                "-Ddb.user=postgres",
                "-Ddb.password=",
                "-Ddb.driver=org.postgresql.ds.PGSimpleDataSource",
                "-Daccommodationdesk.demo=true",
                "-Daccommodationdesk.signin.client-address-header=X-Forwarded-For",
                "-jar",
                "target/payara-micro.jar",
                "--deploy",
                "target/accommodation-desk.war",
                "--contextroot",
                "/",
                "--port",
                String.valueOf(port),
                "--name",
                name));
    if (clusterOptions == null) {
      cmd.addAll(
          List.of(
              "--nohazelcast",
              "--prebootcommandfile",
              "src/main/payara/pre-boot-commands.asadmin"));
    } else {
      cmd.addAll(List.of(clusterOptions.split(" ")));
    }
    return new ProcessBuilder(cmd)
        .redirectErrorStream(true)
        .redirectOutput(WORK.resolve(name + ".log").toFile())
        .start();
  }
}
