package org.accommodationdesk.infrastructure.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * The application's one authentication mechanism (Jakarta Security allows one):
 *
 * <ul>
 *   <li>{@code /api/*}: HTTP Basic on every call, stateless (no session); no or wrong credentials
 *       get a 401 problem document with a {@code WWW-Authenticate} challenge.
 *   <li>everything else: form login through the login page, which calls {@code
 *       SecurityContext.authenticate}; the caller's name and groups are then kept in the HTTP
 *       session ({@link SessionLogin}) and stated to the container on every request. A protected
 *       page without a login redirects to the login page, remembering where the user wanted to go.
 * </ul>
 */
@ApplicationScoped
public class AccommodationDeskAuthenticationMechanism implements HttpAuthenticationMechanism {
  public static final String LOGIN_PAGE = "/login.xhtml";
  private static final String REALM = "Accommodation Desk";

  @Inject private IdentityStoreHandler identityStoreHandler;

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    if (isApi(request)) {
      return validateApiRequest(request, response, context);
    }
    Credential credential = context.getAuthParameters().getCredential();
    if (context.isAuthenticationRequest() && credential != null) {
      CredentialValidationResult result = identityStoreHandler.validate(credential);
      if (result.getStatus() != CredentialValidationResult.Status.VALID) {
        return AuthenticationStatus.SEND_FAILURE;
      }
      if (request.getSession(false) != null) {
        request.changeSessionId(); // no session fixation: a new id for the signed-in session
      }
      SessionLogin.keep(
          request.getSession(true),
          result.getCallerPrincipal().getName(),
          result.getCallerGroups());
      return context.notifyContainerAboutLogin(result);
    }
    // The login is kept by the application, not the container ("register session"): Payara's
    // session restore shares one default security context between threads and, under concurrent
    // requests, hands a signed-in user a subject without groups, so a page they may see answers
    // 403 (payara/Payara#6145, fixed upstream in FISH-7515 after the newest Payara we can use).
    // Here every request states the caller and groups afresh from its own session.
    SessionLogin login = SessionLogin.of(request.getSession(false));
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
              + URLEncoder.encode(target, StandardCharsets.UTF_8));
    }
    return context.doNothing();
  }

  private AuthenticationStatus validateApiRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    UsernamePasswordCredential credential = basicCredential(request.getHeader("Authorization"));
    if (credential == null) {
      return challenge(response, "This API needs HTTP Basic authentication.");
    }
    CredentialValidationResult result = identityStoreHandler.validate(credential);
    if (result.getStatus() != CredentialValidationResult.Status.VALID) {
      return challenge(response, "The user name or password is wrong.");
    }
    return context.notifyContainerAboutLogin(result);
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

  private static AuthenticationStatus challenge(HttpServletResponse response, String detail) {
    try {
      response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
      response.setHeader("WWW-Authenticate", "Basic realm=\"" + REALM + "\", charset=\"UTF-8\"");
      response.setContentType("application/problem+json");
      response.setCharacterEncoding("UTF-8");
      response
          .getWriter()
          .write(
              "{\"type\":\"about:blank\",\"title\":\"Unauthorized\",\"status\":401,\"detail\":\""
                  + detail
                  + "\"}");
      response.flushBuffer();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return AuthenticationStatus.SEND_FAILURE;
  }
}
