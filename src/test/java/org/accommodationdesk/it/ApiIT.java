package org.accommodationdesk.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.File;
import java.net.URI;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The JSON API over HTTP against the real build output on Payara Micro and a real database (H2, or
 * PostgreSQL with -Ppostgres): per role, the workflow, bad input, optimistic locking under real
 * concurrent requests, statistics, health and OpenAPI.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ApiIT {
  /**
   * Tests whose subject does not touch the database (the sign-in throttle lives in memory; a page's
   * flow whose database side other tests check on PostgreSQL): the H2 run has them, the PostgreSQL
   * run leaves them out (pom.xml), which keeps CI under 20 minutes.
   */
  static final String DATABASE_INDEPENDENT = "database-independent";

  static final String HOUSEHOLD =
      """
      {"category":"HOUSEHOLD_MEMBER","arrangement":"FULL_REMOTE","startDate":"2021-02-08",
       "endDate":"2021-06-30","relationship":"PARENT","attestation":true,"justification":"..."}""";

  /** A real SMTP server the deployment sends its mail to (issue 9's outbox). */
  static final com.icegreen.greenmail.util.ServerSetup SMTP =
      new com.icegreen.greenmail.util.ServerSetup(3025, "127.0.0.1", "smtp");

  static volatile com.icegreen.greenmail.util.GreenMail mail;

  /**
   * The application as built, with mail on: to the SMTP server above, retrying after a second (so
   * that a test can take the server down and see the mail follow).
   */
  @Deployment(testable = false)
  static WebArchive deployment() throws java.io.IOException {
    mail = new com.icegreen.greenmail.util.GreenMail(SMTP);
    mail.start();
    WebArchive war =
        ShrinkWrap.createFromZipFile(WebArchive.class, new File("target/accommodation-desk.war"));
    String config = "/WEB-INF/classes/META-INF/microprofile-config.properties";
    String properties =
        java.nio.file.Files.readString(
                java.nio.file.Path.of("src/main/resources/META-INF/microprofile-config.properties"))
            + "\naccommodationdesk.mail.host=127.0.0.1\naccommodationdesk.mail.port=3025\n"
            + "accommodationdesk.mail.from=desk@example.org\naccommodationdesk.mail.poll-seconds=1\n"
            + "accommodationdesk.mail.retry-seconds=1\n"
            // reminders early enough that today's questions and decisions get them
            + "accommodationdesk.reminders.answer-business-days=10\n"
            + "accommodationdesk.reminders.appeal-days=15\n"
            + "accommodationdesk.mail.link-base=https://desk.example.org\n";
    war.delete(config);
    war.add(new org.jboss.shrinkwrap.api.asset.StringAsset(properties), config);
    // the test clock: a token's expiry, on H2 as on PostgreSQL (the schedule is not sped up)
    war.addClasses(
        org.accommodationdesk.it.testclock.ShiftedClock.class,
        org.accommodationdesk.it.testclock.TestClockResource.class);
    return war;
  }

  /** The SMTP server goes with the deployment (later ITs in this JVM need no mail). */
  @org.junit.jupiter.api.AfterAll
  static void stopMail() {
    if (mail != null) {
      mail.stop();
    }
  }

  @ArquillianResource URL base;
  Api anonymous;

  @BeforeEach
  void client() {
    anonymous = Api.anonymous(base);
  }

  Api as(String user) {
    return anonymous.as(user);
  }

  long submit(String user, String json) {
    Api.Reply r = as(user).post("api/requests", json);
    assertEquals(201, r.status(), r.toString());
    return r.json().getJsonNumber("id").longValue();
  }

  Api.Reply act(String user, long id, String json) {
    return as(user).post("api/requests/" + id + "/transitions", json);
  }

  static String action(String action) {
    return "{\"action\":\"" + action + "\",\"comment\":\"Comment for " + action + "\"}";
  }

  static Set<String> fields(Api.Reply r) {
    return r.json().getJsonArray("errors").getValuesAs(JsonObject.class).stream()
        .map(e -> e.getString("field"))
        .collect(Collectors.toSet());
  }

  static void assertProblem(Api.Reply r, int status) {
    assertEquals(status, r.status(), r.toString());
    assertTrue(
        r.header("Content-Type").startsWith("application/problem+json"), r.header("Content-Type"));
    assertEquals(status, r.json().getInt("status"));
    assertFalse(r.body().contains("at org."), "no stack trace: " + r.body());
    assertFalse(r.body().contains("Exception"), "no exception names: " + r.body());
  }

  // ---- authentication -------------------------------------------------------------------------

  @Test
  void withoutCredentialsTheApiAnswers401WithABasicChallenge() {
    Api.Reply r = anonymous.get("api/requests");
    assertProblem(r, 401);
    assertTrue(r.header("WWW-Authenticate").startsWith("Basic"));
    assertProblem(anonymous.get("api/requests/1"), 401);
  }

  @Test
  void aWrongPasswordIsRefused() {
    assertProblem(anonymous.as("employee1", "not-the-password").get("api/requests"), 401);
  }

  /** Without a provider configured (the default) there is no provider sign-in to start. */
  @Test
  void withoutAProviderTheLoginPageOffersOnlyPasswords() {
    WebSession browser = WebSession.anonymous(URI.create(base.toString()));
    assertFalse(browser.get("login.xhtml").body().contains("oidc/signin"));
    assertEquals(404, browser.get("oidc/signin").status());
    assertEquals(404, browser.get("oidc/callback?code=x&state=y").status());
  }

  /** Browsers ask every site for /favicon.ico: it is there for everyone (was 404, issue 11 #8). */
  @Test
  void theFaviconIsThereForEveryone() {
    Api.Reply icon = anonymous.request("GET", "favicon.ico", null, null, "Accept", "*/*");
    assertEquals(200, icon.status());
    assertTrue(icon.header("Content-Type").startsWith("image/"), icon.header("Content-Type"));
    assertTrue(
        WebSession.anonymous(URI.create(base.toString()))
            .get("login.xhtml")
            .body()
            .contains("favicon.ico"),
        "the pages name it");
  }

  // ---- personal access tokens and protected sign-in ------------------------------------------

  @Test
  void aTokenActsAsItsOwnerUntilRevokedAndCannotMakeMoreTokens() throws Exception {
    Api.Reply created =
        as("employee2").post("api/tokens", "{\"name\":\"nightly export\",\"days\":30}");
    assertEquals(201, created.status(), created.toString());
    JsonObject issued = created.json();
    long tokenId = issued.getJsonNumber("id").longValue();
    String secret = issued.getString("token");
    assertTrue(secret.startsWith("adt_") && secret.length() >= 47, secret);
    java.time.Duration lifetime =
        java.time.Duration.between(
            java.time.Instant.now(), java.time.Instant.parse(issued.getString("expiresAt")));
    assertTrue(
        lifetime.compareTo(java.time.Duration.ofDays(30).minusHours(1)) > 0
            && lifetime.compareTo(java.time.Duration.ofDays(30)) <= 0,
        "expires in 30 days: " + lifetime);

    Api token = anonymous.bearer(secret);
    long own = submit("employee2", HOUSEHOLD);
    long other = submit("employee1", HOUSEHOLD);
    assertEquals(200, token.get("api/requests/" + own).status(), "the owner's request");
    assertProblem(token.get("api/requests/" + other), 404);
    assertProblem(token.get("api/stats/summary"), 403);
    assertProblem(token.post("api/tokens", "{\"name\":\"offspring\"}"), 403);

    Api.Reply listed = as("employee2").get("api/tokens");
    assertEquals(200, listed.status());
    assertFalse(listed.body().contains(secret), "the secret is never shown again");
    assertTrue(
        listed.body().contains("\"id\":" + tokenId + ",\"name\":\"nightly export\""),
        listed.body());
    assertFalse(as("employee1").get("api/tokens").body().contains("nightly export"));

    assertProblem(as("employee1").delete("api/tokens/" + tokenId), 404);
    assertEquals(200, token.get("api/requests/" + own).status(), "still valid");
    assertEquals(204, as("employee2").delete("api/tokens/" + tokenId).status());
    Api.Reply refused = token.get("api/requests/" + own);
    assertProblem(refused, 401);
    assertTrue(
        refused.headers("WWW-Authenticate").stream()
            .anyMatch(h -> h.startsWith("Bearer") && h.contains("invalid_token")),
        refused.headers("WWW-Authenticate").toString());
    assertTrue(as("employee2").get("api/tokens").body().contains("\"state\":\"REVOKED\""));
    assertEquals(204, as("employee2").delete("api/tokens/" + tokenId).status(), "idempotent");

    for (String garbage :
        List.of("adt_" + "A".repeat(43), "not-a-token", "adt_", "x".repeat(500))) {
      assertProblem(anonymous.bearer(garbage).get("api/requests"), 401);
    }
    assertProblem(anonymous.bearer(secret).delete("api/tokens/" + tokenId), 401);
  }

  /**
   * A token past its expiry signs nobody in, on every database: the test moves the deployment's
   * clock (the test clock) past the expiry and back; the boundary itself is {@code ApiTokenTest}'s.
   */
  @Test
  void anExpiredTokenIsRefusedAndListedAsExpired() {
    JsonObject issued =
        as("employee2").post("api/tokens", "{\"name\":\"short-lived\",\"days\":1}").json();
    Api token = anonymous.bearer(issued.getString("token"));
    assertEquals(200, token.get("api/requests").status());
    java.time.Instant expires = java.time.Instant.parse(issued.getString("expiresAt"));
    try {
      // the deployment's clock (the test clock) a minute past the token's end, on any database
      setClock(expires.plusSeconds(60));
      assertProblem(token.get("api/requests"), 401);
      assertTrue(
          as("employee2").get("api/tokens").body().contains("\"state\":\"EXPIRED\""),
          "listed as expired");
    } finally {
      setClock(java.time.Instant.now());
    }
    assertEquals(200, token.get("api/requests").status(), "valid again once the clock is back");
  }

  @Test
  void tokenRequestsPastTheLimitsAreNamedAndChangeNothing() {
    int before = as("union1").get("api/tokens").body().split("\"id\":").length;
    Map<String, String> refused =
        Map.of(
            "{}",
            "name",
            "{\"name\":\"  \"}",
            "name",
            "{\"name\":\"" + "n".repeat(101) + "\"}",
            "name",
            "{\"name\":\"bell\\u0007\"}",
            "name",
            "{\"name\":\"x\",\"days\":0}",
            "days",
            "{\"name\":\"x\",\"days\":366}",
            "days");
    refused.forEach(
        (body, field) -> {
          Api.Reply r = as("union1").post("api/tokens", body);
          assertProblem(r, 400);
          assertTrue(r.body().contains("\"field\":\"" + field + "\""), body + " -> " + r);
        });
    assertProblem(as("union1").post("api/tokens", "{\"name\":\"x\",\"days\":\"ten\"}"), 400);
    assertEquals(
        before, as("union1").get("api/tokens").body().split("\"id\":").length, "none created");
    Api.Reply atLimits =
        as("union1").post("api/tokens", "{\"name\":\"" + "n".repeat(100) + "\",\"days\":365}");
    assertEquals(201, atLimits.status(), atLimits.toString());
  }

  /**
   * Five wrong passwords are free; the sixth makes the next attempt wait, with 429 and Retry-After,
   * even with the right password (refused before any check); after the wait the right password
   * works and clears the count. Never a permanent lockout.
   */
  @Test
  @org.junit.jupiter.api.Tag(DATABASE_INDEPENDENT)
  void failedPasswordsSlowTheNextAttemptsUntilTheWaitIsOver() throws Exception {
    String user = "employee3";
    // Fails until 8 failures count: the 6th makes the next attempt wait 1 s, the 7th 2 s, the 8th
    // 4 s; each wait is waited out, so that the test holds on a slow machine too (the exact
    // doubling is SignInThrottleTest's).
    long[] waits = failUntilCounted(8, i -> anonymous.as(user, "guess-" + i).get("api/requests"));
    assertTrue(waits[0] >= 6, "five failures are free; the sixth starts the waits: " + waits[0]);
    assertTrue(waits[1] >= 1 && waits[1] <= 2, "the first wait is a second or two: " + waits[1]);
    Api.Reply waiting = anonymous.as(user, "demo").get("api/requests");
    assertProblem(waiting, 429);
    long seconds = Long.parseLong(waiting.header("Retry-After"));
    assertTrue(seconds >= 1 && seconds <= 4, "the wait grew, to at most 4 s: " + seconds);
    assertTrue(waiting.json().getString("detail").contains("Try again in"), waiting.toString());

    WebSession form = WebSession.anonymous(base.toURI());
    WebSession.Page page = form.trySignIn(user, "demo");
    assertEquals(429, page.status(), "the form is throttled too");
    assertTrue(page.body().contains("Too many failed sign-ins"), "and says so");

    advanceClock(seconds + 1);
    assertEquals(200, anonymous.as(user, "demo").get("api/requests").status());
    assertProblem(anonymous.as(user, "one-more-typo").get("api/requests"), 401);
    assertEquals(200, anonymous.as(user, "demo").get("api/requests").status(), "reset");
  }

  /**
   * Sends failing sign-ins until {@code failures} of them counted (401), waiting out each 429's
   * Retry-After. Returns how many 401s came before the first 429, and each Retry-After met.
   */
  long[] failUntilCounted(int failures, java.util.function.IntFunction<Api.Reply> attempt) {
    List<Long> seen = new ArrayList<>();
    int counted = 0;
    for (int i = 0; counted < failures; i++) {
      Api.Reply r = attempt.apply(i);
      if (r.status() == 401) {
        counted++;
        continue;
      }
      assertProblem(r, 429);
      if (seen.isEmpty()) {
        seen.add((long) counted);
      }
      long wait = Long.parseLong(r.header("Retry-After"));
      seen.add(wait);
      advanceClock(wait + 1);
    }
    return seen.stream().mapToLong(Long::longValue).toArray();
  }

  /**
   * One client address trying many accounts is slowed down too (30 failures free), whatever names
   * it tries; other addresses are not. The ITs run as behind a proxy that names the client in
   * X-Forwarded-For (its last value: the one the proxy added).
   */
  @Test
  @org.junit.jupiter.api.Tag(DATABASE_INDEPENDENT)
  void oneAddressTryingManyAccountsIsSlowedDownAndOthersAreNot() throws Exception {
    String sprayer = "198.51.100." + (1 + new java.util.Random().nextInt(250));
    long[] waits =
        failUntilCounted(
            33,
            i ->
                anonymous
                    .as("nobody-" + i, "password")
                    .request(
                        "GET",
                        "api/requests",
                        null,
                        null,
                        "X-Forwarded-For",
                        "10.0.0.1, " + sprayer));
    assertTrue(waits[0] >= 31, "thirty failures are free for an address: " + waits[0]);
    Api.Reply blocked =
        as("employee1")
            .request("GET", "api/requests", null, null, "X-Forwarded-For", "10.0.0.2, " + sprayer);
    assertProblem(blocked, 429);
    Api.Reply elsewhere =
        as("employee1")
            .request(
                "GET", "api/requests", null, null, "X-Forwarded-For", sprayer + ", 203.0.113.9");
    assertEquals(200, elsewhere.status(), "the address the proxy added is the one that counts");
  }

  /**
   * Issue 21, finding 14: someone who fails on the HR lead's password, one attempt after another
   * from one address, slows down only attempts from that address or unknown devices: the HR lead
   * still signs in from elsewhere, in a browser where they signed in before (a device cookie) even
   * behind the same router, and with a token; the attacker is refused with 429.
   */
  @Test
  @org.junit.jupiter.api.Tag(DATABASE_INDEPENDENT)
  void failuresOnTheHrLeadsAccountSlowTheAttackerNotTheHrLead() throws Exception {
    String lead = "reviewer2";
    String school = "192.0.2." + (1 + new java.util.Random().nextInt(250));
    Api.Reply created = as(lead).post("api/tokens", AccessMatrix.TOKEN);
    assertEquals(201, created.status(), created.toString());
    String token = created.json().getString("token");
    WebSession leadsBrowser = WebSession.anonymous(base.toURI()).from(school);
    assertEquals(302, leadsBrowser.trySignIn(lead, "demo").status(), "signed in before");

    long[] waits =
        failUntilCounted(
            8,
            i ->
                anonymous
                    .as(lead, "guess-" + i)
                    .request("GET", "api/requests", null, null, "X-Forwarded-For", school));
    assertTrue(waits[0] >= 6, "five failures free, then waits: " + waits[0]);
    assertProblem(
        anonymous
            .as(lead, "demo")
            .request("GET", "api/requests", null, null, "X-Forwarded-For", school),
        429);
    assertEquals(
        200,
        anonymous
            .as(lead, "demo")
            .request("GET", "api/requests", null, null, "X-Forwarded-For", "203.0.113.77")
            .status(),
        "the HR lead from another address is not slowed down");
    assertEquals(
        200,
        anonymous
            .bearer(token)
            .request("GET", "api/requests", null, null, "X-Forwarded-For", school)
            .status(),
        "a valid token is never slowed down by password failures");
    assertEquals(
        302,
        leadsBrowser.withoutSession().trySignIn(lead, "demo").status(),
        "the HR lead's own browser (device cookie) signs in behind the same router");
  }

  // ---- the reviewer's daily tools ---------------------------------------------------------------

  /**
   * HR finds requests by reference number and by the requester's name (wildcards taken literally),
   * and by whom they are assigned to; lists show people's names to HR, not only user names.
   */
  @Test
  void hrFindsRequestsByNumberNameAndAssignment() {
    String name = as("admin").get("api/admin/accounts/employee2").json().getString("displayName");
    long id = submit("employee2", HOUSEHOLD);
    long other = submit("employee2", HOUSEHOLD);
    Api hr = as("reviewer1");
    for (String q : List.of(String.valueOf(id), "%23" + id)) {
      JsonObject found = hr.get("api/requests?q=" + q).json();
      assertEquals(1, found.getJsonNumber("total").longValue(), q);
      JsonObject item = found.getJsonArray("items").getJsonObject(0);
      assertEquals(id, item.getJsonNumber("id").longValue());
      assertEquals(name, item.getString("requesterName"), "a person, not only a user name");
    }
    String part = name.substring(1, Math.min(name.length(), 5)).toLowerCase();
    JsonObject byName =
        hr.get("api/requests?size=200&status=SUBMITTED&q=" + part.replace(" ", "%20")).json();
    assertTrue(byName.getJsonNumber("total").longValue() >= 2, byName.toString());
    for (JsonObject item : byName.getJsonArray("items").getValuesAs(JsonObject.class)) {
      assertTrue(
          item.getString("requesterName").toLowerCase().contains(part)
              || item.getString("requester").contains(part),
          item.toString());
    }
    assertEquals(0, hr.get("api/requests?q=%25_%25").json().getJsonNumber("total").longValue());
    assertEquals(Set.of("q"), fields(hr.get("api/requests?q=" + "x".repeat(101))));
    assertEquals(Set.of("assigned"), fields(hr.get("api/requests?assigned=everyone")));

    assertEquals(200, act("reviewer1", id, action("START_REVIEW")).status());
    assertEquals(
        1, hr.get("api/requests?assigned=me&q=" + id).json().getJsonNumber("total").longValue());
    assertEquals(
        0,
        as("reviewer2")
            .get("api/requests?assigned=me&q=" + id)
            .json()
            .getJsonNumber("total")
            .longValue());
    assertEquals(
        0, hr.get("api/requests?assigned=none&q=" + id).json().getJsonNumber("total").longValue());
    assertEquals(
        1,
        hr.get("api/requests?assigned=none&q=" + other).json().getJsonNumber("total").longValue());
    JsonObject own = as("employee2").get("api/requests?size=1").json();
    assertTrue(
        own.getJsonArray("items").getJsonObject(0).isNull("requesterName"),
        "an employee's own list does not look names up");
  }

  // ---- administration -------------------------------------------------------------------------

  static String unique(String prefix) {
    return prefix + Long.toString(System.nanoTime() % 1_000_000_000L, 36).toUpperCase();
  }

  Api.Reply patch(String user, String path, String json, String... headers) {
    return as(user).request("PATCH", path, "application/json", json, headers);
  }

  /**
   * Locations and job classes: made with a code that never changes, renamed, named in Spanish; bad
   * codes and names, taken codes, unknown ones and stale versions are refused with the field named,
   * and each change is in the audit log.
   */
  @Test
  void administratorsKeepLocationsAndJobClasses() {
    String code = unique("SCHOOL-");
    assertEquals(
        Set.of("code"),
        fields(
            as("admin").post("api/admin/locations", "{\"code\":\"lower-case\",\"name\":\"X\"}")));
    assertEquals(
        Set.of("name"),
        fields(as("admin").post("api/admin/locations", "{\"code\":\"" + code + "\"}")));
    assertEquals(
        Set.of("name"),
        fields(
            as("admin")
                .post(
                    "api/admin/locations",
                    "{\"code\":\"" + code + "\",\"name\":\"" + "x".repeat(201) + "\"}")));
    assertEquals(
        Set.of("reviewers"),
        fields(
            as("admin")
                .post(
                    "api/admin/locations",
                    "{\"code\":\"" + code + "\",\"name\":\"Y\",\"reviewers\":[\"employee1\"]}")),
        "only reviewers serve locations");
    Api.Reply made =
        as("admin")
            .post(
                "api/admin/locations",
                "{\"code\":\"" + code + "\",\"name\":\"" + "x".repeat(200) + "\"}");
    assertEquals(201, made.status(), made.toString());
    assertTrue(made.header("Location").endsWith("/api/admin/locations/" + code));
    assertEquals(
        Set.of("code"),
        fields(
            as("admin")
                .post("api/admin/locations", "{\"code\":\"" + code + "\",\"name\":\"Again\"}")),
        "a taken code");
    String etag = made.header("ETag");
    Api.Reply renamed =
        patch(
            "admin", "api/admin/locations/" + code, "{\"name\":\"Wells Prep\"}", "If-Match", etag);
    assertEquals(200, renamed.status(), renamed.toString());
    assertEquals("Wells Prep", renamed.json().getString("name"));
    assertProblem(
        patch("admin", "api/admin/locations/" + code, "{\"name\":\"Stale\"}", "If-Match", etag),
        412);
    assertEquals(
        Set.of("code"),
        fields(patch("admin", "api/admin/locations/" + code, "{\"code\":\"OTHER\"}")),
        "a code never changes");
    assertProblem(patch("admin", "api/admin/locations/NOWHERE-X", "{\"name\":\"N\"}"), 404);
    assertTrue(
        as("admin").get("api/admin/locations").body().contains("\"Wells Prep\""),
        "the list has the new name");

    String job = unique("COACH-");
    Api.Reply jobMade =
        as("admin")
            .post(
                "api/admin/job-classes",
                "{\"code\":\"" + job + "\",\"name\":\"Coach\",\"nameEs\":\"Entrenador\"}");
    assertEquals(201, jobMade.status(), jobMade.toString());
    assertEquals("Entrenador", jobMade.json().getString("nameEs"));
    assertEquals(
        Set.of("reviewers"),
        fields(patch("admin", "api/admin/job-classes/" + job, "{\"reviewers\":[]}")));
    assertEquals(
        Set.of("name"), fields(patch("admin", "api/admin/job-classes/" + job, "{\"name\":\"\"}")));
    Api.Reply noSpanish = patch("admin", "api/admin/job-classes/" + job, "{\"nameEs\":\"\"}");
    assertEquals(200, noSpanish.status(), noSpanish.toString());
    assertTrue(noSpanish.json().isNull("nameEs"), "an empty Spanish name removes it");
    assertEquals("Coach", noSpanish.json().getString("name"));

    String audit = as("admin").get("api/admin/audit?size=20").body();
    assertTrue(audit.contains("\"subject\":\"location " + code + "\""), audit);
    assertTrue(audit.contains("\"subject\":\"job class " + job + "\""), audit);
    assertTrue(audit.contains("REFERENCE_CREATED") && audit.contains("REFERENCE_CHANGED"), audit);
  }

  /**
   * Denial reasons are the organisation's: a new one can be chosen at once, a retired one no longer
   * (while decisions citing it keep it), the last one in use cannot be retired, and an unknown one
   * is refused naming the reasons in use.
   */
  @Test
  void denialReasonsAreTheOrganisationsOwn() {
    String code = unique("CONTRACT-");
    Api.Reply made =
        as("admin")
            .post(
                "api/admin/denial-reasons",
                "{\"code\":\""
                    + code
                    + "\",\"name\":\"Contract clause 14\",\"nameEs\":\"Cláusula 14\"}");
    assertEquals(201, made.status(), made.toString());
    assertTrue(made.json().getBoolean("active"));
    assertEquals(
        Set.of("active"),
        fields(
            as("admin")
                .post(
                    "api/admin/denial-reasons",
                    "{\"code\":\"X" + code + "\",\"name\":\"N\",\"active\":false}")));

    long denied = submit("employee2", HOUSEHOLD);
    assertEquals(200, act("reviewer1", denied, action("START_REVIEW")).status());
    Api.Reply deny =
        act(
            "reviewer1",
            denied,
            "{\"action\":\"DENY\",\"reasonCode\":\"" + code + "\",\"comment\":\"Clause 14.\"}");
    assertEquals(200, deny.status(), deny.toString());

    Api.Reply retired = patch("admin", "api/admin/denial-reasons/" + code, "{\"active\":false}");
    assertEquals(200, retired.status(), retired.toString());
    assertFalse(retired.json().getBoolean("active"));
    assertTrue(
        as("employee2")
            .get("api/requests/" + denied)
            .body()
            .contains("\"reasonCode\":\"" + code + "\""),
        "the decision keeps its reason");

    long other = submit("employee2", HOUSEHOLD);
    assertEquals(200, act("reviewer1", other, action("START_REVIEW")).status());
    Api.Reply refused =
        act(
            "reviewer1",
            other,
            "{\"action\":\"DENY\",\"reasonCode\":\"" + code + "\",\"comment\":\"No.\"}");
    assertProblem(refused, 400);
    assertEquals(Set.of("reasonCode"), fields(refused));
    assertTrue(refused.body().contains("UNDUE_HARDSHIP") && !refused.body().contains(code + ","));
    assertEquals(
        "IN_REVIEW", as("reviewer1").get("api/requests/" + other).json().getString("status"));

    // retire every reason but one: the last cannot go
    List<String> inUse =
        as("admin")
            .get("api/admin/denial-reasons")
            .jsonArray()
            .getValuesAs(JsonObject.class)
            .stream()
            .filter(d -> d.getBoolean("active"))
            .map(d -> d.getString("code"))
            .toList();
    try {
      for (String c : inUse.subList(1, inUse.size())) {
        assertEquals(
            200, patch("admin", "api/admin/denial-reasons/" + c, "{\"active\":false}").status());
      }
      Api.Reply last =
          patch("admin", "api/admin/denial-reasons/" + inUse.get(0), "{\"active\":false}");
      assertProblem(last, 400);
      assertEquals(Set.of("active"), fields(last));
    } finally {
      for (String c : inUse) {
        patch("admin", "api/admin/denial-reasons/" + c, "{\"active\":true}");
      }
    }
    assertEquals(
        inUse.size(),
        as("admin")
            .get("api/admin/denial-reasons")
            .jsonArray()
            .getValuesAs(JsonObject.class)
            .stream()
            .filter(d -> d.getBoolean("active"))
            .count());
  }

  /**
   * Need-to-know: a reviewer named for a location sees that location's requests and no other (404
   * as for a request that does not exist, left out of lists and the queue); a reviewer named for
   * none still sees every request.
   */
  @Test
  void aReviewerNamedForALocationSeesOnlyItsRequests() {
    String code = unique("ANNEX-");
    String reviewer = unique("rev").toLowerCase();
    assertEquals(
        201,
        as("admin")
            .post(
                "api/admin/accounts",
                "{\"username\":\""
                    + reviewer
                    + "\",\"displayName\":\"Annex Reviewer\",\"roles\":[\"REVIEWER\"],"
                    + "\"password\":\"annex-password-1\"}")
            .status());
    assertEquals(
        201,
        as("admin")
            .post(
                "api/admin/locations",
                "{\"code\":\""
                    + code
                    + "\",\"name\":\"Annex\",\"reviewers\":[\""
                    + reviewer
                    + "\"]}")
            .status());
    long atAnnex =
        submit(
            "employee1",
            HOUSEHOLD.replace(
                "\"attestation\"", "\"workLocation\":\"" + code + "\",\"attestation\""));
    long elsewhere = submit("employee1", HOUSEHOLD);
    Api annexReviewer = anonymous.as(reviewer, "annex-password-1");

    assertEquals(200, annexReviewer.get("api/requests/" + atAnnex).status());
    assertProblem(annexReviewer.get("api/requests/" + elsewhere), 404);
    assertProblem(
        annexReviewer.post("api/requests/" + elsewhere + "/transitions", action("START_REVIEW")),
        404);
    Api.Reply list = annexReviewer.get("api/requests?size=200");
    assertEquals(200, list.status());
    List<String> locations =
        list.json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
            .map(i -> i.getString("workLocationCode", i.toString()))
            .distinct()
            .toList();
    assertTrue(list.body().contains("\"id\":" + atAnnex), list.body());
    assertFalse(list.body().contains("\"id\":" + elsewhere + ","), "another location's request");
    assertEquals(1, list.json().getJsonNumber("total").longValue(), "only the annex: " + locations);

    assertEquals(200, as("reviewer1").get("api/requests/" + atAnnex).status(), "named for none");
    assertEquals(200, as("reviewer1").get("api/requests/" + elsewhere).status());

    // reviewer1 files at the annex; only the annex reviewer and reviewer2 could take it
    long own =
        submit(
            "reviewer1",
            HOUSEHOLD.replace(
                "\"attestation\"", "\"workLocation\":\"" + code + "\",\"attestation\""));
    assertFalse(
        as("reviewer2").get("api/requests/" + own).json().getBoolean("needsAnotherReviewer"));
    assertEquals(
        200,
        patch("admin", "api/admin/accounts/" + reviewer, "{\"active\":false}").status(),
        "the annex reviewer leaves (and stays out of other tests' reviewer pool)");
    assertFalse(
        as("reviewer2").get("api/requests/" + own).json().getBoolean("needsAnotherReviewer"),
        "reviewer2, named for no location, still serves the annex");
  }

  /**
   * The union's minimum cell size changes for everyone at once, within its limits, and is audited;
   * the union's figures follow it.
   */
  @Test
  void theMinimumCellSizeIsAnAdministratorsSettingWithinLimits() {
    assertEquals(11, as("admin").get("api/admin/settings").json().getInt("minimumCellSize"));
    for (String bad : List.of("4", "101", "null")) {
      Api.Reply r = patch("admin", "api/admin/settings", "{\"minimumCellSize\":" + bad + "}");
      assertProblem(r, 400);
      assertEquals(Set.of("minimumCellSize"), fields(r), bad);
    }
    for (String bad : List.of("\"12\"", "12.5")) {
      Api.Reply r = patch("admin", "api/admin/settings", "{\"minimumCellSize\":" + bad + "}");
      assertProblem(r, 400);
      assertTrue(r.body().contains("whole number"), bad + ": " + r.body());
    }
    assertEquals(11, as("admin").get("api/admin/settings").json().getInt("minimumCellSize"));
    try {
      Api.Reply changed = patch("admin", "api/admin/settings", "{\"minimumCellSize\":15}");
      assertEquals(200, changed.status(), changed.toString());
      assertEquals(15, changed.json().getInt("minimumCellSize"));
      assertEquals(
          15, as("union1").get("api/stats/summary").json().getInt("minimumCellSize"), "at once");
      String audit = as("admin").get("api/admin/audit?size=5").body();
      assertTrue(audit.contains("SETTING_CHANGED") && audit.contains("minimum-cell-size"), audit);
    } finally {
      assertEquals(200, patch("admin", "api/admin/settings", "{\"minimumCellSize\":11}").status());
    }
  }

  static String newAccount(String username) {
    return """
        {"username":"%s","displayName":"New Employee","email":"%s@example.org",
         "roles":["EMPLOYEE"],"workLocationCode":"LINCOLN-ES","jobClassCode":"TEACHER",
         "password":"a-long-password-1"}"""
        .formatted(username, username);
  }

  /**
   * The issue's contract: an administrator creates an account, which can sign in at once; a PATCH
   * deactivates it (its sign-ins end, page sessions included) and reactivates it; a role change
   * takes effect; each change is in the audit log with who, before and after, never a password.
   */
  @Test
  void anAdministratorManagesAnAccountAndTheAuditLogRecordsEachChange() throws Exception {
    String user = "newemp" + System.nanoTime() % 1_000_000;
    Api admin = as("admin");
    Api.Reply created = admin.post("api/admin/accounts", newAccount(user));
    assertEquals(201, created.status(), created.toString());
    assertTrue(created.header("Location").endsWith("/api/admin/accounts/" + user));
    JsonObject account = created.json();
    assertEquals("New Employee", account.getString("displayName"));
    assertEquals(user + "@example.org", account.getString("email"));
    assertEquals("en", account.getString("language"));
    assertEquals("[\"EMPLOYEE\"]", account.getJsonArray("roles").toString());
    // found by a search: part of its user name in another case; a wildcard is taken literally
    List<JsonObject> found =
        admin
            .get("api/admin/accounts?q=" + user.toUpperCase(java.util.Locale.ROOT))
            .json()
            .getJsonArray("items")
            .getValuesAs(JsonObject.class);
    assertEquals(List.of(user), found.stream().map(a -> a.getString("username")).toList());
    assertEquals(
        0,
        admin.get("api/admin/accounts?q=newemp%25x").json().getInt("total"),
        "% is a character to find, not a wildcard");
    assertEquals("LINCOLN-ES", account.getString("workLocationCode"));
    assertTrue(account.getBoolean("active"));
    assertFalse(created.body().contains("password"), "no password or hash: " + created.body());

    Api newcomer = anonymous.as(user, "a-long-password-1");
    assertEquals(200, newcomer.get("api/requests").status(), "signs in at once");
    Api.Reply filing = newcomer.post("api/requests", HOUSEHOLD.replace("PARENT", "CHILD"));
    assertEquals(201, filing.status(), filing.toString());
    long filed = filing.json().getJsonNumber("id").longValue();
    assertEquals(200, newcomer.get("api/requests/" + filed).status(), "files and reads a request");
    WebSession page = WebSession.anonymous(base.toURI());
    assertEquals(302, page.trySignIn(user, "a-long-password-1").status());
    assertEquals(200, page.get("employee/home.xhtml").status());

    Api.Reply deactivated =
        admin.request(
            "PATCH", "api/admin/accounts/" + user, "application/json", "{\"active\":false}");
    assertEquals(200, deactivated.status(), deactivated.toString());
    assertFalse(deactivated.json().getBoolean("active"));
    assertProblem(newcomer.get("api/requests"), 401);
    assertEquals(302, page.get("employee/home.xhtml").status(), "the page session ends too");
    assertEquals(200, as("reviewer1").get("api/requests/" + filed).status(), "the case stays");

    assertEquals(
        200,
        admin
            .request(
                "PATCH",
                "api/admin/accounts/" + user,
                "application/json",
                "{\"active\":true,\"roles\":[\"UNION_REP\"]}")
            .status());
    assertEquals(200, newcomer.get("api/stats/summary").status(), "the new role holds");
    assertProblem(newcomer.post("api/requests", HOUSEHOLD), 403);

    Api.Reply log = admin.get("api/admin/audit?size=200");
    assertEquals(200, log.status());
    List<JsonObject> mine =
        log.json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
            .filter(e -> e.getString("subject").equals(user))
            .toList();
    assertEquals(3, mine.size(), mine.toString());
    assertEquals("ACCOUNT_CHANGED", mine.get(0).getString("action"), "newest first");
    assertEquals("ACCOUNT_CREATED", mine.get(2).getString("action"));
    assertTrue(mine.stream().allMatch(e -> e.getString("actor").equals("admin")));
    JsonObject deactivation = mine.get(1);
    assertTrue(
        deactivation.getString("before").contains("\"active\":true"), deactivation.toString());
    assertTrue(
        deactivation.getString("after").contains("\"active\":false"), deactivation.toString());
    assertFalse(log.body().contains("a-long-password-1"), "never a password");
    assertFalse(log.body().contains("PBKDF2"), "never a hash");

    Api.Reply csv = admin.request("GET", "api/admin/audit", null, null, "Accept", "text/csv");
    assertEquals(200, csv.status());
    assertTrue(csv.body().startsWith("occurredAt,actor,action,subject,before,after"), csv.body());
    assertTrue(csv.body().contains(user));
  }

  /**
   * A roster from the HR system: the preview names every problem by line (bad name, unknown
   * location, a name twice) and what each good row would do; the import refuses the whole file
   * while any row is wrong, then creates and changes accounts as a whole, each in the audit log;
   * the same file again changes nothing.
   */
  @Test
  void aRosterIsPreviewedRowByRowAndImportedAllOrNothing() {
    Api admin = as("admin");
    String n = String.valueOf(System.nanoTime() % 1_000_000);
    String ana = "roster" + n + "a";
    String dos = "roster" + n + "b";
    JsonObject e2 = admin.get("api/admin/accounts/employee2").json();
    JsonObject e3 = admin.get("api/admin/accounts/employee3").json();
    String unchanged =
        String.join(
            ",",
            "employee2",
            e2.getString("displayName"),
            e2.getString("email"),
            e2.getString("language"),
            "EMPLOYEE",
            e2.getString("workLocationCode"),
            e2.getString("jobClassCode"),
            "true");
    String header =
        "username,displayName,email,language,roles,workLocationCode,jobClassCode,active\n";
    String bad =
        header
            + ana
            + ",Ana Uno,"
            + ana
            + "@example.org,es,EMPLOYEE,LINCOLN-ES,TEACHER,true\n"
            + "Bad Name,Two,,,,,,\n"
            + dos
            + ",Dos,,,EMPLOYEE,NOWHERE,,\n"
            + ana
            + ",Again,,,,,,\n"
            + unchanged
            + "\n";
    Api.Reply preview = admin.request("POST", "api/admin/accounts/import", "text/csv", bad);
    assertEquals(200, preview.status(), preview.toString());
    JsonObject p = preview.json();
    assertFalse(p.getBoolean("valid"));
    assertEquals(1, p.getInt("create"));
    assertEquals(1, p.getInt("unchanged"));
    assertEquals(3, p.getInt("invalid"));
    List<JsonObject> rows = p.getJsonArray("rows").getValuesAs(JsonObject.class);
    assertEquals("CREATE", rows.get(0).getString("action"));
    assertEquals(2, rows.get(0).getInt("line"));
    assertEquals("INVALID", rows.get(1).getString("action"));
    assertEquals(3, rows.get(1).getInt("line"));
    assertTrue(rows.get(1).toString().contains("\"field\":\"username\""), rows.get(1).toString());
    assertTrue(
        rows.get(2).toString().contains("\"field\":\"workLocationCode\""), rows.get(2).toString());
    assertTrue(
        rows.get(3).toString().contains("\"code\":\"roster.repeated\""), rows.get(3).toString());
    assertEquals("UNCHANGED", rows.get(4).getString("action"));

    Api.Reply refused =
        admin.request("POST", "api/admin/accounts/import?commit=true", "text/csv", bad);
    assertProblem(refused, 400);
    assertTrue(refused.body().contains("\"field\":\"row 3 username\""), refused.toString());
    assertTrue(refused.body().contains("\"field\":\"row 4 workLocationCode\""), refused.toString());
    assertProblem(admin.get("api/admin/accounts/" + ana), 404);

    String good =
        header
            + ana
            + ",Ana Uno,"
            + ana
            + "@example.org,es,EMPLOYEE,LINCOLN-ES,TEACHER,true\n"
            + "employee3,Aisha Johnson,employee3@example.org,es,EMPLOYEE,"
            + e3.getString("workLocationCode")
            + ","
            + e3.getString("jobClassCode")
            + ",true\n"
            + unchanged
            + "\n";
    Api.Reply done =
        admin.request("POST", "api/admin/accounts/import?commit=true", "text/csv", good);
    assertEquals(200, done.status(), done.toString());
    assertEquals(1, done.json().getInt("create"));
    assertEquals(1, done.json().getInt("update"));
    JsonObject created = admin.get("api/admin/accounts/" + ana).json();
    assertEquals("es", created.getString("language"));
    assertTrue(created.getBoolean("active"));
    assertEquals("es", admin.get("api/admin/accounts/employee3").json().getString("language"));
    assertTrue(admin.get("api/admin/audit?size=50").body().contains("\"subject\":\"" + ana + "\""));
    Api.Reply again = admin.request("POST", "api/admin/accounts/import", "text/csv", good);
    assertTrue(
        again.json().getInt("create") == 0 && again.json().getInt("unchanged") == 3,
        again.toString());

    for (String broken :
        List.of("just some text", header.replace("username", "login") + "x,y\n", "")) {
      Api.Reply r = admin.request("POST", "api/admin/accounts/import", "text/csv", broken);
      assertProblem(r, 400);
      assertTrue(r.body().contains("\"field\":\"file\""), r.toString());
    }
    assertEquals(
        200,
        admin
            .request(
                "PATCH",
                "api/admin/accounts/employee3",
                "application/json",
                "{\"language\":\"en\"}")
            .status());
  }

  @Test
  void badAccountInputIsNamedAndCreatesNothing() {
    Api admin = as("admin");
    long before = admin.get("api/admin/accounts?size=1").json().getJsonNumber("total").longValue();
    String good = newAccount("badinput" + System.nanoTime() % 1_000_000);
    Map<String, String> refused = new java.util.LinkedHashMap<>();
    refused.put(good.replaceAll("\"username\":\"[^\"]+\"", "\"username\":\"New Emp\""), "username");
    refused.put(good.replace("\"username\"", "\"user\""), "username");
    refused.put(
        good.replace("\"displayName\":\"New Employee\"", "\"displayName\":\" \""), "displayName");
    refused.put(good.replace("\"EMPLOYEE\"", "\"BOSS\""), "roles");
    refused.put(good.replace("[\"EMPLOYEE\"]", "[]"), "roles");
    refused.put(good.replace("LINCOLN-ES", "NOWHERE"), "workLocationCode");
    refused.put(good.replace("TEACHER", "ASTRONAUT"), "jobClassCode");
    refused.put(good.replace("a-long-password-1", "short"), "password");
    refused.put(good.replace("@example.org", "-at-example"), "email");
    refused.put(good.replace("\"roles\"", "\"language\":\"fr\",\"roles\""), "language");
    refused.put(
        good.replace(
            "\"displayName\":\"New Employee\"", "\"displayName\":\"" + "n".repeat(201) + "\""),
        "displayName");
    refused.put(newAccount("employee1"), "username");
    refused.forEach(
        (body, field) -> {
          Api.Reply r = admin.post("api/admin/accounts", body);
          assertProblem(r, 400);
          assertTrue(r.body().contains("\"field\":\"" + field + "\""), field + ": " + r);
        });
    assertEquals(
        before, admin.get("api/admin/accounts?size=1").json().getJsonNumber("total").longValue());
    assertProblem(admin.get("api/admin/accounts/nobody-here"), 404);
    assertProblem(
        admin.request(
            "PATCH", "api/admin/accounts/nobody-here", "application/json", "{\"active\":false}"),
        404);
    assertProblem(admin.get("api/admin/accounts?size=201"), 400);
  }

  @Test
  void anAdministratorCannotLockThemselvesOutAndStaleChangesAre412() {
    Api admin = as("admin");
    Api.Reply self =
        admin.request(
            "PATCH", "api/admin/accounts/admin", "application/json", "{\"active\":false}");
    assertProblem(self, 400);
    assertTrue(self.body().contains("\"field\":\"active\""), self.toString());
    Api.Reply demote =
        admin.request(
            "PATCH", "api/admin/accounts/admin", "application/json", "{\"roles\":[\"EMPLOYEE\"]}");
    assertProblem(demote, 400);
    assertTrue(demote.body().contains("\"field\":\"roles\""), demote.toString());
    assertEquals(200, admin.get("api/admin/accounts").status(), "still an administrator");

    Api.Reply current = admin.get("api/admin/accounts/employee3");
    String etag = current.header("ETag");
    assertNotNull(etag);
    Api.Reply renamed =
        admin.request(
            "PATCH",
            "api/admin/accounts/employee3",
            "application/json",
            "{\"displayName\":\"Aisha Johnson\",\"language\":\"es\"}",
            "If-Match",
            etag);
    assertEquals(200, renamed.status(), renamed.toString());
    assertEquals("es", renamed.json().getString("language"));
    Api.Reply stale =
        admin.request(
            "PATCH",
            "api/admin/accounts/employee3",
            "application/json",
            "{\"language\":\"en\"}",
            "If-Match",
            etag);
    assertProblem(stale, 412);
    assertEquals("es", admin.get("api/admin/accounts/employee3").json().getString("language"));
    assertEquals(
        200,
        admin
            .request(
                "PATCH",
                "api/admin/accounts/employee3",
                "application/json",
                "{\"language\":\"en\"}")
            .status());
  }

  // ---- submitting ----------------------------------------------------------------------------

  @Test
  void anEmployeeFilesTheExampleRequestAndReadsItBack() {
    Api.Reply created = as("employee1").post("api/requests", HOUSEHOLD);
    assertEquals(201, created.status(), created.toString());
    JsonObject body = created.json();
    long id = body.getJsonNumber("id").longValue();
    assertEquals("SUBMITTED", body.getString("status"));
    assertTrue(created.header("Location").endsWith("/api/requests/" + id));
    assertEquals("LINCOLN-ES", body.getString("workLocationCode"), "defaults to the profile");
    assertEquals("TEACHER", body.getString("jobClassCode"));

    JsonObject read = as("employee1").get("api/requests/" + id).json();
    assertEquals("HOUSEHOLD_MEMBER", read.getString("category"));
    assertEquals("2021-06-30", read.getString("endDate"));
    assertEquals("PARENT", read.getString("relationship"));
    JsonArray history = read.getJsonArray("history");
    assertEquals(1, history.size());
    JsonObject first = history.getJsonObject(0);
    assertEquals("SUBMIT", first.getString("action"));
    assertEquals("SUBMITTED", first.getString("to"));
    assertEquals("employee1", first.getString("actor"));
    assertNotNull(first.getString("at"));
  }

  @Test
  void partialRemoteCarriesItsDaysAndUnknownFieldsAreIgnored() {
    String json =
        HOUSEHOLD
            .replace("\"FULL_REMOTE\"", "\"PARTIAL_REMOTE\",\"remoteDaysPerWeek\":3")
            .replace("{", "{\"favouriteColour\":\"blue\",");
    long id = submit("employee2", json);
    JsonObject arrangement =
        as("employee2").get("api/requests/" + id).json().getJsonObject("arrangement");
    assertEquals("PARTIAL_REMOTE", arrangement.getString("type"));
    assertEquals(3, arrangement.getInt("remoteDaysPerWeek"));
  }

  @Test
  void badInputIsRefusedNamingEachFieldAndChangesNothing() {
    long before = as("employee3").get("api/requests").json().getJsonNumber("total").longValue();

    Api.Reply empty = as("employee3").post("api/requests", "{}");
    assertProblem(empty, 400);
    assertEquals(Set.of("category", "arrangement", "startDate"), fields(empty));

    Api.Reply wrongValues =
        as("employee3")
            .post(
                "api/requests",
                HOUSEHOLD
                    .replace("HOUSEHOLD_MEMBER", "NEIGHBOUR")
                    .replace("2021-02-08", "08/02/2021"));
    assertProblem(wrongValues, 400);
    assertEquals(Set.of("category", "startDate"), fields(wrongValues));

    Api.Reply notOnCalendar =
        as("employee3").post("api/requests", HOUSEHOLD.replace("2021-06-30", "2021-02-30"));
    assertProblem(notOnCalendar, 400);
    assertEquals(Set.of("endDate"), fields(notOnCalendar));

    Api.Reply ownWithoutLimitations =
        as("employee3")
            .post("api/requests", HOUSEHOLD.replace("HOUSEHOLD_MEMBER", "OWN_CONDITION"));
    assertProblem(ownWithoutLimitations, 400);
    assertEquals(Set.of("functionalLimitations"), fields(ownWithoutLimitations));

    Api.Reply noAttestation =
        as("employee3")
            .post(
                "api/requests", HOUSEHOLD.replace("\"attestation\":true", "\"attestation\":false"));
    assertEquals(Set.of("attestation"), fields(noAttestation));

    assertProblem(as("employee3").post("api/requests", "{\"category\": "), 400);
    assertProblem(
        as("employee3").post("api/requests", HOUSEHOLD.replace("true", "\"yes please\"")), 400);
    assertProblem(as("employee3").post("api/requests", ""), 400);

    long after = as("employee3").get("api/requests").json().getJsonNumber("total").longValue();
    assertEquals(before, after, "refused input created nothing");
  }

  // ---- who may see what ---------------------------------------------------------------------

  @Test
  void onlyTheRequesterAndReviewersSeeARequest() {
    long id = submit("employee1", HOUSEHOLD);
    assertEquals(200, as("employee1").get("api/requests/" + id).status());
    assertEquals(200, as("reviewer1").get("api/requests/" + id).status());
    assertProblem(as("employee2").get("api/requests/" + id), 404);
    assertProblem(as("union1").get("api/requests/" + id), 404);
    assertProblem(as("admin").get("api/requests/" + id), 404);
    assertProblem(as("employee1").get("api/requests/999999999"), 404);
  }

  @Test
  void employeesListTheirOwnAndReviewersListAll() {
    submit("employee1", HOUSEHOLD);
    submit("employee2", HOUSEHOLD);
    JsonObject mine = as("employee1").get("api/requests?size=200").json();
    List<String> requesters =
        mine.getJsonArray("items").getValuesAs(JsonObject.class).stream()
            .map(o -> o.getString("requester"))
            .distinct()
            .toList();
    assertEquals(List.of("employee1"), requesters);
    assertFalse(mine.getJsonArray("items").getJsonObject(0).containsKey("functionalLimitations"));

    for (String[] who : new String[][] {{"employee1", "LINCOLN-ES"}, {"employee2", "DUSABLE-HS"}}) {
      JsonObject some =
          as("reviewer1")
              .get(
                  "api/requests?size=200&status=SUBMITTED&category=HOUSEHOLD_MEMBER&location="
                      + who[1])
              .json();
      assertTrue(some.getJsonNumber("total").longValue() <= 200, "the filter keeps it to one page");
      List<JsonObject> items = some.getJsonArray("items").getValuesAs(JsonObject.class);
      assertTrue(items.stream().anyMatch(o -> o.getString("requester").equals(who[0])), who[0]);
      assertTrue(
          items.stream()
              .allMatch(
                  o ->
                      o.getString("category").equals("HOUSEHOLD_MEMBER")
                          && o.getString("status").equals("SUBMITTED")
                          && o.getString("workLocationCode").equals(who[1])));
    }
    assertTrue(
        as("reviewer1").get("api/requests?size=1").json().getJsonNumber("total").longValue()
            > mine.getJsonNumber("total").longValue(),
        "reviewers see more than one employee's requests");
    long submitted =
        as("reviewer1")
            .get("api/requests?status=SUBMITTED&size=1")
            .json()
            .getJsonNumber("total")
            .longValue();
    assertTrue(submitted >= 2);

    assertProblem(as("reviewer1").get("api/requests?status=LOST&page=x"), 400);
    assertProblem(as("reviewer1").get("api/requests?size=100000"), 400);
  }

  @Test
  void unionRepsAndAdminsCannotFileOrList() {
    assertProblem(as("union1").post("api/requests", HOUSEHOLD), 403);
    assertProblem(as("admin").post("api/requests", HOUSEHOLD), 403);
    assertProblem(as("admin").get("api/requests"), 403);
    assertProblem(as("union1").get("api/requests?page=-1"), 400);
  }

  // ---- the workflow over HTTP ----------------------------------------------------------------

  @Test
  void theWholeWorkflowFromSubmissionToAppealDecision() {
    long id = submit("employee1", HOUSEHOLD);
    String path = "api/requests/" + id;

    assertEquals(
        "IN_REVIEW", act("reviewer1", id, action("START_REVIEW")).json().getString("status"));
    assertProblem(act("reviewer2", id, action("APPROVE")), 403);
    Api.Reply noQuestion = act("reviewer1", id, "{\"action\":\"REQUEST_INFO\"}");
    assertProblem(noQuestion, 400);
    assertEquals(Set.of("comment"), fields(noQuestion));
    assertEquals(
        "INFO_REQUESTED", act("reviewer1", id, action("REQUEST_INFO")).json().getString("status"));
    assertProblem(act("employee2", id, action("PROVIDE_INFO")), 404);
    assertEquals(
        "IN_REVIEW", act("employee1", id, action("PROVIDE_INFO")).json().getString("status"));
    assertProblem(act("employee1", id, action("APPROVE")), 403);

    Api.Reply denyWithoutReason = act("reviewer1", id, "{\"action\":\"DENY\"}");
    assertProblem(denyWithoutReason, 400);
    assertEquals(Set.of("reasonCode", "comment"), fields(denyWithoutReason));
    assertEquals("IN_REVIEW", as("employee1").get(path).json().getString("status"));

    JsonObject denied =
        act(
                "reviewer1",
                id,
                "{\"action\":\"DENY\",\"reasonCode\":\"UNDUE_HARDSHIP\",\"comment\":\"Staffing.\"}")
            .json();
    assertEquals("DENIED", denied.getString("status"));
    assertEquals(
        Set.of("APPEAL"),
        strings(as("employee1").get(path).json().getJsonArray("availableActions")));

    assertEquals("APPEALED", act("employee1", id, action("APPEAL")).json().getString("status"));
    assertProblem(act("reviewer1", id, action("START_REVIEW")), 403);
    assertEquals(
        "IN_REVIEW", act("reviewer2", id, action("START_REVIEW")).json().getString("status"));
    JsonObject changed =
        act(
                "reviewer2",
                id,
                "{\"action\":\"APPROVE_WITH_CHANGES\",\"arrangement\":\"PARTIAL_REMOTE\","
                    + "\"remoteDaysPerWeek\":2,\"comment\":\"Two days.\"}")
            .json();
    assertEquals("APPROVED_WITH_CHANGES", changed.getString("status"));
    assertProblem(act("employee1", id, action("APPEAL")), 409);

    JsonObject finalState = as("employee1").get(path).json();
    List<String> actions =
        finalState.getJsonArray("history").getValuesAs(JsonObject.class).stream()
            .map(h -> h.getString("action"))
            .toList();
    assertEquals(
        List.of(
            "SUBMIT",
            "START_REVIEW",
            "REQUEST_INFO",
            "PROVIDE_INFO",
            "DENY",
            "LETTER_ISSUED",
            "APPEAL",
            "START_REVIEW",
            "APPROVE_WITH_CHANGES",
            "LETTER_ISSUED"),
        actions);
    JsonArray decisions = finalState.getJsonArray("decisions");
    assertEquals("INITIAL", decisions.getJsonObject(0).getString("stage"));
    assertEquals("UNDUE_HARDSHIP", decisions.getJsonObject(0).getString("reasonCode"));
    assertEquals("Staffing.", decisions.getJsonObject(0).getString("explanation"));
    assertEquals("APPEAL", decisions.getJsonObject(1).getString("stage"));
    assertEquals(
        2, decisions.getJsonObject(1).getJsonObject("granted").getInt("remoteDaysPerWeek"));
  }

  // ---- deadlines ------------------------------------------------------------------------------

  /** The deployment's business calendar, from its holidays (the default weekend and zone). */
  org.accommodationdesk.domain.deadline.BusinessCalendar calendar() {
    java.util.Set<java.time.LocalDate> holidays =
        as("admin").get("api/admin/holidays").jsonArray().stream()
            .map(h -> java.time.LocalDate.parse(h.asJsonObject().getString("day")))
            .collect(Collectors.toSet());
    return new org.accommodationdesk.domain.deadline.BusinessCalendar(
        java.time.ZoneId.of("America/Chicago"),
        java.util.EnumSet.of(java.time.DayOfWeek.SATURDAY, java.time.DayOfWeek.SUNDAY),
        holidays);
  }

  static boolean absent(JsonObject o, String key) {
    return !o.containsKey(key) || o.isNull(key);
  }

  @Test
  void deadlinesCountBusinessDaysAndPauseWhileTheEmployeeIsAsked() {
    var calendar = calendar();
    java.time.LocalDate today = calendar.dateOf(java.time.Instant.now());
    String due15 = calendar.plusBusinessDays(today, 15).toString();
    long id = submit("employee3", HOUSEHOLD);
    String path = "api/requests/" + id;

    JsonObject filed = as("employee3").get(path).json();
    JsonObject deadline = filed.getJsonObject("deadline");
    assertEquals(due15, deadline.getString("due"), filed.toString());
    assertFalse(deadline.getBoolean("paused"));
    assertFalse(deadline.getBoolean("overdue"));
    assertEquals(calendar.plusBusinessDays(today, 5).toString(), filed.getString("firstActionDue"));
    assertTrue(absent(filed, "answerBy"));

    JsonObject reviewing = act("reviewer1", id, action("START_REVIEW")).json();
    assertTrue(absent(reviewing, "firstActionDue"), "the first action was taken");
    JsonObject asked = act("reviewer1", id, action("REQUEST_INFO")).json();
    assertTrue(asked.getJsonObject("deadline").getBoolean("paused"), asked.toString());
    assertEquals(
        calendar.plusBusinessDays(today, 10).toString(), asked.getString("answerBy"), "10 days");
    JsonObject answered = act("employee3", id, action("PROVIDE_INFO")).json();
    assertFalse(answered.getJsonObject("deadline").getBoolean("paused"));
    assertEquals(due15, answered.getJsonObject("deadline").getString("due"), "paused 0 days");
    assertTrue(absent(answered, "answerBy"));
    JsonObject approved = act("reviewer1", id, action("APPROVE")).json();
    assertTrue(absent(approved, "deadline"), "no decision is pending");

    // the queue: overdue and due-soon filters, soonest first
    Api hr = as("reviewer1");
    JsonArray overdue =
        hr.get("api/requests?size=200&due=overdue&sort=due").json().getJsonArray("items");
    assertFalse(overdue.isEmpty(), "the demo data has overdue requests");
    String previous = "";
    for (JsonObject r : overdue.getValuesAs(JsonObject.class)) {
      assertTrue(r.getBoolean("overdue"), r.toString());
      assertTrue(r.getString("due").compareTo(today.toString()) < 0, r.toString());
      assertTrue(previous.compareTo(r.getString("due")) <= 0, "soonest first");
      previous = r.getString("due");
    }
    String soonBy = calendar.plusBusinessDays(today, 2).toString();
    for (JsonObject r :
        hr.get("api/requests?size=200&due=soon")
            .json()
            .getJsonArray("items")
            .getValuesAs(JsonObject.class)) {
      assertTrue(r.getString("due").compareTo(soonBy) <= 0, r.toString());
      assertTrue(r.getBoolean("overdue") || r.getBoolean("dueSoon"), r.toString());
    }
    Api.Reply badDue = hr.get("api/requests?due=later&sort=age");
    assertProblem(badDue, 400);
    assertEquals(Set.of("due", "sort"), fields(badDue));
  }

  @Test
  void administratorsKeepTheHolidaysAndOpenRequestsFollowThem() throws Exception {
    var calendar = calendar();
    java.time.LocalDate today = calendar.dateOf(java.time.Instant.now());
    java.time.LocalDate snowDay = calendar.plusBusinessDays(today, 3);
    long id = submit("employee3", HOUSEHOLD);
    String path = "api/requests/" + id;
    String before = as("employee3").get(path).json().getJsonObject("deadline").getString("due");
    assertEquals(calendar.plusBusinessDays(today, 15).toString(), before);

    Api admin = as("admin");
    String body = "{\"day\":\"" + snowDay + "\",\"name\":\"Snow day\",\"nameEs\":\"Día de nieve\"}";
    Api.Reply added = admin.post("api/admin/holidays", body);
    try {
      assertEquals(201, added.status(), added.toString());
      assertTrue(added.header("Location").endsWith("/api/admin/holidays/" + snowDay));
      Api.Reply twice = admin.post("api/admin/holidays", body);
      assertProblem(twice, 400);
      assertEquals(Set.of("day"), fields(twice));
      Api.Reply bad = admin.post("api/admin/holidays", "{\"day\":\"2026-13-01\",\"name\":\" \"}");
      assertProblem(bad, 400);
      assertEquals(Set.of("day", "name"), fields(bad));

      // the open request's decision is due one business day later, once the clocks are set again
      String after = before;
      for (int i = 0; i < 100 && after.equals(before); i++) {
        Thread.sleep(100);
        after = as("employee3").get(path).json().getJsonObject("deadline").getString("due");
      }
      assertEquals(calendar.nextBusinessDay(java.time.LocalDate.parse(before)).toString(), after);
    } finally {
      admin.delete("api/admin/holidays/" + snowDay);
    }
    String restored = "";
    for (int i = 0; i < 100 && !restored.equals(before); i++) {
      Thread.sleep(100);
      restored = as("employee3").get(path).json().getJsonObject("deadline").getString("due");
    }
    assertEquals(before, restored, "a business day again");
    assertProblem(admin.delete("api/admin/holidays/" + snowDay), 404);
    String audit = admin.get("api/admin/audit?size=50").body();
    assertTrue(audit.contains("holiday " + snowDay), audit);
  }

  // ---- notices and mail -------------------------------------------------------------------------

  /** The first mail to this address whose subject names the request, waiting up to 20 s. */
  static jakarta.mail.internet.MimeMessage mailTo(String address, long requestId, String text)
      throws Exception {
    for (int i = 0; i < 200; i++) {
      for (jakarta.mail.internet.MimeMessage m : mail.getReceivedMessages()) {
        if (m.getAllRecipients()[0].toString().contains(address)
            && m.getSubject().contains(String.valueOf(requestId))
            && body(m).contains(text)) {
          return m;
        }
      }
      Thread.sleep(100);
    }
    throw new AssertionError("no mail to " + address + " about #" + requestId + " saying " + text);
  }

  /** The plain-text body, decoded (quoted-printable, UTF-8). */
  static String body(jakarta.mail.internet.MimeMessage m) throws Exception {
    return m.getContent().toString().replace("\r\n", "\n");
  }

  @Test
  void eachStepThatNeedsSomeoneToActMailsThemWithoutMedicalDetails() throws Exception {
    String secret = "oncologist-" + System.nanoTime();
    long id = submit("employee1", HOUSEHOLD.replace("\"...\"", "\"" + secret + "\""));
    var received = mailTo("employee1@example.org", id, "We received your request #" + id);
    String text = body(received);
    assertTrue(text.contains("https://desk.example.org/employee/request.xhtml?id=" + id), text);
    assertTrue(text.contains("A decision is expected by"), text);
    assertFalse(text.contains(secret), "no medical details in mail");
    assertEquals("desk@example.org", received.getFrom()[0].toString());

    act("reviewer1", id, action("START_REVIEW"));
    act(
        "reviewer1",
        id,
        "{\"action\":\"REQUEST_INFO\",\"comment\":\"About the " + secret + " letter?\"}");
    String question = body(mailTo("employee1@example.org", id, "Please answer by"));
    assertFalse(question.contains(secret), "the question itself stays in the app");
    act("employee1", id, "{\"action\":\"PROVIDE_INFO\",\"comment\":\"" + secret + "\"}");
    String answered = body(mailTo("reviewer1@example.org", id, "answered your question"));
    assertTrue(answered.contains("https://desk.example.org/review/case.xhtml?id=" + id), answered);
    assertFalse(answered.contains(secret));
    act(
        "reviewer1",
        id,
        "{\"action\":\"DENY\",\"reasonCode\":\"UNDUE_HARDSHIP\",\"comment\":\"" + secret + "\"}");
    String decided = body(mailTo("employee1@example.org", id, "you may appeal until"));
    assertFalse(decided.contains(secret), "the explanation stays in the app");
    assertFalse(decided.contains("UNDUE_HARDSHIP"));
    assertTrue(decided.contains("https://desk.example.org/letters/" + id), "links the letter");
    assertFalse(received.getContentType().contains("multipart"), "nothing attached, only text");

    // the letter: a tagged PDF in the employee's language, kept with the case
    var letter =
        as("employee1").download("api/requests/" + id + "/decision-letter", "application/pdf");
    assertEquals(200, letter.statusCode());
    assertEquals("application/pdf", letter.headers().firstValue("Content-Type").orElseThrow());
    try (var pdf = org.apache.pdfbox.Loader.loadPDF(letter.body())) {
      String words = new org.apache.pdfbox.text.PDFTextStripper().getText(pdf);
      assertTrue(words.contains("Your request is denied."), words);
      assertTrue(words.contains("Reason: Undue hardship."), words);
      assertTrue(words.contains("you may appeal this decision until"), words);
      assertTrue(words.contains("Decided by Robert Chen"), words);
      assertTrue(words.contains(secret), "the explanation, for the employee");
      assertTrue(pdf.getDocumentCatalog().getMarkInfo().isMarked(), "tagged");
      assertEquals("en", pdf.getDocumentCatalog().getLanguage());
      assertTrue(pdf.getDocumentInformation().getTitle().contains("#" + id));
    }
    assertEquals(
        200,
        as("reviewer2")
            .download("api/requests/" + id + "/decision-letter", "application/pdf")
            .statusCode(),
        "HR reads it too");
    assertEquals(
        404,
        as("employee2")
            .download("api/requests/" + id + "/decision-letter", "application/pdf")
            .statusCode());
    List<String> history =
        as("employee1")
            .get("api/requests/" + id)
            .json()
            .getJsonArray("history")
            .getValuesAs(JsonObject.class)
            .stream()
            .map(h -> h.getString("action"))
            .toList();
    assertEquals("LETTER_ISSUED", history.get(history.size() - 1), history.toString());
    long undecided = submit("employee1", HOUSEHOLD);
    assertEquals(
        404,
        as("employee1")
            .download("api/requests/" + undecided + "/decision-letter", "application/pdf")
            .statusCode(),
        "no letter before a decision");

    // the same notices in the app, as data, until read
    JsonObject notices = as("employee1").get("api/notices?size=200").json();
    List<String> kinds =
        notices.getJsonArray("items").getValuesAs(JsonObject.class).stream()
            .filter(n -> !n.isNull("requestId") && n.getJsonNumber("requestId").longValue() == id)
            .map(n -> n.getString("kind"))
            .toList();
    assertEquals(List.of("DECIDED", "QUESTION", "RECEIVED"), kinds, "newest first");
    assertTrue(notices.getInt("unread") >= 3, notices.toString());
    assertEquals(204, as("employee1").post("api/notices/read", "").status());
    assertEquals(0, as("employee1").get("api/notices").json().getInt("unread"));
    assertEquals(
        0,
        as("reviewer2").get("api/notices?size=200").json().getJsonArray("items").stream()
            .map(JsonValue::asJsonObject)
            .filter(n -> !n.isNull("requestId") && n.getJsonNumber("requestId").longValue() == id)
            .count(),
        "nobody else is told");
    assertProblem(as("employee1").get("api/notices?size=201"), 400);
  }

  @Test
  void theDailyWorkRemindsOnceAndTellsHrLeadsWhatIsOverdue() throws Exception {
    var calendar = calendar();
    java.time.LocalDate today = calendar.dateOf(java.time.Instant.now());
    java.time.LocalDate ends = today.plusDays(20);
    long id =
        submit(
            "employee3",
            HOUSEHOLD
                .replace("2021-02-08", today.minusDays(60).toString())
                .replace("2021-06-30", ends.toString()));
    act("reviewer1", id, action("START_REVIEW"));
    act("reviewer1", id, action("APPROVE"));

    for (String window : List.of("30", "60")) {
      assertTrue(
          as("reviewer1")
              .get("api/requests?size=200&ending=" + window)
              .json()
              .getJsonArray("items")
              .getValuesAs(JsonObject.class)
              .stream()
              .anyMatch(r -> r.getJsonNumber("id").longValue() == id),
          "HR sees the approvals ending within " + window + " days");
    }
    assertProblem(as("reviewer1").get("api/requests?ending=45"), 400);
    long asked = submit("employee3", HOUSEHOLD);
    act("reviewer1", asked, action("START_REVIEW"));
    act("reviewer1", asked, action("REQUEST_INFO"));
    long denied = submit("employee3", HOUSEHOLD);
    act("reviewer1", denied, action("START_REVIEW"));
    act("reviewer1", denied, "{\"action\":\"DENY\",\"reasonCode\":\"OTHER\",\"comment\":\"No.\"}");
    JsonObject run = as("admin").post("api/admin/daily-work", "").json();
    assertEquals(today.toString(), run.getString("day"));
    assertTrue(run.getInt("approvalsEnding") >= 1, run.toString());
    assertTrue(run.getJsonNumber("overdue").longValue() > 0, "the demo data has overdue requests");
    assertTrue(
        run.getInt("answerReminders") >= 1 && run.getInt("appealReminders") >= 1, run.toString());
    mailTo("employee3@example.org", asked, "please answer HR's question about request #" + asked);
    mailTo("employee3@example.org", denied, "you may appeal the decision on request #" + denied);
    String ending = body(mailTo("employee3@example.org", id, "ends on"));
    assertTrue(ending.contains("ask for a renewal"), ending);
    JsonObject again = as("admin").post("api/admin/daily-work", "").json();
    long endingNotices =
        as("employee3")
            .get("api/notices?size=200")
            .json()
            .getJsonArray("items")
            .getValuesAs(JsonObject.class)
            .stream()
            .filter(n -> "APPROVAL_ENDING".equals(n.getString("kind")))
            .filter(n -> !n.isNull("requestId") && n.getJsonNumber("requestId").longValue() == id)
            .count();
    assertEquals(1, endingNotices, "reminded once, however often the work runs: " + again);

    // HR leads (reviewer2 in the demo) get the digest; other reviewers do not
    // this run's digest: the newest one made by now (the tests that move the clock ahead leave
    // digests dated in the future)
    java.time.Instant madeBy = java.time.Instant.now();
    JsonObject digest = null;
    for (int page = 0; digest == null && page < 20; page++) {
      List<JsonObject> items =
          as("reviewer2")
              .get("api/notices?size=200&page=" + page)
              .json()
              .getJsonArray("items")
              .getValuesAs(JsonObject.class);
      digest =
          items.stream()
              .filter(n -> "OVERDUE_DIGEST".equals(n.getString("kind")))
              .filter(n -> !java.time.Instant.parse(n.getString("createdAt")).isAfter(madeBy))
              .findFirst()
              .orElse(null);
      if (items.isEmpty()) {
        break;
      }
    }
    assertNotNull(digest, "this run's digest");
    assertEquals(run.getJsonNumber("overdue").longValue(), digest.getInt("count"));
    assertTrue(
        as("reviewer1")
            .get("api/notices?size=200")
            .json()
            .getJsonArray("items")
            .getValuesAs(JsonObject.class)
            .stream()
            .noneMatch(n -> "OVERDUE_DIGEST".equals(n.getString("kind"))),
        "reviewer1 is no HR lead");
    boolean digestMail = false;
    for (int i = 0; i < 100 && !digestMail; i++) {
      for (var m : mail.getReceivedMessages()) {
        digestMail |=
            m.getAllRecipients()[0].toString().contains("reviewer2@example.org")
                && m.getSubject().contains("overdue requests");
      }
      Thread.sleep(100);
    }
    assertTrue(digestMail, "the digest is mailed to the HR lead");
  }

  /**
   * Expedited handling (issue 23 #4): an employee files with the date the arrangement is needed by;
   * an HR reviewer expedites it; its decision is then due by that date (before the normal limit),
   * the queue flags it and sorts it first, the history keeps the date. Bad dates are refused.
   */
  @Test
  void anExpeditedRequestIsDueByTheDateItIsNeededBy() {
    java.time.LocalDate today = calendar().dateOf(java.time.Instant.now());
    java.time.LocalDate neededBy = calendar().plusBusinessDays(today, 3);
    String urgent =
        HOUSEHOLD.replace(
            "{", "{\"neededBy\":\"" + neededBy + "\",\"neededByReason\":\"The term starts.\",");
    Api.Reply past =
        as("employee1")
            .post(
                "api/requests", urgent.replace(neededBy.toString(), today.minusDays(1).toString()));
    assertProblem(past, 400);
    assertEquals(Set.of("neededBy"), fields(past));
    Api.Reply noReason =
        as("employee1").post("api/requests", urgent.replace("The term starts.", ""));
    assertEquals(Set.of("neededByReason"), fields(noReason));
    Api.Reply notADate =
        as("employee1").post("api/requests", urgent.replace(neededBy.toString(), "soon"));
    assertEquals(Set.of("neededBy"), fields(notADate));

    long id = submit("employee1", urgent);
    JsonObject filed = as("reviewer1").get("api/requests/" + id).json();
    assertEquals(neededBy.toString(), filed.getString("neededBy"));
    assertEquals("The term starts.", filed.getString("neededByReason"));
    assertFalse(filed.getBoolean("expedited"), "asked, not yet expedited");
    java.time.LocalDate normal =
        java.time.LocalDate.parse(filed.getJsonObject("deadline").getString("due"));
    assertTrue(normal.isAfter(neededBy), normal + " is the normal limit");

    assertProblem(act("employee1", id, action("EXPEDITE")), 403);
    act("reviewer1", id, action("START_REVIEW"));
    Api.Reply expedited = act("reviewer2", id, action("EXPEDITE"));
    assertEquals(200, expedited.status(), expedited.toString());
    JsonObject view = expedited.json();
    assertTrue(view.getBoolean("expedited"));
    assertEquals(neededBy.toString(), view.getJsonObject("deadline").getString("due"));
    JsonObject last =
        view.getJsonArray("history").getJsonObject(view.getJsonArray("history").size() - 1);
    assertEquals("EXPEDITE", last.getString("action"));
    assertEquals(neededBy.toString(), last.getString("comment"));
    assertEquals("reviewer2", last.getString("actor"));

    // HR may set its own date; one that is not a date is refused and changes nothing
    Api.Reply bad = act("reviewer2", id, "{\"action\":\"EXPEDITE\",\"neededBy\":\"31/12/2030\"}");
    assertEquals(Set.of("neededBy"), fields(bad));
    java.time.LocalDate sooner = calendar().plusBusinessDays(today, 1);
    JsonObject changed =
        act("reviewer2", id, "{\"action\":\"EXPEDITE\",\"neededBy\":\"" + sooner + "\"}").json();
    assertEquals(sooner.toString(), changed.getJsonObject("deadline").getString("due"));

    // the queue flags it and, sorted by due day, puts it before requests due later
    List<JsonObject> queue =
        as("reviewer1")
            .get("api/requests?status=IN_REVIEW&sort=due&size=100")
            .json()
            .getJsonArray("items")
            .getValuesAs(JsonObject.class);
    JsonObject row =
        queue.stream()
            .filter(r -> r.getJsonNumber("id").longValue() == id)
            .findFirst()
            .orElseThrow();
    assertTrue(row.getBoolean("expedited"));
    java.time.LocalDate previous = java.time.LocalDate.MIN;
    for (JsonObject r : queue) {
      if (!r.isNull("due")) {
        java.time.LocalDate due = java.time.LocalDate.parse(r.getString("due"));
        assertFalse(due.isBefore(previous), "sorted by due day");
        previous = due;
      }
    }
    assertFalse(java.time.LocalDate.parse(row.getString("due")).isAfter(sooner), "due by its date");
  }

  @Test
  void anApprovalExpiresAfterItsEndAndIsRenewedOnce() {
    var calendar = calendar();
    java.time.LocalDate today = calendar.dateOf(java.time.Instant.now());
    String ended =
        HOUSEHOLD
            .replace("2021-02-08", today.minusDays(90).toString())
            .replace("2021-06-30", today.minusDays(1).toString());
    long id = submit("employee3", ended);
    act("reviewer1", id, action("START_REVIEW"));
    act("reviewer1", id, action("APPROVE"));
    String path = "api/requests/" + id;
    assertTrue(as("employee3").get(path).json().getBoolean("renewable"), "ends within 30 days");
    assertFalse(as("reviewer1").get(path).json().getBoolean("renewable"), "the employee's to ask");

    as("admin").post("api/admin/daily-work", "");
    JsonObject expired = as("employee3").get(path).json();
    assertEquals("EXPIRED", expired.getString("status"));
    JsonObject last =
        expired.getJsonArray("history").getJsonObject(expired.getJsonArray("history").size() - 1);
    assertEquals("EXPIRE", last.getString("action"));
    assertEquals("(schedule)", last.getString("actor"));
    assertProblem(act("employee3", id, action("APPEAL")), 409);

    String renewal = HOUSEHOLD.replace("{", "{\"renewalOf\":" + id + ",");
    assertProblem(as("employee2").post("api/requests", renewal), 404);
    Api.Reply renewed = as("employee3").post("api/requests", renewal);
    assertEquals(201, renewed.status(), renewed.toString());
    assertEquals(id, renewed.json().getJsonNumber("renewalOf").longValue());
    assertEquals("SUBMITTED", renewed.json().getString("status"), "a workflow of its own");
    assertFalse(as("employee3").get(path).json().getBoolean("renewable"), "renewed once");
    assertTrue(
        cell(as("reviewer1").get("api/stats/appeals").json(), "renewals") >= 1,
        "the statistics count renewals");
    Api.Reply twice = as("employee3").post("api/requests", renewal);
    assertProblem(twice, 400);
    assertEquals(Set.of("renewalOf"), fields(twice));
    long open = submit("employee3", HOUSEHOLD);
    Api.Reply notApproved =
        as("employee3")
            .post("api/requests", HOUSEHOLD.replace("{", "{\"renewalOf\":" + open + ","));
    assertProblem(notApproved, 400);
    assertEquals(Set.of("renewalOf"), fields(notApproved));
  }

  /** The day {@code n} business days after {@code from}: weekends and these holidays skipped. */
  static java.time.LocalDate plusBusinessDays(
      java.time.LocalDate from, int n, Set<java.time.LocalDate> holidays) {
    java.time.LocalDate d = from;
    for (int left = n; left > 0; ) {
      d = d.plusDays(1);
      if (d.getDayOfWeek().getValue() <= 5 && !holidays.contains(d)) {
        left--;
      }
    }
    return d;
  }

  /** Sets the deployment's clock to 06:00 in Chicago on {@code day} (before the daily timer). */
  void clockTo(java.time.LocalDate day) {
    setClock(day.atTime(6, 0).atZone(java.time.ZoneId.of("America/Chicago")).toInstant());
  }

  /** How many notices of {@code kind} about request {@code id} {@code user} has. */
  long noticesOf(String user, String kind, long id) {
    long count = 0;
    for (int page = 0; page < 20; page++) {
      List<JsonObject> items =
          as(user)
              .get("api/notices?size=200&page=" + page)
              .json()
              .getJsonArray("items")
              .getValuesAs(JsonObject.class);
      count +=
          items.stream()
              .filter(n -> kind.equals(n.getString("kind")))
              .filter(n -> !n.isNull("requestId") && n.getJsonNumber("requestId").longValue() == id)
              .count();
      if (items.size() < 200) {
        break;
      }
    }
    return count;
  }

  /**
   * The limits beyond the decision's due day (issue 23 #3), the clock moved by the test clock: a
   * request left open is late after 15 business days and its decider is asked why; after 30 the
   * employee is sent a written notice of the delay (letter, notice, mail) with the recorded reason
   * and date, and HR leads are told, once. A paused clock does not count; a holiday does not
   * either, as the calendar says.
   */
  @Test
  void aRequestLeftOpenIsLateAfterFifteenBusinessDaysAndNoticedInWritingAfterThirty()
      throws Exception {
    java.time.ZoneId chicago = java.time.ZoneId.of("America/Chicago");
    java.time.LocalDate day0 =
        java.time.LocalDate.now(chicago)
            .plusDays(150)
            .with(java.time.temporal.TemporalAdjusters.next(java.time.DayOfWeek.MONDAY));
    java.time.LocalDate snow = day0.plusDays(9); // the second week's Wednesday
    Api.Reply holiday =
        as("admin")
            .post(
                "api/admin/holidays",
                "{\"day\":\"" + snow + "\",\"name\":\"Snow day\",\"nameEs\":\"Día de nieve\"}");
    assertTrue(holiday.status() == 201 || holiday.status() == 409, holiday.toString());
    try {
      clockTo(day0);
      long id = submit("employee1", HOUSEHOLD);
      act("reviewer1", id, action("START_REVIEW"));
      Set<java.time.LocalDate> holidays =
          as("admin").get("api/admin/holidays").jsonArray().stream()
              .map(h -> java.time.LocalDate.parse(((JsonObject) h).getString("day")))
              .collect(java.util.stream.Collectors.toSet());
      assertTrue(holidays.contains(snow));
      String path = "api/requests/" + id;
      JsonObject deadline = as("reviewer1").get(path).json().getJsonObject("deadline");
      assertEquals(plusBusinessDays(day0, 15, holidays).toString(), deadline.getString("due"));
      assertEquals(
          plusBusinessDays(day0, 30, holidays).toString(), deadline.getString("hardLimit"));

      // asked on Tuesday, answered on Thursday: two business days paused
      clockTo(day0.plusDays(1));
      act("reviewer1", id, "{\"action\":\"REQUEST_INFO\",\"comment\":\"Which days?\"}");
      clockTo(day0.plusDays(3));
      act("employee1", id, "{\"action\":\"PROVIDE_INFO\",\"comment\":\"Mondays.\"}");
      java.time.LocalDate due = plusBusinessDays(day0, 17, holidays);
      java.time.LocalDate hard = plusBusinessDays(day0, 32, holidays);
      deadline = as("reviewer1").get(path).json().getJsonObject("deadline");
      assertEquals(due.toString(), deadline.getString("due"), "the pause moved it");
      assertEquals(hard.toString(), deadline.getString("hardLimit"));

      // on the due day it is not late; the day after, the decider is asked why
      clockTo(due);
      assertFalse(as("reviewer1").get(path).json().getJsonObject("deadline").getBoolean("overdue"));
      WebSession reviewer = WebSession.signIn(base.toURI(), "reviewer1");
      assertFalse(reviewer.get("review/case.xhtml?id=" + id).body().contains("id=\"delayCard\""));
      clockTo(due.plusDays(1));
      JsonObject late = as("reviewer1").get(path).json();
      assertTrue(late.getJsonObject("deadline").getBoolean("overdue"));
      assertTrue(late.getJsonObject("deadline").isNull("delayReason"));
      String casePage = reviewer.get("review/case.xhtml?id=" + id).body();
      assertTrue(casePage.contains("id=\"delayCard\""), "the decider is asked why");
      assertTrue(casePage.contains("Record why and when you expect to decide"), casePage);

      Api.Reply unknown =
          act(
              "reviewer1",
              id,
              "{\"action\":\"RECORD_DELAY\",\"reasonCode\":\"NOPE\",\"expectedBy\":\""
                  + hard.plusDays(7)
                  + "\"}");
      assertProblem(unknown, 400);
      assertEquals(Set.of("reasonCode"), fields(unknown));
      assertProblem(
          act(
              "employee1",
              id,
              "{\"action\":\"RECORD_DELAY\",\"reasonCode\":\"EQUIPMENT\",\"expectedBy\":\""
                  + hard.plusDays(7)
                  + "\"}"),
          403);
      Api.Reply recorded =
          act(
              "reviewer1",
              id,
              "{\"action\":\"RECORD_DELAY\",\"reasonCode\":\"EQUIPMENT\",\"expectedBy\":\""
                  + hard.plusDays(7)
                  + "\",\"comment\":\"Waiting for the laptop.\"}");
      assertEquals(200, recorded.status(), recorded.toString());
      assertEquals("EQUIPMENT", recorded.json().getJsonObject("deadline").getString("delayReason"));

      // on the hard limit's last day nothing is sent
      clockTo(hard);
      as("admin").post("api/admin/daily-work", "");
      assertEquals(0, noticesOf("employee1", "DELAYED", id));
      // the day after: the letter, the notice and the mail, HR leads told; once
      clockTo(hard.plusDays(1));
      JsonObject run = as("admin").post("api/admin/daily-work", "").json();
      assertTrue(run.getInt("delayNotices") >= 1, run.toString());
      as("admin").post("api/admin/daily-work", "");
      assertEquals(1, noticesOf("employee1", "DELAYED", id), "once per clock");
      assertEquals(1, noticesOf("reviewer2", "PAST_HARD_LIMIT", id), "the HR lead is told");
      assertEquals(0, noticesOf("reviewer1", "PAST_HARD_LIMIT", id), "not a lead");
      List<JsonObject> letters =
          as("employee1").get(path + "/letters").jsonArray().getValuesAs(JsonObject.class);
      assertEquals(List.of("DELAY"), letters.stream().map(l -> l.getString("kind")).toList());
      String text = pdfText(pdf("employee1", path + "/letters/" + letters.get(0).getInt("id")));
      assertTrue(text.contains("Arranging equipment or services"), text);
      String expected =
          java.time.format.DateTimeFormatter.ofLocalizedDate(java.time.format.FormatStyle.LONG)
              .withLocale(java.util.Locale.ENGLISH)
              .format(hard.plusDays(7));
      assertTrue(text.contains("We now expect to decide by " + expected), text);
      assertTrue(
          body(mailTo("employee1@example.org", id, "is late"))
              .contains("/letters/" + id + "/delay"));
      JsonObject noticed = as("reviewer1").get(path).json();
      assertTrue(noticed.getJsonObject("deadline").getBoolean("delayNoticed"));
      List<JsonObject> history = noticed.getJsonArray("history").getValuesAs(JsonObject.class);
      JsonObject last = history.get(history.size() - 1);
      assertEquals("DELAY_NOTICE", last.getString("action"));
      assertEquals("(schedule)", last.getString("actor"));
      assertEquals("EQUIPMENT", last.getString("detailCode"));

      // the decision, late: it keeps its reason and says it missed the hard limit, and the
      // statistics count it so (from the cubes: its month; from the rows: its day)
      List<String> windows =
          List.of(
              "?period=" + java.time.YearMonth.from(day0),
              "?from=" + day0 + "&to=" + day0.plusDays(1));
      List<JsonObject> before = new ArrayList<>();
      for (String q : windows) {
        before.add(as("reviewer1").get("api/stats/timeliness" + q).json());
      }
      act("reviewer1", id, action("APPROVE"));
      for (int i = 0; i < windows.size(); i++) {
        JsonObject after = as("reviewer1").get("api/stats/timeliness" + windows.get(i)).json();
        JsonObject was = before.get(i);
        String q = windows.get(i);
        assertEquals(
            value(was.getJsonObject("total"), "pastHardLimit") + 1,
            value(after.getJsonObject("total"), "pastHardLimit"),
            q);
        assertEquals(
            lateFor(was, "EQUIPMENT") + 1, lateFor(after, "EQUIPMENT"), q + ": by its reason");
        assertEquals(
            value(was, "lateUnexcused"),
            value(after, "lateUnexcused"),
            q + ": equipment is an acceptable reason");
      }
      JsonObject decided = as("reviewer1").get(path).json();
      assertEquals(
          List.of("DELAY", "DECISION"),
          as("employee1").get(path + "/letters").jsonArray().getValuesAs(JsonObject.class).stream()
              .map(l -> l.getString("kind"))
              .toList());
      assertEquals("APPROVED", decided.getString("status"));
    } finally {
      setClock(java.time.Instant.now());
    }
  }

  /**
   * Proxy intake (issue 25): HR or a union rep files for an employee; the employee is told at once
   * (notice and mail) and confirms before HR reads or decides anything, or withdraws it; a union
   * rep needs the employee's consent and then follows the request as a shared one, without its
   * medical details; the statistics count the filings.
   */
  @Test
  void hrAndTheUnionFileForAnEmployeeWhoConfirmsBeforeAnythingIsReadOrDecided() throws Exception {
    String forEmployee1 = HOUSEHOLD.replaceFirst("\\{", "{\"employee\":\"employee1\",");
    java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneOffset.UTC);
    String window = "api/stats/timeliness?from=" + today.minusDays(1) + "&to=" + today.plusDays(1);
    int filedBefore = value(as("reviewer1").get(window).json(), "filedForEmployee");

    // refused: an employee, a union rep without consent, an unknown employee, oneself
    assertProblem(as("employee2").post("api/requests/for-employee", forEmployee1), 403);
    Api.Reply noConsent = as("union1").post("api/requests/for-employee", forEmployee1);
    assertProblem(noConsent, 400);
    assertEquals(Set.of("consent"), fields(noConsent));
    // a name is looked up only once the rest is right: nothing learnt about "nobody-here" here
    assertEquals(
        Set.of("consent"),
        fields(
            as("union1")
                .post(
                    "api/requests/for-employee",
                    forEmployee1.replace("\"employee1\"", "\"nobody-here\""))));
    Api.Reply unknown =
        as("reviewer1")
            .post(
                "api/requests/for-employee",
                forEmployee1.replace("\"employee1\"", "\"nobody-here\""));
    assertProblem(unknown, 400);
    assertEquals(Set.of("employee"), fields(unknown));
    assertProblem(
        as("reviewer1")
            .post(
                "api/requests/for-employee",
                forEmployee1.replace("\"employee1\"", "\"reviewer1\"")),
        400);

    // HR enters a paper request
    Api.Reply filed = as("reviewer1").post("api/requests/for-employee", forEmployee1);
    assertEquals(201, filed.status(), filed.toString());
    long id = filed.json().getJsonNumber("id").longValue();
    assertTrue(filed.header("Location").endsWith("/api/requests/" + id), filed.header("Location"));
    assertTrue(filed.json().getBoolean("awaitingConfirmation"));
    assertEquals(1, noticesOf("employee1", "FILED_FOR_YOU", id), "the employee is told at once");
    assertEquals(0, noticesOf("employee1", "RECEIVED", id), "received once confirmed");
    mailTo("employee1@example.org", id, "was filed for you");
    JsonObject mine = as("employee1").get("api/requests/" + id).json();
    assertEquals("reviewer1", mine.getJsonObject("filedFor").getString("filedBy"));
    assertTrue(mine.getJsonObject("filedFor").getBoolean("awaitingConfirmation"));
    assertEquals(
        Set.of("CONFIRM", "WITHDRAW"),
        mine.getJsonArray("availableActions").getValuesAs(jakarta.json.JsonString.class).stream()
            .map(jakarta.json.JsonString::getString)
            .collect(Collectors.toSet()));
    Api.Reply tooSoon = act("reviewer1", id, action("START_REVIEW"));
    assertProblem(tooSoon, 409);
    assertTrue(tooSoon.body().contains("has not confirmed"), tooSoon.body());
    assertProblem(act("reviewer1", id, action("CONFIRM")), 403);
    JsonObject hr = as("reviewer1").get("api/requests/" + id).json();
    assertEquals("reviewer1", hr.getJsonObject("reporting").getString("receivedBy"));
    assertEquals("Maria Lopez", hr.getString("requesterName"), "the employee, by name");
    assertTrue(hr.isNull("justification"), "HR sees that it exists, not what it says: " + hr);
    assertEquals(
        409,
        caseFile("reviewer2", "api/requests/" + id + "/case-file", "{\"reason\":\"Grievance 7.\"}")
            .status(),
        "no case file of what the employee has not confirmed");

    // the employee confirms: received, and HR may act
    assertEquals(200, act("employee1", id, action("CONFIRM")).status());
    assertEquals(1, noticesOf("employee1", "RECEIVED", id));
    assertEquals(1, noticesOf("reviewer1", "CONFIRMED", id), "who entered it is told");
    assertProblem(act("employee1", id, action("CONFIRM")), 409);
    assertEquals(200, act("reviewer1", id, action("START_REVIEW")).status());
    assertEquals(
        "...",
        as("reviewer1").get("api/requests/" + id).json().getString("justification"),
        "confirmed: HR reads it");
    List<String> steps =
        as("employee1")
            .get("api/requests/" + id)
            .json()
            .getJsonArray("history")
            .getValuesAs(JsonObject.class)
            .stream()
            .map(h -> h.getString("action"))
            .toList();
    assertEquals(List.of("SUBMIT", "CONFIRM", "START_REVIEW"), steps);
    java.net.http.HttpResponse<byte[]> exported =
        as("reviewer2")
            .requestBytes(
                "POST",
                "api/requests/" + id + "/case-file",
                "application/json",
                "{\"reason\":\"Grievance 7.\"}",
                "application/zip");
    assertEquals(200, exported.statusCode(), "confirmed: its case file may be exported");
    try (var in =
        new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(exported.body()))) {
      in.getNextEntry();
      String caseFile = pdfText(in.readAllBytes());
      assertTrue(
          caseFile.contains("Filed for the employee by: Robert Chen (reviewer1), HR; confirmed"),
          "the case file names who filed it: " + caseFile);
    }

    // a union rep files with the employee's consent: shared with the union, who sees no details
    Api.Reply byUnion =
        as("union1")
            .post(
                "api/requests/for-employee",
                forEmployee1.replace(
                    "\"justification\":\"...\"",
                    "\"justification\":\"Mother on chemotherapy.\","
                        + "\"consent\":\"Asked at the union office on the day.\""));
    assertEquals(201, byUnion.status(), byUnion.toString());
    long unionId = byUnion.json().getJsonNumber("id").longValue();
    Api.Reply seen = as("union1").get("api/requests/" + unionId);
    assertEquals(200, seen.status(), seen.toString());
    assertFalse(seen.body().contains("chemotherapy"), "never the free text: " + seen.body());
    assertFalse(seen.body().contains("union office"), "nor the consent's words");
    assertTrue(as("employee1").get("api/requests/" + unionId).json().getBoolean("sharedWithUnion"));
    // not what they asked for: the employee withdraws it
    assertEquals(200, act("employee1", unionId, action("WITHDRAW")).status());
    assertEquals(
        "WITHDRAWN", as("employee1").get("api/requests/" + unionId).json().getString("status"));

    // sent again under its Idempotency-Key (a client's retry), a filing is filed once
    String key = "paper-" + java.util.UUID.randomUUID();
    String forEmployee2 = forEmployee1.replace("\"employee1\"", "\"employee2\"");
    java.util.function.Supplier<Api.Reply> post =
        () ->
            as("reviewer1")
                .request(
                    "POST",
                    "api/requests/for-employee",
                    "application/json",
                    forEmployee2,
                    "Idempotency-Key",
                    key);
    Api.Reply keyed = post.get();
    assertEquals(201, keyed.status(), keyed.toString());
    Api.Reply retried = post.get();
    assertEquals(200, retried.status(), retried.toString());
    assertEquals("true", retried.header("Idempotent-Replayed"));
    assertEquals(
        keyed.json().getJsonNumber("id").longValue(),
        retried.json().getJsonNumber("id").longValue());

    assertEquals(
        filedBefore + 3,
        value(as("reviewer1").get(window).json(), "filedForEmployee"),
        "every filing counted once");
  }

  /**
   * Interim arrangements (issue 23 #5): HR grants one while a request waits, without deciding it;
   * the employee is sent a letter that says it is temporary and until when; it ends by itself when
   * the request is decided, or after its last day (the daily work, the clock moved).
   */
  @Test
  void anInterimArrangementIsLetteredAsTemporaryAndEndsWithTheDecisionOrItsLastDay()
      throws Exception {
    java.time.LocalDate today = calendar().dateOf(java.time.Instant.now());
    long id = submit("employee1", HOUSEHOLD);
    act("reviewer1", id, action("START_REVIEW"));
    String interim =
        "{\"action\":\"GRANT_INTERIM\",\"arrangement\":\"PARTIAL_REMOTE\",\"remoteDaysPerWeek\":2,"
            + "\"from\":\"%s\",\"until\":\"%s\"}";
    assertProblem(act("employee1", id, interim.formatted(today, today.plusDays(20))), 403);
    Api.Reply backwards = act("reviewer1", id, interim.formatted(today, today.minusDays(1)));
    assertProblem(backwards, 400);
    assertEquals(Set.of("until"), fields(backwards));
    Api.Reply granted = act("reviewer1", id, interim.formatted(today, today.plusDays(20)));
    assertEquals(200, granted.status(), granted.toString());
    JsonObject view = granted.json();
    assertEquals("IN_REVIEW", view.getString("status"), "not a decision");
    assertTrue(view.getJsonObject("interim").getBoolean("inForce"));
    assertEquals(today.plusDays(20).toString(), view.getJsonObject("interim").getString("until"));

    String path = "api/requests/" + id;
    List<JsonObject> letters =
        as("employee1").get(path + "/letters").jsonArray().getValuesAs(JsonObject.class);
    assertEquals(List.of("INTERIM"), letters.stream().map(l -> l.getString("kind")).toList());
    String text = pdfText(pdf("employee1", path + "/letters/" + letters.get(0).getInt("id")));
    assertTrue(text.contains("This is not a decision on your request"), text);
    assertTrue(text.contains("Partial remote, 2 days a week"), text);
    assertEquals(1, noticesOf("employee1", "INTERIM_GRANTED", id));
    assertTrue(
        body(mailTo("employee1@example.org", id, "temporary arrangement"))
            .contains("/letters/" + id + "/interim"));
    assertEquals(404, as("employee2").get(path + "/letters").status());

    act("reviewer1", id, action("APPROVE"));
    JsonObject decided = as("employee1").get(path).json();
    assertFalse(decided.getJsonObject("interim").getBoolean("inForce"), "the decision ends it");
    assertEquals(today.toString(), decided.getJsonObject("interim").getString("endedOn"));
    List<String> actions =
        decided.getJsonArray("history").getValuesAs(JsonObject.class).stream()
            .map(h -> h.getString("action"))
            .toList();
    assertEquals(
        List.of("APPROVE", "END_INTERIM", "LETTER_ISSUED"),
        actions.subList(actions.size() - 3, actions.size()));

    // one that runs out: ended by the daily work the day after its last day
    long second = submit("employee1", HOUSEHOLD);
    act("reviewer1", second, action("START_REVIEW"));
    assertEquals(
        200, act("reviewer1", second, interim.formatted(today, today.plusDays(2))).status());
    try {
      clockTo(today.plusDays(3));
      JsonObject run = as("admin").post("api/admin/daily-work", "").json();
      assertTrue(run.getInt("interimsEnded") >= 1, run.toString());
      JsonObject ended = as("reviewer1").get("api/requests/" + second).json();
      assertFalse(ended.getJsonObject("interim").getBoolean("inForce"));
      assertEquals(
          today.plusDays(2).toString(), ended.getJsonObject("interim").getString("endedOn"));
      assertEquals(3, ended.getJsonObject("interim").getInt("days"));
      assertEquals("IN_REVIEW", ended.getString("status"), "still waiting for its decision");
    } finally {
      setClock(java.time.Instant.now());
    }
  }

  /**
   * The reporting record (issue 23 #2): HR records what the system cannot know, as data, checked
   * against the reason lists; the history names what changed; only HR sees it (not the employee,
   * not the union).
   */
  @Test
  void hrKeepsTheReportingRecordWhichOnlyHrSees() {
    long id = submit("employee1", HOUSEHOLD);
    act("reviewer1", id, action("START_REVIEW"));
    String path = "api/requests/" + id + "/record";
    Api.Reply wrong =
        as("reviewer2")
            .put(
                path,
                "{\"medicalInformationRequested\":true,\"cost\":12.345,"
                    + "\"assistance\":[\"NOPE\"],\"effectiveOn\":\"01/12/2026\"}");
    assertProblem(wrong, 400);
    assertEquals(Set.of("cost", "effectiveOn"), fields(wrong), "the body's own checks first");
    Api.Reply unknown =
        as("reviewer2")
            .put(path, "{\"medicalInformationRequested\":true,\"assistance\":[\"NOPE\"]}");
    assertProblem(unknown, 400);
    assertEquals(Set.of("assistance"), fields(unknown));
    Api.Reply noReason = as("reviewer2").put(path, "{\"medicalInformationRequested\":true}");
    assertProblem(noReason, 400);
    assertEquals(Set.of("medicalInformationReason"), fields(noReason));
    Api.Reply notGranted = as("reviewer2").put(path, "{\"effectiveOn\":\"2026-12-01\"}");
    assertProblem(notGranted, 400);
    assertEquals(Set.of("effectiveOn"), fields(notGranted));

    Api.Reply saved =
        as("reviewer2")
            .put(
                path,
                "{\"medicalInformationRequested\":true,\"medicalInformationReason\":\"HOUSEHOLD_RISK\","
                    + "\"cost\":250.5,\"assistance\":[\"JAN\",\"HEALTH_PROVIDER\"]}");
    assertEquals(200, saved.status(), saved.toString());
    JsonObject record = saved.json().getJsonObject("reporting");
    assertEquals(25_050, record.getInt("costCents"));
    assertEquals("HOUSEHOLD_RISK", record.getString("medicalInformationReason"));
    assertEquals(
        List.of("HEALTH_PROVIDER", "JAN"),
        record.getJsonArray("assistance").getValuesAs(jakarta.json.JsonString.class).stream()
            .map(jakarta.json.JsonString::getString)
            .toList());
    assertFalse(record.isNull("referredAt"), "taken into review by reviewer1");
    List<JsonObject> history = saved.json().getJsonArray("history").getValuesAs(JsonObject.class);
    JsonObject last = history.get(history.size() - 1);
    assertEquals("RECORD_DETAILS", last.getString("action"));
    assertEquals("reviewer2", last.getString("actor"));
    assertEquals("medicalInformation,cost,assistance", last.getString("detailCode"));

    JsonObject own = as("employee1").get("api/requests/" + id).json();
    assertTrue(own.isNull("reporting"), "the employee's view has no record");
    assertTrue(
        own.getJsonArray("history").getValuesAs(JsonObject.class).stream()
            .noneMatch(h -> h.getString("action").equals("RECORD_DETAILS")),
        "nor its steps in the history");
    long version = record.getJsonNumber("version").longValue();
    assertEquals(1, version);
    Api.Reply stale =
        as("reviewer1").request("PUT", path, "application/json", "{\"cost\":1}", "If-Match", "0");
    assertProblem(stale, 412);
    Api.Reply current =
        as("reviewer1")
            .request(
                "PUT",
                path,
                "application/json",
                "{\"cost\":1,\"medicalInformationRequested\":false}",
                "If-Match",
                String.valueOf(version));
    assertEquals(200, current.status(), current.toString());
    assertEquals(2, current.json().getJsonObject("reporting").getJsonNumber("version").longValue());
    assertProblem(as("employee1").put(path, "{}"), 403);
    assertProblem(as("union1").put(path, "{}"), 403);
  }

  /**
   * The annual report (issue 23 #6) agrees with the requests themselves: requests received in a
   * year no other test uses (the test clock in 2033), each figure counted again from the requests'
   * own views (HR: exact); the union's report of the same year shows no count under the minimum
   * cell size; the PDF is tagged, in the reader's language, its text extractable; the CSV names
   * each figure.
   */
  @Test
  void theAnnualReportAgreesWithTheRequestsThemselves() throws Exception {
    String own =
        HOUSEHOLD
            .replace("HOUSEHOLD_MEMBER", "OWN_CONDITION")
            .replace("\"FULL_REMOTE\"", "\"PARTIAL_REMOTE\",\"remoteDaysPerWeek\":2")
            .replace(
                "\"relationship\":\"PARENT\",\"attestation\":true,",
                "\"functionalLimitations\":\"Cannot stand for long.\",");
    List<Long> ids = new ArrayList<>();
    try {
      setClock("2033-03-07T15:00:00Z");
      for (int i = 0; i < 5; i++) {
        ids.add(submit("employee1", HOUSEHOLD));
      }
      ids.add(submit("employee2", own));
      ids.add(submit("employee2", own));
      for (long id : List.of(ids.get(0), ids.get(1), ids.get(2), ids.get(5), ids.get(6))) {
        act("reviewer1", id, action("START_REVIEW"));
      }
      act("reviewer1", ids.get(0), action("APPROVE"));
      act(
          "reviewer1",
          ids.get(1),
          "{\"action\":\"DENY\",\"reasonCode\":\"OTHER\",\"comment\":\"No.\"}");
      act(
          "reviewer1",
          ids.get(2),
          "{\"action\":\"APPROVE_WITH_CHANGES\",\"arrangement\":\"PARTIAL_REMOTE\","
              + "\"remoteDaysPerWeek\":2,\"comment\":\"Two days.\"}");
      act("employee1", ids.get(3), action("WITHDRAW"));
      act("reviewer1", ids.get(4), action("START_REVIEW"));
      assertEquals(
          200,
          act(
                  "reviewer1",
                  ids.get(4),
                  "{\"action\":\"GRANT_INTERIM\",\"arrangement\":\"FULL_REMOTE\","
                      + "\"from\":\"2033-03-07\",\"until\":\"2033-03-31\"}")
              .status());
      // two expedited: one decided by its date, one still waiting (with its interim arrangement)
      for (long id : List.of(ids.get(4), ids.get(5))) {
        assertEquals(
            200,
            act("reviewer1", id, "{\"action\":\"EXPEDITE\",\"neededBy\":\"2033-03-14\"}").status());
      }
      act("reviewer1", ids.get(5), action("APPROVE"));
      assertEquals(
          200,
          as("reviewer2")
              .put(
                  "api/requests/" + ids.get(5) + "/record",
                  "{\"cost\":100.5,\"assistance\":[\"JAN\"],\"medicalInformationRequested\":true,"
                      + "\"medicalInformationReason\":\"NOT_OBVIOUS\"}")
              .status());
      act(
          "reviewer1",
          ids.get(6),
          "{\"action\":\"DENY\",\"reasonCode\":\"UNDUE_HARDSHIP\",\"comment\":\"No.\"}");

      // counted again from the requests' own views
      Map<String, Integer> outcome = new java.util.TreeMap<>();
      Map<String, Integer> byCategory = new java.util.TreeMap<>();
      Map<String, Integer> provided = new java.util.TreeMap<>();
      Map<String, Integer> denial = new java.util.TreeMap<>();
      int decided = 0;
      for (long id : ids) {
        JsonObject r = as("reviewer1").get("api/requests/" + id).json();
        byCategory.merge(r.getString("category"), 1, Integer::sum);
        List<JsonObject> decisions = r.getJsonArray("decisions").getValuesAs(JsonObject.class);
        decided += decisions.isEmpty() ? 0 : 1;
        JsonObject last = decisions.isEmpty() ? null : decisions.get(decisions.size() - 1);
        String o =
            r.getString("status").equals("WITHDRAWN")
                ? "withdrawn"
                : last == null
                    ? "pending"
                    : last.getString("outcome").equals("DENIED") ? "denied" : "granted";
        outcome.merge(o, 1, Integer::sum);
        if (o.equals("granted")) {
          provided.merge(
              last.isNull("granted")
                  ? r.getJsonObject("arrangement").getString("type")
                  : last.getJsonObject("granted").getString("type"),
              1,
              Integer::sum);
        }
        if (o.equals("denied")) {
          denial.merge(last.getString("reasonCode"), 1, Integer::sum);
        }
      }
      JsonObject report = as("reviewer1").get("api/reports/annual?year=2033").json();
      assertFalse(report.getBoolean("protectedView"));
      JsonObject all = report.getJsonObject("received");
      assertEquals(ids.size(), value(all, "received"));
      for (String o : List.of("granted", "denied", "withdrawn", "pending")) {
        assertEquals(outcome.getOrDefault(o, 0), value(all, o), o);
      }
      assertEquals(byCategory, keyed(report.getJsonArray("byCategory"), "received"));
      assertEquals(provided, keyed(report.getJsonArray("byArrangementProvided"), "count"));
      assertEquals(denial, keyed(report.getJsonArray("denialReasons"), "count"));
      assertEquals(decided, value(report.getJsonObject("timeTaken"), "count"));
      assertEquals(1, value(report.getJsonObject("interim"), "count"));
      Map<String, Integer> expedited = new java.util.TreeMap<>();
      for (long id : ids) {
        JsonObject r = as("reviewer1").get("api/requests/" + id).json();
        if (r.getBoolean("expedited")) {
          expedited.merge(
              r.getJsonArray("decisions").isEmpty() ? "PENDING" : "ON_TIME", 1, Integer::sum);
        }
      }
      assertEquals(Map.of("ON_TIME", 1, "PENDING", 1), expedited, "as set up");
      assertEquals(
          Map.of("ON_TIME", 1, "LATE", 0, "PENDING", 1),
          keyed(report.getJsonArray("expedited"), "count"));
      // the live statistics count the same, from the cubes (a whole month) and from the rows
      for (String q : List.of("?period=2033-03", "?from=2033-03-02&to=2033-03-30")) {
        JsonObject timely = as("reviewer1").get("api/stats/timeliness" + q).json();
        assertEquals(2, value(timely, "expedited"), q);
        assertEquals(1, value(timely, "interim"), q);
        assertEquals(0, value(timely.getJsonObject("total"), "pastHardLimit"), q);
      }
      assertEquals(1, value(report.getJsonObject("costs"), "count"));
      assertEquals(10_050, report.getJsonObject("costs").getInt("totalCents"));
      assertEquals(Map.of("JAN", 1), keyed(report.getJsonArray("assistance"), "count"));
      assertEquals(
          Map.of("NOT_OBVIOUS", 1), keyed(report.getJsonArray("medicalInformation"), "count"));

      // the union's report of the same year: no count under the minimum is shown
      JsonObject union = as("union1").get("api/reports/annual?year=2033").json();
      assertTrue(union.getBoolean("protectedView"));
      int minimum = union.getInt("minimumCellSize");
      java.util.concurrent.atomic.AtomicInteger cells =
          new java.util.concurrent.atomic.AtomicInteger();
      forEachCell(
          union,
          cell -> {
            cells.incrementAndGet();
            assertTrue(
                cell.getBoolean("suppressed") || cell.getJsonNumber("value").longValue() >= minimum,
                "a shown count is at least the minimum: " + cell);
          });
      assertTrue(cells.get() > 20, "every table was checked: " + cells);
      // the noise is up to 10 either way, so whether 7 requests show depends on their record keys;
      // what must hold: nothing is said over a hidden count
      assertTrue(union.getJsonObject("costs").isNull("totalCents"), "never a sum of costs");
      assertTrue(union.getJsonObject("timeTaken").isNull("median"), "no median over 5 decisions");
      assertProblem(as("union1").get("api/reports/annual?from=2033-01&to=2033-06"), 400);
      assertProblem(as("employee1").get("api/reports/annual?year=2033"), 403);
      assertProblem(as("reviewer1").get("api/reports/annual?year=twenty"), 400);

      // the PDF and the CSV, in English and in Spanish
      WebSession hr = WebSession.signIn(base.toURI(), "reviewer2");
      for (String language : List.of("en", "es")) {
        if (language.equals("es")) {
          // the language switch of the page's header, as a reader uses it
          WebSession.Page page = hr.get("report/annual.xhtml?year=2033");
          WebSession.Page switched =
              hr.post(
                  "report/annual.xhtml?year=2033",
                  Map.of(
                      "languageForm", "languageForm",
                      "languageForm:language", "es",
                      "languageForm:changeLanguage", "OK",
                      "primefaces.nonce", page.nonce(),
                      "jakarta.faces.ViewState", page.viewState()));
          assertTrue(switched.status() < 400, switched.status() + " " + switched.location());
          assertTrue(
              hr.get("report/annual.xhtml?year=2033").body().contains("lang=\"es\""),
              "the pages are in Spanish now");
        }
        var pdf = hr.download("report/annual.pdf?year=2033", language);
        assertEquals(200, pdf.statusCode());
        try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf.body())) {
          assertTrue(doc.getDocumentCatalog().getMarkInfo().isMarked(), "tagged");
          assertEquals(language, doc.getDocumentCatalog().getLanguage());
          String text = new org.apache.pdfbox.text.PDFTextStripper().getText(doc);
          assertTrue(
              text.contains(language.equals("es") ? "Solicitudes recibidas" : "Requests received"),
              text);
          assertTrue(text.contains("2033"), text);
        }
      }
      hr = WebSession.signIn(base.toURI(), "reviewer2");
      var csv = hr.download("report/annual.csv?year=2033", "en");
      String rows = new String(csv.body(), java.nio.charset.StandardCharsets.UTF_8);
      assertTrue(rows.contains("Requests received,All requests,Received,7"), rows);
      assertTrue(
          rows.contains(
              "Sources of technical assistance consulted,Job Accommodation Network (JAN),Requests,1"),
          rows);
      assertEquals(200, hr.get("report/annual.xhtml?year=2033").status());
    } finally {
      setClock(java.time.Instant.now());
    }
  }

  private static int value(JsonObject row, String name) {
    JsonObject cell = row.getJsonObject(name);
    assertFalse(cell.getBoolean("suppressed"), name + " exact for HR");
    return cell.getJsonNumber("value").intValue();
  }

  /** Late first decisions with this delay reason in a timeliness answer (0: none). */
  private static int lateFor(JsonObject timeliness, String reason) {
    for (JsonObject l : timeliness.getJsonArray("lateByReason").getValuesAs(JsonObject.class)) {
      if (l.getString("reason").equals(reason)) {
        assertTrue(l.getBoolean("acceptable") == !reason.equals("REVIEWER_WORKLOAD"), reason);
        return value(l, "count");
      }
    }
    return 0;
  }

  private static Map<String, Integer> keyed(jakarta.json.JsonArray lines, String cell) {
    Map<String, Integer> m = new java.util.TreeMap<>();
    for (JsonObject l : lines.getValuesAs(JsonObject.class)) {
      m.put(l.getString("key"), value(l, cell));
    }
    return m;
  }

  /** Every cell ({"value", "suppressed"}) anywhere in the report. */
  private static void forEachCell(
      jakarta.json.JsonValue v, java.util.function.Consumer<JsonObject> check) {
    if (v instanceof JsonObject o) {
      if (o.containsKey("suppressed") && o.containsKey("value")) {
        check.accept(o);
        return;
      }
      o.values().forEach(x -> forEachCell(x, check));
    } else if (v instanceof jakarta.json.JsonArray a) {
      a.forEach(x -> forEachCell(x, check));
    }
  }

  /** The reason lists (issue 23): administrators keep them as the other reference data. */
  @Test
  void administratorsKeepTheDelayReasons() {
    String code = "BUDGET-" + (System.currentTimeMillis() % 1_000_000);
    Api.Reply created =
        as("admin")
            .post(
                "api/admin/reason-lists/delay",
                "{\"code\":\""
                    + code
                    + "\",\"name\":\"Budget review\",\"nameEs\":\"Revisión del presupuesto\","
                    + "\"acceptable\":false}");
    assertEquals(201, created.status(), created.toString());
    assertFalse(created.json().getBoolean("acceptable"));
    Api.Reply taken =
        as("admin")
            .post("api/admin/reason-lists/delay", "{\"code\":\"EQUIPMENT\",\"name\":\"Again\"}");
    assertProblem(taken, 400);
    assertEquals(Set.of("code"), fields(taken));
    assertProblem(as("admin").get("api/admin/reason-lists/nothing"), 404);
    Api.Reply changed =
        patch("admin", "api/admin/reason-lists/delay/" + code, "{\"acceptable\":true}");
    assertEquals(200, changed.status(), changed.toString());
    assertTrue(changed.json().getBoolean("acceptable"));
    assertTrue(
        as("admin").get("api/admin/reason-lists/delay").jsonArray().stream()
            .map(JsonObject.class::cast)
            .anyMatch(r -> r.getString("code").equals(code) && r.getBoolean("acceptable")));
    assertTrue(
        as("admin").get("api/admin/audit?size=50").body().contains("delay reason " + code),
        "in the audit log");
  }

  /**
   * Every letter is kept as issued (issue 23 #1): after an appeal is decided, the first decision's
   * letter is still there, byte for byte, and each notice, mail, decision and history entry opens
   * its own decision's letter; the latest stays at /decision-letter.
   */
  @Test
  void everyDecisionKeepsItsOwnLetterAfterAnAppeal() throws Exception {
    long id = submit("employee1", HOUSEHOLD);
    act("reviewer1", id, action("START_REVIEW"));
    act(
        "reviewer1",
        id,
        "{\"action\":\"DENY\",\"reasonCode\":\"OTHER\",\"comment\":\"First answer.\"}");
    String path = "api/requests/" + id + "/letters";
    List<JsonObject> one = as("employee1").get(path).jsonArray().getValuesAs(JsonObject.class);
    assertEquals(1, one.size(), one.toString());
    assertEquals("INITIAL", one.get(0).getString("stage"));
    assertEquals("DENIED", one.get(0).getString("outcome"));
    long first = one.get(0).getJsonNumber("id").longValue();
    byte[] before = pdf("employee1", path + "/" + first);
    assertTrue(pdfText(before).contains("Your request is denied."), pdfText(before));

    act("employee1", id, "{\"action\":\"APPEAL\",\"comment\":\"Please look again.\"}");
    act("reviewer2", id, action("START_REVIEW"));
    act("reviewer2", id, "{\"action\":\"APPROVE\",\"comment\":\"Granted on appeal.\"}");

    List<JsonObject> two = as("reviewer1").get(path).jsonArray().getValuesAs(JsonObject.class);
    assertEquals(
        List.of("INITIAL DENIED", "APPEAL APPROVED"),
        two.stream().map(l -> l.getString("stage") + " " + l.getString("outcome")).toList());
    long second = two.get(1).getJsonNumber("id").longValue();
    assertEquals(first, two.get(0).getJsonNumber("id").longValue());
    byte[] after = pdf("employee1", path + "/" + first);
    assertArrayEquals(before, after, "the first letter is byte-identical after the appeal");
    byte[] appealLetter = pdf("employee1", path + "/" + second);
    assertTrue(pdfText(appealLetter).contains("Granted on appeal."), pdfText(appealLetter));
    assertFalse(pdfText(appealLetter).contains("First answer."));
    assertArrayEquals(
        appealLetter,
        pdf("employee1", "api/requests/" + id + "/decision-letter"),
        "the latest is still served where it was");

    // the request names each decision's letter, in its decisions and in its history
    JsonObject request = as("employee1").get("api/requests/" + id).json();
    assertEquals(
        List.of(first, second),
        request.getJsonArray("decisions").getValuesAs(JsonObject.class).stream()
            .map(d -> d.getJsonNumber("letterId").longValue())
            .toList());
    assertEquals(
        List.of(first, second),
        request.getJsonArray("history").getValuesAs(JsonObject.class).stream()
            .filter(h -> h.getString("action").equals("LETTER_ISSUED"))
            .map(h -> h.getJsonObject("decision").getJsonNumber("letterId").longValue())
            .toList());

    // each notice and mail opens its own decision's letter, on the pages as in the mail
    WebSession employee = WebSession.signIn(base.toURI(), "employee1");
    String notices = employee.get("account/notices.xhtml").body();
    assertTrue(notices.contains("/letters/" + id + "/first\""), "the first decision's notice");
    assertTrue(notices.contains("/letters/" + id + "/appeal\""), "the appeal decision's notice");
    assertTrue(
        body(mailTo("employee1@example.org", id, "you may appeal until"))
            .contains("/letters/" + id + "/first"));
    assertTrue(
        body(mailTo("employee1@example.org", id, "Your appeal of request"))
            .contains("/letters/" + id + "/appeal"));
    for (var link :
        Map.of("first", first, "appeal", second, String.valueOf(first), first).entrySet()) {
      WebSession.Page letter = employee.get("letters/" + id + "/" + link.getKey());
      assertEquals(200, letter.status(), link.getKey());
      assertTrue(
          letter
              .headers()
              .firstValue("Content-Disposition")
              .orElseThrow()
              .contains("-" + id + "-" + link.getValue() + ".pdf"),
          link.getKey() + " opens letter " + link.getValue());
    }
    String page = employee.get("employee/request.xhtml?id=" + id).body();
    assertTrue(page.contains("data-letter=\"" + first + "\""), "the page lists the first");
    assertTrue(page.contains("data-letter=\"" + second + "\""), "and the appeal's");

    // nobody else reads them; a letter is found only under its own request
    assertEquals(404, as("employee2").get(path).status());
    assertEquals(403, as("union1").get(path).status());
    assertEquals(404, as("employee2").download(path + "/" + first, "application/pdf").statusCode());
    long other = submit("employee1", HOUSEHOLD);
    assertEquals(
        List.of(),
        as("employee1")
            .get("api/requests/" + other + "/letters")
            .jsonArray()
            .getValuesAs(JsonObject.class),
        "none before a decision");
    assertEquals(
        404,
        as("employee1")
            .download("api/requests/" + other + "/letters/" + first, "application/pdf")
            .statusCode(),
        "another request's letter is not found here");
    assertEquals(404, employee.get("letters/" + other + "/first").status());
    assertEquals(404, employee.get("letters/" + id + "/second").status());
  }

  /**
   * The case file for a legal request (issue 23 #7): HR and administrators export one ZIP with a
   * PDF of the case (details, decisions, the whole history with names), every letter as issued and
   * every document; a reason is required; the export is in the history and the audit log; the
   * employee, another employee and the union are refused, and nobody exports their own request.
   */
  @Test
  void aCaseFileHoldsTheWholeCaseAndIsRecordedWithItsReason() throws Exception {
    long id = submit("employee1", HOUSEHOLD);
    act("reviewer1", id, action("START_REVIEW"));
    act("reviewer1", id, "{\"action\":\"DENY\",\"reasonCode\":\"OTHER\",\"comment\":\"Not now.\"}");
    String path = "api/requests/" + id + "/case-file";
    String reason = "{\"reason\":\"Grievance 2026-14, asked by counsel.\"}";
    Api.Reply noReason = caseFile("reviewer2", path, "{}");
    assertProblem(noReason, 400);
    assertEquals(Set.of("reason"), fields(noReason));
    for (String refused : List.of("employee1", "employee2", "union1")) {
      assertEquals(403, caseFile(refused, path, reason).status(), refused);
    }
    assertEquals(
        403,
        caseFile(
                "reviewer2",
                "api/requests/" + submit("reviewer2", HOUSEHOLD) + "/case-file",
                reason)
            .status(),
        "not one's own request");

    java.net.http.HttpResponse<byte[]> zip =
        as("reviewer2").requestBytes("POST", path, "application/json", reason, "application/zip");
    assertEquals(200, zip.statusCode());
    assertEquals("application/zip", zip.headers().firstValue("Content-Type").orElseThrow());
    Map<String, byte[]> entries = new java.util.LinkedHashMap<>();
    try (var in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(zip.body()))) {
      for (var e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        entries.put(e.getName(), in.readAllBytes());
      }
    }
    String letter =
        "letters/decision-letter-"
            + id
            + "-"
            + as("employee1")
                .get("api/requests/" + id + "/letters")
                .jsonArray()
                .getJsonObject(0)
                .getJsonNumber("id")
                .longValue()
            + ".pdf";
    assertEquals(List.of("case-file-" + id + ".pdf", letter), List.copyOf(entries.keySet()));
    assertArrayEquals(
        pdf("employee1", "api/requests/" + id + "/decision-letter"),
        entries.get(letter),
        "the letter as issued");
    try (var doc = org.apache.pdfbox.Loader.loadPDF(entries.get("case-file-" + id + ".pdf"))) {
      // lines wrap where the page ends: compare the words
      String text =
          new org.apache.pdfbox.text.PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
      assertTrue(text.contains("Grievance 2026-14"), "the reason: " + text);
      assertTrue(text.contains("Maria Lopez (employee1)"), "the employee by name: " + text);
      assertTrue(text.contains("Robert Chen (reviewer1)"), "the decider by name: " + text);
      assertTrue(text.contains("Not now."), "the explanation");
      assertTrue(
          text.contains("High-risk household member") && text.contains("Relationship: Parent"),
          "the details, for HR's record: " + text);
      assertTrue(doc.getDocumentCatalog().getMarkInfo().isMarked(), "tagged");
      assertEquals("en", doc.getDocumentCatalog().getLanguage());
    }
    JsonObject request = as("reviewer1").get("api/requests/" + id).json();
    JsonObject last =
        request.getJsonArray("history").getJsonObject(request.getJsonArray("history").size() - 1);
    assertEquals("CASE_FILE_EXPORTED", last.getString("action"));
    assertEquals("reviewer2", last.getString("actor"));
    assertEquals("Grievance 2026-14, asked by counsel.", last.getString("comment"));
    assertEquals(200, caseFile("admin", path, reason).status(), "the administrator too");
    String audit = as("admin").get("api/admin/audit?size=5").body();
    assertTrue(audit.contains("CASE_FILE_EXPORTED") && audit.contains("request " + id), audit);
  }

  private Api.Reply caseFile(String user, String path, String body) {
    return as(user).request("POST", path, "application/json", body, "Accept", "application/zip");
  }

  private byte[] pdf(String user, String path) {
    var reply = as(user).download(path, "application/pdf");
    assertEquals(200, reply.statusCode(), path);
    assertEquals("application/pdf", reply.headers().firstValue("Content-Type").orElseThrow());
    return reply.body();
  }

  private static String pdfText(byte[] pdf) throws java.io.IOException {
    try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
      return new org.apache.pdfbox.text.PDFTextStripper().getText(document);
    }
  }

  @Test
  void anAppealAndAWithdrawalTellTheReviewersConcerned() throws Exception {
    long appealed = submit("employee1", HOUSEHOLD);
    act("reviewer1", appealed, action("START_REVIEW"));
    act(
        "reviewer1",
        appealed,
        "{\"action\":\"DENY\",\"reasonCode\":\"OTHER\",\"comment\":\"No.\"}");
    act("employee1", appealed, action("APPEAL"));
    String filed = body(mailTo("reviewer2@example.org", appealed, "was appealed"));
    assertTrue(filed.contains("/review/case.xhtml?id=" + appealed), filed);
    assertTrue(
        as("reviewer1")
            .get("api/notices?size=200")
            .json()
            .getJsonArray("items")
            .getValuesAs(JsonObject.class)
            .stream()
            .noneMatch(
                n ->
                    "APPEAL_FILED".equals(n.getString("kind"))
                        && n.getJsonNumber("requestId").longValue() == appealed),
        "not the reviewer who decided first");
    act("reviewer2", appealed, action("START_REVIEW"));
    act("reviewer2", appealed, action("APPROVE"));
    String decided = body(mailTo("employee1@example.org", appealed, "Your appeal of request"));
    assertTrue(decided.contains("This decision is final"), decided);
    assertTrue(decided.contains("/letters/" + appealed + "/appeal"), "the appeal's letter too");

    long withdrawn = submit("employee1", HOUSEHOLD);
    act("reviewer1", withdrawn, action("START_REVIEW"));
    act("employee1", withdrawn, action("WITHDRAW"));
    String gone = body(mailTo("reviewer1@example.org", withdrawn, "was withdrawn"));
    assertTrue(gone.contains("which you were reviewing"), gone);
  }

  @Test
  void mailIsInTheRecipientsLanguage() throws Exception {
    Api.Reply es = patch("admin", "api/admin/accounts/employee2", "{\"language\":\"es\"}");
    assertEquals(200, es.status(), es.toString());
    try {
      long id = submit("employee2", HOUSEHOLD);
      var received = mailTo("employee2@example.org", id, "Hemos recibido su solicitud");
      assertTrue(received.getSubject().contains("solicitud n.º " + id), received.getSubject());
      assertTrue(body(received).contains("Se espera una decisión antes del"), body(received));
    } finally {
      patch("admin", "api/admin/accounts/employee2", "{\"language\":\"en\"}");
    }
  }

  @Test
  void aStepSucceedsWhileTheMailServerIsDownAndItsMailFollowsLater() throws Exception {
    mail.stop();
    long id;
    try {
      id = submit("employee3", HOUSEHOLD);
      assertEquals(
          "SUBMITTED", as("employee3").get("api/requests/" + id).json().getString("status"));
      Thread.sleep(2500); // a few attempts fail meanwhile
    } finally {
      mail = new com.icegreen.greenmail.util.GreenMail(SMTP);
      mail.start();
    }
    var late = mailTo("employee3@example.org", id, "We received your request #" + id);
    assertNotNull(late);
  }

  @Test
  void anActionTheStatusDoesNotAllowIs409AndChangesNothing() {
    long id = submit("employee2", HOUSEHOLD);
    assertProblem(act("reviewer1", id, action("APPROVE")), 409);
    assertProblem(act("employee2", id, action("APPEAL")), 409);
    assertProblem(act("employee2", id, "{\"action\":\"FLY\"}"), 400);
    assertProblem(act("employee2", id, "{}"), 400);
    assertEquals("WITHDRAWN", act("employee2", id, action("WITHDRAW")).json().getString("status"));
    assertProblem(act("employee2", id, action("WITHDRAW")), 409);
    assertEquals(
        2, as("employee2").get("api/requests/" + id).json().getJsonArray("history").size());
  }

  @Test
  void aDenialWithAnExplanationOfExactlyTheLimitIsStoredAsData() {
    long id = submit("employee2", HOUSEHOLD);
    assertEquals(200, act("reviewer1", id, action("START_REVIEW")).status());
    String explanation = "Medically confidential words. ".repeat(200).substring(0, 3999) + ".";
    Api.Reply denied =
        act(
            "reviewer1",
            id,
            Json.createObjectBuilder()
                .add("action", "DENY")
                .add("reasonCode", "ESSENTIAL_FUNCTIONS_REQUIRE_PRESENCE")
                .add("comment", explanation)
                .build()
                .toString());
    assertEquals(200, denied.status(), denied.toString());
    JsonObject entry =
        denied.json().getJsonArray("history").getValuesAs(JsonObject.class).stream()
            .filter(h -> h.getString("action").equals("DENY"))
            .findFirst()
            .orElseThrow();
    assertTrue(entry.isNull("comment"), "no prose stored with the step: " + entry);
    JsonObject decision = entry.getJsonObject("decision");
    assertEquals("ESSENTIAL_FUNCTIONS_REQUIRE_PRESENCE", decision.getString("reasonCode"));
    assertEquals(explanation, decision.getString("explanation"));
    assertProblem(
        act(
            "reviewer1",
            submitStarted(),
            Json.createObjectBuilder()
                .add("action", "DENY")
                .add("reasonCode", "OTHER")
                .add("comment", explanation + "x")
                .build()
                .toString()),
        400);
  }

  long submitStarted() {
    long id = submit("employee2", HOUSEHOLD);
    assertEquals(200, act("reviewer1", id, action("START_REVIEW")).status());
    return id;
  }

  /**
   * A reviewer's own request, denied by the other reviewer and appealed: no reviewer may take it.
   * It says so (to HR, in the queue and on the case) instead of waiting silently.
   */
  @Test
  void anAppealNoReviewerMayTakeIsShownAsNeedingAnotherReviewer() {
    long id = submit("reviewer2", HOUSEHOLD);
    assertEquals(200, act("reviewer1", id, action("START_REVIEW")).status());
    assertEquals(
        200,
        act("reviewer1", id, "{\"action\":\"DENY\",\"reasonCode\":\"OTHER\",\"comment\":\"No.\"}")
            .status());
    assertFalse(
        as("reviewer1").get("api/requests/" + id).json().getBoolean("needsAnotherReviewer"));
    assertEquals(200, act("reviewer2", id, action("APPEAL")).status());
    JsonObject seen = as("reviewer1").get("api/requests/" + id).json();
    assertTrue(seen.getBoolean("needsAnotherReviewer"));
    assertEquals(
        List.of("EXPEDITE"),
        seen.getJsonArray("availableActions").getValuesAs(jakarta.json.JsonString.class).stream()
            .map(jakarta.json.JsonString::getString)
            .toList(),
        "nothing but expediting it: no review, no decision");
    assertProblem(act("reviewer1", id, action("START_REVIEW")), 403);
    // The list is oldest first: the newest appealed request is on the last page of size 1.
    long total = as("reviewer1").get("api/requests?status=APPEALED&size=1").json().getInt("total");
    JsonObject listed =
        as("reviewer1")
            .get("api/requests?status=APPEALED&size=1&page=" + (total - 1))
            .json()
            .getJsonArray("items")
            .getJsonObject(0);
    assertEquals(id, listed.getJsonNumber("id").longValue());
    assertTrue(listed.getBoolean("needsAnotherReviewer"));
  }

  @Test
  void aStaleIfMatchIs412AndChangesNothing() {
    long id = submit("employee1", HOUSEHOLD);
    Api.Reply read = as("reviewer1").get("api/requests/" + id);
    String etag = read.header("ETag");
    assertNotNull(etag);
    Api.Reply started =
        as("reviewer1").post("api/requests/" + id + "/transitions", action("START_REVIEW"), etag);
    assertEquals(200, started.status(), started.toString());
    Api.Reply stale =
        as("reviewer1").post("api/requests/" + id + "/transitions", action("REQUEST_INFO"), etag);
    assertProblem(stale, 412);
    assertEquals("IN_REVIEW", as("reviewer1").get("api/requests/" + id).json().getString("status"));
    assertProblem(
        as("reviewer1").post("api/requests/" + id + "/transitions", action("APPROVE"), "\"abc\""),
        400);
  }

  // ---- concurrency ----------------------------------------------------------------------------

  @Test
  void twoReviewersStartingTheSameReviewAtOnceOneWins() throws Exception {
    long loggedBefore = serverLogLines("OptimisticLock");
    for (int round = 0; round < 5; round++) {
      long id = submit("employee3", HOUSEHOLD);
      List<Api.Reply> replies =
          race(
              () -> act("reviewer1", id, action("START_REVIEW")),
              () -> act("reviewer2", id, action("START_REVIEW")));
      assertExactlyOneWins(replies);
      JsonObject state = as("reviewer1").get("api/requests/" + id).json();
      long starts =
          state.getJsonArray("history").getValuesAs(JsonObject.class).stream()
              .filter(h -> h.getString("action").equals("START_REVIEW"))
              .count();
      assertEquals(1, starts, "history shows one start of review");
    }
    // issue 21, finding 13: a refused race loser is an answer (409), not a server failure to log
    logBarrier();
    assertEquals(loggedBefore, serverLogLines("OptimisticLock"), "no stack trace logged for a 409");
  }

  /** Sets the deployment's time (the test clock), running on from there. */
  void setClock(Object instant) {
    Api.Reply set =
        as("admin")
            .request(
                "PUT", "api/test-clock", "text/plain", instant.toString(), "Accept", "text/plain");
    assertEquals(200, set.status(), set.toString());
  }

  /** The deployment's time now (the test clock). */
  String clockNow() {
    Api.Reply now =
        as("admin").request("GET", "api/test-clock", null, null, "Accept", "text/plain");
    assertEquals(200, now.status(), now.toString());
    return now.body().strip();
  }

  /**
   * Moves the deployment's clock (the test clock) on by {@code seconds} instead of waiting them
   * out: sign-in waits, token lifetimes. Time only moves forward, by seconds.
   */
  void advanceClock(long seconds) {
    java.time.Instant now = java.time.Instant.parse(clockNow());
    setClock(now.plusSeconds(seconds));
  }

  /**
   * Returns once the server's log holds everything logged before this call: it logs a line of its
   * own (setting the test clock to its own time) and waits until that line is written, since the
   * log handler writes asynchronously but in order.
   */
  void logBarrier() throws Exception {
    String at = java.time.Instant.parse(clockNow()).toString();
    setClock(at);
    for (int i = 0; i < 200 && !serverLog().contains("Test clock set to " + at); i++) {
      Thread.sleep(50);
    }
    assertTrue(serverLog().contains("Test clock set to " + at), "the log caught up");
  }

  /** Lines of the server's log that contain {@code text}. */
  static long serverLogLines(String text) throws java.io.IOException {
    String log = serverLog();
    assertTrue(log.contains("Database schema at version"), "this is the server's log");
    return log.lines().filter(l -> l.contains(text)).count();
  }

  /** The server's log (arquillian.xml: target/payara-it.log, which Payara names .0, .1 ...). */
  static String serverLog() throws java.io.IOException {
    StringBuilder logs = new StringBuilder();
    try (var files = java.nio.file.Files.list(java.nio.file.Path.of("target"))) {
      for (var f :
          files
              .filter(f -> f.getFileName().toString().matches("payara-it\\.log(\\.\\d+)?"))
              .sorted()
              .toList()) {
        logs.append(java.nio.file.Files.readString(f));
      }
    }
    return logs.toString();
  }

  /** Fifty decisions on one case at once (approve, deny, ask): one wins, one decision recorded. */
  @Test
  void fiftyDecisionsAtOnceLeaveExactlyOne() throws Exception {
    long id = submit("employee3", HOUSEHOLD);
    assertEquals(200, act("reviewer1", id, action("START_REVIEW")).status());
    List<Callable<Api.Reply>> calls = new ArrayList<>();
    String[] actions = {"APPROVE", "REQUEST_INFO", "DENY"};
    for (int i = 0; i < 50; i++) {
      String a = actions[i % 3];
      String json =
          a.equals("DENY")
              ? "{\"action\":\"DENY\",\"reasonCode\":\"OTHER\",\"comment\":\"No " + i + "\"}"
              : action(a);
      calls.add(() -> act("reviewer1", id, json));
    }
    @SuppressWarnings("unchecked")
    List<Api.Reply> replies = race(calls.toArray(Callable[]::new));
    assertExactlyOneWins(replies);
    JsonObject state = as("reviewer1").get("api/requests/" + id).json();
    long steps =
        state.getJsonArray("history").getValuesAs(JsonObject.class).stream()
            .filter(h -> Set.of("APPROVE", "DENY", "REQUEST_INFO").contains(h.getString("action")))
            .count();
    assertEquals(1, steps, "one step in the history");
    assertTrue(state.getJsonArray("decisions").size() <= 1);
  }

  /** Fifty filings at once: fifty requests, each stored once, with fifty different numbers. */
  @Test
  void fiftySubmissionsAtOnceAreEachStoredOnce() throws Exception {
    long before = as("employee3").get("api/requests?size=1").json().getInt("total");
    List<Callable<Api.Reply>> calls = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      calls.add(() -> as("employee3").post("api/requests", HOUSEHOLD));
    }
    @SuppressWarnings("unchecked")
    List<Api.Reply> replies = race(calls.toArray(Callable[]::new));
    Set<Long> ids = new java.util.HashSet<>();
    for (Api.Reply r : replies) {
      assertEquals(201, r.status(), r.toString());
      ids.add(r.json().getJsonNumber("id").longValue());
    }
    assertEquals(50, ids.size());
    assertEquals(before + 50, as("employee3").get("api/requests?size=1").json().getInt("total"));
  }

  @Test
  void twoConflictingDecisionsAtOnceLeaveExactlyOneDecision() throws Exception {
    for (int round = 0; round < 5; round++) {
      long id = submit("employee3", HOUSEHOLD);
      assertEquals(200, act("reviewer2", id, action("START_REVIEW")).status());
      List<Api.Reply> replies =
          race(
              () -> act("reviewer2", id, action("APPROVE")),
              () ->
                  act(
                      "reviewer2",
                      id,
                      "{\"action\":\"DENY\",\"reasonCode\":\"OTHER\",\"comment\":\"No.\"}"));
      assertExactlyOneWins(replies);
      JsonObject state = as("reviewer2").get("api/requests/" + id).json();
      assertEquals(1, state.getJsonArray("decisions").size(), state.toString());
      long decisionsInHistory =
          state.getJsonArray("history").getValuesAs(JsonObject.class).stream()
              .filter(h -> Set.of("APPROVE", "DENY").contains(h.getString("action")))
              .count();
      assertEquals(1, decisionsInHistory);
    }
  }

  /**
   * Defect: signed-in users got 403 on pages they may see when other sessions ran at the same time
   * (Payara's shared default security context, payara/Payara#6145). Three users, 180 page and
   * servlet requests each, 24 at a time: every answer must be the page.
   */
  @Test
  void concurrentSessionsOfDifferentUsersAlwaysGetTheirPages() throws Exception {
    URI root = base.toURI();
    Map<String, List<String>> pages =
        Map.of(
            "employee1", List.of("employee/home.xhtml", "employee/new.xhtml"),
            "reviewer1", List.of("review/home.xhtml", "stats/export?table=by-location"),
            "union1", List.of("union/home.xhtml", "union/shared.xhtml"));
    List<Callable<String>> calls = new ArrayList<>();
    for (var user : pages.entrySet()) {
      WebSession session = WebSession.signIn(root, user.getKey());
      for (int i = 0; i < 90; i++) {
        for (String page : user.getValue()) {
          calls.add(
              () -> {
                WebSession.Page p = session.get(page);
                return p.status() == 200 ? null : user.getKey() + " " + page + " -> " + p.status();
              });
        }
      }
    }
    java.util.Collections.shuffle(calls, new java.util.Random(7));
    ExecutorService pool = Executors.newFixedThreadPool(24);
    try {
      List<String> failures = new ArrayList<>();
      for (Future<String> f : pool.invokeAll(calls)) {
        if (f.get() != null) {
          failures.add(f.get());
        }
      }
      assertEquals(
          0,
          failures.size(),
          failures.size()
              + " of "
              + calls.size()
              + " failed, e.g. "
              + failures.subList(0, Math.min(5, failures.size())));
    } finally {
      pool.shutdownNow();
    }
  }

  // ---- pages over HTTP: state that is gone, uploads ---------------------------------------------

  static final byte[] PDF =
      "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
          .getBytes(java.nio.charset.StandardCharsets.UTF_8);

  /**
   * The employee adds a PDF ({@link #PDF}) named {@code fileName} to request {@code id} on its
   * page, as a browser would; the page answers with a redirect.
   *
   * @return the employee's session, signed in
   */
  static WebSession addPdf(URI root, String employee, long id, String fileName) {
    String page = "employee/request.xhtml?id=" + id;
    WebSession s = WebSession.signIn(root, employee);
    WebSession.Page added =
        s.postMultipart(
            page,
            documentsForm(s.get(page)),
            List.of(
                new WebSession.FilePart(
                    "documentsForm:moreDocuments", fileName, "application/pdf", PDF)),
            page);
    assertEquals(302, added.status(), added.body());
    return s;
  }

  /** The add-documents form of a request page, as the page's scripts would post it. */
  static Map<String, String> documentsForm(WebSession.Page page) {
    return documentsForm(page, page.viewState());
  }

  static Map<String, String> documentsForm(WebSession.Page page, String viewState) {
    Map<String, String> form = new java.util.LinkedHashMap<>();
    form.put("documentsForm", "documentsForm");
    form.put("documentsForm:upload", "Upload");
    form.put("jakarta.faces.ViewState", viewState);
    form.put("primefaces.nonce", page.nonce());
    return form;
  }

  long documentSteps(long id) {
    return as("employee1")
        .get("api/requests/" + id)
        .json()
        .getJsonArray("history")
        .getValuesAs(JsonObject.class)
        .stream()
        .filter(h -> h.getString("action").equals("DOCUMENT_ADDED"))
        .count();
  }

  /**
   * A forged view state, and a page posted after signing in again elsewhere (its state belongs to
   * another session): both lead back to the same page, with its request, saying it had expired.
   */
  @Test
  void aPageWhoseStateIsGoneLeadsBackToItWithANotice() throws Exception {
    long id = submit("employee1", HOUSEHOLD);
    String page = "employee/request.xhtml?id=" + id;
    WebSession first = WebSession.signIn(base.toURI(), "employee1");
    WebSession.Page opened = first.get(page);
    String viewState = opened.viewState();

    WebSession.Page forged = first.post(page, documentsForm(opened, "forged-" + viewState), page);
    assertEquals(302, forged.status(), forged.body());
    assertTrue(
        forged.location().endsWith("/employee/request.xhtml?id=" + id + "&notice=expired"),
        forged.location());

    WebSession second = WebSession.signIn(base.toURI(), "employee1");
    WebSession.Page foreign = second.post(page, documentsForm(second.get(page), viewState), page);
    assertEquals(302, foreign.status(), foreign.body());
    WebSession.Page shown = second.get(foreign.location());
    assertEquals(200, shown.status());
    assertTrue(shown.body().contains("id=\"page-notice\""), "the page says it had expired");
    assertTrue(shown.body().contains("id=\"case-heading\""), "and it shows the request");
  }

  @Test
  void addingDocumentsIsAllOrNothingAndNoFileIsRefused() throws Exception {
    long id = submit("employee1", HOUSEHOLD);
    String page = "employee/request.xhtml?id=" + id;
    WebSession s = WebSession.signIn(base.toURI(), "employee1");

    WebSession.Page none = s.postMultipart(page, documentsForm(s.get(page)), List.of(), page);
    assertEquals(200, none.status());
    assertTrue(none.body().contains("Choose at least one file to add."), none.body());
    assertFalse(none.body().contains("The documents were added"));

    WebSession.Page mixed =
        s.postMultipart(
            page,
            documentsForm(s.get(page)),
            List.of(
                new WebSession.FilePart(
                    "documentsForm:moreDocuments", "good.pdf", "application/pdf", PDF),
                new WebSession.FilePart(
                    "documentsForm:moreDocuments",
                    "bad.pdf",
                    "application/pdf",
                    "not a pdf".getBytes())),
            page);
    assertEquals(200, mixed.status());
    assertTrue(mixed.body().contains("Only PDF, PNG or JPEG files are accepted"), mixed.body());
    assertEquals(0, documentSteps(id), "the good file was not kept either");

    WebSession.Page good =
        s.postMultipart(
            page,
            documentsForm(s.get(page)),
            List.of(
                new WebSession.FilePart(
                    "documentsForm:moreDocuments", "good.pdf", "application/pdf", PDF)),
            page);
    assertEquals(302, good.status(), "post, then redirect");
    assertTrue(good.location().endsWith("/" + page), good.location());
    assertTrue(s.get(page).body().contains("The documents were added"), "the confirmation follows");
    assertEquals(1, documentSteps(id));
  }

  /**
   * A form posted with a choice that was never offered, or a text past its limit, says what is
   * wrong in our words, next to the field, and decides nothing.
   */
  @Test
  void aTamperedChoiceOrAnOverlongTextOnAFormIsNamedInOurWords() throws Exception {
    long id = submit("employee2", HOUSEHOLD);
    assertEquals(200, act("reviewer1", id, action("START_REVIEW")).status());
    String page = "review/case.xhtml?id=" + id;
    WebSession s = WebSession.signIn(base.toURI(), "reviewer1");
    for (String[] attempt :
        new String[][] {
          {"HACKED", "Because.", "choose one of the options offered"},
          {"OTHER", "x".repeat(4001), "4000"}
        }) {
      WebSession.Page opened = s.get(page);
      // choosing "Deny" in the decision panel shows its fields; then the tampered ones are sent
      Map<String, String> choose = new java.util.LinkedHashMap<>();
      choose.put("decideForm", "decideForm");
      choose.put("decideForm:step", "DENY");
      choose.put("decideForm:proceed", "Continue");
      choose.put("jakarta.faces.ViewState", opened.viewState());
      choose.put("primefaces.nonce", opened.nonce());
      WebSession.Page denying = s.post(page, choose, page);
      assertTrue(denying.body().contains("decideForm:reason"), "the denial's fields are shown");
      Map<String, String> form = new java.util.LinkedHashMap<>();
      form.put("decideForm", "decideForm");
      form.put("decideForm:step", "DENY");
      form.put("decideForm:reason", attempt[0]);
      form.put("decideForm:comment", attempt[1]);
      form.put("decideForm:proceed", "Continue");
      form.put("jakarta.faces.ViewState", denying.viewState());
      form.put("primefaces.nonce", denying.nonce());
      WebSession.Page answer = s.post(page, form, page);
      assertEquals(200, answer.status());
      assertTrue(answer.body().contains(attempt[2]), attempt[2] + " in " + answer.body());
      assertFalse(answer.body().contains("Validation Error"), "no framework wording");
      assertFalse(answer.body().contains("is required"), "not called missing");
    }
    assertEquals("IN_REVIEW", as("reviewer1").get("api/requests/" + id).json().getString("status"));
  }

  /** Files past what the server reads of one form (100 MB): the page again, with a notice. */
  @Test
  void filesLargerThanAFormCarriesLeadBackWithANotice() throws Exception {
    long id = submit("employee1", HOUSEHOLD);
    String page = "employee/request.xhtml?id=" + id;
    WebSession s = WebSession.signIn(base.toURI(), "employee1");
    byte[] big = new byte[101 * 1024 * 1024];
    WebSession.Page tooLarge =
        s.postMultipart(
            page,
            documentsForm(s.get(page)),
            List.of(
                new WebSession.FilePart(
                    "documentsForm:moreDocuments", "scan.pdf", "application/pdf", big)),
            page);
    assertEquals(302, tooLarge.status(), tooLarge.body());
    assertTrue(tooLarge.location().endsWith("notice=tooLarge"), tooLarge.location());
    assertEquals(0, documentSteps(id));
  }

  // ---- the bad-input catalogue -----------------------------------------------------------------

  /**
   * More than sixty hostile inputs across the API (docs/reliability.md): each answered with the
   * status the catalogue names, as a problem document without a stack trace, never a 5xx, and
   * nothing written.
   */
  @Test
  void theHostileInputCatalogueIsRefusedCleanlyAndChangesNothing() {
    long mine = submit("employee1", HOUSEHOLD);
    long other = submit("employee2", HOUSEHOLD);
    long filedBefore = as("employee1").get("api/requests?size=1").json().getInt("total");
    String mineBefore = as("employee1").get("api/requests/" + mine).body();
    String otherBefore = as("employee2").get("api/requests/" + other).body();
    List<String> wrong = new ArrayList<>();
    for (HostileInputs.Input in : HostileInputs.API) {
      Api api = in.user() == null ? anonymous : as(in.user());
      String path =
          in.path().replace("{id}", String.valueOf(mine)).replace("{other}", String.valueOf(other));
      Api.Reply r = api.request(in.method(), path, in.contentType(), in.body(), in.headers());
      String type = r.header("Content-Type");
      boolean byServer = in.expected() < 0;
      if (r.status() != Math.abs(in.expected())) {
        wrong.add(in.name() + ": " + r.status() + ", not " + in.expected() + " " + r.body());
      } else if (!byServer && (type == null || !type.startsWith("application/problem+json"))) {
        wrong.add(in.name() + ": not a problem document (" + type + ")");
      } else if (r.body().contains("at org.") || (!byServer && r.body().contains("Exception"))) {
        wrong.add(in.name() + ": internals in the answer " + r.body());
      }
    }
    assertEquals(List.of(), wrong, wrong.size() + " of " + HostileInputs.API.size());
    assertTrue(HostileInputs.API.size() >= 60, "the catalogue has " + HostileInputs.API.size());
    assertEquals(filedBefore, as("employee1").get("api/requests?size=1").json().getInt("total"));
    assertEquals(mineBefore, as("employee1").get("api/requests/" + mine).body(), "nothing written");
    assertEquals(otherBefore, as("employee2").get("api/requests/" + other).body());
  }

  // ---- issue 21: forms, uploads, pages and headers as a careless or hostile client sends them --

  /** The new-request form as the page's scripts post it, with a start date of {@code start}. */
  static Map<String, String> newRequestForm(WebSession.Page page, String start, String end) {
    Map<String, String> form = new java.util.LinkedHashMap<>();
    form.put("form", "form");
    form.put("form:category", "OWN_CONDITION");
    form.put("form:limitations", "Cannot stand for long.");
    form.put("form:arrangement", "FULL_REMOTE");
    form.put("form:startDate", start);
    form.put("form:endDate", end);
    form.put("form:submit", "");
    form.put("jakarta.faces.ViewState", page.viewState());
    form.put("primefaces.nonce", page.nonce());
    return form;
  }

  /**
   * The new-request page after choosing "own condition": the panel with the description field is
   * drawn once a category is chosen, by the page's Ajax call, which this sends as PrimeFaces does.
   */
  static WebSession.Page newRequestPage(WebSession employee) {
    WebSession.Page page = employee.get("employee/new.xhtml");
    Map<String, String> ajax = new java.util.LinkedHashMap<>();
    ajax.put("jakarta.faces.partial.ajax", "true");
    ajax.put("jakarta.faces.source", "form:category");
    ajax.put("jakarta.faces.partial.execute", "form:category");
    ajax.put("jakarta.faces.partial.render", "form:categoryPanel");
    ajax.put("jakarta.faces.behavior.event", "valueChange");
    ajax.put("jakarta.faces.partial.event", "change");
    ajax.put("form", "form");
    ajax.put("form:category", "OWN_CONDITION");
    ajax.put("jakarta.faces.ViewState", page.viewState());
    ajax.put("primefaces.nonce", page.nonce());
    WebSession.Page chosen = employee.post("employee/new.xhtml", ajax, "employee/new.xhtml");
    assertEquals(200, chosen.status(), chosen.body());
    assertTrue(
        chosen.body().contains("form:limitations"), "the description field: " + chosen.body());
    return page;
  }

  int filedBy(String user) {
    return as(user).get("api/requests?size=1").json().getInt("total");
  }

  /**
   * Finding 7: the same form (the same view state) posted again, or 30 times at once, files one.
   */
  @Test
  void theSameFormPostedAgainOrThirtyTimesAtOnceFilesOneRequest() throws Exception {
    WebSession employee = WebSession.signIn(base.toURI(), "employee1");
    int before = filedBy("employee1");
    WebSession.Page page = newRequestPage(employee);
    Map<String, String> form = newRequestForm(page, "2026-12-07", "");
    WebSession.Page first =
        employee.postMultipart("employee/new.xhtml", form, List.of(), "employee/new.xhtml");
    assertEquals(302, first.status(), first.body());
    WebSession.Page again =
        employee.postMultipart("employee/new.xhtml", form, List.of(), "employee/new.xhtml");
    assertEquals(302, again.status(), again.body());
    assertEquals(first.location(), again.location(), "the same request's page");
    assertTrue(
        employee
            .get(again.location().replaceFirst("^https?://[^/]+/", ""))
            .body()
            .contains("filed already"),
        "the second answer says so");
    assertEquals(before + 1, filedBy("employee1"), "one request for two posts");

    Map<String, String> other =
        newRequestForm(employee.get("employee/new.xhtml"), "2026-12-08", "");
    List<Callable<WebSession.Page>> posts = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      posts.add(
          () ->
              employee.postMultipart("employee/new.xhtml", other, List.of(), "employee/new.xhtml"));
    }
    java.util.concurrent.ExecutorService pool =
        java.util.concurrent.Executors.newFixedThreadPool(30);
    try {
      Set<String> locations = new java.util.HashSet<>();
      for (java.util.concurrent.Future<WebSession.Page> f : pool.invokeAll(posts)) {
        WebSession.Page p = f.get();
        // a post that Faces restored while another changed the same page state may get the form
        // back instead (never a server error); every post that filed names the same request
        assertTrue(p.status() == 302 || p.status() == 200, p.status() + " " + p.body());
        if (p.status() == 302) {
          locations.add(p.location());
        }
      }
      assertEquals(1, locations.size(), "every post answered with one request: " + locations);
    } finally {
      pool.shutdownNow();
    }
    assertEquals(before + 2, filedBy("employee1"), "one request for thirty posts at once");
  }

  /** employee2 files {@code body} with {@code Idempotency-Key: key}. */
  Api.Reply fileWithKey(String body, String key) {
    return as("employee2")
        .request("POST", "api/requests", "application/json", body, "Idempotency-Key", key);
  }

  /** Finding 7: an API client's retry with the same Idempotency-Key files nothing new. */
  @Test
  void anApiRetryWithTheSameIdempotencyKeyFilesOneRequest() throws Exception {
    int before = filedBy("employee2");
    String key = "retry-" + java.util.UUID.randomUUID();
    Api.Reply first = fileWithKey(HOUSEHOLD, key);
    assertEquals(201, first.status(), first.toString());
    Api.Reply again = fileWithKey(HOUSEHOLD, key);
    assertEquals(200, again.status(), again.toString());
    assertEquals("true", again.header("Idempotent-Replayed"));
    assertEquals(first.header("Location"), again.header("Location"));
    assertEquals(
        first.json().getJsonNumber("id").longValue(), again.json().getJsonNumber("id").longValue());
    assertProblem(fileWithKey(HOUSEHOLD.replace("PARENT", "CHILD"), key), 400);
    assertEquals(Set.of("Idempotency-Key"), fields(fileWithKey(HOUSEHOLD, "k".repeat(101))));
    String raced = "race-" + java.util.UUID.randomUUID();
    List<Callable<Api.Reply>> calls = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      calls.add(() -> fileWithKey(HOUSEHOLD, raced));
    }
    @SuppressWarnings("unchecked")
    List<Api.Reply> replies = race(calls.toArray(Callable[]::new));
    assertEquals(
        1, replies.stream().filter(r -> r.status() == 201).count(), "one filed: " + replies);
    assertEquals(
        1,
        replies.stream().map(r -> r.json().getJsonNumber("id").longValue()).distinct().count(),
        "all answered with it");
    assertEquals(before + 2, filedBy("employee2"));
  }

  /** Finding 2: an empty file is refused by name on the new-request and documents forms. */
  @Test
  void anEmptyFileIsRefusedByNameNotDroppedSilently() throws Exception {
    WebSession employee = WebSession.signIn(base.toURI(), "employee1");
    int before = filedBy("employee1");
    WebSession.Page page = newRequestPage(employee);
    WebSession.Page refused =
        employee.postMultipart(
            "employee/new.xhtml",
            newRequestForm(page, "2026-12-07", ""),
            List.of(
                new WebSession.FilePart(
                    "form:documents", "medical-note.pdf", "application/pdf", new byte[0])),
            "employee/new.xhtml");
    assertEquals(200, refused.status(), "the form again, not filed");
    assertTrue(refused.body().contains("medical-note.pdf: The file is empty."), refused.body());
    assertEquals(before, filedBy("employee1"), "nothing filed");

    long id = submit("employee1", HOUSEHOLD);
    String request = "employee/request.xhtml?id=" + id;
    WebSession.Page answer =
        employee.postMultipart(
            request,
            documentsForm(employee.get(request)),
            List.of(
                new WebSession.FilePart(
                    "documentsForm:moreDocuments", "empty.pdf", "application/pdf", new byte[0])),
            request);
    assertEquals(200, answer.status());
    assertTrue(answer.body().contains("The file is empty."), "named on the request page");
    assertEquals(0, documentSteps(id), "no document added");
  }

  /**
   * Findings 3 and 6: a form too large for the server sends the user back with the notice; a
   * malformed multipart body, or a urlencoded body for a multipart form, is answered with the
   * application's own page and headers, never a 500 or the container's error report.
   */
  @Test
  void uploadsTooLargeOrMalformedAreAnsweredWithoutAServerError() throws Exception {
    WebSession employee = WebSession.signIn(base.toURI(), "employee1");
    int before = filedBy("employee1");
    WebSession.Page page = employee.get("employee/new.xhtml");
    WebSession.Page tooLarge =
        employee.postMultipart(
            "employee/new.xhtml",
            newRequestForm(page, "2026-12-07", ""),
            List.of(
                new WebSession.FilePart(
                    "form:documents", "scan.pdf", "application/pdf", new byte[101 * 1024 * 1024])),
            "employee/new.xhtml");
    assertEquals(302, tooLarge.status(), tooLarge.body());
    assertTrue(tooLarge.location().contains("notice=tooLarge"), tooLarge.location());

    byte[] unclosed =
        ("------b\r\nContent-Disposition: form-data; name=\"form\"\r\n\r\nform\r\n")
            .getBytes(java.nio.charset.StandardCharsets.UTF_8);
    for (String type : List.of("multipart/form-data", "multipart/form-data; boundary=----b")) {
      WebSession.Page bad =
          employee.postRaw("employee/new.xhtml", type, unclosed, "employee/new.xhtml");
      assertEquals(400, bad.status(), type + ": " + bad.body());
      assertTrue(bad.body().contains("The request could not be understood"), bad.body());
      assertFalse(bad.body().contains("Error report"), "the application's page");
      assertEquals("nosniff", bad.header("X-Content-Type-Options"));
    }
    WebSession.Page urlencoded =
        employee.post(
            "employee/new.xhtml", newRequestForm(employee.get("employee/new.xhtml"), "", ""));
    assertTrue(urlencoded.status() < 500, "urlencoded to a multipart form: " + urlencoded.status());
    assertEquals(before, filedBy("employee1"), "nothing filed");
  }

  /** Finding 5: a page number that is not a page of the list is "not found", never a 500. */
  @Test
  void listPagesAnswerNotFoundForPagesThatAreNotThere() throws Exception {
    Map<String, List<String>> pages =
        Map.of(
            "union1", List.of("union/shared.xhtml"),
            "admin", List.of("admin/accounts.xhtml", "admin/audit.xhtml"));
    for (Map.Entry<String, List<String>> e : pages.entrySet()) {
      WebSession session = WebSession.signIn(base.toURI(), e.getKey());
      for (String path : e.getValue()) {
        assertEquals(200, session.get(path + "?page=0").status(), path);
        for (String bad : List.of("abc", "-1", "99999999999", "2147483647", "99999")) {
          WebSession.Page p = session.get(path + "?page=" + bad);
          assertEquals(404, p.status(), path + "?page=" + bad);
          assertTrue(p.body().contains("Page not found"), path + "?page=" + bad);
        }
      }
    }
  }

  /**
   * Finding 11: the security headers are on every answer, also those given before any page (an API
   * 401, the redirect to the sign-in page, the container's refusal of /WEB-INF); finding 12: no
   * generated WADL document anywhere.
   */
  @Test
  void everyAnswerHasTheSecurityHeadersAndNoWadlIsServed() throws Exception {
    WebSession anonymousPages = WebSession.anonymous(base.toURI());
    Map<String, java.net.http.HttpHeaders> answers = new java.util.LinkedHashMap<>();
    answers.put("API 401", anonymous.get("api/requests").response().headers());
    WebSession.Page signIn = anonymousPages.get("employee/home.xhtml");
    assertEquals(302, signIn.status());
    answers.put("sign-in redirect", signIn.headers());
    WebSession.Page webInf = anonymousPages.get("WEB-INF/web.xml");
    assertTrue(webInf.status() == 403 || webInf.status() == 404, "WEB-INF: " + webInf.status());
    answers.put("WEB-INF", webInf.headers());
    answers.forEach(
        (what, h) -> {
          assertEquals("nosniff", h.firstValue("X-Content-Type-Options").orElse(null), what);
          assertEquals("private, no-store", h.firstValue("Cache-Control").orElse(null), what);
          assertTrue(
              h.firstValue("Content-Security-Policy").orElse("").contains("frame-ancestors"), what);
        });
    for (String wadl : List.of("openapi/application.wadl", "api/application.wadl")) {
      Api.Reply r = (wadl.startsWith("api/") ? as("reviewer1") : anonymous).get(wadl);
      assertEquals(404, r.status(), wadl);
      assertFalse(r.body().contains("Jersey"), wadl + " names no framework");
    }
  }

  /** Finding 8: a name a spreadsheet would run as a formula is exported as text. */
  @Test
  void formulaLikeNamesAreExportedAsText() {
    String code = "FORMULA" + (System.nanoTime() % 100000);
    String name = "=HYPERLINK(\\\"http://evil.example\\\",\\\"x\\\")";
    assertEquals(
        201,
        as("admin")
            .post("api/admin/locations", "{\"code\":\"" + code + "\",\"name\":\"" + name + "\"}")
            .status());
    submit("employee3", HOUSEHOLD.replace("{", "{\"workLocation\":\"" + code + "\","));
    String csv =
        as("reviewer2")
            .request("GET", "api/stats/by-location", null, null, "Accept", "text/csv")
            .body();
    assertTrue(csv.contains("'=HYPERLINK"), "the name, as text: " + csv);
    for (String line : csv.split("\r?\n")) {
      assertFalse(line.startsWith("=") || line.startsWith("\"="), "a formula cell: " + line);
      assertFalse(line.contains(",=") || line.contains(",\"="), "a formula cell: " + line);
    }
  }

  // ---- access matrix --------------------------------------------------------------------------

  /**
   * Every operation, page and servlet, for every kind of caller, answers as {@link AccessMatrix}
   * says; and the table has a row for everything the application offers (the OpenAPI document, the
   * pages under src/main/webapp, the servlets), so a new one without a row fails the build.
   */
  @Test
  void theAccessMatrixHolds() throws Exception {
    URI root = base.toURI();
    long id = submit("employee1", HOUSEHOLD);
    assertEquals(
        200,
        as("employee1").put("api/requests/" + id + "/union-access", AccessMatrix.SHARE).status());
    WebSession ownerPages = WebSession.signIn(root, "employee1");
    String page = "employee/request.xhtml?id=" + id;
    ownerPages.postMultipart(
        page,
        documentsForm(ownerPages.get(page)),
        List.of(
            new WebSession.FilePart(
                "documentsForm:moreDocuments", "letter.pdf", "application/pdf", PDF)),
        page);
    java.util.regex.Matcher docLink =
        java.util.regex.Pattern.compile("/documents/(\\d+)").matcher(ownerPages.get(page).body());
    assertTrue(docLink.find(), "the fixture has a document");
    String doc = docLink.group(1);
    Api.Reply token = as("employee1").post("api/tokens", AccessMatrix.TOKEN);
    assertEquals(201, token.status(), token.toString());
    String tokenId = String.valueOf(token.json().getJsonNumber("id").longValue());
    long decided = submit("employee1", HOUSEHOLD);
    act("reviewer1", decided, action("START_REVIEW"));
    assertEquals(
        200,
        act(
                "reviewer1",
                decided,
                "{\"action\":\"DENY\",\"reasonCode\":\"OTHER\",\"comment\":\"No.\"}")
            .status());

    String letterId =
        String.valueOf(
            as("employee1")
                .get("api/requests/" + decided + "/letters")
                .jsonArray()
                .getJsonObject(0)
                .getJsonNumber("id")
                .longValue());
    Map<AccessMatrix.Caller, String> users =
        Map.of(
            AccessMatrix.Caller.O, "employee1",
            AccessMatrix.Caller.E, "employee2",
            AccessMatrix.Caller.R, "reviewer1",
            AccessMatrix.Caller.U, "union1",
            AccessMatrix.Caller.X, "admin");
    Map<AccessMatrix.Caller, WebSession> pages = new java.util.EnumMap<>(AccessMatrix.Caller.class);
    Map<AccessMatrix.Caller, Api> apis = new java.util.EnumMap<>(AccessMatrix.Caller.class);
    pages.put(AccessMatrix.Caller.A, WebSession.anonymous(root));
    apis.put(AccessMatrix.Caller.A, anonymous);
    users.forEach(
        (caller, user) -> {
          pages.put(caller, WebSession.signIn(root, user));
          apis.put(caller, as(user));
        });

    List<String> wrong = new ArrayList<>();
    int checked = 0;
    for (AccessMatrix.Row row : AccessMatrix.ROWS) {
      String path =
          row.path()
              .replace("{id}", String.valueOf(id))
              .replace("{decided}", String.valueOf(decided))
              .replace("{letter}", letterId)
              .replace("{doc}", doc)
              .replace("{token}", tokenId)
              .replace("{user}", "employee2")
              .replace("{location}", "JUAREZ-HS")
              .replace("{jobclass}", "CLERK")
              .replace("{reason}", "OTHER")
              .replace("{listed}", "EQUIPMENT")
              .replace("{list}", "delay")
              .replace("{hold}", "999999")
              .replace("{policy}", "999999")
              .replace("{day}", "2026-12-26"); // not a holiday
      for (AccessMatrix.Caller caller : AccessMatrix.Caller.values()) {
        int status;
        if (row.api()) {
          Api api = apis.get(caller);
          status =
              switch (row.method()) {
                case "GET" ->
                    path.endsWith("/decision-letter") || path.matches(".*/letters/\\d+$")
                        ? api.download(path, "application/pdf").statusCode()
                        : api.get(path).status();
                case "POST" ->
                    path.endsWith("/case-file")
                        ? api.request(
                                "POST",
                                path,
                                "application/json",
                                row.body(),
                                "Accept",
                                "application/zip")
                            .status()
                        : api.post(path, row.body()).status();
                case "PUT" -> api.put(path, row.body()).status();
                case "DELETE" -> api.delete(path).status();
                case "PATCH" -> api.request("PATCH", path, "application/json", row.body()).status();
                default -> throw new IllegalArgumentException(row.method());
              };
        } else {
          WebSession s = pages.get(caller);
          status =
              row.method().equals("GET")
                  ? s.get(path).status()
                  : s.post(path, Map.of(), path).status();
        }
        checked++;
        int expected = row.expected().get(caller);
        if (status != expected) {
          wrong.add(
              row.method()
                  + " "
                  + row.path()
                  + " as "
                  + caller
                  + ": "
                  + status
                  + ", not "
                  + expected);
        }
      }
    }
    assertEquals(
        List.of(), wrong, wrong.size() + " of " + checked + " answers differ from the table");

    // Completeness: everything the application offers has a row.
    Set<String> inTable =
        AccessMatrix.ROWS.stream()
            .map(
                r ->
                    r.method()
                        + " /"
                        + r.path().replaceAll("\\?.*", "").replaceAll("\\{[a-z]+\\}", "{}"))
            .collect(Collectors.toSet());
    var document =
        new io.swagger.v3.parser.OpenAPIV3Parser()
            .readContents(anonymous.get("openapi").body(), null, null)
            .getOpenAPI();
    Set<String> offered = new java.util.TreeSet<>();
    document
        .getPaths()
        .forEach(
            (path, item) ->
                item.readOperationsMap()
                    .keySet()
                    .forEach(
                        method ->
                            offered.add(method + " " + path.replaceAll("\\{[^}]+\\}", "{}"))));
    try (var files = java.nio.file.Files.walk(java.nio.file.Path.of("src/main/webapp"))) {
      files
          .map(f -> java.nio.file.Path.of("src/main/webapp").relativize(f).toString())
          .filter(
              f -> f.endsWith(".xhtml") && !f.startsWith("WEB-INF") && !f.startsWith("resources"))
          .forEach(f -> offered.add("GET /" + f));
    }
    try (var files = java.nio.file.Files.walk(java.nio.file.Path.of("src/main/java"))) {
      // one address ("/x/*") or several ({"/a.csv", "/a.pdf"})
      java.util.regex.Pattern servlet =
          java.util.regex.Pattern.compile("@WebServlet\\((\\{[^}]*\\}|\"[^\"]*\")\\)");
      java.util.regex.Pattern address = java.util.regex.Pattern.compile("\"/([^\"*]+?)/?\\*?\"");
      for (var f : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        java.util.regex.Matcher annotation = servlet.matcher(java.nio.file.Files.readString(f));
        while (annotation.find()) {
          java.util.regex.Matcher m = address.matcher(annotation.group(1));
          while (m.find()) {
            String prefix = "/" + m.group(1);
            assertTrue(
                inTable.stream().anyMatch(r -> r.substring(r.indexOf(' ') + 1).startsWith(prefix)),
                "no row in AccessMatrix for the servlet " + prefix);
          }
        }
      }
    }
    Set<String> missing = new java.util.TreeSet<>(offered);
    missing.removeAll(inTable);
    // the test clock exists only in the WARs tests build (ADMIN only): not the application's
    missing.removeIf(operation -> operation.endsWith(" /api/test-clock"));
    assertEquals(Set.of(), missing, "offered by the application but not in AccessMatrix");
  }

  // ---- logs ---------------------------------------------------------------------------------

  /**
   * What people write about their health never reaches the server log, whatever goes wrong with it:
   * refused, too long, malformed, forbidden. And a 403 is not a stack trace. The server logs to
   * target/payara-it.log (arquillian.xml).
   */
  @Test
  void noRequestTextReachesTheLog() throws Exception {
    String phrase = "Quelvorine infusion " + System.nanoTime();
    String body =
        HOUSEHOLD.replace("\"justification\":\"...\"", "\"justification\":\"" + phrase + "\"");
    long id = submit("employee3", body);
    assertEquals(200, act("reviewer1", id, action("START_REVIEW")).status());
    assertProblem(
        act(
            "reviewer1",
            id,
            Json.createObjectBuilder()
                .add("action", "DENY")
                .add("reasonCode", "OTHER")
                .add("comment", phrase + "x".repeat(4000))
                .build()
                .toString()),
        400);
    assertProblem(as("employee3").post("api/requests", "{\"justification\":\"" + phrase), 400);
    assertProblem(
        as("employee3").post("api/requests", body.replace("true", "\"" + phrase + "\"")), 400);
    assertProblem(as("union1").post("api/requests", body), 403);
    assertProblem(as("employee1").get("api/requests/" + id), 404);
    logBarrier();

    String log = serverLog();
    assertTrue(log.contains("Database schema at version"), "this is the server's log");
    assertFalse(log.contains(phrase.substring(0, 20)), "request text in the log");
    assertFalse(log.contains("Client not authorized"), "a refused call logged with a stack trace");
  }

  @SafeVarargs
  static List<Api.Reply> race(Callable<Api.Reply>... calls) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(calls.length);
    try {
      CountDownLatch ready = new CountDownLatch(calls.length);
      CountDownLatch go = new CountDownLatch(1);
      List<Future<Api.Reply>> futures = new ArrayList<>();
      for (Callable<Api.Reply> call : calls) {
        futures.add(
            pool.submit(
                () -> {
                  ready.countDown();
                  go.await();
                  return call.call();
                }));
      }
      ready.await();
      go.countDown();
      List<Api.Reply> replies = new ArrayList<>();
      for (Future<Api.Reply> f : futures) {
        replies.add(f.get());
      }
      return replies;
    } finally {
      pool.shutdownNow();
    }
  }

  static void assertExactlyOneWins(List<Api.Reply> replies) {
    long wins = replies.stream().filter(r -> r.status() == 200).count();
    assertEquals(1, wins, replies.toString());
    for (Api.Reply r : replies) {
      if (r.status() != 200) {
        assertTrue(r.status() == 409 || r.status() == 412, r.toString());
        assertProblem(r, r.status());
      }
    }
  }

  // ---- statistics -----------------------------------------------------------------------------

  /** Today in UTC, asked each time: a run that crosses midnight must not compare two days. */
  static String today() {
    return java.time.LocalDate.now(java.time.ZoneOffset.UTC).toString();
  }

  static JsonObject row(JsonObject table, String key) {
    return table.getJsonArray("rows").getValuesAs(JsonObject.class).stream()
        .filter(r -> r.getString("key").equals(key))
        .findFirst()
        .orElse(null);
  }

  static long count(JsonObject row, String column) {
    if (row == null) {
      return 0;
    }
    JsonObject cell = row.getJsonObject("cells").getJsonObject(column);
    assertFalse(cell.getBoolean("suppressed"), column + " is suppressed for HR");
    return cell.getJsonNumber("value").longValue();
  }

  static long cell(JsonObject o, String name) {
    return o.getJsonObject(name).getJsonNumber("value").longValue();
  }

  void deny(String reviewer, long id) {
    assertEquals(200, act(reviewer, id, action("START_REVIEW")).status());
    assertEquals(
        200,
        act(reviewer, id, "{\"action\":\"DENY\",\"reasonCode\":\"OTHER\",\"comment\":\"No.\"}")
            .status());
  }

  @Test
  void everyNumberMatchesWhatWasDone() {
    String q = "?location=DUSABLE-HS&from=" + today() + "&to=" + today();
    String household = HOUSEHOLD.replace("{", "{\"workLocation\":\"DUSABLE-HS\",");
    Api hr = as("reviewer1");
    JsonObject summary0 = hr.get("api/stats/summary" + q).json().getJsonObject("byCategory");
    JsonObject loc0 = hr.get("api/stats/by-location" + q).json();
    JsonObject job0 = hr.get("api/stats/by-job-class" + q).json();
    JsonObject month0 = hr.get("api/stats/by-month" + q).json();
    JsonObject rev0 = hr.get("api/stats/by-reviewer" + q).json();
    JsonObject appeals0 = hr.get("api/stats/appeals" + q).json();
    JsonObject backlog0 = hr.get("api/stats/backlog" + q).json();

    long denied = submit("employee1", household);
    deny("reviewer1", denied);
    long overturned = submit("employee1", household);
    deny("reviewer1", overturned);
    assertEquals(200, act("employee1", overturned, action("APPEAL")).status());
    assertEquals(200, act("reviewer2", overturned, action("START_REVIEW")).status());
    assertEquals(200, act("reviewer2", overturned, action("APPROVE")).status());
    submit("employee1", household); // pending
    long withdrawn = submit("employee1", household);
    assertEquals(200, act("employee1", withdrawn, action("WITHDRAW")).status());

    JsonObject summary1 = hr.get("api/stats/summary" + q).json().getJsonObject("byCategory");
    JsonObject h0 = row(summary0, "HOUSEHOLD_MEMBER");
    JsonObject h1 = row(summary1, "HOUSEHOLD_MEMBER");
    assertEquals(4, count(h1, "requests") - count(h0, "requests"));
    assertEquals(2, count(h1, "decided") - count(h0, "decided"));
    assertEquals(1, count(h1, "denied") - count(h0, "denied"));
    assertEquals(1, count(h1, "approved") - count(h0, "approved"));
    assertEquals(1, count(h1, "withdrawn") - count(h0, "withdrawn"));
    assertEquals(1, count(h1, "pending") - count(h0, "pending"));
    assertEquals(
        (double) count(h1, "denied") / count(h1, "decided"),
        h1.getJsonObject("cells").getJsonObject("denialRate").getJsonNumber("value").doubleValue(),
        1e-9);

    JsonObject loc1 = hr.get("api/stats/by-location" + q).json();
    assertEquals(
        4, count(row(loc1, "DUSABLE-HS"), "requests") - count(row(loc0, "DUSABLE-HS"), "requests"));
    assertEquals("DuSable High School", row(loc1, "DUSABLE-HS").getString("label"));
    JsonObject job1 = hr.get("api/stats/by-job-class" + q).json();
    assertEquals(
        4, count(row(job1, "TEACHER"), "requests") - count(row(job0, "TEACHER"), "requests"));
    String month = today().substring(0, 7);
    JsonObject month1 = hr.get("api/stats/by-month" + q).json();
    assertEquals(4, count(row(month1, month), "requests") - count(row(month0, month), "requests"));
    JsonObject rev1 = hr.get("api/stats/by-reviewer" + q).json();
    assertEquals(
        1, count(row(rev1, "reviewer1"), "denied") - count(row(rev0, "reviewer1"), "denied"));
    assertEquals(
        1, count(row(rev1, "reviewer2"), "approved") - count(row(rev0, "reviewer2"), "approved"));

    JsonObject appeals1 = hr.get("api/stats/appeals" + q).json();
    assertEquals(1, cell(appeals1, "filed") - cell(appeals0, "filed"));
    assertEquals(1, cell(appeals1, "decided") - cell(appeals0, "decided"));
    assertEquals(1, cell(appeals1, "overturned") - cell(appeals0, "overturned"));

    JsonObject backlog1 = hr.get("api/stats/backlog" + q).json();
    assertEquals(1, cell(backlog1, "days0to5") - cell(backlog0, "days0to5"), backlog1.toString());
    assertEquals(1, cell(backlog1, "total") - cell(backlog0, "total"));
    assertEquals(0, backlog1.getJsonNumber("oldestWaitingDays").longValue());
    JsonObject ttd = backlog1.getJsonObject("timeToFirstDecision");
    assertEquals(
        2, cell(ttd, "decided") - cell(backlog0.getJsonObject("timeToFirstDecision"), "decided"));
    assertEquals(0.0, ttd.getJsonNumber("medianDays").doubleValue(), 0.1, "decided within minutes");
  }

  /**
   * Whole past months come from the pre-aggregated cubes, a location filter counts the requests
   * directly: both ways must give the same numbers.
   */
  @Test
  void aDecisionOnARequestOfAnEarlierMonthShowsInTheFiguresAtOnce() {
    String thisMonth = today().substring(0, 7);
    JsonObject waiting = as("reviewer2").get("api/requests?size=200&status=SUBMITTED").json();
    JsonObject old =
        waiting.getJsonArray("items").getValuesAs(JsonObject.class).stream()
            .filter(r -> r.getString("submittedAt").compareTo(thisMonth) < 0)
            .filter(r -> !r.getString("requester").equals("reviewer2"))
            .findFirst()
            .orElseThrow(() -> new AssertionError("demo data has old waiting requests"));
    String q = "?period=" + old.getString("submittedAt").substring(0, 7);
    Api hr = as("reviewer1");
    JsonObject before = hr.get("api/stats/summary" + q).json().getJsonObject("byCategory");
    long reviewerDenied =
        count(row(hr.get("api/stats/by-reviewer" + q).json(), "reviewer2"), "denied");

    deny("reviewer2", old.getJsonNumber("id").longValue());

    JsonObject after = hr.get("api/stats/summary" + q).json().getJsonObject("byCategory");
    JsonObject total0 = before.getJsonObject("total");
    JsonObject total1 = after.getJsonObject("total");
    assertEquals(count(total0, "decided") + 1, count(total1, "decided"), "decided, at once");
    assertEquals(count(total0, "denied") + 1, count(total1, "denied"));
    assertEquals(count(total0, "pending") - 1, count(total1, "pending"));
    assertEquals(count(total0, "requests"), count(total1, "requests"));
    assertEquals(
        reviewerDenied + 1,
        count(row(hr.get("api/stats/by-reviewer" + q).json(), "reviewer2"), "denied"),
        "the decider's row");
    JsonObject union = as("union1").get("api/stats/summary" + q).json().getJsonObject("byCategory");
    JsonObject shown = union.getJsonObject("total").getJsonObject("cells").getJsonObject("decided");
    assertTrue(
        shown.getBoolean("suppressed")
            || Math.abs(shown.getJsonNumber("value").longValue() - count(total1, "decided")) <= 10,
        "the union's figure is near the new truth: " + shown);
  }

  @Test
  void cubedMonthsAndDirectCountsAgree() {
    java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneOffset.UTC);
    java.time.YearMonth thisMonth = java.time.YearMonth.from(today);
    String[][] periods = {
      {
        thisMonth.minusMonths(4).atDay(1).toString(),
        thisMonth.minusMonths(1).atEndOfMonth().toString()
      },
      {
        thisMonth.minusMonths(4).atDay(15).toString(), thisMonth.minusMonths(1).atDay(10).toString()
      },
      {thisMonth.minusMonths(3).atDay(1).toString(), today.toString()}
    };
    List<String> locations = // every location, those other tests add included
        as("admin").get("api/admin/locations").jsonArray().getValuesAs(JsonObject.class).stream()
            .map(l -> l.getString("code"))
            .toList();
    List<String> columns =
        List.of(
            "requests",
            "decided",
            "approved",
            "approvedWithChanges",
            "denied",
            "withdrawn",
            "pending");
    Api hr = as("reviewer1");
    for (String[] period : periods) {
      String q = "?from=" + period[0] + "&to=" + period[1];
      JsonObject cubed = hr.get("api/stats/by-location" + q).json();
      JsonObject byCategory = hr.get("api/stats/summary" + q).json().getJsonObject("byCategory");
      JsonObject byMonth = hr.get("api/stats/by-month" + q).json();
      JsonObject byJob = hr.get("api/stats/by-job-class" + q).json();
      JsonObject byReviewer = hr.get("api/stats/by-reviewer" + q).json();
      long[] direct = new long[columns.size()];
      long filed = 0;
      long appealsDecided = 0;
      long firstDecisions = 0;
      long onTime = 0;
      for (String location : locations) {
        JsonObject timely =
            hr.get("api/stats/timeliness" + q + "&location=" + location)
                .json()
                .getJsonObject("total");
        firstDecisions += cell(timely, "decided");
        onTime += cell(timely, "onTime");
        JsonObject one =
            hr.get("api/stats/summary" + q + "&location=" + location)
                .json()
                .getJsonObject("byCategory");
        for (int i = 0; i < columns.size(); i++) {
          direct[i] += count(one.getJsonObject("total"), columns.get(i));
          assertEquals(
              count(one.getJsonObject("total"), columns.get(i)),
              count(row(cubed, location), columns.get(i)),
              location + " " + columns.get(i) + " " + q);
        }
        JsonObject appeals = hr.get("api/stats/appeals" + q + "&location=" + location).json();
        filed += cell(appeals, "filed");
        appealsDecided += cell(appeals, "decided");
      }
      assertTrue(direct[0] > 0, "the period has requests: " + q);
      for (int i = 0; i < columns.size(); i++) {
        String col = columns.get(i);
        assertEquals(
            direct[i], count(byCategory.getJsonObject("total"), col), "summary " + col + " " + q);
        assertEquals(
            direct[i], count(byMonth.getJsonObject("total"), col), "by month " + col + " " + q);
        assertEquals(
            direct[i], count(byJob.getJsonObject("total"), col), "by job class " + col + " " + q);
      }
      long decidedByReviewers = count(byReviewer.getJsonObject("total"), "decided");
      assertEquals(
          direct[1], decidedByReviewers, "every decided request has a latest decider " + q);
      JsonObject appeals = hr.get("api/stats/appeals" + q).json();
      assertEquals(filed, cell(appeals, "filed"), "appeals filed " + q);
      assertEquals(appealsDecided, cell(appeals, "decided"), "appeals decided " + q);
      JsonObject timely = hr.get("api/stats/timeliness" + q).json();
      assertEquals(firstDecisions, cell(timely.getJsonObject("total"), "decided"), "first " + q);
      assertEquals(onTime, cell(timely.getJsonObject("total"), "onTime"), "on time " + q);
      assertTrue(firstDecisions > 0, "the period has first decisions with a due day " + q);
      JsonObject ttd = hr.get("api/stats/backlog" + q).json().getJsonObject("timeToFirstDecision");
      assertEquals(direct[1] > 0, !ttd.isNull("medianDays"));
    }
  }

  @Test
  void deadlinesKeptAreCountedAsStepsHappenAndOverdueMatchesTheQueue() {
    Api hr = as("reviewer1");
    JsonObject before = hr.get("api/stats/timeliness").json();
    long id = submit("employee2", HOUSEHOLD);
    act("reviewer1", id, action("START_REVIEW"));
    act("reviewer1", id, action("APPROVE"));
    JsonObject after = hr.get("api/stats/timeliness").json();
    assertEquals(
        cell(before.getJsonObject("total"), "decided") + 1,
        cell(after.getJsonObject("total"), "decided"),
        "the first decision is counted at once");
    assertEquals(
        cell(before.getJsonObject("total"), "onTime") + 1,
        cell(after.getJsonObject("total"), "onTime"),
        "decided the day it was filed: on time");
    assertTrue(after.getInt("medianBusinessDays") >= 0);
    long overdue = cell(after.getJsonObject("total"), "overdueNow");
    assertEquals(
        hr.get("api/requests?size=1&due=overdue").json().getInt("total"),
        overdue,
        "the statistics and the queue agree on what is overdue");
    long byCategory =
        after.getJsonArray("byCategory").getValuesAs(JsonObject.class).stream()
            .mapToLong(r -> cell(r, "overdueNow"))
            .sum();
    assertEquals(overdue, byCategory);

    // the union sees the same table, protected: whole periods only, perturbed, small cells hidden
    Api union = as("union1");
    assertProblem(union.get("api/stats/timeliness?from=2026-01-03&to=2026-02-10"), 400);
    JsonObject protectedView = union.get("api/stats/timeliness").json();
    assertEquals(3, protectedView.getJsonArray("byCategory").size(), "every category, always");
    for (JsonObject r : protectedView.getJsonArray("byLocation").getValuesAs(JsonObject.class)) {
      JsonObject cellValue = r.getJsonObject("overdueNow");
      assertTrue(
          cellValue.getBoolean("suppressed")
              || cellValue.getJsonNumber("value").longValue()
                  >= protectedView.getInt("minimumCellSize"),
          "a small count is hidden, never shown: " + r);
    }
    String csv = new String(hr.download("api/stats/timeliness", "text/csv").body());
    assertTrue(csv.startsWith("group,key,decided,onTime,onTimeRate,pastHardLimit,overdueNow"), csv);
    assertTrue(csv.contains("\nexpedited,,"), "the handling figures follow: " + csv);
  }

  /**
   * Checks every figure the union sees against the exact one HR sees: hidden ones have no value,
   * shown ones are at least the minimum cell size (11) and within the noise bound (10) of the
   * truth, and a hidden denial count hides its rate. Returns how many figures were shown.
   */
  int protectedAsTheRuleSays(JsonObject hr, JsonObject union) {
    List<JsonObject> unionRows = new java.util.ArrayList<>(rows(union));
    unionRows.add(union.getJsonObject("total"));
    List<JsonObject> hrRows = new java.util.ArrayList<>(rows(hr));
    hrRows.add(hr.getJsonObject("total"));
    assertEquals(hrRows.size(), unionRows.size(), "the same rows");
    int shown = 0;
    for (int i = 0; i < unionRows.size(); i++) {
      assertEquals(
          hrRows.get(i).getString("key"), unionRows.get(i).getString("key"), "the same row");
      JsonObject u = unionRows.get(i).getJsonObject("cells");
      for (String col :
          List.of(
              "requests",
              "decided",
              "approved",
              "approvedWithChanges",
              "denied",
              "withdrawn",
              "pending")) {
        JsonObject c = u.getJsonObject(col);
        long truth = count(hrRows.get(i), col);
        if (c.getBoolean("suppressed")) {
          assertTrue(c.isNull("value"), "a hidden figure has no value");
          assertTrue(truth <= 20, "only small figures are hidden: " + col + " = " + truth);
        } else {
          shown++;
          long v = c.getJsonNumber("value").longValue();
          assertTrue(v >= 11, "union sees " + col + " = " + v);
          assertTrue(Math.abs(v - truth) <= 10, col + ": shown " + v + ", true " + truth);
        }
      }
      if (u.getJsonObject("denied").getBoolean("suppressed")) {
        assertTrue(u.getJsonObject("denialRate").getBoolean("suppressed"), "no hidden rates");
      }
    }
    return shown;
  }

  @Test
  void unionRepsSeeProtectedFiguresOfWholePeriodsAndReviewersAsPseudonyms() {
    String q = "?location=NETWORK-9&period=" + today().substring(0, 7);
    String household = HOUSEHOLD.replace("{", "{\"workLocation\":\"NETWORK-9\",");
    long id = submit("employee2", household);
    deny("reviewer1", id);
    submit("employee2", household);

    JsonObject hr = as("reviewer1").get("api/stats/by-location" + q).json();
    JsonObject union = as("union1").get("api/stats/by-location" + q).json();
    assertTrue(union.getBoolean("suppressionApplied"));
    assertFalse(hr.getBoolean("suppressionApplied"));
    assertEquals(union, as("union1").get("api/stats/by-location" + q).json(), "same answer again");
    long hrRequests = count(row(hr, "NETWORK-9"), "requests");
    assertTrue(hrRequests >= 2, "the requests filed here this month: " + hrRequests);
    protectedAsTheRuleSays(hr, union);
    // all time, every location: figures large enough to show, and the shown ones keep the rule
    int shown =
        protectedAsTheRuleSays(
            as("reviewer1").get("api/stats/by-location").json(),
            as("union1").get("api/stats/by-location").json());
    assertTrue(shown > 0, "some figures of all time are shown: " + shown);
    JsonObject oneCategory =
        as("union1")
            .get("api/stats/summary" + q + "&category=HOUSEHOLD_MEMBER")
            .json()
            .getJsonObject("byCategory");
    // filtered to one category, the other categories are not in the figures at all: no row (an
    // empty row would read as "hidden", fewer than the minimum; issue 25 #13)
    assertEquals(
        List.of("HOUSEHOLD_MEMBER"),
        oneCategory.getJsonArray("rows").getValuesAs(JsonObject.class).stream()
            .map(r -> r.getString("key"))
            .toList());

    Api.Reply csv = csv("union1", "api/stats/by-location" + q);
    assertEquals(200, csv.status());
    assertTrue(csv.header("Content-Type").startsWith("text/csv"));
    assertTrue(csv.body().startsWith("key,label,requests,decided"), csv.body());
    assertFalse(csv.body().contains("<"), "never a bound: " + csv.body());
    JsonObject network = row(union, "NETWORK-9").getJsonObject("cells").getJsonObject("requests");
    assertTrue(
        csv.body()
            .contains(
                "NETWORK-9,Network 9 Office,"
                    + (network.getBoolean("suppressed")
                        ? "hidden"
                        : String.valueOf(network.getJsonNumber("value").longValue()))
                    + ","),
        "the CSV says what the JSON says: " + csv.body());
    assertTrue(
        csv("reviewer1", "api/stats/by-location" + q)
            .body()
            .contains("NETWORK-9,Network 9 Office," + hrRequests + ","));

    JsonObject byReviewer = as("union1").get("api/stats/by-reviewer").json();
    List<String> keys = rows(byReviewer).stream().map(r -> r.getString("key")).toList();
    assertFalse(keys.isEmpty());
    assertTrue(keys.stream().allMatch(k -> k.matches("[A-Z]{5}|-")), keys.toString());
    assertFalse(byReviewer.toString().contains("reviewer"), "no user names");
    assertFalse(byReviewer.toString().contains("Chen"), "no display names");
    assertFalse(byReviewer.toString().contains("Novak"), "no display names");
    assertEquals(
        keys,
        rows(as("union1").get("api/stats/by-reviewer").json()).stream()
            .map(r -> r.getString("key"))
            .toList(),
        "stable pseudonyms");
    JsonObject unionSummary = as("union1").get("api/stats/summary").json();
    assertTrue(unionSummary.isNull("byStatus"), "the status matrix is HR's only");
  }

  @Test
  void onlyWhatJsonSaysIsTakenAndNothingTooLarge() {
    long before =
        as("employee1").get("api/requests?size=1").json().getJsonNumber("total").longValue();
    Api.Reply fraction =
        as("employee1")
            .post(
                "api/requests",
                HOUSEHOLD.replace(
                    "\"FULL_REMOTE\"", "\"PARTIAL_REMOTE\",\"remoteDaysPerWeek\":1.5"));
    assertProblem(fraction, 400);
    assertTrue(fraction.body().contains("whole number, not 1.5"), fraction.body());
    Api.Reply yearZero =
        as("employee1")
            .post("api/requests", HOUSEHOLD.replaceAll("\\d{4}-(\\d{2})-(\\d{2})", "0000-$1-$2"));
    assertProblem(yearZero, 400);
    assertTrue(fields(yearZero).contains("startDate"), yearZero.body());
    String huge = "x".repeat(2 * 1024 * 1024);
    Api.Reply tooLarge =
        as("employee1")
            .postExpectingContinue(
                "api/requests", HOUSEHOLD.replace("{", "{\"padding\":\"" + huge + "\","));
    assertProblem(tooLarge, 413);
    assertEquals(
        before,
        as("employee1").get("api/requests?size=1").json().getJsonNumber("total").longValue(),
        "nothing was filed");
  }

  @Test
  void everyAnswerCarriesTheSecurityHeadersAndCaseDataIsNeverCached() {
    long id = submit("employee1", HOUSEHOLD);
    for (Api.Reply r :
        List.of(
            as("employee1").get("api/requests/" + id),
            as("reviewer1").get("api/stats/summary"),
            anonymous.get("login.xhtml"))) {
      assertEquals("nosniff", r.header("X-Content-Type-Options"), r.toString());
      assertEquals("same-origin", r.header("Referrer-Policy"));
      assertEquals("DENY", r.header("X-Frame-Options"));
      assertTrue(r.header("Content-Security-Policy").contains("frame-ancestors 'none'"));
      assertTrue(r.header("Cache-Control").contains("no-store"), r.toString());
      assertNull(r.header("Server"), "no product banner");
      assertNull(r.header("X-Powered-By"), "no product banner");
    }
    Api.Reply page = anonymous.get("login.xhtml");
    assertTrue(
        page.headers("Content-Security-Policy").stream()
            .anyMatch(p -> p.matches("script-src 'self' 'nonce-[A-Za-z0-9+/=]+'.*")),
        "scripts only from the application or with the page's nonce: "
            + page.headers("Content-Security-Policy"));
    assertFalse(page.body().matches("(?s).*\\son[a-z]+=\".*"), "no inline event handlers");
    String cookie = page.header("Set-Cookie");
    assertTrue(cookie.contains("HttpOnly"), cookie);
    assertTrue(cookie.toLowerCase(java.util.Locale.ROOT).contains("samesite=lax"), cookie);
    Api.Reply metrics = anonymous.get("metrics");
    assertNotEquals(200, metrics.status(), "no JVM and pool figures for anonymous callers");
    assertFalse(metrics.body().contains("jvm"), metrics.body());
  }

  @Test
  void pagesAndDatesPastTheLimitsAreNamedNot500() {
    Api.Reply overflow = as("reviewer1").get("api/requests?page=10737419&size=200");
    assertProblem(overflow, 400);
    assertEquals(Set.of("page"), fields(overflow));
    assertEquals(200, as("reviewer1").get("api/requests?page=10737417&size=200").status());
    for (String far : List.of("%2B999999999-12-31", "-000001-01-01", "1899-12-31")) {
      Api.Reply r = as("reviewer1").get("api/stats/summary?to=" + far);
      assertProblem(r, 400);
      assertEquals(Set.of("to"), fields(r), far);
    }
    assertEquals(200, as("reviewer1").get("api/stats/summary?to=9999-12-31").status());
    assertProblem(as("union1").get("api/stats/summary?period=1899"), 400);
    assertEquals(404, as("reviewer1").get("api/application.wadl").status(), "no WADL");
  }

  @Test
  void unionRepsAskForWholePeriodsOnlySoDayByDayDifferencesAreRefused() {
    String month = today().substring(0, 7);
    java.time.YearMonth ym = java.time.YearMonth.parse(month);
    String lastDay = ym.atEndOfMonth().toString();
    Api union = as("union1");
    for (String period :
        List.of(
            "?period=" + month,
            "?period=" + ym.getYear(),
            "?from=" + ym.atDay(1) + "&to=" + lastDay,
            "")) {
      assertEquals(200, union.get("api/stats/summary" + period).status(), period);
    }
    Api.Reply dayByDay =
        union.get(
            "api/stats/summary?location=LINCOLN-ES&from=" + ym.atDay(1) + "&to=" + ym.atDay(2));
    assertProblem(dayByDay, 400);
    assertEquals(Set.of("period"), fields(dayByDay));
    assertProblem(union.get("api/stats/by-month?period=2026-13"), 400);
    assertProblem(union.get("api/stats/by-month?period=2026&from=2026-01-01"), 400);
    assertEquals(
        200,
        as("reviewer1").get("api/stats/summary?from=" + ym.atDay(1) + "&to=" + today()).status(),
        "HR keeps free dates");
  }

  static List<JsonObject> rows(JsonObject table) {
    return table.getJsonArray("rows").getValuesAs(JsonObject.class);
  }

  Api.Reply csv(String user, String path) {
    try {
      var request =
          java.net.http.HttpRequest.newBuilder(anonymous.uri(path))
              .header("Accept", "text/csv")
              .header(
                  "Authorization",
                  "Basic "
                      + java.util.Base64.getEncoder().encodeToString((user + ":demo").getBytes()))
              .GET()
              .build();
      return new Api.Reply(
          Api.HTTP.send(request, java.net.http.HttpResponse.BodyHandlers.ofString()));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void employeesMayNotReadStatisticsAndBadFiltersAreNamed() {
    for (String path :
        List.of(
            "summary",
            "by-location",
            "by-job-class",
            "by-month",
            "by-reviewer",
            "backlog",
            "appeals")) {
      assertProblem(as("employee1").get("api/stats/" + path), 403);
      assertEquals(200, as("union1").get("api/stats/" + path).status(), path);
    }
    assertProblem(anonymous.get("api/stats/summary"), 401);
    Api.Reply bad = as("union1").get("api/stats/by-month?from=yesterday&category=PETS");
    assertProblem(bad, 400);
    assertEquals(Set.of("from", "category"), fields(bad));
    assertProblem(as("union1").get("api/stats/summary?from=2021-03-01&to=2021-02-01"), 400);
  }

  @Test
  void anEmployeeSharesARequestWithTheUnionAndWithdrawsTheConsent() {
    long id =
        submit(
            "employee3",
            HOUSEHOLD
                .replace("HOUSEHOLD_MEMBER", "OWN_CONDITION")
                .replace("{", "{\"functionalLimitations\":\"Cannot wear a mask for long.\","));
    assertProblem(as("union1").get("api/requests/" + id), 404);
    assertProblem(
        as("employee2").put("api/requests/" + id + "/union-access", "{\"shared\":true}"), 404);
    assertProblem(
        as("union1").put("api/requests/" + id + "/union-access", "{\"shared\":true}"), 403);
    assertProblem(as("employee3").put("api/requests/" + id + "/union-access", "{}"), 400);
    for (String loose : List.of("\"TRUE\"", "[true]", "1", "\"yes\"", "\"true\"")) {
      Api.Reply r =
          as("employee3").put("api/requests/" + id + "/union-access", "{\"shared\":" + loose + "}");
      assertProblem(r, 400);
      assertTrue(r.body().contains("must be true or false"), loose + ": " + r.body());
    }
    assertProblem(as("union1").get("api/requests/" + id), 404); // none of those shared it

    assertEquals(
        200,
        as("employee3").put("api/requests/" + id + "/union-access", "{\"shared\":true}").status());
    assertTrue(sharedIds().contains(id), "the union's list holds the shared request");
    deny("reviewer2", id);
    Api.Reply union = as("union1").get("api/requests/" + id);
    assertEquals(200, union.status(), union.toString());
    JsonObject view = union.json();
    assertEquals("DENIED", view.getString("status"));
    assertEquals("Aisha Johnson", view.getString("requesterName"));
    JsonObject decision = view.getJsonArray("decisions").getJsonObject(0);
    assertEquals("OTHER", decision.getString("reasonCode"));
    assertFalse(decision.containsKey("explanation"), "never the reviewer's free text");
    assertFalse(union.body().contains("No."), "the explanation stays with the employee and HR");
    assertFalse(union.body().contains("reviewer2"), "never a reviewer's name");
    assertFalse(view.containsKey("functionalLimitations"));
    assertFalse(union.body().contains("mask"), "never the limitations text");
    assertFalse(view.containsKey("justification"));
    assertFalse(union.body().contains("employee3"), "who acted is a role, never a user name");
    assertTrue(
        view.getJsonArray("timeline").getValuesAs(JsonObject.class).stream()
            .allMatch(s -> Set.of("EMPLOYEE", "HR").contains(s.getString("actor"))));
    assertTrue(
        view.getJsonArray("timeline").getValuesAs(JsonObject.class).stream()
            .anyMatch(s -> s.getString("action").equals("UNION_ACCESS_GRANTED")));

    // on appeal, another reviewer grants part of it, describing the arrangement in free text
    assertEquals(200, act("employee3", id, action("APPEAL")).status());
    assertEquals(200, act("reviewer1", id, action("START_REVIEW")).status());
    assertEquals(
        200,
        act(
                "reviewer1",
                id,
                "{\"action\":\"APPROVE_WITH_CHANGES\",\"arrangement\":\"PARTIAL_REMOTE\","
                    + "\"remoteDaysPerWeek\":2,\"arrangementDescription\":\"Mondays off for"
                    + " chemotherapy\",\"comment\":\"Two days.\"}")
            .status());
    Api.Reply appealed = as("union1").get("api/requests/" + id);
    JsonObject granted = appealed.json().getJsonArray("decisions").getJsonObject(1);
    assertEquals("APPROVED_WITH_CHANGES", granted.getString("outcome"));
    assertEquals("PARTIAL_REMOTE", granted.getString("grantedType"));
    assertEquals(2, granted.getInt("grantedRemoteDaysPerWeek"));
    assertFalse(appealed.body().contains("chemotherapy"), "no free text: " + appealed.body());
    assertFalse(appealed.body().contains("reviewer1"), "never a reviewer's name");

    assertEquals(
        200,
        as("employee3").put("api/requests/" + id + "/union-access", "{\"shared\":false}").status());
    assertProblem(as("union1").get("api/requests/" + id), 404);
    assertFalse(sharedIds().contains(id), "and no longer in the union's list");
    List<String> actions =
        as("employee3")
            .get("api/requests/" + id)
            .json()
            .getJsonArray("history")
            .getValuesAs(JsonObject.class)
            .stream()
            .map(h -> h.getString("action"))
            .toList();
    assertEquals(
        List.of(
            "SUBMIT",
            "UNION_ACCESS_GRANTED",
            "START_REVIEW",
            "DENY",
            "LETTER_ISSUED",
            "APPEAL",
            "START_REVIEW",
            "APPROVE_WITH_CHANGES",
            "LETTER_ISSUED",
            "UNION_ACCESS_REVOKED"),
        actions);
  }

  /** The ids in the union's list of shared requests (every page). */
  Set<Long> sharedIds() {
    Set<Long> ids = new java.util.HashSet<>();
    JsonObject page = as("union1").get("api/requests?size=200").json();
    assertTrue(page.getJsonNumber("total").longValue() <= 200, "one page holds them all here");
    for (JsonObject r : page.getJsonArray("items").getValuesAs(JsonObject.class)) {
      assertFalse(r.containsKey("requester"), "a name, never a user name");
      ids.add(r.getJsonNumber("id").longValue());
    }
    return ids;
  }

  /**
   * An employee accepts an arrangement granted with changes: the status stays, the decision is
   * final (no appeal afterwards, no second acceptance), the reviewer who decided is told, and only
   * the requester may accept.
   */
  @Test
  void anEmployeeAcceptsAnArrangementGrantedWithChanges() {
    long id = submit("employee1", HOUSEHOLD);
    assertEquals(200, act("reviewer1", id, action("START_REVIEW")).status());
    assertEquals(
        200,
        act(
                "reviewer1",
                id,
                "{\"action\":\"APPROVE_WITH_CHANGES\",\"arrangement\":\"PARTIAL_REMOTE\","
                    + "\"remoteDaysPerWeek\":2,\"comment\":\"Two days.\"}")
            .status());
    String path = "api/requests/" + id;
    assertEquals(
        Set.of("APPEAL", "ACCEPT"),
        strings(as("employee1").get(path).json().getJsonArray("availableActions")));
    assertProblem(act("reviewer1", id, action("ACCEPT")), 403);
    assertProblem(act("employee2", id, action("ACCEPT")), 404);

    JsonObject accepted = act("employee1", id, action("ACCEPT")).json();
    assertEquals("APPROVED_WITH_CHANGES", accepted.getString("status"));
    assertEquals(Set.of(), strings(accepted.getJsonArray("availableActions")));
    assertTrue(accepted.isNull("appealBy"), accepted.toString());
    Api.Reply appeal = act("employee1", id, action("APPEAL"));
    assertProblem(appeal, 409);
    assertTrue(appeal.body().contains("accepted"), appeal.body());
    assertProblem(act("employee1", id, action("ACCEPT")), 409);
    assertEquals(
        1,
        accepted.getJsonArray("history").getValuesAs(JsonObject.class).stream()
            .filter(h -> h.getString("action").equals("ACCEPT"))
            .count());
    assertTrue(
        as("reviewer1").get("api/notices?size=200").json().getJsonArray("items").stream()
            .map(JsonValue::asJsonObject)
            .anyMatch(
                n ->
                    n.getString("kind").equals("ACCEPTED")
                        && !n.isNull("requestId")
                        && n.getJsonNumber("requestId").longValue() == id),
        "the reviewer who decided is told");
  }

  /**
   * An HR lead gives requests to a reviewer, all or nothing: the reviewer is told, only they take
   * them into review, the workload counts them; a reviewer who is not a lead may not assign; a
   * reviewer never gets their own request; bad input is named.
   */
  @Test
  void anHrLeadAssignsRequestsToAReviewerAllOrNothing() {
    long a = submit("employee1", HOUSEHOLD);
    long b = submit("employee3", HOUSEHOLD);
    String both = "{\"requests\":[" + a + "," + b + "],\"reviewer\":\"reviewer1\"}";
    assertProblem(as("reviewer1").post("api/requests/assignments", both), 403);
    long before = workload("reviewer1");

    Api.Reply done = as("reviewer2").post("api/requests/assignments", both);
    assertEquals(200, done.status(), done.body());
    assertEquals(2, done.json().getInt("assigned"));
    assertEquals(
        "reviewer1", as("reviewer2").get("api/requests/" + a).json().getString("assignedReviewer"));
    assertEquals(before + 2, workload("reviewer1"));
    assertEquals(
        0,
        as("reviewer2")
            .post(
                "api/requests/assignments", "{\"requests\":[" + b + "],\"reviewer\":\"reviewer1\"}")
            .json()
            .getInt("assigned"),
        "already theirs: nothing changes");
    assertProblem(act("reviewer2", a, action("START_REVIEW")), 403);
    assertEquals(200, act("reviewer1", a, action("START_REVIEW")).status());
    assertTrue(
        as("reviewer1").get("api/notices?size=200").json().getJsonArray("items").stream()
            .map(JsonValue::asJsonObject)
            .anyMatch(
                n ->
                    n.getString("kind").equals("ASSIGNED")
                        && !n.isNull("requestId")
                        && n.getJsonNumber("requestId").longValue() == b),
        "the reviewer is told");

    // all or nothing: reviewer1's own request spoils the batch, and the other stays unassigned
    long other = submit("employee1", HOUSEHOLD);
    long own = submit("reviewer1", HOUSEHOLD);
    Api.Reply spoilt =
        as("reviewer2")
            .post(
                "api/requests/assignments",
                "{\"requests\":[" + other + "," + own + "],\"reviewer\":\"reviewer1\"}");
    assertProblem(spoilt, 400);
    assertEquals(Set.of("requests[" + own + "]"), fields(spoilt), "the request refused, named");
    assertTrue(as("reviewer2").get("api/requests/" + other).json().isNull("assignedReviewer"));

    for (String bad :
        new String[] {
          "{\"requests\":[" + other + "],\"reviewer\":\"nobody\"}",
          "{\"requests\":[],\"reviewer\":\"reviewer1\"}",
          "{\"requests\":[" + other + "," + other + "],\"reviewer\":\"reviewer1\"}",
          "{\"reviewer\":\"reviewer1\"}"
        }) {
      assertProblem(as("reviewer2").post("api/requests/assignments", bad), 400);
    }
  }

  private long workload(String reviewer) {
    JsonObject load = as("reviewer2").get("api/requests/workload").json();
    return load.containsKey(reviewer) ? load.getJsonNumber(reviewer).longValue() : 0;
  }

  static Set<String> strings(JsonArray array) {
    return array.getValuesAs(JsonValue.class).stream()
        .map(v -> ((jakarta.json.JsonString) v).getString())
        .collect(Collectors.toSet());
  }

  // ---- operations ----------------------------------------------------------------------------

  /** Readiness is the database check, not just "no check failed". */
  @Test
  void readinessReportsTheDatabaseCheck() {
    Api.Reply ready = anonymous.get("health/ready");
    assertEquals(200, ready.status(), ready.toString());
    assertEquals("UP", ready.json().getString("status"));
    JsonObject database =
        ready.json().getJsonArray("checks").getValuesAs(JsonObject.class).stream()
            .filter(c -> c.getString("name").equals("database"))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no database check: " + ready.body()));
    assertEquals("UP", database.getString("status"));
  }

  /**
   * The API description is valid OpenAPI (swagger-parser, strict) and a Java client generates from
   * it (openapi-generator 7.17, which validates the document first), as API users would do. Every
   * operation documents its success and its problem answers; no page backing bean leaks into it.
   */
  @Test
  void theOpenApiDocumentIsValidAndAClientGeneratesFromIt() throws Exception {
    Api.Reply openapi = anonymous.get("openapi");
    assertEquals(200, openapi.status());
    java.nio.file.Path spec = java.nio.file.Path.of("target", "openapi.json");
    java.nio.file.Files.writeString(spec, openapi.body());

    var parsed =
        new io.swagger.v3.parser.OpenAPIV3Parser()
            .readContents(
                openapi.body(), null, new io.swagger.v3.parser.core.models.ParseOptions());
    assertEquals(List.of(), parsed.getMessages(), "the document is valid OpenAPI");
    var document = parsed.getOpenAPI();
    assertFalse(document.getComponents().getSchemas().containsKey("LoginBacking"));
    assertTrue(
        document.getExtensions() == null || !document.getExtensions().containsKey("endpoints"));
    document
        .getPaths()
        .forEach(
            (path, item) -> {
              assertFalse(path.contains(":"), "a path template without a regex: " + path);
              item.readOperations()
                  .forEach(
                      op -> {
                        var codes = op.getResponses().keySet();
                        assertFalse(codes.contains("default"), path + " " + op.getOperationId());
                        assertTrue(
                            codes.stream().anyMatch(c -> c.startsWith("2")),
                            "a documented success: " + path + " " + codes);
                        assertTrue(codes.containsAll(Set.of("400", "401", "403")), path + codes);
                      });
            });

    java.nio.file.Path out = java.nio.file.Path.of("target", "generated-client");
    var files =
        new org.openapitools.codegen.DefaultGenerator()
            .opts(
                new org.openapitools.codegen.config.CodegenConfigurator()
                    .setGeneratorName("java")
                    .setLibrary("native")
                    .setInputSpec(spec.toAbsolutePath().toString())
                    .setOutputDir(out.toAbsolutePath().toString())
                    .setValidateSpec(true)
                    .toClientOptInput())
            .generate();
    assertTrue(
        files.stream().anyMatch(f -> f.getName().equals("DefaultApi.java")),
        "the client's API class: " + files);
    assertTrue(files.stream().anyMatch(f -> f.getName().equals("NewRequestJson.java")));
  }

  @Test
  void unknownAddressesAndMethodsAnswerProblems() {
    assertProblem(as("employee1").get("api/nothing-here"), 404);
    Api.Reply put = as("employee1").put("api/requests", "{}");
    assertProblem(put, 405);
  }
}
