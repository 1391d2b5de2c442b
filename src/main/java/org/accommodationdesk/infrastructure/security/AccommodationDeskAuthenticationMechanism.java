package org.accommodationdesk.infrastructure.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import java.util.logging.Logger;
import org.accommodationdesk.application.accounts.CurrentUser;
import org.accommodationdesk.application.accounts.ProviderSignIn;
import org.accommodationdesk.application.accounts.SignInRevocations;

/**
 * The application's one authentication mechanism (Jakarta Security allows one):
 *
 * <ul>
 *   <li>{@code /api/*}: stateless (no session), with a personal access token ({@code Authorization:
 *       Bearer adt_...}, {@link TokenCheck}) or HTTP Basic ({@link PasswordCheck}, which remembers
 *       a proved password for a while so scripts do not pay the slow hash on every call); no or
 *       wrong credentials get a 401 problem document with a {@code WWW-Authenticate} challenge.
 *   <li>everything else: form login through the login page, which calls {@code
 *       SecurityContext.authenticate}; the caller's name and groups are then kept in the HTTP
 *       session ({@link SessionLogin}) and stated to the container on every request. A protected
 *       page without a login redirects to the login page, remembering where the user wanted to go.
 *   <li>with an OpenID Connect provider configured, {@code /oidc/signin} sends the user to the
 *       provider and {@code /oidc/callback} takes them back ({@link OpenIdConnect}, {@link
 *       ProviderSignIn}); the login is then kept in the session as for a password.
 * </ul>
 *
 * <p>Failed passwords slow the next attempts down ({@link SignInGuard}): a client that must wait is
 * answered 429 with {@code Retry-After} before any password is checked.
 */
@ApplicationScoped
public class AccommodationDeskAuthenticationMechanism implements HttpAuthenticationMechanism {
  public static final String LOGIN_PAGE = "/login.xhtml";
  private static final String REALM = "Accommodation Desk";
  private static final int TOO_MANY_REQUESTS = 429;
  private static final Logger LOG =
      Logger.getLogger(AccommodationDeskAuthenticationMechanism.class.getName());

  @Inject private PasswordCheck passwords;
  @Inject private TokenCheck tokens;
  @Inject private SignInGuard guard;
  @Inject private SignInRevocations revocations;
  @Inject private Clock clock;
  @Inject private OpenIdConnect openId;
  @Inject private ProviderSignIn providerSignIn;

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    // the answers given here (401, 429, the redirect to the sign-in page) precede every filter
    org.accommodationdesk.application.accounts.SecurityHeaders.apply(
        response::setHeader,
        org.accommodationdesk.application.accounts.SecurityHeaders.isStaticResource(
            request.getServletPath()
                + (request.getPathInfo() == null ? "" : request.getPathInfo())));
    if (isApi(request)) {
      return validateApiRequest(request, response, context);
    }
    if (openId.isEnabled()) {
      String path = request.getRequestURI().substring(request.getContextPath().length());
      if (path.equals(OpenIdConnect.SIGN_IN_PATH)) {
        return startProviderSignIn(request, context);
      }
      if (path.equals(OpenIdConnect.CALLBACK_PATH)) {
        return completeProviderSignIn(request, context);
      }
    }
    Credential credential = context.getAuthParameters().getCredential();
    if (context.isAuthenticationRequest()
        && credential instanceof UsernamePasswordCredential password) {
      String username = password.getCaller();
      Optional<Duration> wait = guard.retryAfter(request, username);
      if (wait.isPresent()) {
        request.setAttribute(CurrentUser.RETRY_AFTER_ATTRIBUTE, seconds(wait.get()));
        response.setStatus(TOO_MANY_REQUESTS);
        response.setHeader("Retry-After", String.valueOf(seconds(wait.get())));
        return AuthenticationStatus.SEND_FAILURE;
      }
      PasswordCheck.Checked checked =
          passwords.checked(username, password.getPasswordAsString(), false);
      Optional<Caller> caller = checked.caller();
      if (caller.isEmpty()) {
        if (checked.deactivated()) {
          request.setAttribute(CurrentUser.DEACTIVATED_ATTRIBUTE, Boolean.TRUE);
        }
        guard.failed(request, username);
        return AuthenticationStatus.SEND_FAILURE;
      }
      guard.succeeded(request, response, username);
      if (request.getSession(false) != null) {
        request.changeSessionId(); // no session fixation: a new id for the signed-in session
      }
      SessionLogin.keep(
          request.getSession(true), caller.get().name(), caller.get().groups(), clock.instant());
      return context.notifyContainerAboutLogin(caller.get().name(), caller.get().groups());
    }
    // The login is kept by the application, not the container ("register session"): Payara's
    // session restore shares one default security context between threads and, under concurrent
    // requests, hands a signed-in user a subject without groups, so a page they may see answers
    // 403 (payara/Payara#6145, fixed upstream in FISH-7515 after the newest Payara we can use).
    // Here every request states the caller and groups afresh from its own session.
    SessionLogin login = SessionLogin.of(request.getSession(false));
    boolean ended = false;
    if (login != null && revocations.isRevoked(login.name(), login.signedInAt())) {
      // deactivated, or roles or password changed by an administrator since this sign-in
      request.getSession().invalidate();
      login = null;
      ended = true;
    }
    if (login != null) {
      return context.notifyContainerAboutLogin(login.name(), login.groups());
    }
    if (context.isProtected()) {
      String target = request.getRequestURI().substring(request.getContextPath().length());
      if (request.getQueryString() != null) {
        target += "?" + request.getQueryString();
      }
      return context.redirect(
          request.getContextPath()
              + LOGIN_PAGE
              + "?next="
              + URLEncoder.encode(target, StandardCharsets.UTF_8)
              // the sign-in page says why the person was signed out
              + (ended ? "&signin=ended" : ""));
    }
    return context.doNothing();
  }

  private AuthenticationStatus startProviderSignIn(
      HttpServletRequest request, HttpMessageContext context) {
    try {
      return context.redirect(
          openId.authorizationUrl(request, CurrentUser.safeTarget(request.getParameter("next"))));
    } catch (OpenIdConnect.Failure e) {
      LOG.warning("Sign-in through the identity provider could not start: " + e.getMessage());
      return context.redirect(loginPage(request, "failed"));
    }
  }

  /**
   * The provider sent the user back: once the identity is verified and the account may sign in, the
   * login is kept on a new session id, like a password sign-in.
   */
  private AuthenticationStatus completeProviderSignIn(
      HttpServletRequest request, HttpMessageContext context) {
    OpenIdConnect.Verified verified;
    try {
      verified = openId.complete(request);
    } catch (OpenIdConnect.Failure e) {
      LOG.warning("Sign-in through the identity provider failed: " + e.getMessage());
      return context.redirect(loginPage(request, "failed"));
    }
    ProviderSignIn.Outcome outcome = providerSignIn.signIn(verified.identity());
    if (!outcome.signedIn()) {
      return context.redirect(
          loginPage(request, outcome.refusal().name().toLowerCase(java.util.Locale.ROOT)));
    }
    request.changeSessionId();
    HttpSession session = request.getSession(true);
    SessionLogin.keep(session, outcome.username(), outcome.roles(), clock.instant());
    if (verified.signOutUrl() != null) {
      session.setAttribute(CurrentUser.PROVIDER_SIGN_OUT_ATTRIBUTE, verified.signOutUrl());
    }
    String next = verified.next() == null ? "/index.xhtml" : verified.next();
    return context.redirect(request.getContextPath() + next);
  }

  private static String loginPage(HttpServletRequest request, String problem) {
    return request.getContextPath() + LOGIN_PAGE + "?signin=" + problem;
  }

  private AuthenticationStatus validateApiRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    String header = request.getHeader("Authorization");
    String bearer = bearerToken(header);
    UsernamePasswordCredential basic = bearer == null ? basicCredential(header) : null;
    if (bearer == null && basic == null) {
      return challenge(response, null, "This API needs a token (Bearer) or HTTP Basic.");
    }
    String username = basic == null ? null : basic.getCaller();
    // a valid token is never slowed down by anyone's failures: checked first (a hash lookup)
    Optional<Caller> caller = bearer != null ? tokens.check(bearer) : Optional.empty();
    if (caller.isEmpty()) {
      Optional<Duration> wait = guard.retryAfter(request, username);
      if (wait.isPresent()) {
        return tooManyAttempts(response, wait.get());
      }
      if (basic != null) {
        caller = passwords.check(username, basic.getPasswordAsString(), true);
      }
    }
    if (caller.isEmpty()) {
      guard.failed(request, username);
      return bearer != null
          ? challenge(response, "invalid_token", "The token is unknown, revoked or expired.")
          : challenge(response, null, "The user name or password is wrong.");
    }
    if (username != null) {
      guard.succeeded(request, username);
    }
    request.setAttribute(CurrentUser.TOKEN_ATTRIBUTE, bearer != null);
    return context.notifyContainerAboutLogin(caller.get().name(), caller.get().groups());
  }

  /** The token of a Bearer header, or null when there is none. */
  static String bearerToken(String header) {
    if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
      return null;
    }
    String token = header.substring(7).trim();
    return token.isEmpty() ? null : token;
  }

  static boolean isApi(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return path.equals("/api") || path.startsWith("/api/");
  }

  /** The user name and password of a Basic header, or null when there is none or it is garbled. */
  static UsernamePasswordCredential basicCredential(String header) {
    if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
      return null;
    }
    try {
      String decoded =
          new String(
              Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
      int colon = decoded.indexOf(':');
      if (colon <= 0) {
        return null;
      }
      return new UsernamePasswordCredential(
          decoded.substring(0, colon), decoded.substring(colon + 1));
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static AuthenticationStatus challenge(
      HttpServletResponse response, String bearerError, String detail) {
    response.setHeader("WWW-Authenticate", "Basic realm=\"" + REALM + "\", charset=\"UTF-8\"");
    response.addHeader(
        "WWW-Authenticate",
        "Bearer realm=\""
            + REALM
            + "\""
            + (bearerError == null ? "" : ", error=\"" + bearerError + "\""));
    return problem(response, HttpServletResponse.SC_UNAUTHORIZED, "Unauthorized", detail);
  }

  private static AuthenticationStatus tooManyAttempts(HttpServletResponse response, Duration wait) {
    response.setHeader("Retry-After", String.valueOf(seconds(wait)));
    return problem(
        response,
        TOO_MANY_REQUESTS,
        "Too Many Requests",
        "Too many failed sign-ins. Try again in " + seconds(wait) + " seconds.");
  }

  private static AuthenticationStatus problem(
      HttpServletResponse response, int status, String title, String detail) {
    try {
      response.setStatus(status);
      response.setContentType("application/problem+json");
      response.setCharacterEncoding("UTF-8");
      response
          .getWriter()
          .write(
              "{\"type\":\"about:blank\",\"title\":\""
                  + title
                  + "\",\"status\":"
                  + status
                  + ",\"detail\":\""
                  + detail
                  + "\"}");
      response.flushBuffer();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return AuthenticationStatus.SEND_FAILURE;
  }

  /** Whole seconds to wait, rounded up: never "0 seconds" while there is still a wait. */
  private static long seconds(Duration wait) {
    return Math.max(1, (wait.toMillis() + 999) / 1000);
  }
}
