package org.accommodationdesk.bench;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.accommodationdesk.it.ClusterNode;
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
 * -Dbench.warmup=60]}, on PostgreSQL at 127.0.0.1:5432/test (user postgres), schemas bench_one and
 * bench_two. On one machine the nodes, the database and the load generator share the cores, so two
 * nodes cannot be faster here: the figures show what the cluster costs, not what it gains.
 */
public final class ClusterThroughputBenchmark {
  /** Shared with {@link ApiThroughputBenchmark}: the nodes' logs and wrk's scripts. */
  static final Path WORK = ApiThroughputBenchmark.WORK;

  static final int WARM_UP = Integer.getInteger("bench.warmup", 60);
  static final String PAGE = "employee/home.xhtml";

  private ClusterThroughputBenchmark() {}

  public static void main(String[] args) throws Exception {
    ApiThroughputBenchmark.deleteTree(WORK);
    Files.createDirectories(WORK);
    List<String> rows = new ArrayList<>();

    int port = Integer.getInteger("bench.port", 8390);
    Process one = node("one", port, ApiThroughputBenchmark.postgres("db", "one", true), ONE);
    try {
      URI base = URI.create("http://127.0.0.1:" + port + "/");
      rows.addAll(measure("one node (Hazelcast off)", base));
    } finally {
      ApiThroughputBenchmark.stop(one);
    }

    int gridA = port + 10;
    int gridB = port + 11;
    String cluster = "bench-" + UUID.randomUUID().toString().substring(0, 6);
    String members = "tcpip:127.0.0.1:" + gridA + ",127.0.0.1:" + gridB;
    Process a =
        node(
            "nodeA",
            port + 1,
            ApiThroughputBenchmark.postgres("db", "two", true),
            ClusterNode.options(cluster, members, gridA));
    Process b =
        node(
            "nodeB",
            port + 2,
            ApiThroughputBenchmark.postgres("db", "two", false),
            ClusterNode.options(cluster, members, gridB));
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
    String bearer = "Bearer " + ApiThroughputBenchmark.token(base);
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

  /**
   * Signs employee3 in through the form (employee1 files the API's requests, so their home page
   * grows during the run); the session's cookies as a Cookie header.
   */
  static String signIn(URI base) throws Exception {
    CookieManager jar = new CookieManager();
    if (!ApiThroughputBenchmark.signIn(base, "employee3", jar)) {
      throw new IllegalStateException("employee3 could not sign in at " + base);
    }
    // name=value only: HttpCookie.toString() quotes the values of version-1 cookies, which Payara
    // then does not recognise
    return jar.getCookieStore().getCookies().stream()
        .map(c -> c.getName() + "=" + c.getValue())
        .collect(Collectors.joining("; "));
  }

  /** Payara Micro's options for one node as README runs it. */
  static final List<String> ONE = ApiThroughputBenchmark.ONE_NODE;

  static Process node(String name, int port, List<String> db, List<String> payara)
      throws Exception {
    return ApiThroughputBenchmark.start(
        Path.of("target", "accommodation-desk.war"),
        port,
        db,
        name,
        payara,
        "-Daccommodationdesk.demo=true",
        "-Daccommodationdesk.signin.client-address-header=X-Forwarded-For");
  }
}
