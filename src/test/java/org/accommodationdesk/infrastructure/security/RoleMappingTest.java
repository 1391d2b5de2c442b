package org.accommodationdesk.infrastructure.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RoleMappingTest {
  @Test
  void namedGroupsGiveTheirRolesAndOthersNothing() {
    RoleMapping mapping =
        RoleMapping.parse(" hr-staff=REVIEWER, all-staff=EMPLOYEE,hr-staff=EMPLOYEE,ctu=UNION_REP");
    assertEquals(Set.of("EMPLOYEE", "REVIEWER"), mapping.roles(List.of("hr-staff")));
    assertEquals(Set.of("EMPLOYEE"), mapping.roles(List.of("all-staff", "cafeteria")));
    assertEquals(Set.of("EMPLOYEE", "UNION_REP"), mapping.roles(List.of("ctu", "all-staff", "x")));
    assertTrue(mapping.roles(List.of("cafeteria", "ADMIN")).isEmpty(), "only named groups");
  }

  @Test
  void withoutASettingAGroupNamedLikeARoleGivesIt() {
    RoleMapping mapping = RoleMapping.parse("");
    assertEquals(Set.of("ADMIN", "REVIEWER"), mapping.roles(List.of("ADMIN", "REVIEWER", "hr")));
    assertTrue(mapping.roles(List.of("admin")).isEmpty(), "role names are case-sensitive");
  }

  @Test
  void aBadEntryIsNamed() {
    for (String bad : List.of("hr-staff", "hr-staff=BOSS", "=EMPLOYEE", "a=EMPLOYEE,b=reviewer")) {
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> RoleMapping.parse(bad), bad);
      assertTrue(e.getMessage().contains("role-mapping"), e.getMessage());
    }
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> RoleMapping.parse("a=EMPLOYEE,b=BOSS"));
    assertTrue(e.getMessage().contains("\"b=BOSS\""), e.getMessage());
  }
}
