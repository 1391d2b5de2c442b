package org.accommodationdesk.application.accounts;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import org.accommodationdesk.domain.account.Role;
import org.accommodationdesk.domain.account.UserAccount;
import org.accommodationdesk.domain.account.UserAccountRepository;

/** Who the signed-in user is: their name, roles and profile. */
@Stateless
public class AccountService {
  @Inject private UserAccountRepository accounts;
  @Inject private CurrentUser currentUser;

  /** The signed-in user's profile, or empty for an anonymous caller. */
  @PermitAll
  public Optional<Profile> currentProfile() {
    String username;
    try {
      username = currentUser.username();
    } catch (IllegalStateException anonymous) {
      return Optional.empty();
    }
    return accounts.find(username).map(Profile::of);
  }

  /** A user's profile as shown to themself. */
  public record Profile(
      String username,
      String displayName,
      List<String> roles,
      String workLocationCode,
      String workLocationName,
      String jobClassCode,
      String jobClassName) {
    static Profile of(UserAccount a) {
      List<String> ordered =
          List.of(Role.EMPLOYEE, Role.REVIEWER, Role.HR_LEAD, Role.UNION_REP, Role.ADMIN).stream()
              .filter(a.getRoles()::contains)
              .toList();
      return new Profile(
          a.getUsername(),
          a.getDisplayName(),
          ordered,
          a.getWorkLocation() == null ? null : a.getWorkLocation().getCode(),
          a.getWorkLocation() == null ? null : a.getWorkLocation().getName(),
          a.getJobClass() == null ? null : a.getJobClass().getCode(),
          a.getJobClass() == null ? null : a.getJobClass().getName());
    }

    public boolean hasRole(String role) {
      return roles.contains(role);
    }

    /** The page a user lands on after signing in: their main role's home. */
    public String homePage() {
      if (hasRole(Role.REVIEWER)) {
        return "/review/home.xhtml";
      }
      if (hasRole(Role.UNION_REP)) {
        return "/union/home.xhtml";
      }
      if (hasRole(Role.ADMIN)) {
        return "/admin/home.xhtml";
      }
      return "/employee/home.xhtml";
    }
  }
}
