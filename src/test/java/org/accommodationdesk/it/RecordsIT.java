package org.accommodationdesk.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URL;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.accommodationdesk.infrastructure.crypto.Aead;
import org.accommodationdesk.infrastructure.crypto.MasterKeys;
import org.accommodationdesk.infrastructure.crypto.Secret;
import org.accommodationdesk.it.testclock.TestClockDeployment;
import org.accommodationdesk.it.testdb.SqlResource;
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
 * Records that last exactly as long as they must (issue 24), on H2 and on PostgreSQL: documents
 * encrypted at rest; the sealed history and audit log against someone who changes the database
 * directly (each change named by Verify, then undone, and the untouched database verifies clean);
 * the purge two years and a month later by the test clock, around a legal hold, with every
 * statistic and report figure unchanged, nothing purged twice, and verification clean after it.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RecordsIT {
  static final ZoneId CHICAGO = ZoneId.of("America/Chicago");

  @Deployment(testable = false)
  static WebArchive deployment() throws java.io.IOException {
    return TestClockDeployment.war("").addClass(SqlResource.class);
  }

  @ArquillianResource URL base;

  Api as(String user) {
    return Api.anonymous(base).as(user);
  }

  String sql(String statements) {
    Api.Reply r =
        as("admin")
            .request("POST", "api/test-sql", "text/plain", statements, "Accept", "text/plain");
    assertEquals(200, r.status(), r.toString());
    return r.body();
  }

  JsonArray query(String sql) {
    Api.Reply r =
        as("admin")
            .request("POST", "api/test-sql/query", "text/plain", sql, "Accept", "application/json");
    assertEquals(200, r.status(), r.toString());
    try (var reader = Json.createReader(new StringReader(r.body()))) {
      return reader.readArray();
    }
  }

  String one(String sql) {
    JsonArray rows = query(sql);
    assertEquals(1, rows.size(), sql + ": " + rows);
    return rows.getJsonArray(0).isNull(0) ? null : rows.getJsonArray(0).getString(0);
  }

  JsonObject verify(String... checkpoints) {
    StringBuilder body = new StringBuilder("{\"checkpoints\":[");
    for (int i = 0; i < checkpoints.length; i++) {
      body.append(i == 0 ? "" : ",").append('"').append(checkpoints[i]).append('"');
    }
    Api.Reply r = as("admin").post("api/records/ledger/verify", body.append("]}").toString());
    assertEquals(200, r.status(), r.toString());
    return r.json();
  }

  void assertIntact(String when) {
    JsonObject v = verify();
    assertTrue(v.getBoolean("intact"), when + ": " + v);
  }

  JsonObject firstProblem() {
    JsonObject v = verify();
    assertFalse(v.getBoolean("intact"), "the change is found");
    return v.getJsonObject("first");
  }

  /** Chains everything and writes a checkpoint; its text. */
  String checkpoint() {
    Api.Reply r = as("admin").post("api/records/ledger/checkpoints", "");
    assertEquals(200, r.status(), r.toString());
    return r.json().getString("text");
  }

  /** A household member's request whose justification is medical. */
  static final String BODY =
      ApiIT.HOUSEHOLD.replace("\"...\"", "\"My father lives with me and is at high risk.\"");

  long submit(String user) {
    Api.Reply r = as(user).post("api/requests", BODY);
    assertEquals(201, r.status(), r.toString());
    return r.json().getJsonNumber("id").longValue();
  }

  void act(String user, long id, String json) {
    Api.Reply r = as(user).post("api/requests/" + id + "/transitions", json);
    assertEquals(200, r.status(), r.toString());
  }

  static long documentRequest;
  static long documentId;
  static byte[] storedBytes;

  @Test
  @Order(1)
  void aDocumentsBytesInTheDatabaseAreNotTheUploadedBytesAndItDownloadsAsUploaded()
      throws Exception {
    documentRequest = submit("employee1");
    WebSession s = ApiIT.addPdf(base.toURI(), "employee1", documentRequest, "asthma.pdf");
    documentId =
        Long.parseLong(
            one("SELECT id FROM request_document WHERE request_id = " + documentRequest));
    storedBytes =
        Base64.getDecoder()
            .decode(one("SELECT content FROM document_content WHERE document_id = " + documentId));
    assertFalse(java.util.Arrays.equals(ApiIT.PDF, storedBytes), "encrypted at rest");
    assertFalse(
        new String(storedBytes, java.nio.charset.StandardCharsets.ISO_8859_1).contains("%PDF"),
        "not even the PDF header in the clear");
    assertEquals(
        "TRUE",
        one("SELECT encrypted FROM document_content WHERE document_id = " + documentId)
            .toUpperCase(java.util.Locale.ROOT));
    var download = s.download("documents/" + documentId, "en");
    assertEquals(200, download.statusCode());
    assertArrayEquals(ApiIT.PDF, download.body(), "decrypted for the requester");
  }

  @Test
  @Order(2)
  void
      eachDirectChangeToTheHistoryOrTheAuditLogIsNamedByVerifyAndTheUntouchedDatabaseVerifiesClean()
          throws Exception {
    long id = submit("employee2");
    act("reviewer1", id, ApiIT.action("START_REVIEW"));
    act("reviewer1", id, ApiIT.action("REQUEST_INFO"));
    act("employee2", id, ApiIT.action("PROVIDE_INFO"));
    Api.Reply hold =
        as("reviewer2")
            .post(
                "api/records/holds",
                "{\"scope\":\"REQUEST\",\"target\":\""
                    + id
                    + "\",\"reason\":\"Tamper test\",\"reference\":\"T-1\"}");
    assertEquals(201, hold.status(), hold.toString());
    String cp = checkpoint();
    assertIntact("before any change");
    JsonArray steps =
        query(
            "SELECT id, seq_no FROM request_history WHERE request_id = " + id + " ORDER BY seq_no");
    long second = Long.parseLong(steps.getJsonArray(1).getString(0));
    long third = Long.parseLong(steps.getJsonArray(2).getString(0));

    // an edited history entry: who did it
    sql("UPDATE request_history SET actor = 'reviewer2' WHERE id = " + second);
    JsonObject p = firstProblem();
    assertEquals("SEAL_MISMATCH", p.getString("kind"));
    assertEquals(second, p.getJsonNumber("entryId").longValue());
    assertEquals(id, p.getJsonNumber("requestId").longValue());
    sql("UPDATE request_history SET actor = 'reviewer1' WHERE id = " + second);
    assertIntact("edit undone");

    // an edited question: the text
    sql("UPDATE request_history SET comment = 'Which days, exactly?' WHERE id = " + third);
    assertEquals("TEXT_CHANGED", firstProblem().getString("kind"));
    sql("UPDATE request_history SET comment = 'Comment for REQUEST_INFO' WHERE id = " + third);
    assertIntact("text restored");

    // an edited audit entry
    long audit =
        Long.parseLong(
            one(
                "SELECT id FROM audit_entry WHERE action = 'HOLD_PLACED' AND subject = 'hold "
                    + hold.json().getJsonNumber("id")
                    + "'"));
    sql("UPDATE audit_entry SET actor = 'admin' WHERE id = " + audit);
    p = firstProblem();
    assertEquals("AUDIT", p.getString("source"));
    assertEquals(audit, p.getJsonNumber("entryId").longValue());
    sql("UPDATE audit_entry SET actor = 'reviewer2' WHERE id = " + audit);
    assertIntact("audit entry restored");

    // an inserted entry: a copy of a real one under a new number and step
    sql(
        "INSERT INTO request_history (id, request_id, seq_no, action, from_status, to_status,"
            + " actor, occurred_at, comment, text_digest, seal) SELECT 990000001, request_id,"
            + " 99, action, from_status, to_status, actor, occurred_at, comment, text_digest, seal"
            + " FROM request_history WHERE id = "
            + second);
    p = firstProblem();
    assertEquals("SEAL_MISMATCH", p.getString("kind"));
    assertEquals(990000001L, p.getJsonNumber("entryId").longValue());
    sql("DELETE FROM request_history WHERE id = 990000001");
    assertIntact("inserted entry removed");

    // a deleted entry
    sql(
        "CREATE TABLE tamper_copy AS SELECT * FROM request_history WHERE id = "
            + second
            + ";\n"
            + "DELETE FROM request_history WHERE id = "
            + second);
    p = firstProblem();
    assertEquals("MISSING_ENTRY", p.getString("kind"));
    assertEquals(second, p.getJsonNumber("entryId").longValue());
    sql("INSERT INTO request_history SELECT * FROM tamper_copy;\nDROP TABLE tamper_copy");
    assertIntact("deleted entry put back");

    // two entries swapped: their times exchanged
    String t2 = one("SELECT occurred_at FROM request_history WHERE id = " + second);
    String t3 = one("SELECT occurred_at FROM request_history WHERE id = " + third);
    sql(
        "UPDATE request_history SET occurred_at = (SELECT occurred_at FROM request_history WHERE"
            + " id = "
            + third
            + ") WHERE id = "
            + second
            + ";\n"
            + "UPDATE request_history SET occurred_at = TIMESTAMP '"
            + t2
            + "' WHERE id = "
            + third);
    JsonObject swapped = verify();
    assertEquals(second, swapped.getJsonObject("first").getJsonNumber("entryId").longValue());
    assertTrue(swapped.getJsonNumber("problemCount").longValue() >= 2, swapped.toString());
    sql(
        "UPDATE request_history SET occurred_at = TIMESTAMP '"
            + t2
            + "' WHERE id = "
            + second
            + ";\nUPDATE request_history SET occurred_at = TIMESTAMP '"
            + t3
            + "' WHERE id = "
            + third);
    assertIntact("times put back");

    // the newest entries removed behind the last checkpoint (rows and links), chain intact
    long size = Long.parseLong(cp.replaceAll(".* size=(\\d+) .*", "$1"));
    sql(
        "CREATE TABLE tamper_links AS SELECT * FROM ledger_entry WHERE position > "
            + (size - 3)
            + " AND position <= "
            + size
            + ";\n"
            + "CREATE TABLE tamper_history AS SELECT * FROM request_history WHERE ledger_position"
            + " > "
            + (size - 3)
            + " AND ledger_position <= "
            + size
            + ";\n"
            + "CREATE TABLE tamper_audit AS SELECT * FROM audit_entry WHERE ledger_position > "
            + (size - 3)
            + " AND ledger_position <= "
            + size
            + ";\n"
            + "CREATE TABLE tamper_later AS SELECT * FROM ledger_entry WHERE position > "
            + size
            + ";\n"
            + "DELETE FROM ledger_entry WHERE position > "
            + (size - 3)
            + ";\n"
            + "DELETE FROM request_history WHERE ledger_position > "
            + (size - 3)
            + " AND ledger_position <= "
            + size
            + ";\n"
            + "DELETE FROM audit_entry WHERE ledger_position > "
            + (size - 3)
            + " AND ledger_position <= "
            + size);
    p = firstProblem();
    assertEquals("CHECKPOINT_TRUNCATED", p.getString("kind"));
    assertEquals(size, p.getJsonNumber("checkpointSize").longValue());
    sql(
        "INSERT INTO request_history SELECT * FROM tamper_history;\n"
            + "INSERT INTO audit_entry SELECT * FROM tamper_audit;\n"
            + "INSERT INTO ledger_entry SELECT * FROM tamper_links;\n"
            + "INSERT INTO ledger_entry SELECT * FROM tamper_later;\n"
            + "DROP TABLE tamper_history;\nDROP TABLE tamper_audit;\nDROP TABLE tamper_links;\n"
            + "DROP TABLE tamper_later");
    assertIntact("the newest entries put back");
    JsonObject withCopy = verify(cp);
    assertTrue(withCopy.getBoolean("intact"), "and against the checkpoint copied off: " + withCopy);
    Api.Reply unreadable =
        as("admin").post("api/records/ledger/verify", "{\"checkpoints\":[\"not a checkpoint\"]}");
    assertEquals(400, unreadable.status(), unreadable.toString());
    assertTrue(unreadable.body().contains("line 1"), unreadable.body());
  }

  /** The union's and HR's figures, read until two reads a second apart agree. */
  Map<String, String> figures(int year) throws InterruptedException {
    Map<String, String> last = null;
    for (int i = 0; i < 30; i++) {
      Map<String, String> now = new LinkedHashMap<>();
      for (String user : List.of("reviewer2", "union1")) {
        for (String path :
            List.of(
                "api/stats/summary",
                "api/stats/by-location",
                "api/stats/by-month",
                "api/stats/by-reviewer",
                "api/stats/timeliness",
                "api/reports/annual?year=" + year)) {
          Api.Reply r = as(user).get(path);
          assertEquals(200, r.status(), user + " " + path + ": " + r);
          now.put(user + " " + path, r.body());
        }
      }
      if (now.equals(last)) {
        return now;
      }
      last = now;
      Thread.sleep(1_000);
    }
    throw new AssertionError("the figures did not settle");
  }

  void moveTo(Instant instant) {
    Api.Reply r =
        as("admin")
            .request(
                "PUT", "api/test-clock", "text/plain", instant.toString(), "Accept", "text/plain");
    assertEquals(200, r.status(), r.toString());
  }

  @Test
  @Order(3)
  void twoYearsAndAMonthLaterThePurgeRemovesTheMedicalContentAroundAHoldAndEveryFigureStays()
      throws Exception {
    Instant start = Instant.now();
    int year = LocalDate.ofInstant(start, CHICAGO).getYear();
    long withdrawn = documentRequest;
    act("employee1", withdrawn, ApiIT.action("WITHDRAW"));
    long held = submit("employee2");
    act("employee2", held, ApiIT.action("WITHDRAW"));
    long denied = submit("employee3");
    act("reviewer1", denied, ApiIT.action("START_REVIEW"));
    act(
        "reviewer1",
        denied,
        "{\"action\":\"DENY\",\"reasonCode\":\"OTHER\",\"comment\":\"Not at this school.\"}");
    long open = submit("employee3");
    Api.Reply hold =
        as("reviewer2")
            .post(
                "api/records/holds",
                "{\"scope\":\"REQUEST\",\"target\":\""
                    + held
                    + "\",\"reason\":\"Charge of discrimination\",\"reference\":\"440-2026-0001\"}");
    assertEquals(201, hold.status(), hold.toString());
    long holdId = hold.json().getJsonNumber("id").longValue();
    String version = "\"" + hold.json().getJsonNumber("version") + "\"";
    assertEquals(version, hold.header("ETag"), "the version to release it with");

    Api.Reply seen = as("reviewer1").get("api/requests/" + held);
    assertTrue(seen.body().contains("440-2026-0001"), "HR sees the hold on the request: " + seen);
    assertFalse(
        as("employee2").get("api/requests/" + held).body().contains("440-2026-0001"),
        "the employee does not");

    // two years and 40 days on, at 05:00 in Chicago: before the daily work's hour, so that the
    // purge below is the administrator's (the daily work's runs in its own test of the timer)
    moveTo(
        LocalDate.ofInstant(start, CHICAGO)
            .plusDays(2 * 365 + 40)
            .atTime(5, 0)
            .atZone(CHICAGO)
            .toInstant());
    Map<String, String> before = figures(year);

    JsonArray eligible = as("admin").get("api/records/retention/eligible").jsonArray();
    Map<Long, JsonObject> byId = new LinkedHashMap<>();
    eligible
        .getValuesAs(JsonObject.class)
        .forEach(e -> byId.put(e.getJsonNumber("requestId").longValue(), e));
    for (long id : List.of(withdrawn, held, denied)) {
      assertTrue(byId.containsKey(id), id + " is eligible: " + eligible);
      assertEquals("MEDICAL_24M", byId.get(id).getString("rule"));
    }
    assertFalse(byId.containsKey(open), "an open request never is");
    assertEquals(
        LocalDate.ofInstant(start, CHICAGO).plusDays(15).toString(),
        byId.get(denied).getString("finalOn"),
        "a denial is final when its appeal window closes");
    assertEquals(List.of(holdId), longs(byId.get(held).getJsonArray("heldBy")));
    assertEquals(List.of(), longs(byId.get(withdrawn).getJsonArray("heldBy")));
    assertEquals(
        "0",
        one("SELECT COUNT(*) FROM audit_entry WHERE action = 'REQUEST_PURGED'"),
        "the dry run changes nothing");

    Api.Reply purge = as("admin").post("api/records/retention/purge", "");
    assertEquals(200, purge.status(), purge.toString());
    List<Long> purged = longs(purge.json().getJsonArray("purged"));
    assertTrue(purged.containsAll(List.of(withdrawn, denied)), purge.toString());
    assertFalse(purged.contains(held), "held");
    assertTrue(longs(purge.json().getJsonArray("held")).contains(held));
    assertEquals(List.of(), longs(purge.json().getJsonArray("refused")));

    // the medical content is gone, the skeleton kept
    JsonObject after = as("reviewer2").get("api/requests/" + withdrawn).json();
    assertEquals("WITHDRAWN", after.getString("status"));
    assertEquals("HOUSEHOLD_MEMBER", after.getString("category"));
    assertFalse(after.toString().contains("high risk"), "the justification is gone: " + after);
    assertFalse(after.toString().contains("Comment for"), "every comment is gone");
    assertEquals("0", one("SELECT COUNT(*) FROM request_document WHERE request_id = " + withdrawn));
    assertEquals("0", one("SELECT COUNT(*) FROM request_key WHERE request_id = " + withdrawn));
    assertEquals(
        404,
        WebSession.signIn(base.toURI(), "employee1")
            .download("documents/" + documentId, "en")
            .statusCode());
    // the bytes a backup still holds open with no key left in the database
    Secret master = Secret.demo(MasterKeys.SETTING);
    for (JsonArray row :
        query("SELECT request_id, wrapped_key FROM request_key").getValuesAs(JsonArray.class)) {
      byte[] key =
          Aead.open(
              master.bytes(),
              "request-key:" + row.getString(0),
              Base64.getDecoder().decode(row.getString(1)));
      assertThrows(
          Aead.Unreadable.class, () -> Aead.open(key, "document:" + documentId, storedBytes));
    }
    assertTrue(
        as("reviewer2").get("api/requests/" + held).body().contains("high risk"),
        "the held request keeps its content");

    assertEquals(before, figures(year), "every statistic and report figure, HR and union");
    assertIntact("after a purge under a hold");

    Api.Reply again = as("admin").post("api/records/retention/purge", "");
    assertEquals(List.of(), longs(again.json().getJsonArray("purged")), "nothing purged twice");
    assertEquals(
        "1",
        one(
            "SELECT COUNT(*) FROM audit_entry WHERE action = 'REQUEST_PURGED' AND subject ="
                + " 'request "
                + withdrawn
                + "'"));
    String record =
        one(
            "SELECT after_state FROM audit_entry WHERE action = 'REQUEST_PURGED' AND subject ="
                + " 'request "
                + withdrawn
                + "'");
    assertTrue(
        record.contains("\"rule\":\"MEDICAL_24M\"") && record.contains("\"documents\":\"1\""),
        record);

    // the hold released, the next purge takes it
    Api.Reply stale =
        as("reviewer2").post("api/records/holds/" + holdId + "/release", "", "\"99\"");
    assertEquals(412, stale.status(), "a stale version: " + stale);
    Api.Reply released =
        as("reviewer2").post("api/records/holds/" + holdId + "/release", "", version);
    assertEquals(200, released.status(), released.toString());
    Api.Reply twice = as("reviewer2").post("api/records/holds/" + holdId + "/release", "", version);
    assertEquals(400, twice.status(), "released already: " + twice);
    assertTrue(
        longs(as("admin").post("api/records/retention/purge", "").json().getJsonArray("purged"))
            .contains(held));
    assertEquals(before, figures(year), "still every figure");
    assertIntact("after the last purge");
  }

  @Test
  @Order(4)
  void holdsPurgesCheckpointsAndVerifyAreRefusedToWhoeverMayNotUseThem() {
    String hold = "{\"scope\":\"LOCATION\",\"target\":\"X\",\"reason\":\"r\",\"reference\":\"x\"}";
    for (String user : List.of("employee1", "reviewer1", "union1")) {
      assertEquals(403, as(user).get("api/records/holds").status(), user);
      assertEquals(403, as(user).post("api/records/holds", hold).status(), user);
      assertEquals(403, as(user).post("api/records/holds/1/release", "", "\"0\"").status(), user);
    }
    for (String user : List.of("employee1", "reviewer1", "reviewer2", "union1")) {
      assertEquals(403, as(user).get("api/records/retention/eligible").status(), user);
      assertEquals(403, as(user).post("api/records/retention/purge", "").status(), user);
      assertEquals(
          403, as(user).put("api/records/retention", "{\"medicalMonths\":36}").status(), user);
      assertEquals(403, as(user).get("api/records/ledger/checkpoints").status(), user);
      assertEquals(403, as(user).post("api/records/ledger/checkpoints", "").status(), user);
      assertEquals(403, as(user).post("api/records/ledger/verify", "{}").status(), user);
    }
    for (String user : List.of("employee1", "reviewer1", "union1")) {
      assertEquals(403, as(user).get("api/records/retention").status(), user);
    }
    assertEquals(200, as("reviewer2").get("api/records/retention").status(), "HR leads read it");
    assertEquals(401, Api.anonymous(base).get("api/records/retention").status());

    Api.Reply tooShort = as("admin").put("api/records/retention", "{\"medicalMonths\":6}");
    assertEquals(400, tooShort.status(), tooShort.toString());
    assertTrue(tooShort.body().contains("medicalMonths"), tooShort.body());
    Api.Reply changed = as("admin").put("api/records/retention", "{\"medicalMonths\":36}");
    assertEquals(36, changed.json().getInt("medicalMonths"));
    assertEquals(
        "MEDICAL_36M", as("reviewer2").get("api/records/retention").json().getString("rule"));
    assertEquals("1", one("SELECT COUNT(*) FROM audit_entry WHERE action = 'RETENTION_CHANGED'"));
    Api.Reply unknown =
        as("reviewer2")
            .post(
                "api/records/holds",
                "{\"scope\":\"LOCATION\",\"target\":\"NOWHERE\",\"reason\":\"r\",\"reference\":\"x\"}");
    assertEquals(400, unknown.status());
    assertTrue(unknown.body().contains("NOWHERE"), unknown.body());
    Api.Reply empty = as("reviewer2").post("api/records/holds", "{\"scope\":\"EMPLOYEE\"}");
    assertEquals(400, empty.status());
    assertEquals(
        java.util.Set.of("target", "reason", "reference"), ApiIT.fields(empty), empty.toString());
  }

  static List<Long> longs(JsonArray a) {
    List<Long> l = new ArrayList<>();
    a.forEach(v -> l.add(((jakarta.json.JsonNumber) v).longValue()));
    return l;
  }
}
