package org.accommodationdesk.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.accommodationdesk.domain.account.Pseudonym;
import org.accommodationdesk.domain.account.Role;
import org.accommodationdesk.domain.account.UserAccount;
import org.accommodationdesk.domain.reference.JobClass;
import org.accommodationdesk.domain.reference.WorkLocation;
import org.junit.jupiter.api.Test;

/**
 * An account: its pseudonym as a reviewer, its profile, whether it signs in, its audit snapshot.
 */
class UserAccountTest {
  static final WorkLocation SCHOOL = new WorkLocation("LOC-1", "Lincoln Elementary");
  static final JobClass TEACHER = new JobClass("TEACHER", "Classroom teacher");

  static UserAccount employee() {
    return new UserAccount("ana", "Ana", "hash", SCHOOL, TEACHER, Set.of(Role.EMPLOYEE));
  }

  @Test
  void aPseudonymIsFiveRandomCapitalLetters() {
    Set<String> seen = new HashSet<>();
    Set<Character> letters = new HashSet<>();
    for (int i = 0; i < 400; i++) {
      String p = Pseudonym.random();
      assertTrue(p.matches("[A-Z]{5}"), p);
      seen.add(p);
      p.chars().forEach(c -> letters.add((char) c));
    }
    assertTrue(seen.size() > 390, "random, not repeated: " + seen.size());
    assertEquals(26, letters.size(), "every letter A..Z occurs");
  }

  @Test
  void aReviewerGetsAPseudonymAtOnceAndAnEmployeeNone() {
    assertEquals(Optional.empty(), employee().getPseudonym());
    UserAccount reviewer =
        new UserAccount("rev", "Rev", null, null, null, Set.of(Role.REVIEWER, Role.EMPLOYEE));
    assertTrue(reviewer.getPseudonym().orElseThrow().matches("[A-Z]{5}"));
  }

  @Test
  void aFirstReviewerRoleBringsAPseudonymThatIsKeptForGood() {
    UserAccount a = employee();
    a.changeRoles(Set.of(Role.EMPLOYEE));
    assertEquals(Optional.empty(), a.getPseudonym(), "no reviewer role, no pseudonym");
    a.changeRoles(Set.of(Role.REVIEWER));
    String pseudonym = a.getPseudonym().orElseThrow();
    a.changeRoles(Set.of(Role.EMPLOYEE));
    assertEquals(pseudonym, a.getPseudonym().orElseThrow(), "kept after the role goes");
    a.changeRoles(Set.of(Role.REVIEWER, Role.HR_LEAD));
    assertEquals(pseudonym, a.getPseudonym().orElseThrow(), "never a second one");
  }

  @Test
  void anAccountSignsInUntilDisabledAndAgainOnceEnabled() {
    UserAccount a = employee();
    assertTrue(a.isEnabled(), "a new account signs in");
    a.disable();
    assertFalse(a.isEnabled());
    assertEquals(false, a.snapshot().get("active"));
    a.enable();
    assertTrue(a.isEnabled());
  }

  @Test
  void aProfileChangesNameContactLanguageAndPlacement() {
    UserAccount a = employee();
    assertEquals("en", a.getLanguage(), "English until told otherwise");
    assertNull(a.getEmail());
    a.changeProfile("Ana María", "ana@example.org", "es", null, null);
    assertEquals("Ana María", a.getDisplayName());
    assertEquals("ana@example.org", a.getEmail());
    assertEquals("es", a.getLanguage());
    assertNull(a.getWorkLocation());
    assertNull(a.getJobClass());
    assertThrows(
        IllegalArgumentException.class, () -> a.changeProfile("Ana", null, "fr", SCHOOL, TEACHER));
    assertThrows(
        NullPointerException.class, () -> a.changeProfile(null, null, "en", SCHOOL, TEACHER));
    assertEquals("es", a.getLanguage(), "a refused change changes nothing");
  }

  @Test
  void thePasswordHashIsKeptAndReplacedButNeverRemoved() {
    UserAccount a = employee();
    assertEquals("hash", a.passwordHash());
    a.changePasswordHash("other");
    assertEquals("other", a.passwordHash());
    assertThrows(NullPointerException.class, () -> a.changePasswordHash(null));
    assertNull(
        new UserAccount("sso", "Sso", null, null, null, Set.of(Role.EMPLOYEE)).passwordHash(),
        "signs in only through the identity provider");
  }

  @Test
  void theSnapshotShowsWhatAnAdministratorSeesButNeverThePassword() {
    UserAccount a =
        new UserAccount(
            "ana", "Ana", "secret-hash", SCHOOL, TEACHER, Set.of(Role.UNION_REP, Role.EMPLOYEE));
    a.changeProfile("Ana", "ana@example.org", "es", SCHOOL, TEACHER);
    Map<String, Object> s = a.snapshot();
    assertEquals(
        List.of(
            "username",
            "displayName",
            "email",
            "language",
            "roles",
            "workLocationCode",
            "jobClassCode",
            "active"),
        List.copyOf(s.keySet()));
    assertEquals("ana", s.get("username"));
    assertEquals("Ana", s.get("displayName"));
    assertEquals("ana@example.org", s.get("email"));
    assertEquals("es", s.get("language"));
    assertEquals(List.of(Role.EMPLOYEE, Role.UNION_REP), s.get("roles"), "in the order shown");
    assertEquals("LOC-1", s.get("workLocationCode"));
    assertEquals("TEACHER", s.get("jobClassCode"));
    assertEquals(true, s.get("active"));
    assertFalse(s.toString().contains("secret-hash"));
    Map<String, Object> unplaced =
        new UserAccount("bo", "Bo", null, null, null, Set.of(Role.EMPLOYEE)).snapshot();
    assertNull(unplaced.get("workLocationCode"));
    assertNull(unplaced.get("jobClassCode"));
  }

  @Test
  void theAccountKeepsItsPlacementAndACopyOfItsRoles() {
    UserAccount a = employee();
    assertSame(SCHOOL, a.getWorkLocation());
    assertSame(TEACHER, a.getJobClass());
    assertEquals("ana", a.getUsername());
    assertThrows(UnsupportedOperationException.class, () -> a.getRoles().add(Role.ADMIN));
  }
}
