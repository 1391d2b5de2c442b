package org.accommodationdesk.application.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.security.Principal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.accommodationdesk.application.memory.Fields;
import org.accommodationdesk.domain.account.Role;
import org.accommodationdesk.domain.request.Actor;
import org.junit.jupiter.api.Test;

/**
 * The caller as the container knows them: their name, each role as the container answers it (once
 * per request), who gets the union's protected statistics, who reads requests as the union does,
 * and where a sign-in may send them afterwards.
 */
class CurrentUserTest {
  /** The container's answers for one caller; every role question asked is kept. */
  static final class Container implements SecurityContext {
    final String name;
    final Set<String> roles;
    final List<String> asked = new ArrayList<>();

    Container(String name, String... roles) {
      this.name = name;
      this.roles = Set.of(roles);
    }

    @Override
    public Principal getCallerPrincipal() {
      return name == null ? null : () -> name;
    }

    @Override
    public <T extends Principal> Set<T> getPrincipalsByType(Class<T> type) {
      return Set.of();
    }

    @Override
    public boolean isCallerInRole(String role) {
      asked.add(role);
      return roles.contains(role);
    }

    @Override
    public boolean hasAccessToWebResource(String resource, String... methods) {
      return false;
    }

    @Override
    public AuthenticationStatus authenticate(
        HttpServletRequest request, HttpServletResponse response, AuthenticationParameters p) {
      throw new UnsupportedOperationException();
    }
  }

  /** Role checks outside a request: there is no request scope to remember them in. */
  static final class NoRequest extends CallerRoles {
    @Override
    boolean has(String role, Predicate<String> ask) {
      throw new ContextNotActiveException("no request");
    }
  }

  static CurrentUser caller(Container container, CallerRoles roles) {
    CurrentUser user = new CurrentUser();
    Fields.set(user, "securityContext", container);
    Fields.set(user, "roles", roles);
    return user;
  }

  static CurrentUser caller(String name, String... roles) {
    return caller(new Container(name, roles), new CallerRoles());
  }

  @Test
  void theCallerIsNamedByTheirPrincipalAndNobodyIsNoCaller() {
    assertEquals("ann", caller("ann", Role.EMPLOYEE).username());
    IllegalStateException e =
        assertThrows(IllegalStateException.class, () -> caller(null).username());
    assertEquals("No authenticated caller", e.getMessage());
  }

  @Test
  void eachRoleIsTheContainersAnswerForThatRole() {
    CurrentUser employee = caller("ann", Role.EMPLOYEE);
    assertTrue(employee.isEmployee());
    assertFalse(employee.isReviewer() || employee.isUnionRep() || employee.isAdministrator());
    CurrentUser reviewer = caller("rita", Role.REVIEWER);
    assertTrue(reviewer.isReviewer());
    assertFalse(reviewer.isEmployee() || reviewer.isUnionRep() || reviewer.isAdministrator());
    CurrentUser rep = caller("una", Role.UNION_REP);
    assertTrue(rep.isUnionRep());
    assertFalse(rep.isEmployee() || rep.isReviewer() || rep.isAdministrator());
    CurrentUser admin = caller("ada", Role.ADMIN);
    assertTrue(admin.isAdministrator());
    assertFalse(admin.isEmployee() || admin.isReviewer() || admin.isUnionRep());
  }

  @Test
  void theContainerIsAskedOncePerRequestAndRoleOutsideARequestEveryTime() {
    Container container = new Container("rita", Role.REVIEWER);
    CurrentUser inARequest = caller(container, new CallerRoles());
    inARequest.isReviewer();
    inARequest.isReviewer();
    inARequest.isUnionRep();
    assertEquals(List.of(Role.REVIEWER, Role.UNION_REP), container.asked);

    Container outside = new Container("rita", Role.REVIEWER);
    CurrentUser scheduled = caller(outside, new NoRequest());
    assertTrue(scheduled.isReviewer());
    assertTrue(scheduled.isReviewer());
    assertFalse(scheduled.isUnionRep());
    assertEquals(List.of(Role.REVIEWER, Role.REVIEWER, Role.UNION_REP), outside.asked);
  }

  @Test
  void onlyAUnionRepWhoIsNotInHrSeesProtectedStatistics() {
    assertTrue(caller("una", Role.UNION_REP).seesProtectedStatistics());
    assertTrue(caller("una", Role.UNION_REP, Role.EMPLOYEE).seesProtectedStatistics());
    assertFalse(caller("rita", Role.UNION_REP, Role.REVIEWER).seesProtectedStatistics());
    assertFalse(caller("rita", Role.REVIEWER).seesProtectedStatistics());
    assertFalse(caller("ann", Role.EMPLOYEE).seesProtectedStatistics());
  }

  @Test
  void onlyAUnionRepWhoNeitherFilesNorReviewsReadsRequestsAsTheUnion() {
    assertTrue(caller("una", Role.UNION_REP).isOnlyUnionRep());
    assertTrue(caller("una", Role.UNION_REP, Role.ADMIN).isOnlyUnionRep());
    assertFalse(caller("una", Role.UNION_REP, Role.EMPLOYEE).isOnlyUnionRep());
    assertFalse(caller("rita", Role.UNION_REP, Role.REVIEWER).isOnlyUnionRep());
    assertFalse(caller("ann", Role.EMPLOYEE).isOnlyUnionRep());
  }

  @Test
  void theCallerActsAsAReviewerOnlyWithTheReviewerRole() {
    assertEquals(new Actor("rita", true), caller("rita", Role.REVIEWER).actor());
    assertEquals(new Actor("ann", false), caller("ann", Role.EMPLOYEE, Role.UNION_REP).actor());
  }

  @Test
  void aSignInSendsOnlyToAPathInsideTheApplication() {
    assertEquals("/employee/home.xhtml?x=1", CurrentUser.safeTarget("/employee/home.xhtml?x=1"));
    for (String elsewhere :
        new String[] {
          null, "", "https://evil.example/", "//evil.example/", "/\\evil.example", "home.xhtml"
        }) {
      assertNull(CurrentUser.safeTarget(elsewhere), elsewhere);
    }
  }
}
