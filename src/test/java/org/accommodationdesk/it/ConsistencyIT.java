package org.accommodationdesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.accommodationdesk.it.testclock.TestClockDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Are decisions consistent? (issue 26), on H2 and PostgreSQL, over requests planted through the API
 * at a work location of this test's own (so that other tests' requests in a shared database never
 * enter its figures): a reviewer who denies every household-member request stands above the
 * funnel's upper limit after case-mix adjustment, one with the same raw rate whose requests are all
 * household members does not, one under the minimum is not plotted; the union sees positions by
 * pseudonym and protected counts only; alike requests decided differently are found and marked
 * reviewed (in both histories, HR only); a what-if policy's figures equal those counted here; the
 * disclosure log records each union call, never a value; each refusal per role.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ConsistencyIT {
  /** The union's minimum cell size (the default setting). */
  static final int MINIMUM_CELL = 11;

  @Deployment(testable = false)
  static WebArchive deployment() throws java.io.IOException {
    return TestClockDeployment.war("accommodationdesk.consistency.minimum-decisions=10\n");
  }

  @ArquillianResource URL base;

  static final String SUFFIX = Long.toString(System.nanoTime() % 1_000_000_000L, 36);
  static final String LOCATION = ("CONS-" + SUFFIX).toUpperCase(java.util.Locale.ROOT);
  static final String HARSH = "harsh" + SUFFIX;
  static final String HARD = "hard" + SUFFIX;
  static final String TINY = "tiny" + SUFFIX;
  static final List<String> ORDINARY = new ArrayList<>();
  static final List<String> EMPLOYEES = new ArrayList<>();

  static {
    for (int i = 0; i < 10; i++) {
      ORDINARY.add("ord" + i + SUFFIX);
    }
    for (int i = 0; i < 4; i++) {
      EMPLOYEES.add("emp" + i + SUFFIX);
    }
  }

  static final Map<String, String> TOKENS = new HashMap<>();
  static String period;

  /** The planted alike pair (caregivers, partial remote 3 days) and the unlike request. */
  static long alikeDenied;

  static long alikeApproved;
  static long unlike;

  static final String HOUSEHOLD = ApiIT.HOUSEHOLD;
  static final String OWN =
      ApiIT.HOUSEHOLD
          .replace("HOUSEHOLD_MEMBER", "OWN_CONDITION")
          .replace(
              "\"relationship\":\"PARENT\",\"attestation\":true,",
              "\"functionalLimitations\":\"Cannot stand for long.\",");
  static final String CAREGIVER_PARTIAL =
      ApiIT.HOUSEHOLD
          .replace("HOUSEHOLD_MEMBER", "PRIMARY_CAREGIVER")
          .replace("\"FULL_REMOTE\"", "\"PARTIAL_REMOTE\",\"remoteDaysPerWeek\":3");
  static final String CAREGIVER_OTHER =
      ApiIT.HOUSEHOLD
          .replace("HOUSEHOLD_MEMBER", "PRIMARY_CAREGIVER")
          .replace("\"FULL_REMOTE\"", "\"OTHER\",\"arrangementDescription\":\"Start at ten.\"");

  Api as(String user) {
    return Api.anonymous(base).as(user);
  }

  Api token(String user) {
    return Api.anonymous(base).bearer(TOKENS.get(user));
  }

  void created(Api.Reply r) {
    assertEquals(201, r.status(), r.toString());
  }

  /** One decision to plant: who files, what, who decides, denied or not. */
  record Planted(String employee, String body, String reviewer, boolean denied) {}

  long plant(Planted p) {
    Api.Reply filed = token(p.employee()).post("api/requests", p.body());
    created(filed);
    long id = filed.json().getJsonNumber("id").longValue();
    act(p.reviewer(), id, ApiIT.action("START_REVIEW"));
    act(
        p.reviewer(),
        id,
        p.denied()
            ? "{\"action\":\"DENY\",\"reasonCode\":\"UNDUE_HARDSHIP\",\"comment\":\"Staffing.\"}"
            : ApiIT.action("APPROVE"));
    return id;
  }

  void act(String user, long id, String json) {
    Api.Reply r = token(user).post("api/requests/" + id + "/transitions", json);
    assertEquals(200, r.status(), r.toString());
  }

  String token(String user, String password) {
    Api.Reply r =
        Api.anonymous(base).as(user, password).post("api/tokens", "{\"name\":\"it\",\"days\":1}");
    created(r);
    return r.json().getString("token");
  }

  /**
   * The planted data, as FunnelTest.theIntegrationTestsPlantedReviewers works it: ten ordinary
   * reviewers (8 household-member requests, 4 denied; 8 own-condition, 1 denied), HARSH (45
   * household, all denied; 36 own, 4 denied), HARD (81 household, 49 denied), TINY (3 own,
   * approved), and the caregivers' alike pair and unlike request.
   */
  @Test
  @Order(1)
  void plantsDecisionsAtALocationOfItsOwn() throws Exception {
    Api admin = as("admin");
    List<String> reviewers = new ArrayList<>(ORDINARY);
    reviewers.addAll(List.of(HARSH, HARD, TINY));
    for (String r : reviewers) {
      created(
          admin.post(
              "api/admin/accounts",
              "{\"username\":\""
                  + r
                  + "\",\"displayName\":\"Display "
                  + r
                  + "\",\"roles\":[\"REVIEWER\"],\"password\":\"consistency-pass-1\"}"));
    }
    // the planted reviewers serve this location only: in a shared database they never take
    // another test's requests (an appeal that nobody else may take stays so)
    created(
        admin.post(
            "api/admin/locations",
            "{\"code\":\""
                + LOCATION
                + "\",\"name\":\"Consistency School "
                + SUFFIX
                + "\",\"reviewers\":[\""
                + String.join("\",\"", reviewers)
                + "\"]}"));
    for (String e : EMPLOYEES) {
      created(
          admin.post(
              "api/admin/accounts",
              ("{\"username\":\"%s\",\"displayName\":\"Employee %s\",\"email\":\"%s@example.org\","
                      + "\"roles\":[\"EMPLOYEE\"],\"workLocationCode\":\"%s\","
                      + "\"jobClassCode\":\"TEACHER\",\"password\":\"consistency-pass-1\"}")
                  .formatted(e, e, e, LOCATION)));
    }
    for (String u : reviewers) {
      TOKENS.put(u, token(u, "consistency-pass-1"));
    }
    for (String u : EMPLOYEES) {
      TOKENS.put(u, token(u, "consistency-pass-1"));
    }
    period =
        as("admin")
            .request("GET", "api/test-clock", null, null, "Accept", "text/plain")
            .body()
            .substring(0, 4);

    List<Planted> plan = new ArrayList<>();
    int n = 0;
    for (String r : ORDINARY) {
      for (int i = 0; i < 8; i++) {
        plan.add(new Planted(EMPLOYEES.get(n++ % 4), HOUSEHOLD, r, i < 4));
        plan.add(new Planted(EMPLOYEES.get(n++ % 4), OWN, r, i < 1));
      }
    }
    for (int i = 0; i < 45; i++) {
      plan.add(new Planted(EMPLOYEES.get(n++ % 4), HOUSEHOLD, HARSH, true));
    }
    for (int i = 0; i < 36; i++) {
      plan.add(new Planted(EMPLOYEES.get(n++ % 4), OWN, HARSH, i < 4));
    }
    for (int i = 0; i < 81; i++) {
      plan.add(new Planted(EMPLOYEES.get(n++ % 4), HOUSEHOLD, HARD, i < 49));
    }
    for (int i = 0; i < 3; i++) {
      plan.add(new Planted(EMPLOYEES.get(n++ % 4), OWN, TINY, false));
    }
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Long>> done = new ArrayList<>();
      for (Planted p : plan) {
        done.add(pool.submit(() -> plant(p)));
      }
      for (Future<Long> f : done) {
        f.get();
      }
    } finally {
      pool.shutdown();
    }
    // the caregivers, filed last: an alike pair decided differently, and an unlike request
    alikeDenied = plant(new Planted(EMPLOYEES.get(0), CAREGIVER_PARTIAL, ORDINARY.get(0), true));
    alikeApproved = plant(new Planted(EMPLOYEES.get(1), CAREGIVER_PARTIAL, ORDINARY.get(1), false));
    unlike = plant(new Planted(EMPLOYEES.get(2), CAREGIVER_OTHER, ORDINARY.get(2), true));
    assertEquals(325, plan.size());
  }

  String query() {
    return "period=" + period + "&location=" + LOCATION;
  }

  static Map<String, JsonObject> byKey(JsonObject funnel) {
    Map<String, JsonObject> points = new HashMap<>();
    for (JsonObject p : funnel.getJsonArray("points").getValuesAs(JsonObject.class)) {
      points.put(p.getString("key"), p);
    }
    return points;
  }

  @Test
  @Order(2)
  void theHarshReviewerIsAboveTheLimitAfterCaseMixAndTheOneWithHardCasesIsNot() {
    Api.Reply r = as("reviewer2").get("api/consistency/funnel?" + query());
    assertEquals(200, r.status(), r.toString());
    JsonObject f = r.json();
    assertFalse(f.getBoolean("protectedView"));
    assertEquals(10, f.getInt("minimumDecisions"));
    Map<String, JsonObject> p = byKey(f);
    JsonObject harsh = p.get(HARSH);
    JsonObject hard = p.get(HARD);
    assertEquals(81, harsh.getJsonObject("decisions").getInt("value"));
    assertEquals(49, harsh.getJsonObject("events").getInt("value"));
    assertEquals(
        harsh.getJsonNumber("rate").doubleValue(), hard.getJsonNumber("rate").doubleValue(), 1e-9);
    assertEquals("ABOVE_ALARM", harsh.getString("position"), harsh.toString());
    assertEquals("WITHIN", hard.getString("position"), hard.toString());
    assertEquals("Display " + HARSH, harsh.getString("label"), "HR sees names");
    assertTrue(
        harsh.getJsonNumber("adjustedRate").doubleValue()
            > harsh.getJsonNumber("upper998").doubleValue());
    JsonObject tiny = p.get(TINY);
    assertFalse(tiny.getBoolean("plotted"), "under the minimum: listed, not plotted");
    assertTrue(tiny.isNull("position"));
    for (String o : ORDINARY) {
      assertEquals("WITHIN", p.get(o).getString("position"), o);
    }
    assertFalse(f.getBoolean("overdispersed"));
    assertFalse(f.getJsonArray("curve").isEmpty(), "the funnel's curves for the chart");

    // the same as CSV, with the period on its first line
    Api.Reply csv =
        as("reviewer2")
            .request("GET", "api/consistency/funnel?" + query(), null, null, "Accept", "text/csv");
    assertEquals(200, csv.status(), csv.toString());
    assertTrue(csv.body().startsWith("period,from=" + period + "-01-01"), csv.body());
    assertTrue(csv.body().contains(HARSH + ",Display " + HARSH + ",81,49,"), csv.body());

    // by location: this test's location is one row with every planted first decision
    JsonObject locations =
        as("admin").get("api/consistency/funnel?unit=LOCATION&" + query()).json();
    assertEquals(328, byKey(locations).get(LOCATION).getJsonObject("decisions").getInt("value"));
  }

  @Test
  @Order(3)
  void theUnionSeesPositionsByPseudonymThroughItsProtectionAndNoName() {
    Api.Reply r = as("union1").get("api/consistency/funnel?" + query());
    assertEquals(200, r.status(), r.toString());
    JsonObject f = r.json();
    assertTrue(f.getBoolean("protectedView"));
    assertTrue(f.getJsonArray("curve").isEmpty());
    List<String> positions = new ArrayList<>();
    for (JsonObject p : f.getJsonArray("points").getValuesAs(JsonObject.class)) {
      for (String c : List.of("decisions", "events")) {
        JsonObject cell = p.getJsonObject(c);
        assertTrue(
            cell.getBoolean("suppressed") || cell.getInt("value") >= MINIMUM_CELL,
            "a count under the minimum shown to the union: " + p);
      }
      assertTrue(
          p.isNull("rate") && p.isNull("adjustedRate") && p.isNull("upper998"), p.toString());
      if (!p.isNull("position")) {
        positions.add(p.getString("position"));
      }
    }
    assertTrue(positions.contains("ABOVE"), "the harsh reviewer is above: " + positions);
    assertEquals(12, positions.size(), "twelve plotted, TINY not placed: " + positions);
    noNameIn(r.body());
    Api.Reply csv =
        as("union1")
            .request("GET", "api/consistency/funnel?" + query(), null, null, "Accept", "text/csv");
    assertEquals(200, csv.status());
    noNameIn(csv.body());
    // whole periods only
    Api.Reply partial =
        as("union1")
            .get("api/consistency/funnel?from=" + period + "-01-02&to=" + period + "-03-01");
    ApiIT.assertProblem(partial, 400);
    assertEquals(Set.of("period"), ApiIT.fields(partial));
  }

  /** No planted reviewer's user name or display name appears in what the union got. */
  static void noNameIn(String body) {
    List<String> reviewers = new ArrayList<>(ORDINARY);
    reviewers.addAll(List.of(HARSH, HARD, TINY, "reviewer1", "reviewer2"));
    for (String r : reviewers) {
      assertFalse(body.contains(r), "the union sees a reviewer's name " + r + ": " + body);
    }
  }

  @Test
  @Order(4)
  void onlyHrLeadsAdministratorsAndUnionRepsGetTheFunnel() {
    ApiIT.assertProblem(as("reviewer1").get("api/consistency/funnel"), 403);
    ApiIT.assertProblem(as("employee1").get("api/consistency/funnel"), 403);
    ApiIT.assertProblem(Api.anonymous(base).get("api/consistency/funnel"), 401);
    ApiIT.assertProblem(as("reviewer2").get("api/consistency/funnel?unit=TEAM"), 400);
    // refused before the input is read: a refused caller learns nothing from the input's checks
    ApiIT.assertProblem(as("employee1").get("api/consistency/funnel?period=x&unit=TEAM"), 403);
    ApiIT.assertProblem(as("union1").get("api/consistency/similar?period=x"), 403);
    ApiIT.assertProblem(as("employee1").post("api/what-if?period=x", "{}"), 403);
    ApiIT.assertProblem(as("union1").post("api/consistency/similar/review", "{}"), 403);
    ApiIT.assertProblem(as("reviewer1").get("api/consistency/similar"), 403);
    ApiIT.assertProblem(as("union1").get("api/consistency/similar"), 403);
    ApiIT.assertProblem(as("admin").get("api/consistency/similar"), 403);
  }

  @Test
  @Order(5)
  void theAlikePairIsFoundAndTheUnlikeRequestIsNot() {
    Api.Reply r =
        as("reviewer2").get("api/consistency/similar?category=PRIMARY_CAREGIVER&" + query());
    assertEquals(200, r.status(), r.toString());
    JsonArray pairs = r.jsonArray();
    assertEquals(1, pairs.size(), pairs.toString());
    JsonObject pair = pairs.getJsonObject(0);
    assertEquals(
        Set.of(alikeDenied, alikeApproved),
        Set.of(pair.getJsonNumber("first").longValue(), pair.getJsonNumber("second").longValue()));
    assertEquals(110, pair.getInt("score"), "alike in everything but outcome and reviewer");
    assertTrue(pair.isNull("reviewedBy"));
    // among the household requests, pairs of HARSH's denials with others' approvals
    JsonArray household =
        as("reviewer2")
            .get("api/consistency/similar?limit=20&category=HOUSEHOLD_MEMBER&" + query())
            .jsonArray();
    assertEquals(20, household.size());
  }

  @Test
  @Order(6)
  void markingAPairReviewedIsInBothHistoriesForHrOnlyAndOnce() {
    String body =
        "{\"first\":"
            + alikeApproved
            + ",\"second\":"
            + alikeDenied
            + ",\"note\":\"Staffing at the school differed in March.\"}";
    ApiIT.assertProblem(as("reviewer1").post("api/consistency/similar/review", body), 403);
    Api.Reply noNote =
        as("reviewer2")
            .post(
                "api/consistency/similar/review",
                "{\"first\":" + alikeApproved + ",\"second\":" + alikeDenied + "}");
    ApiIT.assertProblem(noNote, 400);
    assertEquals(Set.of("note"), ApiIT.fields(noNote));
    Api.Reply notAlike =
        as("reviewer2")
            .post(
                "api/consistency/similar/review",
                "{\"first\":" + alikeDenied + ",\"second\":" + unlike + ",\"note\":\"x\"}");
    ApiIT.assertProblem(notAlike, 400);

    assertEquals(204, as("reviewer2").post("api/consistency/similar/review", body).status());
    for (long id : List.of(alikeDenied, alikeApproved)) {
      JsonObject hr = as("reviewer2").get("api/requests/" + id).json();
      assertTrue(hr.toString().contains("CONSISTENCY_REVIEWED"), hr.toString());
      assertTrue(hr.toString().contains("Staffing at the school differed in March."));
    }
    // the employee's view of their own request does not show it
    JsonObject own = token(EMPLOYEES.get(0)).get("api/requests/" + alikeDenied).json();
    assertFalse(own.toString().contains("CONSISTENCY_REVIEWED"), own.toString());
    assertFalse(own.toString().contains("Staffing at the school"), own.toString());
    // nor the union's, once the employee shares the request
    assertEquals(
        200,
        token(EMPLOYEES.get(0))
            .put("api/requests/" + alikeDenied + "/union-access", "{\"shared\":true}")
            .status());
    Api.Reply union = as("union1").get("api/requests/" + alikeDenied);
    assertEquals(200, union.status(), union.toString());
    assertFalse(union.body().contains("CONSISTENCY_REVIEWED"), union.body());
    assertFalse(union.body().contains("Staffing at the school"), union.body());

    ApiIT.assertProblem(as("reviewer2").post("api/consistency/similar/review", body), 400);
    JsonObject listed =
        as("reviewer2")
            .get("api/consistency/similar?category=PRIMARY_CAREGIVER&" + query())
            .jsonArray()
            .getJsonObject(0);
    assertFalse(listed.isNull("reviewedBy"));
  }

  /** Every planted decision as the what-if sees it: category, denied or not. */
  static Map<String, int[]> plantedByCategory() {
    // {decided, denied}
    Map<String, int[]> m = new HashMap<>();
    m.put("HOUSEHOLD_MEMBER", new int[] {80 + 45 + 81, 40 + 45 + 49});
    m.put("OWN_CONDITION", new int[] {80 + 36 + 3, 10 + 4});
    m.put("PRIMARY_CAREGIVER", new int[] {3, 2});
    return m;
  }

  @Test
  @Order(7)
  void aWhatIfPolicyGivesTheCountsComputedHereAndTheUnionsGoThroughItsProtection() {
    String approveHousehold =
        "{\"rules\":[{\"category\":\"HOUSEHOLD_MEMBER\",\"rule\":\"APPROVE_ALL\"}]}";
    Api.Reply r = as("reviewer1").post("api/what-if?" + query(), approveHousehold);
    assertEquals(200, r.status(), r.toString());
    JsonObject report = r.json();
    Map<String, int[]> planted = plantedByCategory();
    int decided = 0;
    int denied = 0;
    for (int[] c : planted.values()) {
      decided += c[0];
      denied += c[1];
    }
    JsonObject total = report.getJsonObject("total");
    assertEquals(decided, value(total.getJsonObject("actual"), "decided"));
    assertEquals(denied, value(total.getJsonObject("actual"), "denied"));
    int deniedUnderPolicy = denied - planted.get("HOUSEHOLD_MEMBER")[1];
    assertEquals(deniedUnderPolicy, value(total.getJsonObject("underPolicy"), "denied"));
    assertEquals(
        decided - deniedUnderPolicy, value(total.getJsonObject("underPolicy"), "approved"));
    for (JsonObject row : report.getJsonArray("byCategory").getValuesAs(JsonObject.class)) {
      int[] c = planted.get(row.getString("key"));
      assertEquals(c[0], value(row.getJsonObject("actual"), "decided"), row.toString());
      assertEquals(c[1], value(row.getJsonObject("actual"), "denied"), row.toString());
      int expected = row.getString("key").equals("HOUSEHOLD_MEMBER") ? 0 : c[1];
      assertEquals(expected, value(row.getJsonObject("underPolicy"), "denied"), row.toString());
    }

    // up to 2 days a week: every full-remote request would be approved with changes, the
    // caregivers' 3 days too, the "other" arrangement (no days) approved
    Api.Reply days =
        as("reviewer1")
            .post(
                "api/what-if?" + query(),
                "{\"rules\":[{\"category\":\"PRIMARY_CAREGIVER\",\"rule\":\"APPROVE_UP_TO_DAYS\","
                    + "\"parameter\":2}]}");
    JsonObject caregivers =
        days.json().getJsonArray("byCategory").getValuesAs(JsonObject.class).stream()
            .filter(x -> x.getString("key").equals("PRIMARY_CAREGIVER"))
            .findFirst()
            .orElseThrow();
    assertEquals(2, value(caregivers.getJsonObject("underPolicy"), "approvedWithChanges"));
    assertEquals(1, value(caregivers.getJsonObject("underPolicy"), "approved"));

    // a share (HR only): the database marks the requests whose number falls under it; every
    // request of the category is approved or denied, the approved ones those with a number
    // modulo 100 under 50
    Api.Reply half =
        as("reviewer1")
            .post(
                "api/what-if?" + query(),
                "{\"rules\":[{\"category\":\"OWN_CONDITION\",\"rule\":\"APPROVE_SHARE\","
                    + "\"parameter\":50}]}");
    assertEquals(200, half.status(), half.toString());
    JsonObject own =
        half.json().getJsonArray("byCategory").getValuesAs(JsonObject.class).stream()
            .filter(x -> x.getString("key").equals("OWN_CONDITION"))
            .findFirst()
            .orElseThrow()
            .getJsonObject("underPolicy");
    int ownDecided = planted.get("OWN_CONDITION")[0];
    assertEquals(ownDecided, value(own, "approved") + value(own, "denied"));
    assertEquals(0, value(own, "approvedWithChanges"));
    assertTrue(value(own, "approved") > 0 && value(own, "denied") > 0, own.toString());

    // the union: the same question, every count through its protection
    Api.Reply u = as("union1").post("api/what-if?" + query(), approveHousehold);
    assertEquals(200, u.status(), u.toString());
    assertTrue(u.json().getBoolean("protectedView"));
    int cells = 0;
    // what the rule cannot give is a plain zero, known from the rule alone
    for (String none : List.of("denied", "approvedWithChanges")) {
      JsonObject zero = householdRow(u.json()).getJsonObject("underPolicy").getJsonObject(none);
      assertEquals(0, zero.getInt("value"), none);
    }
    for (JsonValue v : allCells(u.json(), "HOUSEHOLD_MEMBER")) {
      JsonObject cell = v.asJsonObject();
      cells++;
      boolean rateOrHidden =
          cell.getBoolean("suppressed") || cell.isNull("value") || !isCount(cell);
      assertTrue(
          rateOrHidden || cell.getJsonNumber("value").longValue() >= MINIMUM_CELL,
          "a union what-if count under the minimum: " + cell);
    }
    assertTrue(cells > 20);
    // the caregivers (3 requests) are hidden for the union
    JsonObject unionCaregivers =
        u.json().getJsonArray("byCategory").getValuesAs(JsonObject.class).stream()
            .filter(x -> x.getString("key").equals("PRIMARY_CAREGIVER"))
            .findFirst()
            .orElseThrow();
    assertTrue(
        unionCaregivers.getJsonObject("actual").getJsonObject("decided").getBoolean("suppressed"));
    // a figure under a policy is a sum of parts, each with one published value whatever else the
    // policy says (ADR 0023): all household members approved is the very set of the household
    // members decided, shown already; another rule for other requests changes nothing of the row
    JsonObject household = householdRow(u.json());
    assertEquals(
        household.getJsonObject("actual").getJsonObject("decided"),
        household.getJsonObject("underPolicy").getJsonObject("approved"));
    for (String other :
        List.of(
            "{\"category\":\"OWN_CONDITION\",\"rule\":\"DENY_ALL\"}",
            "{\"category\":\"PRIMARY_CAREGIVER\",\"rule\":\"APPROVE_UP_TO_DAYS\",\"parameter\":1}")) {
      Api.Reply varied =
          as("union1")
              .post(
                  "api/what-if?" + query(),
                  "{\"rules\":[{\"category\":\"HOUSEHOLD_MEMBER\",\"rule\":\"APPROVE_ALL\"},"
                      + other
                      + "]}");
      assertEquals(200, varied.status(), varied.toString());
      assertEquals(household, householdRow(varied.json()), other);
    }

    // a bad rule is named, nothing else happens
    Api.Reply bad =
        as("reviewer1")
            .post(
                "api/what-if?" + query(),
                "{\"rules\":[{\"category\":\"NOBODY\",\"rule\":\"APPROVE_SHARE\",\"parameter\":140}]}");
    ApiIT.assertProblem(bad, 400);
    assertEquals(Set.of("rules[0].category"), ApiIT.fields(bad));
    Api.Reply share =
        as("reviewer1")
            .post(
                "api/what-if?" + query(),
                "{\"rules\":[{\"category\":\"OWN_CONDITION\",\"rule\":\"APPROVE_SHARE\",\"parameter\":140}]}");
    ApiIT.assertProblem(share, 400);
    assertEquals(Set.of("rules[0].parameter"), ApiIT.fields(share));
    ApiIT.assertProblem(as("employee1").post("api/what-if", approveHousehold), 403);
  }

  static JsonObject householdRow(JsonObject report) {
    return report.getJsonArray("byCategory").getValuesAs(JsonObject.class).stream()
        .filter(x -> x.getString("key").equals("HOUSEHOLD_MEMBER"))
        .findFirst()
        .orElseThrow();
  }

  static boolean isCount(JsonObject cell) {
    return cell.getJsonNumber("value").isIntegral();
  }

  static int value(JsonObject outcomes, String name) {
    return outcomes.getJsonObject(name).getInt("value");
  }

  /** Every cell of a what-if report but the figures under the policy of the row {@code ruled}. */
  static List<JsonValue> allCells(JsonObject report, String ruled) {
    List<JsonValue> cells = new ArrayList<>();
    List<JsonObject> rows = new ArrayList<>();
    rows.add(report.getJsonObject("total"));
    for (String g : List.of("byCategory", "byLocation", "byJobClass")) {
      rows.addAll(report.getJsonArray(g).getValuesAs(JsonObject.class));
    }
    for (JsonObject row : rows) {
      for (String side : List.of("actual", "underPolicy")) {
        if (side.equals("underPolicy") && ruled.equals(row.getString("key"))) {
          continue;
        }
        cells.addAll(row.getJsonObject(side).values());
      }
    }
    return cells;
  }

  @Test
  @Order(8)
  void savedPoliciesAreChangedOnlyByTheSideThatWroteThem() {
    String proposal =
        "{\"name\":\"Union proposal "
            + SUFFIX
            + "\",\"rules\":[{\"category\":\"HOUSEHOLD_MEMBER\",\"rule\":\"APPROVE_UP_TO_DAYS\","
            + "\"parameter\":3}]}";
    Api.Reply saved = as("union1").post("api/what-if/policies", proposal);
    created(saved);
    long id = saved.json().getJsonNumber("id").longValue();
    String version = saved.header("ETag");
    assertNotNull(version);
    ApiIT.assertProblem(as("union1").post("api/what-if/policies", proposal), 400);
    // HR may apply it, not change it
    Api.Reply applied = as("reviewer1").get("api/what-if/policies/" + id + "?" + query());
    assertEquals(200, applied.status(), applied.toString());
    assertFalse(applied.json().getBoolean("protectedView"));
    Api.Reply hrChange =
        as("reviewer1")
            .request(
                "PUT",
                "api/what-if/policies/" + id,
                "application/json",
                proposal,
                "If-Match",
                version);
    ApiIT.assertProblem(hrChange, 400);
    // the union changes it once; a second change with the old version is refused
    Api.Reply changed =
        as("union1")
            .request(
                "PUT",
                "api/what-if/policies/" + id,
                "application/json",
                proposal.replace("\"parameter\":3", "\"parameter\":4"),
                "If-Match",
                version);
    assertEquals(200, changed.status(), changed.toString());
    Api.Reply stale =
        as("union1")
            .request(
                "PUT",
                "api/what-if/policies/" + id,
                "application/json",
                proposal,
                "If-Match",
                version);
    assertEquals(412, stale.status(), stale.toString());
    JsonObject listed =
        as("reviewer1").get("api/what-if/policies").jsonArray().stream()
            .map(JsonValue::asJsonObject)
            .filter(p -> p.getJsonNumber("id").longValue() == id)
            .findFirst()
            .orElseThrow();
    assertEquals("UNION", listed.getString("side"));
    assertFalse(listed.getBoolean("changeable"));
    assertEquals(4, listed.getJsonArray("rules").getJsonObject(0).getInt("parameter"));
    Api.Reply removed =
        as("union1")
            .request(
                "DELETE",
                "api/what-if/policies/" + id,
                null,
                null,
                "If-Match",
                changed.header("ETag"));
    assertEquals(204, removed.status(), removed.toString());
  }

  @Test
  @Order(9)
  void theDisclosureLogRecordsEachUnionCallNeverAValue() {
    Api.Reply all = as("admin").get("api/disclosures");
    assertEquals(200, all.status(), all.toString());
    List<JsonObject> entries = all.json().getJsonArray("items").getValuesAs(JsonObject.class);
    List<JsonObject> union =
        entries.stream().filter(e -> e.getString("username").equals("union1")).toList();
    assertTrue(
        union.stream()
            .anyMatch(
                e ->
                    e.getString("query").startsWith("consistency/funnel unit=REVIEWER")
                        && e.getString("query").contains("location=" + LOCATION)
                        && e.getString("channel").equals("API")
                        && e.getInt("hidden") > 0),
        union.toString());
    assertTrue(
        union.stream().anyMatch(e -> e.getString("query").startsWith("what-if rules")),
        union.toString());
    for (JsonObject e : entries) {
      assertEquals(
          Set.of("id", "occurredAt", "username", "channel", "query", "figures", "hidden"),
          e.keySet(),
          "an entry names the query and how many figures, never a value");
      assertTrue(e.getInt("hidden") <= e.getInt("figures"));
    }
    assertTrue(
        entries.stream().noneMatch(e -> e.getString("username").startsWith("reviewer")),
        "HR's exact figures are not logged");
    // a union rep sees their own entries; others are refused
    Api.Reply own = as("union1").get("api/disclosures");
    assertEquals(200, own.status());
    assertTrue(
        own.json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
            .allMatch(e -> e.getString("username").equals("union1")));
    ApiIT.assertProblem(as("reviewer2").get("api/disclosures"), 403);
    ApiIT.assertProblem(as("employee1").get("api/disclosures"), 403);
    Api.Reply csv = as("admin").request("GET", "api/disclosures", null, null, "Accept", "text/csv");
    assertEquals(200, csv.status(), csv.toString());
    assertTrue(
        csv.body().startsWith("id,occurredAt,username,channel,query,figures,hidden"), csv.body());
    assertTrue(csv.body().contains("union1"));
  }
}
