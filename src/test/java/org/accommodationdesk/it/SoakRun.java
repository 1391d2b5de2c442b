package org.accommodationdesk.it;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.accommodationdesk.it.testclock.TestClockDeployment;

/**
 * The soak run (issue 21): the application on one Payara Micro node under a mixed load for {@code
 * soak.minutes} (default 30) while its clock runs fast enough to cover {@code soak.days} (default
 * 6) days: employees file and answer, reviewers work the queue and decide, the union reads the
 * statistics, a signed-in page is read, and the daily work and the mail outbox run on their own
 * timers (mail to an SMTP server in this process). At the end it checks that every acknowledged
 * filing is there, no answer was a 5xx, the heap after a full collection and the open file
 * descriptors (connections) did not grow, and each simulated day's work ran exactly once; it prints
 * the figures (docs/reliability.md) and exits 1 if a check failed.
 *
 * <p>{@code mvn -DskipTests package exec:java@soak} (H2); {@code -Dsoak.db=postgres} for the
 * PostgreSQL database {@code test} on 127.0.0.1.
 */
public final class SoakRun {
  static final Path WORK = Path.of("target", "soak").toAbsolutePath();
  static final int MINUTES = Integer.getInteger("soak.minutes", 30);
  static final int DAYS = Integer.getInteger("soak.days", 6);
  static final ZoneId CHICAGO = ZoneId.of("America/Chicago");
  static final Pattern DAILY = Pattern.compile("Daily work for (\\d{4}-\\d{2}-\\d{2}):");

  private final Map<Integer, AtomicLong> statuses = new ConcurrentHashMap<>();
  private final ConcurrentLinkedQueue<long[]> filed = new ConcurrentLinkedQueue<>();
  private final ConcurrentLinkedQueue<String> serverErrors = new ConcurrentLinkedQueue<>();
  private final AtomicBoolean running = new AtomicBoolean(true);
  private final Map<String, String> tokens = new ConcurrentHashMap<>();
  private Api anonymous;

  private SoakRun() {}

  public static void main(String[] args) throws Exception {
    System.exit(new SoakRun().run() ? 0 : 1);
  }

  private boolean run() throws Exception {
    PersistenceAcrossRestartIT.deleteRecursively(WORK);
    Files.createDirectories(WORK);
    int smtpPort = freePort();
    GreenMail mail = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", "smtp"));
    mail.start();
    Path war =
        TestClockDeployment.exportTo(
            WORK.resolve("soak.war"),
            "accommodationdesk.mail.host=127.0.0.1\naccommodationdesk.mail.port="
                + smtpPort
                + "\naccommodationdesk.mail.from=desk@example.org\n"
                + "accommodationdesk.mail.poll-seconds=1\naccommodationdesk.mail.retry-seconds=5\n");
    int port = freePort();
    List<String> cmd =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:+UseSerialGC",
                "-Xmx768m",
                // a full collection also clears softly held caches (EclipseLink's), so that what
                // remains after it is what the application holds on to
                "-XX:SoftRefLRUPolicyMSPerMB=0",
                "-Daccommodationdesk.demo=true"));
    cmd.addAll(database());
    cmd.addAll(
        List.of(
            "-jar",
            Path.of("target/payara-micro.jar").toAbsolutePath().toString(),
            "--deploy",
            war.toString(),
            "--contextroot",
            "/",
            "--port",
            String.valueOf(port),
            "--nohazelcast",
            "--prebootcommandfile",
            Path.of("src/main/payara/pre-boot-commands.asadmin").toAbsolutePath().toString()));
    Path log = WORK.resolve("server.log");
    Process server =
        new ProcessBuilder(cmd)
            .directory(WORK.toFile())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .start();
    try {
      URL base = URI.create("http://127.0.0.1:" + port + "/").toURL();
      PersistenceAcrossRestartIT.awaitReady(base, server);
      anonymous = Api.anonymous(base);
      return soak(base, server, log, mail);
    } finally {
      running.set(false);
      PersistenceAcrossRestartIT.stop(server);
      mail.stop();
    }
  }

  private LocalDate day0;

  private boolean soak(URL base, Process server, Path log, GreenMail mail) throws Exception {
    for (String user :
        List.of("employee1", "employee2", "employee3", "reviewer1", "reviewer2", "union1")) {
      Api.Reply t = anonymous.as(user).post("api/tokens", "{\"name\":\"soak\",\"days\":365}");
      if (t.status() != 201) {
        throw new IllegalStateException("no token for " + user + ": " + t);
      }
      tokens.put(user, t.json().getString("token"));
    }
    day0 = LocalDate.now(CHICAGO).with(TemporalAdjusters.next(DayOfWeek.MONDAY));
    double rate = DAYS * 86_400.0 / (MINUTES * 60.0);
    Instant start = day0.atTime(LocalTime.of(6, 0)).atZone(CHICAGO).toInstant();
    Api.Reply set =
        anonymous
            .as("admin")
            .request(
                "PUT",
                "api/test-clock?rate=" + rate,
                "text/plain",
                start.toString(),
                "Accept",
                "text/plain");
    if (set.status() != 200) {
      throw new IllegalStateException("the clock: " + set);
    }
    System.out.printf(
        "Soak: %d minutes, clock from %s at %.0fx (%d days), one node, %s%n",
        MINUTES, start, rate, DAYS, System.getProperty("soak.db", "h2"));

    ExecutorService load = Executors.newFixedThreadPool(8);
    for (String e : List.of("employee1", "employee2", "employee3")) {
      load.submit(() -> loop(() -> employee(e), 1500));
    }
    for (String r : List.of("reviewer1", "reviewer2")) {
      load.submit(() -> loop(() -> reviewer(r), 800));
    }
    load.submit(() -> loop(this::union, 1000));
    WebSession pages = WebSession.signIn(base.toURI(), "reviewer1");
    load.submit(() -> loop(() -> page(pages), 1000));

    List<long[]> samples = new ArrayList<>(); // minute, heap after GC (KB), fds, threads
    long end = System.nanoTime() + TimeUnit.MINUTES.toNanos(MINUTES);
    int minute = 0;
    while (System.nanoTime() < end) {
      Thread.sleep(60_000);
      minute++;
      long[] s = {minute, heapAfterGc(server.pid()), fds(server.pid()), threads(server.pid())};
      samples.add(s);
      System.out.printf(
          "  minute %2d: heap after GC %6d KB, open fds %4d, threads %3d, answers %s%n",
          s[0], s[1], s[2], s[3], new TreeMap<>(statuses));
    }
    running.set(false);
    load.shutdown();
    load.awaitTermination(2, TimeUnit.MINUTES);
    Thread.sleep(15_000); // the outbox sends what the last minute wrote

    boolean ok = true;
    long lost = 0;
    for (long[] f : filed) {
      String user = "employee" + f[1];
      if (anonymous.bearer(tokens.get(user)).get("api/requests/" + f[0]).status() != 200) {
        lost++;
      }
    }
    long fivexx =
        statuses.entrySet().stream()
            .filter(e -> e.getKey() >= 500)
            .mapToLong(e -> e.getValue().get())
            .sum();
    String text = Files.readString(log, StandardCharsets.UTF_8);
    Map<String, Integer> runs = new TreeMap<>();
    Matcher m = DAILY.matcher(text);
    while (m.find()) {
      if (!LocalDate.parse(m.group(1)).isBefore(day0)) { // not the real day before the clock moved
        runs.merge(m.group(1), 1, Integer::sum);
      }
    }
    int failedRuns = count(text, "The daily work failed");
    int simulatedDays = runs.size();
    boolean eachOnce = runs.values().stream().allMatch(n -> n == 1);
    long[] first = samples.get(Math.min(4, samples.size() - 1)); // after five minutes' warm-up
    long[] last = samples.get(samples.size() - 1);
    List<long[]> settled = samples.subList(samples.indexOf(first), samples.size());
    long heapGrowth = Math.round(slope(settled) * (last[0] - first[0])); // fitted, not two points
    long fdGrowth = last[2] - first[2];
    int mails = mail.getReceivedMessages().length;

    System.out.printf("Filed and acknowledged: %d; lost: %d%n", filed.size(), lost);
    System.out.printf("Answers by status: %s; 5xx: %d%n", new TreeMap<>(statuses), fivexx);
    serverErrors.stream().limit(5).forEach(e -> System.out.println("  5xx: " + e));
    System.out.printf("Daily work runs by simulated day: %s; failed runs: %d%n", runs, failedRuns);
    System.out.printf(
        "Heap after GC: %d KB at minute %d, %d KB at minute %d; least-squares trend %+d KB%n",
        first[1], first[0], last[1], last[0], heapGrowth);
    System.out.printf(
        "Open file descriptors: %d -> %d; threads: %d -> %d%n",
        first[2], last[2], first[3], last[3]);
    System.out.printf("Mail received by the SMTP server: %d%n", mails);

    ok &= check(lost == 0, "nothing lost");
    ok &= check(fivexx == 0, "no 5xx");
    long unanswered = statuses.getOrDefault(-1, new AtomicLong()).get();
    ok &= check(unanswered == 0, "every request answered (" + unanswered + " not)");
    ok &= check(eachOnce && failedRuns == 0, "each day's work ran once");
    ok &= check(simulatedDays >= DAYS - 1, "the daily work ran on " + simulatedDays + " days");
    ok &= check(heapGrowth <= Math.max(32 * 1024, first[1] / 10), "the heap did not grow");
    ok &= check(fdGrowth <= 20, "open connections did not grow");
    ok &= check(mails > 0, "the outbox sent mail");
    System.out.println(ok ? "SOAK PASSED" : "SOAK FAILED");
    return ok;
  }

  /** The least-squares slope of the heap samples (KB per minute). */
  static double slope(List<long[]> samples) {
    int n = samples.size();
    if (n < 2) {
      return 0;
    }
    double mx = samples.stream().mapToLong(s -> s[0]).average().orElse(0);
    double my = samples.stream().mapToLong(s -> s[1]).average().orElse(0);
    double sxy = 0;
    double sxx = 0;
    for (long[] s : samples) {
      sxy += (s[0] - mx) * (s[1] - my);
      sxx += (s[0] - mx) * (s[0] - mx);
    }
    return sxx == 0 ? 0 : sxy / sxx;
  }

  private static boolean check(boolean holds, String what) {
    System.out.println((holds ? "  ok   " : "  FAIL ") + what);
    return holds;
  }

  /** Runs {@code step} about every {@code millis} until the run ends; a failure is counted. */
  private void loop(Step step, int millis) {
    Random random = new Random();
    while (running.get()) {
      try {
        step.run();
      } catch (RuntimeException e) {
        statuses.computeIfAbsent(-1, k -> new AtomicLong()).incrementAndGet();
      }
      try {
        Thread.sleep(millis / 2 + random.nextInt(millis));
      } catch (InterruptedException e) {
        return;
      }
    }
  }

  interface Step {
    void run();
  }

  private Api.Reply count(String what, Api.Reply r) {
    statuses.computeIfAbsent(r.status(), k -> new AtomicLong()).incrementAndGet();
    if (r.status() >= 500) {
      serverErrors.add(what + " " + r.status() + " " + r.body());
    }
    return r;
  }

  private Api api(String user) {
    return anonymous.bearer(tokens.get(user));
  }

  /** An employee files a request, and answers a question or withdraws now and then. */
  private void employee(String user) {
    Api api = api(user);
    String body =
        ApiIT.HOUSEHOLD
            .replace("2021-02-08", LocalDate.now(CHICAGO).plusDays(30).toString())
            .replace("2021-06-30", LocalDate.now(CHICAGO).plusDays(90).toString());
    Api.Reply r = count("file", api.post("api/requests", body));
    if (r.status() == 201) {
      filed.add(
          new long[] {
            r.json().getJsonNumber("id").longValue(), user.charAt(user.length() - 1) - '0'
          });
    }
    Api.Reply asked = count("mine", api.get("api/requests?status=INFO_REQUESTED&size=5"));
    if (asked.status() == 200) {
      for (JsonObject q : asked.json().getJsonArray("items").getValuesAs(JsonObject.class)) {
        count(
            "answer",
            api.post(
                "api/requests/" + q.getJsonNumber("id").longValue() + "/transitions",
                "{\"action\":\"PROVIDE_INFO\",\"comment\":\"Here is the letter.\"}"));
      }
    }
  }

  /** A reviewer takes the oldest waiting request and decides or asks. */
  private void reviewer(String user) {
    Api api = api(user);
    Api.Reply queue = count("queue", api.get("api/requests?status=SUBMITTED&size=10"));
    if (queue.status() != 200) {
      return;
    }
    List<JsonObject> items = queue.json().getJsonArray("items").getValuesAs(JsonObject.class);
    if (items.isEmpty()) {
      return;
    }
    long id = items.get(new Random().nextInt(items.size())).getJsonNumber("id").longValue();
    String path = "api/requests/" + id + "/transitions";
    if (count("start", api.post(path, ApiIT.action("START_REVIEW"))).status() != 200) {
      return; // another reviewer took it (409), or it is not this reviewer's to take (403)
    }
    String decision =
        switch (new Random().nextInt(4)) {
          case 0 -> "{\"action\":\"DENY\",\"reasonCode\":\"OTHER\",\"comment\":\"Not now.\"}";
          case 1 -> ApiIT.action("REQUEST_INFO");
          default -> ApiIT.action("APPROVE");
        };
    count("decide", api.post(path, decision));
  }

  private void union() {
    Api api = api("union1");
    for (String s : Set.of("summary", "by-location", "backlog")) {
      count("stats", api.get("api/stats/" + s));
    }
  }

  private void page(WebSession session) {
    WebSession.Page p = session.get("review/queue.xhtml");
    statuses.computeIfAbsent(p.status(), k -> new AtomicLong()).incrementAndGet();
    if (p.status() >= 500) {
      serverErrors.add("queue page " + p.status());
    }
  }

  private List<String> database() throws Exception {
    if (!"postgres".equals(System.getProperty("soak.db"))) {
      return List.of("-Ddb.url=jdbc:h2:" + WORK.resolve("db") + ";DB_CLOSE_ON_EXIT=FALSE");
    }
    String url = "jdbc:postgresql://127.0.0.1:5432/test";
    try (java.sql.Connection c = java.sql.DriverManager.getConnection(url, "postgres", "");
        java.sql.Statement s = c.createStatement()) {
      s.execute("DROP SCHEMA IF EXISTS soak CASCADE");
      s.execute("CREATE SCHEMA soak");
    }
    return List.of(
        "-Ddb.url=" + url + "?currentSchema=soak",
        "-Ddb.driver=org.postgresql.ds.PGSimpleDataSource",
        "-Ddb.user=postgres",
        "-Ddb.password=");
  }

  /** The heap in use after a full collection, in KB (jcmd of the running JDK). */
  private static long heapAfterGc(long pid) throws IOException, InterruptedException {
    String jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd").toString();
    new ProcessBuilder(jcmd, String.valueOf(pid), "GC.run").start().waitFor();
    Process info = new ProcessBuilder(jcmd, String.valueOf(pid), "GC.heap_info").start();
    String out = new String(info.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    info.waitFor();
    long used = 0;
    // the serial collector's "def new generation ... used NK" and "tenured generation ... used
    // NK" lines; Metaspace and class space are not the heap
    Matcher m = Pattern.compile("generation\\s+total \\d+K, used (\\d+)K").matcher(out);
    while (m.find()) {
      used += Long.parseLong(m.group(1));
    }
    return used;
  }

  private static long fds(long pid) throws IOException {
    try (var files = Files.list(Path.of("/proc", String.valueOf(pid), "fd"))) {
      return files.count();
    }
  }

  private static long threads(long pid) throws IOException {
    for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status"))) {
      if (line.startsWith("Threads:")) {
        return Long.parseLong(line.substring(8).trim());
      }
    }
    return -1;
  }

  private static int count(String text, String what) {
    int n = 0;
    for (int i = text.indexOf(what); i >= 0; i = text.indexOf(what, i + 1)) {
      n++;
    }
    return n;
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }
}
