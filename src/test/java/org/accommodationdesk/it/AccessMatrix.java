package org.accommodationdesk.it;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Who may use what: every API operation, page and servlet, and for each kind of caller the answer
 * expected. One table; {@code ApiIT.theAccessMatrixHolds} runs it and fails when the application
 * has an operation, page or servlet without a row here.
 *
 * <p>Callers: A anonymous, O the employee who owns the fixture request (employee1, shared with the
 * union), E another employee (employee2), R an HR reviewer (reviewer1), U a union rep (union1), X
 * an administrator (admin). {id} is the fixture request, {doc} one of its documents, {token} a
 * token of the owner's, {decided} another of the owner's requests, denied (it has a letter,
 * {letter}).
 *
 * <p>Reviewers hold the employee role too (they file their own requests) and see every request, so
 * they may open an employee's request page; it offers them no step.
 *
 * <p>Bodies are chosen so that an allowed caller is refused by a business rule or gets a harmless
 * answer: the table is about access, not effects. Pages: 302 is the way to sign-in.
 */
final class AccessMatrix {
  enum Caller {
    A,
    O,
    E,
    R,
    U,
    X
  }

  /** One operation, page or servlet and the expected answer per caller. */
  record Row(String method, String path, String body, Map<Caller, Integer> expected) {
    boolean api() {
      return path.startsWith("api/");
    }
  }

  static Row row(String method, String path, String body, String expected) {
    Map<Caller, Integer> map = new EnumMap<>(Caller.class);
    for (String cell : expected.trim().split("\\s+")) {
      map.put(Caller.valueOf(cell.substring(0, 1)), Integer.parseInt(cell.substring(1)));
    }
    if (map.size() != Caller.values().length) {
      throw new IllegalArgumentException("every caller needs a cell: " + method + " " + path);
    }
    return new Row(method, path, body, map);
  }

  static final String PROVIDE_INFO = "{\"action\":\"PROVIDE_INFO\",\"comment\":\"Answer\"}";
  static final String SHARE = "{\"shared\":true}";
  static final String TOKEN = "{\"name\":\"access matrix\",\"days\":1}";

  static final List<Row> ROWS =
      List.of(
          // ---- JSON API -----------------------------------------------------------------------
          row("GET", "api/requests", null, "A401 O200 E200 R200 U200 X403"),
          row("POST", "api/requests", ApiIT.HOUSEHOLD, "A401 O201 E201 R201 U403 X403"),
          row(
              "POST",
              "api/requests/for-employee",
              ApiIT.HOUSEHOLD.replaceFirst("\\{", "{\"employee\":\"nobody-here\","),
              "A401 O403 E403 R400 U400 X403"),
          row("GET", "api/requests/{id}", null, "A401 O200 E404 R200 U200 X404"),
          row(
              "GET",
              "api/requests/{decided}/decision-letter",
              null,
              "A401 O200 E404 R200 U403 X403"),
          row("GET", "api/requests/{decided}/letters", null, "A401 O200 E404 R200 U403 X403"),
          row(
              "GET",
              "api/requests/{decided}/letters/{letter}",
              null,
              "A401 O200 E404 R200 U403 X403"),
          row(
              "POST",
              "api/requests/{decided}/case-file",
              "{\"reason\":\"access matrix\"}",
              "A401 O403 E403 R200 U403 X200"),
          row("PUT", "api/requests/{id}/union-access", SHARE, "A401 O200 E404 R403 U403 X403"),
          row("PUT", "api/requests/{id}/record", "{}", "A401 O403 E403 R200 U403 X403"),
          row(
              "POST",
              "api/requests/{id}/transitions",
              PROVIDE_INFO,
              "A401 O409 E404 R403 U403 X403"),
          // only HR leads assign (reviewer1 is not one; ApiIT has the lead's success)
          row(
              "POST",
              "api/requests/assignments",
              "{\"requests\":[1],\"reviewer\":\"reviewer2\"}",
              "A401 O403 E403 R403 U403 X403"),
          row("GET", "api/requests/workload", null, "A401 O403 E403 R200 U403 X403"),
          row("POST", "api/tokens", TOKEN, "A401 O201 E201 R201 U201 X201"),
          row("GET", "api/tokens", null, "A401 O200 E200 R200 U200 X200"),
          row("GET", "api/notices", null, "A401 O200 E200 R200 U200 X200"),
          row("POST", "api/notices/read", "", "A401 O204 E204 R204 U204 X204"),
          row("DELETE", "api/tokens/{token}", null, "A401 O204 E404 R404 U404 X404"),
          row("POST", "api/admin/accounts", "{}", "A401 O403 E403 R403 U403 X400"),
          row("GET", "api/admin/accounts", null, "A401 O403 E403 R403 U403 X200"),
          row("POST", "api/admin/accounts/import", "{}", "A401 O403 E403 R403 U403 X400"),
          row("GET", "api/admin/accounts/{user}", null, "A401 O403 E403 R403 U403 X200"),
          row("PATCH", "api/admin/accounts/{user}", "{}", "A401 O403 E403 R403 U403 X200"),
          row("GET", "api/admin/audit", null, "A401 O403 E403 R403 U403 X200"),
          row("GET", "api/admin/locations", null, "A401 O403 E403 R403 U403 X200"),
          row("POST", "api/admin/locations", "{}", "A401 O403 E403 R403 U403 X400"),
          row("PATCH", "api/admin/locations/{location}", "{}", "A401 O403 E403 R403 U403 X200"),
          row("GET", "api/admin/job-classes", null, "A401 O403 E403 R403 U403 X200"),
          row("POST", "api/admin/job-classes", "{}", "A401 O403 E403 R403 U403 X400"),
          row("PATCH", "api/admin/job-classes/{jobclass}", "{}", "A401 O403 E403 R403 U403 X200"),
          row("GET", "api/admin/denial-reasons", null, "A401 O403 E403 R403 U403 X200"),
          row("POST", "api/admin/denial-reasons", "{}", "A401 O403 E403 R403 U403 X400"),
          row("PATCH", "api/admin/denial-reasons/{reason}", "{}", "A401 O403 E403 R403 U403 X200"),
          row("GET", "api/admin/reason-lists/{list}", null, "A401 O403 E403 R403 U403 X200"),
          row("POST", "api/admin/reason-lists/{list}", "{}", "A401 O403 E403 R403 U403 X400"),
          row(
              "PATCH",
              "api/admin/reason-lists/{list}/{listed}",
              "{}",
              "A401 O403 E403 R403 U403 X200"),
          row("POST", "api/admin/daily-work", "", "A401 O403 E403 R403 U403 X200"),
          row("GET", "api/admin/holidays", null, "A401 O403 E403 R403 U403 X200"),
          row("POST", "api/admin/holidays", "{}", "A401 O403 E403 R403 U403 X400"),
          row("DELETE", "api/admin/holidays/{day}", null, "A401 O403 E403 R403 U403 X404"),
          row("GET", "api/admin/settings", null, "A401 O403 E403 R403 U403 X200"),
          row("PATCH", "api/admin/settings", "{}", "A401 O403 E403 R403 U403 X400"),
          row("GET", "api/reports/annual?year=2026", null, "A401 O403 E403 R200 U200 X200"),
          // records (issue 24): R is an HR reviewer who is not an HR lead
          row("GET", "api/records/retention", null, "A401 O403 E403 R403 U403 X200"),
          row("PUT", "api/records/retention", "{}", "A401 O403 E403 R403 U403 X400"),
          row("GET", "api/records/retention/eligible", null, "A401 O403 E403 R403 U403 X200"),
          row("POST", "api/records/retention/purge", "", "A401 O403 E403 R403 U403 X200"),
          row("GET", "api/records/holds", null, "A401 O403 E403 R403 U403 X200"),
          row("POST", "api/records/holds", "{}", "A401 O403 E403 R403 U403 X400"),
          row("POST", "api/records/holds/{hold}/release", "", "A401 O403 E403 R403 U403 X400"),
          row("GET", "api/records/ledger/checkpoints", null, "A401 O403 E403 R403 U403 X200"),
          row("POST", "api/records/ledger/checkpoints", "", "A401 O403 E403 R403 U403 X200"),
          row("POST", "api/records/ledger/verify", "{}", "A401 O403 E403 R403 U403 X200"),
          // consistency (issue 26): R is an HR reviewer who is not an HR lead
          row("GET", "api/consistency/funnel", null, "A401 O403 E403 R403 U200 X200"),
          row("GET", "api/consistency/similar", null, "A401 O403 E403 R403 U403 X403"),
          row("POST", "api/consistency/similar/review", "{}", "A401 O403 E403 R403 U403 X403"),
          row("POST", "api/what-if", "{}", "A401 O403 E403 R400 U400 X400"),
          row("GET", "api/what-if/policies", null, "A401 O403 E403 R200 U200 X200"),
          row("POST", "api/what-if/policies", "{}", "A401 O403 E403 R400 U400 X400"),
          row("GET", "api/what-if/policies/{policy}", null, "A401 O403 E403 R400 U400 X400"),
          row("PUT", "api/what-if/policies/{policy}", "{}", "A401 O403 E403 R400 U400 X400"),
          row("DELETE", "api/what-if/policies/{policy}", null, "A401 O403 E403 R400 U400 X400"),
          row("GET", "api/disclosures", null, "A401 O403 E403 R403 U200 X200"),
          row("GET", "api/stats/summary", null, "A401 O403 E403 R200 U200 X403"),
          row("GET", "api/stats/by-location", null, "A401 O403 E403 R200 U200 X403"),
          row("GET", "api/stats/by-job-class", null, "A401 O403 E403 R200 U200 X403"),
          row("GET", "api/stats/by-month", null, "A401 O403 E403 R200 U200 X403"),
          row("GET", "api/stats/by-reviewer", null, "A401 O403 E403 R200 U200 X403"),
          row("GET", "api/stats/backlog", null, "A401 O403 E403 R200 U200 X403"),
          row("GET", "api/stats/appeals", null, "A401 O403 E403 R200 U200 X403"),
          row("GET", "api/stats/timeliness", null, "A401 O403 E403 R200 U200 X403"),
          // ---- pages ------------------------------------------------------------------------
          row("GET", "login.xhtml", null, "A200 O302 E302 R302 U302 X302"),
          row("GET", "index.xhtml", null, "A302 O302 E302 R302 U302 X302"),
          row("GET", "employee/home.xhtml", null, "A302 O200 E200 R200 U403 X403"),
          row("GET", "admin/records.xhtml", null, "A302 O403 E403 R403 U403 X200"),
          row("GET", "records/holds.xhtml", null, "A302 O403 E403 R403 U403 X200"),
          row("GET", "employee/new.xhtml", null, "A302 O200 E200 R200 U403 X403"),
          row("GET", "intake/new.xhtml", null, "A302 O403 E403 R200 U200 X403"),
          row("GET", "employee/request.xhtml?id={id}", null, "A302 O200 E404 R200 U403 X403"),
          row("GET", "review/home.xhtml", null, "A302 O403 E403 R200 U403 X403"),
          row("GET", "review/case.xhtml?id={id}", null, "A302 O403 E403 R200 U403 X403"),
          row("GET", "review/stats.xhtml", null, "A302 O403 E403 R200 U403 X403"),
          row("GET", "union/home.xhtml", null, "A302 O403 E403 R403 U200 X403"),
          row("GET", "union/shared.xhtml", null, "A302 O403 E403 R403 U200 X403"),
          row("GET", "union/request.xhtml?id={id}", null, "A302 O403 E403 R403 U200 X403"),
          row("GET", "admin/home.xhtml", null, "A302 O403 E403 R403 U403 X200"),
          row("GET", "account/tokens.xhtml", null, "A302 O200 E200 R200 U200 X200"),
          row("GET", "account/notices.xhtml", null, "A302 O200 E200 R200 U200 X200"),
          row("GET", "admin/accounts.xhtml", null, "A302 O403 E403 R403 U403 X200"),
          row("GET", "admin/account.xhtml?username={user}", null, "A302 O403 E403 R403 U403 X200"),
          row("GET", "admin/audit.xhtml", null, "A302 O403 E403 R403 U403 X200"),
          row("GET", "admin/import.xhtml", null, "A302 O403 E403 R403 U403 X200"),
          row("GET", "admin/reference.xhtml", null, "A302 O403 E403 R403 U403 X200"),
          row("GET", "admin/reasons.xhtml?list=delay", null, "A302 O403 E403 R403 U403 X200"),
          row("GET", "report/annual.xhtml?year=2026", null, "A302 O403 E403 R200 U200 X200"),
          row("GET", "report/consistency.xhtml", null, "A302 O403 E403 R404 U200 X200"),
          row("GET", "report/consistency.csv", null, "A302 O403 E403 R404 U200 X200"),
          row("GET", "report/whatif.xhtml", null, "A302 O403 E403 R200 U200 X200"),
          row("GET", "report/what-if.csv?policy={policy}", null, "A302 O403 E403 R400 U400 X400"),
          row("GET", "report/disclosures.xhtml", null, "A302 O403 E403 R404 U200 X200"),
          row("GET", "report/disclosures.csv", null, "A302 O403 E403 R404 U200 X200"),
          row("GET", "review/similar.xhtml", null, "A302 O403 E403 R404 U403 X403"),
          row("GET", "report/annual.csv?year=2026", null, "A302 O403 E403 R200 U200 X200"),
          row("GET", "report/annual.pdf?year=2026", null, "A302 O403 E403 R200 U200 X200"),
          row("GET", "admin/audit.csv", null, "A302 O403 E403 R403 U403 X200"),
          // ---- servlets ---------------------------------------------------------------------
          row("GET", "documents/{doc}", null, "A302 O200 E404 R200 U403 X403"),
          row("GET", "letters/{decided}", null, "A302 O200 E404 R200 U403 X403"),
          row("GET", "letters/{decided}/first", null, "A302 O200 E404 R200 U403 X403"),
          row("GET", "letters/{decided}/{letter}", null, "A302 O200 E404 R200 U403 X403"),
          row("GET", "stats/export?table=by-location", null, "A302 O403 E403 R200 U200 X403"),
          row("POST", "session/keepalive", "", "A401 O204 E204 R204 U204 X204"));

  private AccessMatrix() {}
}
