package org.accommodationdesk.application.memory;

import java.util.Set;
import java.util.TreeSet;
import org.accommodationdesk.application.accounts.CurrentUser;
import org.accommodationdesk.domain.account.Role;

/** The caller, as a test says: a user name and roles, changed between steps of a test. */
public class ActingUser extends CurrentUser {
  private String username;
  private Set<String> roles = Set.of();

  /** Acts as {@code username} with exactly these roles from now on. */
  public ActingUser as(String username, String... roles) {
    this.username = username;
    this.roles = new TreeSet<>(Set.of(roles));
    return this;
  }

  @Override
  public String username() {
    if (username == null) {
      throw new IllegalStateException("No authenticated caller");
    }
    return username;
  }

  @Override
  public boolean isReviewer() {
    return roles.contains(Role.REVIEWER);
  }

  @Override
  public boolean isUnionRep() {
    return roles.contains(Role.UNION_REP);
  }

  @Override
  public boolean isAdministrator() {
    return roles.contains(Role.ADMIN);
  }

  @Override
  public boolean isHrLead() {
    return roles.contains(Role.HR_LEAD);
  }

  @Override
  public boolean isEmployee() {
    return roles.contains(Role.EMPLOYEE);
  }
}
