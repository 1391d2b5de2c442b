package org.accommodationdesk.infrastructure.security;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.accommodationdesk.domain.account.UserAccount;

/**
 * Which of the identity provider's groups give which role here, from the setting {@code
 * accommodationdesk.oidc.role-mapping}: comma-separated {@code group=ROLE} pairs, for example
 * {@code hr-staff=REVIEWER,all-staff=EMPLOYEE,ctu-reps=UNION_REP}; a group may give several roles
 * (one pair each). Without the setting, a group named like a role gives that role. Groups that are
 * not named give nothing.
 */
final class RoleMapping {
  private final Map<String, Set<String>> rolesByGroup;

  private RoleMapping(Map<String, Set<String>> rolesByGroup) {
    this.rolesByGroup = rolesByGroup;
  }

  /**
   * The mapping a setting describes.
   *
   * @throws IllegalArgumentException naming the entry that is not {@code group=ROLE} with a known
   *     role
   */
  static RoleMapping parse(String setting) {
    Map<String, Set<String>> map = new HashMap<>();
    if (setting == null || setting.isBlank()) {
      for (String role : UserAccount.ROLES) {
        map.put(role, Set.of(role));
      }
      return new RoleMapping(map);
    }
    for (String entry : setting.split(",")) {
      if (entry.isBlank()) {
        continue;
      }
      int eq = entry.lastIndexOf('=');
      String group = eq < 0 ? "" : entry.substring(0, eq).strip();
      String role = eq < 0 ? "" : entry.substring(eq + 1).strip();
      if (group.isEmpty() || !UserAccount.ROLES.contains(role)) {
        throw new IllegalArgumentException(
            "accommodationdesk.oidc.role-mapping: \""
                + entry.strip()
                + "\" is not group=ROLE with ROLE one of "
                + String.join(", ", UserAccount.ROLES));
      }
      map.computeIfAbsent(group, g -> new HashSet<>()).add(role);
    }
    return new RoleMapping(map);
  }

  /** The roles these groups give (sorted; empty when none does). */
  Set<String> roles(Collection<String> groups) {
    Set<String> roles = new TreeSet<>();
    for (String group : groups) {
      roles.addAll(rolesByGroup.getOrDefault(group, Set.of()));
    }
    return roles;
  }
}
