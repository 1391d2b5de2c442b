package org.accommodationdesk.infrastructure.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.Serializable;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import org.accommodationdesk.application.accounts.ProviderSignIn.ProviderIdentity;
import org.accommodationdesk.application.accounts.SignInOptions;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jose4j.jwa.AlgorithmConstraints;
import org.jose4j.jwk.HttpsJwks;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.MalformedClaimException;
import org.jose4j.jwt.consumer.InvalidJwtException;
import org.jose4j.jwt.consumer.JwtConsumer;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.jose4j.keys.resolvers.HttpsJwksVerificationKeyResolver;

/**
 * Sign-in through the organisation's OpenID Connect provider (ADR 0013): the authorization code
 * flow with PKCE, a state and a nonce, for a confidential client. The provider's endpoints come
 * from its discovery document; the ID token is verified with jose4j against the provider's
 * published keys (signature, issuer, audience, expiry), and its nonce against the one this session
 * sent.
 *
 * <p>Settings ({@code accommodationdesk.oidc.*}, so {@code ACCOMMODATIONDESK_OIDC_ISSUER} etc.):
 * {@code issuer} (on when set), {@code client-id}, {@code client-secret}, {@code scope}, {@code
 * username-claim}, {@code name-claim}, {@code email-claim}, {@code groups-claim}, {@code
 * role-mapping} ({@link RoleMapping}) and {@code external-url} (this application's address as users
 * reach it, when a proxy hides it from the request).
 */
@ApplicationScoped
class OpenIdConnect {
  static final String SIGN_IN_PATH = "/oidc/signin";
  static final String CALLBACK_PATH = "/oidc/callback";
  private static final String PENDING = OpenIdConnect.class.getName() + ".pending";
  private static final int MAX_PENDING = 5;
  private static final Logger LOG = Logger.getLogger(OpenIdConnect.class.getName());
  private static final SecureRandom RANDOM = new SecureRandom();

  /** Why a sign-in through the provider did not complete. */
  static final class Failure extends Exception {
    private static final long serialVersionUID = 1L;

    Failure(String message) {
      super(message);
    }
  }

  /** A verified sign-in: who, where to go next, and how to sign out of the provider. */
  record Verified(ProviderIdentity identity, String next, String signOutUrl) {}

  /** What this session sent to the provider, checked when the provider sends the user back. */
  record Pending(String state, String nonce, String verifier, String next)
      implements Serializable {}

  /** The provider's endpoints and a verifier for its ID tokens. */
  private record Provider(
      String authorization, String token, String endSession, JwtConsumer idTokens) {}

  @Inject private SignInOptions options;

  @Inject
  @ConfigProperty(name = "accommodationdesk.oidc.client-id", defaultValue = "accommodation-desk")
  private String clientId;

  @Inject
  @ConfigProperty(name = "accommodationdesk.oidc.client-secret")
  private Optional<String> clientSecret;

  @Inject
  @ConfigProperty(name = "accommodationdesk.oidc.scope", defaultValue = "openid profile email")
  private String scope;

  @Inject
  @ConfigProperty(
      name = "accommodationdesk.oidc.username-claim",
      defaultValue = "preferred_username")
  private String usernameClaim;

  @Inject
  @ConfigProperty(name = "accommodationdesk.oidc.name-claim", defaultValue = "name")
  private String nameClaim;

  @Inject
  @ConfigProperty(name = "accommodationdesk.oidc.email-claim", defaultValue = "email")
  private String emailClaim;

  @Inject
  @ConfigProperty(name = "accommodationdesk.oidc.groups-claim", defaultValue = "groups")
  private String groupsClaim;

  @Inject
  @ConfigProperty(name = "accommodationdesk.oidc.role-mapping")
  private Optional<String> roleMappingSetting;

  @Inject
  @ConfigProperty(name = "accommodationdesk.oidc.external-url")
  private Optional<String> externalUrl;

  private final HttpClient http =
      HttpClient.newBuilder()
          .connectTimeout(Duration.ofSeconds(10))
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();
  private volatile Provider provider;
  private RoleMapping roleMapping;

  /** A bad role mapping stops the deployment with a message naming it, not the first sign-in. */
  void atStart(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
    if (isEnabled()) {
      roleMapping();
      LOG.info("Sign-in through the OpenID Connect provider " + options.issuer().get() + " is on.");
    }
  }

  boolean isEnabled() {
    return options.isSingleSignOn();
  }

  private RoleMapping roleMapping() {
    if (roleMapping == null) {
      roleMapping = RoleMapping.parse(roleMappingSetting.orElse(""));
    }
    return roleMapping;
  }

  /** The provider's authorization address for a new sign-in; remembers what it sent. */
  String authorizationUrl(HttpServletRequest request, String next) throws Failure {
    Provider p = provider();
    Pending pending = new Pending(random(), random(), random() + random(), next);
    HttpSession session = request.getSession(true);
    @SuppressWarnings("unchecked")
    LinkedHashMap<String, Pending> all =
        session.getAttribute(PENDING) instanceof LinkedHashMap<?, ?> m
            ? new LinkedHashMap<>((Map<String, Pending>) m)
            : new LinkedHashMap<>();
    all.put(pending.state(), pending);
    while (all.size() > MAX_PENDING) { // sign-ins started in other tabs and never finished
      all.remove(all.keySet().iterator().next());
    }
    session.setAttribute(PENDING, all);
    Map<String, String> query = new LinkedHashMap<>();
    query.put("response_type", "code");
    query.put("client_id", clientId);
    query.put("redirect_uri", base(request) + CALLBACK_PATH);
    query.put("scope", scope);
    query.put("state", pending.state());
    query.put("nonce", pending.nonce());
    query.put("code_challenge", challenge(pending.verifier()));
    query.put("code_challenge_method", "S256");
    return p.authorization() + (p.authorization().contains("?") ? "&" : "?") + form(query);
  }

  /**
   * The provider sent the user back: checks the state, exchanges the code for tokens, verifies the
   * ID token and reads the identity from its claims.
   */
  Verified complete(HttpServletRequest request) throws Failure {
    String state = request.getParameter("state");
    HttpSession session = request.getSession(false);
    Pending pending = session == null || state == null ? null : takePending(session, state);
    if (pending == null) {
      throw new Failure("no sign-in was started with this state (an old or forged link)");
    }
    if (request.getParameter("error") != null) {
      throw new Failure("the provider answered " + request.getParameter("error"));
    }
    String code = request.getParameter("code");
    if (code == null || code.isBlank()) {
      throw new Failure("the provider sent no code");
    }
    Provider p = provider();
    Map<String, String> body = new LinkedHashMap<>();
    body.put("grant_type", "authorization_code");
    body.put("code", code);
    body.put("redirect_uri", base(request) + CALLBACK_PATH);
    body.put("code_verifier", pending.verifier());
    HttpRequest.Builder exchange =
        HttpRequest.newBuilder(URI.create(p.token()))
            .timeout(Duration.ofSeconds(15))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .header("Accept", "application/json");
    if (clientSecret.isPresent()) {
      exchange.header(
          "Authorization",
          "Basic "
              + Base64.getEncoder()
                  .encodeToString(
                      (encode(clientId) + ":" + encode(clientSecret.get()))
                          .getBytes(StandardCharsets.UTF_8)));
    } else {
      body.put("client_id", clientId);
    }
    JsonObject tokens = json(send(exchange.POST(HttpRequest.BodyPublishers.ofString(form(body)))));
    String idToken = tokens.getString("id_token", null);
    if (idToken == null) {
      throw new Failure("the token endpoint sent no ID token");
    }
    JwtClaims claims;
    try {
      claims = p.idTokens().processToClaims(idToken);
    } catch (InvalidJwtException e) {
      // the details only: jose4j's message repeats every claim, personal data included
      throw new Failure(
          "the ID token is not valid: "
              + e.getErrorDetails().stream()
                  .map(d -> d.getErrorMessage())
                  .collect(java.util.stream.Collectors.joining("; ")));
    }
    try {
      if (!pending.nonce().equals(claims.getStringClaimValue("nonce"))) {
        throw new Failure("the ID token's nonce is not the one sent");
      }
      ProviderIdentity identity =
          new ProviderIdentity(
              claims.getStringClaimValue(usernameClaim),
              claims.getStringClaimValue(nameClaim),
              claims.getStringClaimValue(emailClaim),
              roleMapping().roles(groups(claims)));
      return new Verified(identity, pending.next(), signOutUrl(p, request, idToken));
    } catch (MalformedClaimException e) {
      throw new Failure("a claim of the ID token has the wrong type: " + e.getMessage());
    }
  }

  private static Pending takePending(HttpSession session, String state) {
    try {
      if (session.getAttribute(PENDING) instanceof Map<?, ?> all
          && all.get(state) instanceof Pending pending) {
        @SuppressWarnings("unchecked")
        LinkedHashMap<String, Pending> rest = new LinkedHashMap<>((Map<String, Pending>) all);
        rest.remove(state); // a state is used once
        session.setAttribute(PENDING, rest);
        return pending;
      }
      return null;
    } catch (IllegalStateException invalidated) {
      return null;
    }
  }

  /** The groups claim: an array of names, or one name. */
  private List<String> groups(JwtClaims claims) throws MalformedClaimException {
    if (!claims.hasClaim(groupsClaim)) {
      return List.of();
    }
    if (claims.isClaimValueStringList(groupsClaim)) {
      return claims.getStringListClaimValue(groupsClaim);
    }
    if (claims.isClaimValueString(groupsClaim)) {
      return List.of(claims.getStringClaimValue(groupsClaim));
    }
    throw new MalformedClaimException(groupsClaim + " is neither a name nor a list of names");
  }

  private String signOutUrl(Provider p, HttpServletRequest request, String idToken) {
    if (p.endSession() == null) {
      return null;
    }
    Map<String, String> query = new LinkedHashMap<>();
    query.put("id_token_hint", idToken);
    query.put("client_id", clientId);
    query.put(
        "post_logout_redirect_uri",
        base(request) + AccommodationDeskAuthenticationMechanism.LOGIN_PAGE);
    return p.endSession() + (p.endSession().contains("?") ? "&" : "?") + form(query);
  }

  /** The provider's endpoints, read once from its discovery document (again after a failure). */
  private Provider provider() throws Failure {
    Provider known = provider;
    if (known != null) {
      return known;
    }
    String issuer = options.issuer().orElseThrow(() -> new Failure("no provider is configured"));
    String discovery =
        (issuer.endsWith("/") ? issuer.substring(0, issuer.length() - 1) : issuer)
            + "/.well-known/openid-configuration";
    JsonObject doc =
        json(send(HttpRequest.newBuilder(URI.create(discovery)).timeout(Duration.ofSeconds(15))));
    if (!issuer.equals(doc.getString("issuer", null))) {
      throw new Failure("the discovery document names another issuer: " + doc.get("issuer"));
    }
    List<String> missing = new ArrayList<>();
    for (String key : List.of("authorization_endpoint", "token_endpoint", "jwks_uri")) {
      if (!(doc.get(key) instanceof JsonString)) {
        missing.add(key);
      }
    }
    if (!missing.isEmpty()) {
      throw new Failure("the discovery document lacks " + missing);
    }
    JwtConsumer idTokens =
        new JwtConsumerBuilder()
            .setRequireExpirationTime()
            .setRequireIssuedAt()
            .setRequireSubject()
            .setAllowedClockSkewInSeconds(60)
            .setExpectedIssuer(issuer)
            .setExpectedAudience(clientId)
            .setVerificationKeyResolver(
                new HttpsJwksVerificationKeyResolver(new HttpsJwks(doc.getString("jwks_uri"))))
            .setJwsAlgorithmConstraints(
                AlgorithmConstraints.ConstraintType.PERMIT,
                AlgorithmIdentifiers.RSA_USING_SHA256,
                AlgorithmIdentifiers.RSA_USING_SHA384,
                AlgorithmIdentifiers.RSA_USING_SHA512,
                AlgorithmIdentifiers.RSA_PSS_USING_SHA256,
                AlgorithmIdentifiers.ECDSA_USING_P256_CURVE_AND_SHA256,
                AlgorithmIdentifiers.ECDSA_USING_P384_CURVE_AND_SHA384)
            .build();
    JsonValue endSession = doc.get("end_session_endpoint");
    known =
        new Provider(
            doc.getString("authorization_endpoint"),
            doc.getString("token_endpoint"),
            endSession instanceof JsonString s ? s.getString() : null,
            idTokens);
    provider = known;
    return known;
  }

  private String send(HttpRequest.Builder request) throws Failure {
    HttpRequest built = request.build();
    try {
      HttpResponse<String> response = http.send(built, HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != 200) {
        throw new Failure(built.uri().getPath() + " answered " + response.statusCode());
      }
      return response.body();
    } catch (IOException e) {
      throw new Failure("the provider could not be reached: " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new Failure("interrupted");
    }
  }

  private static JsonObject json(String body) throws Failure {
    try (JsonReader reader = Json.createReader(new StringReader(body))) {
      return reader.readObject();
    } catch (RuntimeException e) {
      throw new Failure("the provider's answer is not a JSON object");
    }
  }

  /** This application's address as the user's browser reaches it. */
  private String base(HttpServletRequest request) {
    if (externalUrl.isPresent() && !externalUrl.get().isBlank()) {
      String url = externalUrl.get().strip();
      return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
    StringBuffer url = request.getRequestURL();
    return url.substring(0, url.length() - request.getRequestURI().length())
        + request.getContextPath();
  }

  private static String random() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  /** PKCE's S256 challenge of a verifier (RFC 7636). */
  static String challenge(String verifier) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
      return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String form(Map<String, String> fields) {
    StringBuilder s = new StringBuilder();
    fields.forEach(
        (k, v) -> {
          if (!s.isEmpty()) {
            s.append('&');
          }
          s.append(encode(k)).append('=').append(encode(v));
        });
    return s.toString();
  }

  private static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
