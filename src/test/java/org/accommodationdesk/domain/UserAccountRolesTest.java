package org.accommodationdesk.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.Set;
import org.accommodationdesk.domain.account.Role;
import org.accommodationdesk.domain.account.UserAccount;
import org.junit.jupiter.api.Test;

/** The one rule for an account's roles (issue 22): the account itself refuses what breaks it. */
class UserAccountRolesTest {
  @Test
  void anHrLeadMustAlsoBeAnHrReviewer() {
    assertEquals(
        Optional.of(
            new org.accommodationdesk.domain.request.FieldError(
                "roles", "roles.leadNotReviewer", "an HR lead must also be an HR reviewer")),
        UserAccount.roleProblem(Set.of(Role.HR_LEAD)),
        "a code, so that each page says it in its reader's language");
    assertEquals(Optional.empty(), UserAccount.roleProblem(Set.of(Role.HR_LEAD, Role.REVIEWER)));
    assertThrows(
        IllegalArgumentException.class,
        () -> new UserAccount("lead", "Lead", null, null, null, Set.of(Role.HR_LEAD)),
        "however the account is made");
    UserAccount reviewer =
        new UserAccount("lead", "Lead", null, null, null, Set.of(Role.REVIEWER, Role.HR_LEAD));
    assertThrows(
        IllegalArgumentException.class,
        () -> reviewer.changeRoles(Set.of(Role.HR_LEAD, Role.EMPLOYEE)),
        "or changed");
    assertEquals(Set.of(Role.REVIEWER, Role.HR_LEAD), reviewer.getRoles(), "unchanged");
  }

  @Test
  void anAccountHasAtLeastOneKnownRole() {
    assertTrue(UserAccount.roleProblem(Set.of()).isPresent());
    assertTrue(UserAccount.roleProblem(null).isPresent());
    assertTrue(UserAccount.roleProblem(Set.of("ROOT")).orElseThrow().message().contains("ROOT"));
    for (String role : UserAccount.ROLES) {
      if (!role.equals(Role.HR_LEAD)) {
        assertEquals(Optional.empty(), UserAccount.roleProblem(Set.of(role)), role);
      }
    }
  }
}
