package org.accommodationdesk.application.accounts;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import org.accommodationdesk.domain.account.Role;
import org.accommodationdesk.domain.request.Actor;

/** The authenticated caller, as the use cases need to know them. */
@ApplicationScoped
public class CurrentUser {
  /**
   * Request attribute set by the authentication mechanism on API calls: {@code true} when the
   * caller was signed in by a personal access token rather than a password.
   */
  public static final String TOKEN_ATTRIBUTE = "org.accommodationdesk.signedInWithToken";

  /**
   * Request attribute set when a sign-in was refused because of earlier failures: the whole seconds
   * to wait before the next attempt.
   */
  public static final String RETRY_AFTER_ATTRIBUTE = "org.accommodationdesk.signInRetryAfter";

  /**
   * Set on a refused sign-in whose password was right for an account that is deactivated: the page
   * says so (to someone who knows the password only).
   */
  public static final String DEACTIVATED_ATTRIBUTE = "org.accommodationdesk.signInDeactivated";

  /**
   * Session attribute set at a sign-in through the identity provider: the provider's sign-out
   * address for this sign-in, where signing out here continues (absent when the provider has none).
   */
  public static final String PROVIDER_SIGN_OUT_ATTRIBUTE = "org.accommodationdesk.providerSignOut";

  /**
   * Where a sign-in may send the user afterwards: only a path inside this application, never
   * another site; null for anything else.
   */
  public static String safeTarget(String next) {
    if (next == null || !next.startsWith("/") || next.startsWith("//") || next.contains("\\")) {
      return null;
    }
    return next;
  }

  @Inject private SecurityContext securityContext;
  @Inject private CallerRoles roles;

  public String username() {
    Principal p = securityContext.getCallerPrincipal();
    if (p == null) {
      throw new IllegalStateException("No authenticated caller");
    }
    return p.getName();
  }

  public boolean isReviewer() {
    return inRole(Role.REVIEWER);
  }

  public boolean isUnionRep() {
    return inRole(Role.UNION_REP);
  }

  public boolean isAdministrator() {
    return inRole(Role.ADMIN);
  }

  /** An HR lead (also an HR reviewer): sees the consistency analytics exactly. */
  public boolean isHrLead() {
    return inRole(Role.HR_LEAD);
  }

  public boolean isEmployee() {
    return inRole(Role.EMPLOYEE);
  }

  /** Asks the container once per request and role; outside a request, every time. */
  private boolean inRole(String role) {
    try {
      return roles.has(role, securityContext::isCallerInRole);
    } catch (ContextNotActiveException noRequest) {
      return securityContext.isCallerInRole(role);
    }
  }

  /**
   * The caller's statistics go through the union's protection (ADR 0007): a union rep who is not an
   * HR reviewer (HR sees exact figures, whatever other role it has).
   */
  public boolean seesProtectedStatistics() {
    return isUnionRep() && !isReviewer();
  }

  /**
   * A union rep who is neither an employee filing requests nor an HR reviewer: reads requests as
   * the union does (only those shared with it, without medical details), never as their own.
   */
  public boolean isOnlyUnionRep() {
    return isUnionRep() && !isReviewer() && !isEmployee();
  }

  public Actor actor() {
    return new Actor(username(), isReviewer());
  }
}
