package org.accommodationdesk.application.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.accommodationdesk.application.accounts.AccountService.Profile;
import org.accommodationdesk.application.memory.ActingUser;
import org.accommodationdesk.application.memory.Fields;
import org.accommodationdesk.application.memory.InMemoryAccounts;
import org.accommodationdesk.domain.account.Role;
import org.accommodationdesk.domain.account.UserAccount;
import org.accommodationdesk.domain.reference.JobClass;
import org.accommodationdesk.domain.reference.WorkLocation;
import org.junit.jupiter.api.Test;

/** The signed-in user's own profile, and the home page each kind of user lands on. */
class AccountServiceTest {
  final InMemoryAccounts accounts = new InMemoryAccounts();
  final ActingUser user = new ActingUser();
  final AccountService service = new AccountService();

  AccountServiceTest() {
    Fields.set(service, "accounts", accounts);
    Fields.set(service, "currentUser", user);
    accounts.add(
        new UserAccount(
            "ann",
            "Ann Lee",
            "h",
            new WorkLocation("LOC-1", "Lincoln Elementary"),
            new JobClass("TEACHER", "Classroom teacher"),
            Set.of(Role.ADMIN, Role.EMPLOYEE, Role.UNION_REP)));
  }

  Profile profileWith(String... roles) {
    String name = "user" + accounts.count();
    accounts.add(new UserAccount(name, "Someone", "h", null, null, Set.of(roles)));
    user.as(name, roles);
    return service.currentProfile().orElseThrow();
  }

  @Test
  void theSignedInUserSeesTheirOwnProfileWithTheirRolesInAFixedOrder() {
    user.as("ann", Role.EMPLOYEE);
    assertEquals(
        Optional.of(
            new Profile(
                "ann",
                "Ann Lee",
                List.of(Role.EMPLOYEE, Role.UNION_REP, Role.ADMIN),
                "LOC-1",
                "Lincoln Elementary",
                "TEACHER",
                "Classroom teacher")),
        service.currentProfile());
  }

  @Test
  void someoneWithoutAPlacementHasNoneAndHrLeadIsARoleButNoHomeOfItsOwn() {
    Profile p = profileWith(Role.REVIEWER, Role.HR_LEAD);
    assertEquals(
        new Profile(
            p.username(), "Someone", List.of(Role.REVIEWER, Role.HR_LEAD), null, null, null, null),
        p);
    assertTrue(p.hasRole(Role.HR_LEAD), "the legal holds in the menu");
    assertEquals("/review/home.xhtml", p.homePage(), "an HR lead works from the queue");
  }

  @Test
  void anAnonymousCallerOrOneWithoutAnAccountHasNoProfile() {
    assertEquals(Optional.empty(), service.currentProfile(), "nobody signed in");
    user.as("ghost", Role.EMPLOYEE);
    assertEquals(Optional.empty(), service.currentProfile(), "no account of that name");
  }

  @Test
  void eachUserLandsOnTheHomeOfTheirMainRole() {
    assertEquals(
        "/review/home.xhtml",
        profileWith(Role.EMPLOYEE, Role.REVIEWER, Role.UNION_REP, Role.ADMIN).homePage());
    assertEquals(
        "/union/home.xhtml", profileWith(Role.EMPLOYEE, Role.UNION_REP, Role.ADMIN).homePage());
    assertEquals("/admin/home.xhtml", profileWith(Role.EMPLOYEE, Role.ADMIN).homePage());
    assertEquals("/employee/home.xhtml", profileWith(Role.EMPLOYEE).homePage());
    Profile p = profileWith(Role.UNION_REP);
    assertTrue(p.hasRole(Role.UNION_REP));
    assertFalse(p.hasRole(Role.EMPLOYEE));
  }
}
