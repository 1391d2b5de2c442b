package org.accommodationdesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.InetAddress;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Sign-in through the organisation's OpenID Connect provider, against a real provider started here
 * (no.nav's mock-oauth2-server, which signs real ID tokens and serves discovery, keys, the
 * authorization and token endpoints and sign-out): accounts created at the first sign-in with the
 * roles the groups map to, roles brought up to date at later sign-ins, the refusals (no mapped
 * group, deactivated account, forged or replayed state, a token for another client), sign-out at
 * the provider, and local accounts still working beside it. One Payara Micro with the provider
 * configured, on the run's database.
 */
class SingleSignOnIT {
  static final String CLIENT_ID = "accommodation-desk";
  static final String ISSUER_ID = "ctu-district";

  static MockOAuth2Server provider;
  static Process server;
  static URL base;
  static final HttpClient BROWSER =
      HttpClient.newBuilder()
          .followRedirects(HttpClient.Redirect.NEVER)
          .connectTimeout(Duration.ofSeconds(10))
          .build();

  @BeforeAll
  static void start() throws Exception {
    PersistenceAcrossRestartIT.deleteRecursively(PersistenceAcrossRestartIT.WORK);
    Files.createDirectories(PersistenceAcrossRestartIT.WORK);
    provider = new MockOAuth2Server();
    provider.start(InetAddress.getLoopbackAddress(), PersistenceAcrossRestartIT.freePort());
    int port = PersistenceAcrossRestartIT.freePort();
    base = new URL("http://localhost:" + port + "/");
    List<String> options = new ArrayList<>(List.of(PersistenceAcrossRestartIT.database()));
    options.add("-Daccommodationdesk.oidc.issuer=" + provider.issuerUrl(ISSUER_ID));
    options.add("-Daccommodationdesk.oidc.client-id=" + CLIENT_ID);
    options.add("-Daccommodationdesk.oidc.client-secret=not-so-secret");
    options.add(
        "-Daccommodationdesk.oidc.role-mapping="
            + "all-staff=EMPLOYEE,hr-staff=REVIEWER,ctu-reps=UNION_REP,it-admins=ADMIN");
    server = PersistenceAcrossRestartIT.start(port, "sso", options.toArray(String[]::new));
    PersistenceAcrossRestartIT.awaitReady(base, server);
  }

  @AfterAll
  static void stop() throws Exception {
    if (server != null) {
      PersistenceAcrossRestartIT.stop(server);
    }
    if (provider != null) {
      provider.shutdown();
    }
  }

  /** A user name no other run of this test used (the PostgreSQL database outlives a run). */
  static String newName(String prefix) {
    return prefix + UUID.randomUUID().toString().substring(0, 8);
  }

  /** The provider signs the next sign-in in as this person, in these groups. */
  static void providerSays(String username, String name, List<String> groups, String audience) {
    Map<String, Object> claims = new LinkedHashMap<>();
    claims.put("preferred_username", username);
    claims.put("name", name);
    claims.put("email", username + "@district.example.org");
    claims.put("groups", groups);
    provider.enqueueCallback(
        new DefaultOAuth2TokenCallback(
            ISSUER_ID, "sub-" + username, "JWT", List.of(audience), claims, 3600));
  }

  static void providerSays(String username, String name, List<String> groups) {
    providerSays(username, name, groups, CLIENT_ID);
  }

  /**
   * The browser's round trip: our sign-in address sends it to the provider, the provider (without
   * asking: the person is signed in there) sends it back to our callback; returns the callback's
   * address and our answer to it.
   */
  record RoundTrip(String callback, WebSession.Page answer) {}

  static RoundTrip signInThroughProvider(WebSession browser, String next) throws Exception {
    WebSession.Page start = browser.get("oidc/signin" + (next == null ? "" : "?next=" + next));
    assertEquals(302, start.status(), start.body());
    assertTrue(
        start.location().startsWith(provider.issuerUrl(ISSUER_ID).toString()),
        "to the provider: " + start.location());
    assertTrue(start.location().contains("code_challenge_method=S256"), "with PKCE");
    assertTrue(start.location().contains("nonce="), "with a nonce");
    HttpResponse<String> atProvider =
        BROWSER.send(
            HttpRequest.newBuilder(URI.create(start.location())).GET().build(),
            HttpResponse.BodyHandlers.ofString());
    assertEquals(302, atProvider.statusCode(), atProvider.body());
    String callback = atProvider.headers().firstValue("Location").orElseThrow();
    assertTrue(callback.startsWith(base + "oidc/callback?"), callback);
    return new RoundTrip(callback, browser.get(callback.substring(base.toString().length())));
  }

  static Api admin() {
    return Api.anonymous(base).as("admin");
  }

  @Test
  void aNewPersonGetsAnAccountWithTheRolesTheirGroupsGive() throws Exception {
    String name = newName("nora");
    providerSays(name, "Nora Teacher", List.of("all-staff", "cafeteria-volunteers"));
    WebSession browser = WebSession.anonymous(URI.create(base.toString()));
    RoundTrip trip = signInThroughProvider(browser, "/employee/new.xhtml");
    assertEquals(302, trip.answer().status());
    assertTrue(
        trip.answer().location().endsWith("/employee/new.xhtml"),
        "where they wanted to go: " + trip.answer().location());

    WebSession.Page page = browser.get("employee/new.xhtml");
    assertEquals(200, page.status());
    assertTrue(page.body().contains("Nora Teacher"), "signed in as the provider's person");
    assertEquals(403, browser.get("review/home.xhtml").status(), "an employee only");

    Api.Reply account = admin().get("api/admin/accounts/" + name);
    assertEquals(200, account.status(), account.toString());
    JsonObject a = account.json();
    assertEquals("Nora Teacher", a.getString("displayName"));
    assertEquals(name + "@district.example.org", a.getString("email"));
    assertEquals("[\"EMPLOYEE\"]", a.getJsonArray("roles").toString());
    assertTrue(a.isNull("workLocationCode"), "an administrator completes the rest");
    assertTrue(a.getBoolean("active"));

    assertTrue(
        audited(
            e ->
                e.getString("action").equals("ACCOUNT_PROVISIONED")
                    && e.getString("actor").equals("(identity provider)")
                    && e.getString("subject").equals(name)),
        "the account's creation in the audit log");

    assertEquals(
        401,
        Api.anonymous(base).as(name, "any-password-1").get("api/requests").status(),
        "no password: the API needs a token for this account");
  }

  @Test
  void rolesFollowTheProviderAtEverySignIn() throws Exception {
    String name = newName("ray");
    providerSays(name, "Ray Reviewer", List.of("all-staff"));
    signInThroughProvider(WebSession.anonymous(URI.create(base.toString())), null);

    providerSays(name, "Ray Reviewer", List.of("all-staff", "hr-staff"));
    WebSession browser = WebSession.anonymous(URI.create(base.toString()));
    RoundTrip trip = signInThroughProvider(browser, null);
    assertEquals(302, trip.answer().status());
    assertEquals(200, browser.get("review/home.xhtml").status(), "now a reviewer too");
    assertEquals(403, browser.get("admin/accounts.xhtml").status());
    assertEquals(
        "[\"EMPLOYEE\",\"REVIEWER\"]",
        admin().get("api/admin/accounts/" + name).json().getJsonArray("roles").toString());
    assertTrue(
        audited(
            e ->
                e.getString("action").equals("ACCOUNT_CHANGED")
                    && e.getString("actor").equals("(identity provider)")
                    && e.getString("subject").equals(name)
                    && e.getString("after").contains("REVIEWER")),
        "the new role in the audit log");
  }

  /**
   * Whether the audit log has an entry like this, paging through it: on PostgreSQL the log is
   * shared with the tests before, and those that move the clock ahead (RecordsIT's purge, two years
   * on) leave entries dated later than this test's at its top.
   */
  boolean audited(java.util.function.Predicate<JsonObject> entry) {
    for (int page = 0; page < 20; page++) {
      Api.Reply audit = admin().get("api/admin/audit?size=200&page=" + page);
      assertEquals(200, audit.status(), audit.toString());
      List<JsonObject> items = audit.json().getJsonArray("items").getValuesAs(JsonObject.class);
      if (items.stream().anyMatch(entry)) {
        return true;
      }
      if (items.size() < 200) {
        return false;
      }
    }
    return false;
  }

  @Test
  void someoneWhoseGroupsGiveNoRoleIsToldAndGetsNoAccount() throws Exception {
    String name = newName("vic");
    providerSays(name, "Vic Visitor", List.of("cafeteria-volunteers"));
    WebSession browser = WebSession.anonymous(URI.create(base.toString()));
    RoundTrip trip = signInThroughProvider(browser, null);
    assertEquals(302, trip.answer().status());
    assertTrue(trip.answer().location().endsWith("/login.xhtml?signin=no_role"));
    WebSession.Page login = browser.get("login.xhtml?signin=no_role");
    assertTrue(login.body().contains("gives you no role"), "the reason, in words");
    assertEquals(302, browser.get("employee/home.xhtml").status(), "not signed in");
    assertEquals(404, admin().get("api/admin/accounts/" + name).status(), "no account");
  }

  @Test
  void aDeactivatedAccountStaysOutWhateverTheProviderSays() throws Exception {
    String name = newName("dee");
    providerSays(name, "Dee Parted", List.of("all-staff"));
    signInThroughProvider(WebSession.anonymous(URI.create(base.toString())), null);
    Api.Reply off =
        admin()
            .request(
                "PATCH", "api/admin/accounts/" + name, "application/json", "{\"active\":false}");
    assertEquals(200, off.status(), off.toString());

    providerSays(name, "Dee Parted", List.of("all-staff"));
    WebSession browser = WebSession.anonymous(URI.create(base.toString()));
    RoundTrip trip = signInThroughProvider(browser, null);
    assertTrue(trip.answer().location().endsWith("/login.xhtml?signin=deactivated"));
    assertEquals(302, browser.get("employee/home.xhtml").status(), "not signed in");
  }

  @Test
  void aForgedOrReplayedCallbackSignsNobodyIn() throws Exception {
    String name = newName("rex");
    providerSays(name, "Rex Replay", List.of("all-staff"));
    WebSession victim = WebSession.anonymous(URI.create(base.toString()));
    RoundTrip trip = signInThroughProvider(victim, null);
    assertEquals(302, trip.answer().status());
    String callback = trip.callback().substring(base.toString().length());

    // the same callback again, in the same session: its state was used
    WebSession.Page again = victim.get(callback);
    assertTrue(again.location().endsWith("/login.xhtml?signin=failed"), again.location());
    // an attacker's browser with the victim's callback (login CSRF, stolen code)
    WebSession attacker = WebSession.anonymous(URI.create(base.toString()));
    WebSession.Page stolen = attacker.get(callback);
    assertTrue(stolen.location().endsWith("/login.xhtml?signin=failed"), stolen.location());
    assertEquals(302, attacker.get("employee/home.xhtml").status(), "not signed in");
    // a made-up state and code
    WebSession.Page forged = attacker.get("oidc/callback?code=abc&state=made-up");
    assertTrue(forged.location().endsWith("/login.xhtml?signin=failed"));
    // the person cancelled at the provider
    WebSession.Page start = attacker.get("oidc/signin");
    String state = start.location().replaceAll(".*[?&]state=([^&]+).*", "$1");
    WebSession.Page cancelled = attacker.get("oidc/callback?error=access_denied&state=" + state);
    assertTrue(cancelled.location().endsWith("/login.xhtml?signin=failed"));
  }

  /**
   * ID tokens that the provider signed but not for this sign-in: for another application, with
   * another nonce (replayed from elsewhere), expired. None signs anybody in.
   */
  @Test
  void anIdTokenNotMadeForThisSignInIsRefused() throws Exception {
    record Forgery(String claim, Object value, long expiresInSeconds) {}
    for (Forgery f :
        List.of(
            new Forgery("aud", "another-application", 3600),
            new Forgery("nonce", "a-nonce-from-another-sign-in", 3600),
            new Forgery("name", "Expired Token", -600))) {
      String name = newName("oli");
      Map<String, Object> claims = new LinkedHashMap<>();
      claims.put("preferred_username", name);
      claims.put("groups", List.of("all-staff"));
      claims.put(f.claim(), f.value());
      provider.enqueueCallback(
          new DefaultOAuth2TokenCallback(
              ISSUER_ID, "sub-" + name, "JWT", List.of(CLIENT_ID), claims, f.expiresInSeconds()));
      WebSession browser = WebSession.anonymous(URI.create(base.toString()));
      RoundTrip trip = signInThroughProvider(browser, null);
      assertTrue(
          trip.answer().location().endsWith("/login.xhtml?signin=failed"),
          f + ": " + trip.answer().location());
      assertEquals(302, browser.get("employee/home.xhtml").status(), f + ": not signed in");
      assertEquals(404, admin().get("api/admin/accounts/" + name).status(), f + ": no account");
    }
  }

  @Test
  void signingOutEndsTheProvidersSessionToo() throws Exception {
    String name = newName("sam");
    providerSays(name, "Sam Signout", List.of("all-staff"));
    WebSession browser = WebSession.anonymous(URI.create(base.toString()));
    signInThroughProvider(browser, null);
    WebSession.Page home = browser.get("employee/home.xhtml");
    assertEquals(200, home.status());
    Map<String, String> form = new LinkedHashMap<>();
    form.put("logoutForm", "logoutForm");
    form.put("logoutForm:logout", "");
    form.put("jakarta.faces.ViewState", home.viewState());
    form.put("primefaces.nonce", home.nonce());
    WebSession.Page out = browser.post("employee/home.xhtml", form, "employee/home.xhtml");
    assertEquals(302, out.status(), out.body());
    assertNotNull(out.location());
    assertTrue(
        out.location().startsWith(provider.issuerUrl(ISSUER_ID) + "/endsession?"),
        "on to the provider's sign-out: " + out.location());
    assertTrue(out.location().contains("id_token_hint="));
    assertTrue(
        out.location()
            .contains(
                "post_logout_redirect_uri="
                    + java.net.URLEncoder.encode(
                        base + "login.xhtml", java.nio.charset.StandardCharsets.UTF_8)));
    assertEquals(302, browser.get("employee/home.xhtml").status(), "signed out here");
  }

  @Test
  void localAccountsWorkBesideTheProviderAndNeedNoPasswordWhenCreated() {
    WebSession login = WebSession.anonymous(URI.create(base.toString()));
    WebSession.Page page = login.get("login.xhtml");
    assertTrue(page.body().contains("Sign in with your organisation account"));
    assertTrue(page.body().contains("/oidc/signin"));
    assertEquals(302, login.trySignIn("employee1", "demo").status(), "a demo account");

    String name = newName("pat");
    Api.Reply created =
        admin()
            .post(
                "api/admin/accounts",
                "{\"username\":\""
                    + name
                    + "\",\"displayName\":\"Pat Withoutone\",\"roles\":[\"EMPLOYEE\"]}");
    assertEquals(201, created.status(), "no password needed with the provider on: " + created);
    assertFalse(created.body().contains("assword"), "never a password: " + created.body());
  }
}
