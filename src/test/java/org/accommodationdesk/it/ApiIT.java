package org.accommodationdesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.File;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
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
  static final String HOUSEHOLD =
      """
      {"category":"HOUSEHOLD_MEMBER","arrangement":"FULL_REMOTE","startDate":"2021-02-08",
       "endDate":"2021-06-30","relationship":"PARENT","attestation":true,"justification":"..."}""";

  @Deployment(testable = false)
  static WebArchive deployment() {
    return ShrinkWrap.createFromZipFile(
        WebArchive.class, new File("target/accommodation-desk.war"));
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
    JsonObject arrangement = as("employee2").get("api/requests/" + id).json().getJsonObject("arrangement");
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
                HOUSEHOLD.replace("HOUSEHOLD_MEMBER", "NEIGHBOUR").replace("2021-02-08", "08/02/2021"));
    assertProblem(wrongValues, 400);
    assertEquals(Set.of("category", "startDate"), fields(wrongValues));

    Api.Reply notOnCalendar =
        as("employee3").post("api/requests", HOUSEHOLD.replace("2021-06-30", "2021-02-30"));
    assertProblem(notOnCalendar, 400);
    assertEquals(Set.of("endDate"), fields(notOnCalendar));

    Api.Reply ownWithoutLimitations =
        as("employee3").post("api/requests", HOUSEHOLD.replace("HOUSEHOLD_MEMBER", "OWN_CONDITION"));
    assertProblem(ownWithoutLimitations, 400);
    assertEquals(Set.of("functionalLimitations"), fields(ownWithoutLimitations));

    Api.Reply noAttestation =
        as("employee3").post("api/requests", HOUSEHOLD.replace("\"attestation\":true", "\"attestation\":false"));
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

    JsonObject all = as("reviewer1").get("api/requests?size=200&category=HOUSEHOLD_MEMBER").json();
    Set<String> allRequesters =
        all.getJsonArray("items").getValuesAs(JsonObject.class).stream()
            .map(o -> o.getString("requester"))
            .collect(Collectors.toSet());
    assertTrue(allRequesters.containsAll(Set.of("employee1", "employee2")), allRequesters.toString());
    assertTrue(
        all.getJsonArray("items").getValuesAs(JsonObject.class).stream()
            .allMatch(o -> o.getString("category").equals("HOUSEHOLD_MEMBER")));
    long submitted =
        as("reviewer1").get("api/requests?status=SUBMITTED&size=1").json().getJsonNumber("total").longValue();
    assertTrue(submitted >= 2);

    assertProblem(as("reviewer1").get("api/requests?status=LOST&page=x"), 400);
    assertProblem(as("reviewer1").get("api/requests?size=100000"), 400);
  }

  @Test
  void unionRepsAndAdminsCannotFileOrList() {
    assertProblem(as("union1").post("api/requests", HOUSEHOLD), 403);
    assertProblem(as("union1").get("api/requests"), 403);
    assertProblem(as("admin").post("api/requests", HOUSEHOLD), 403);
  }

  // ---- the workflow over HTTP ----------------------------------------------------------------

  @Test
  void theWholeWorkflowFromSubmissionToAppealDecision() {
    long id = submit("employee1", HOUSEHOLD);
    String path = "api/requests/" + id;

    assertEquals("IN_REVIEW", act("reviewer1", id, action("START_REVIEW")).json().getString("status"));
    assertProblem(act("reviewer2", id, action("APPROVE")), 403);
    Api.Reply noQuestion = act("reviewer1", id, "{\"action\":\"REQUEST_INFO\"}");
    assertProblem(noQuestion, 400);
    assertEquals(Set.of("comment"), fields(noQuestion));
    assertEquals(
        "INFO_REQUESTED", act("reviewer1", id, action("REQUEST_INFO")).json().getString("status"));
    assertProblem(act("employee2", id, action("PROVIDE_INFO")), 404);
    assertEquals("IN_REVIEW", act("employee1", id, action("PROVIDE_INFO")).json().getString("status"));
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
    assertEquals(Set.of("APPEAL"), strings(as("employee1").get(path).json().getJsonArray("availableActions")));

    assertEquals("APPEALED", act("employee1", id, action("APPEAL")).json().getString("status"));
    assertProblem(act("reviewer1", id, action("START_REVIEW")), 403);
    assertEquals("IN_REVIEW", act("reviewer2", id, action("START_REVIEW")).json().getString("status"));
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
            "SUBMIT", "START_REVIEW", "REQUEST_INFO", "PROVIDE_INFO", "DENY", "APPEAL",
            "START_REVIEW", "APPROVE_WITH_CHANGES"),
        actions);
    JsonArray decisions = finalState.getJsonArray("decisions");
    assertEquals("INITIAL", decisions.getJsonObject(0).getString("stage"));
    assertEquals("UNDUE_HARDSHIP", decisions.getJsonObject(0).getString("reasonCode"));
    assertEquals("Staffing.", decisions.getJsonObject(0).getString("explanation"));
    assertEquals("APPEAL", decisions.getJsonObject(1).getString("stage"));
    assertEquals(2, decisions.getJsonObject(1).getJsonObject("granted").getInt("remoteDaysPerWeek"));
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
    assertEquals(2, as("employee2").get("api/requests/" + id).json().getJsonArray("history").size());
  }

  @Test
  void aStaleIfMatchIs412AndChangesNothing() {
    long id = submit("employee1", HOUSEHOLD);
    Api.Reply read = as("reviewer1").get("api/requests/" + id);
    String etag = read.header("ETag");
    assertNotNull(etag);
    Api.Reply started = as("reviewer1").post("api/requests/" + id + "/transitions", action("START_REVIEW"), etag);
    assertEquals(200, started.status(), started.toString());
    Api.Reply stale =
        as("reviewer1").post("api/requests/" + id + "/transitions", action("REQUEST_INFO"), etag);
    assertProblem(stale, 412);
    assertEquals("IN_REVIEW", as("reviewer1").get("api/requests/" + id).json().getString("status"));
    assertProblem(
        as("reviewer1").post("api/requests/" + id + "/transitions", action("APPROVE"), "\"abc\""), 400);
  }

  // ---- concurrency ----------------------------------------------------------------------------

  @Test
  void twoReviewersStartingTheSameReviewAtOnceOneWins() throws Exception {
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

  @Test
  void theSummaryCountsEachRequestsLatestDecisionPerCategory() {
    JsonObject before = household(as("union1").get("api/stats/summary").json());
    long denied = submit("employee1", HOUSEHOLD);
    act("reviewer1", denied, action("START_REVIEW"));
    act("reviewer1", denied, "{\"action\":\"DENY\",\"reasonCode\":\"OTHER\",\"comment\":\"No.\"}");
    long overturned = submit("employee2", HOUSEHOLD);
    act("reviewer1", overturned, action("START_REVIEW"));
    act("reviewer1", overturned, "{\"action\":\"DENY\",\"reasonCode\":\"OTHER\",\"comment\":\"No.\"}");
    act("employee2", overturned, action("APPEAL"));
    act("reviewer2", overturned, action("START_REVIEW"));
    assertEquals(200, act("reviewer2", overturned, action("APPROVE")).status());
    submit("employee3", HOUSEHOLD);

    JsonObject after = household(as("reviewer1").get("api/stats/summary").json());
    assertEquals(3, after.getInt("total") - before.getInt("total"));
    assertEquals(2, after.getInt("decided") - before.getInt("decided"));
    assertEquals(1, after.getInt("denied") - before.getInt("denied"));
    assertEquals(1, after.getInt("approved") - before.getInt("approved"));
    JsonObject byStatus = after.getJsonObject("byStatus");
    assertEquals(1, byStatus.getInt("SUBMITTED") - before.getJsonObject("byStatus").getInt("SUBMITTED"));
    double expectedRate = (double) after.getInt("denied") / after.getInt("decided");
    assertEquals(expectedRate, after.getJsonNumber("denialRate").doubleValue(), 1e-9);
  }

  @Test
  void employeesMayNotReadStatistics() {
    assertProblem(as("employee1").get("api/stats/summary"), 403);
    assertProblem(anonymous.get("api/stats/summary"), 401);
  }

  static JsonObject household(JsonObject summary) {
    return summary.getJsonArray("categories").getValuesAs(JsonObject.class).stream()
        .filter(c -> c.getString("category").equals("HOUSEHOLD_MEMBER"))
        .findFirst()
        .orElseThrow();
  }

  static Set<String> strings(JsonArray array) {
    return array.getValuesAs(JsonValue.class).stream()
        .map(v -> ((jakarta.json.JsonString) v).getString())
        .collect(Collectors.toSet());
  }

  // ---- operations ----------------------------------------------------------------------------

  @Test
  void readinessIsUpWhileTheDatabaseAnswersAndOpenApiDescribesTheApi() {
    Api.Reply ready = anonymous.get("health/ready");
    assertEquals(200, ready.status(), ready.toString());
    assertEquals("UP", ready.json().getString("status"));
    Api.Reply openapi = anonymous.get("openapi");
    assertEquals(200, openapi.status());
    assertTrue(openapi.body().contains("/api/requests"), openapi.body());
  }

  @Test
  void unknownAddressesAndMethodsAnswerProblems() {
    assertProblem(as("employee1").get("api/nothing-here"), 404);
    Api.Reply put = as("employee1").put("api/requests", "{}");
    assertProblem(put, 405);
  }
}
