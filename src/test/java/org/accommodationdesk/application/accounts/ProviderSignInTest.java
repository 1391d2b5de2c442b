package org.accommodationdesk.application.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.accommodationdesk.domain.account.Role;
import org.accommodationdesk.domain.account.UserAccount;
import org.accommodationdesk.domain.account.UserAccountRepository;
import org.accommodationdesk.domain.audit.AuditEntry;
import org.accommodationdesk.domain.audit.AuditLog;
import org.junit.jupiter.api.Test;

/**
 * Accounts made at single sign-on follow the same role rule as any other (issue 22): the provider's
 * groups never make an HR lead who is not an HR reviewer, neither at the first sign-in nor later;
 * no role is added to make up for it (it would open medical information). Against in-memory
 * repositories, without a container.
 */
class ProviderSignInTest {
  final Map<String, UserAccount> stored = new HashMap<>();
  final List<AuditEntry> audit = new ArrayList<>();
  final ProviderSignIn signIn = new ProviderSignIn();

  ProviderSignInTest() throws ReflectiveOperationException {
    set("accounts", new InMemoryAccounts());
    set("audit", (AuditLog) new InMemoryAudit());
    set("clock", Clock.fixed(Instant.parse("2026-12-02T10:00:00Z"), ZoneOffset.UTC));
  }

  @Test
  void aFirstSignInAsHrLeadWithoutTheReviewerRoleIsRefused() {
    ProviderSignIn.Outcome out =
        signIn.signIn(
            new ProviderSignIn.ProviderIdentity("lead", "Lead", null, Set.of(Role.HR_LEAD)));
    assertFalse(out.signedIn());
    assertEquals(ProviderSignIn.Refusal.ROLES, out.refusal());
    assertTrue(stored.isEmpty(), "no account made");
    assertTrue(audit.isEmpty());
  }

  @Test
  void aLaterSignInCannotTakeTheReviewerRoleFromAnHrLead() {
    ProviderSignIn.Outcome first =
        signIn.signIn(
            new ProviderSignIn.ProviderIdentity(
                "lead", "Lead", null, Set.of(Role.HR_LEAD, Role.REVIEWER)));
    assertTrue(first.signedIn());
    ProviderSignIn.Outcome later =
        signIn.signIn(
            new ProviderSignIn.ProviderIdentity("lead", "Lead", null, Set.of(Role.HR_LEAD)));
    assertEquals(ProviderSignIn.Refusal.ROLES, later.refusal());
    assertEquals(Set.of(Role.HR_LEAD, Role.REVIEWER), stored.get("lead").getRoles(), "unchanged");
  }

  @Test
  void validRolesFromTheProviderAreTaken() {
    ProviderSignIn.Outcome out =
        signIn.signIn(
            new ProviderSignIn.ProviderIdentity("ann", "Ann", null, Set.of(Role.EMPLOYEE)));
    assertTrue(out.signedIn());
    assertEquals(Set.of(Role.EMPLOYEE), stored.get("ann").getRoles());
    assertEquals(1, audit.size(), "provisioning is audited");
  }

  ProviderSignIn.Outcome first(String username, String name, String email, Set<String> roles) {
    return signIn.signIn(new ProviderSignIn.ProviderIdentity(username, name, email, roles));
  }

  @Test
  void theUserNameIsTakenTrimmedInLowerCaseOrTheSignInIsRefused() {
    ProviderSignIn.Outcome out = first("  Ann.Lee ", "Ann", null, Set.of(Role.EMPLOYEE));
    assertEquals("ann.lee", out.username());
    assertTrue(stored.containsKey("ann.lee"));
    for (String bad : new String[] {null, "", "a", "ann lee", "-ann", "x".repeat(65)}) {
      ProviderSignIn.Outcome refused = first(bad, "Ann", null, Set.of(Role.EMPLOYEE));
      assertEquals(ProviderSignIn.Refusal.USERNAME, refused.refusal(), String.valueOf(bad));
      assertEquals(null, refused.username());
      assertEquals(Set.of(), refused.roles());
    }
    assertEquals(1, stored.size());
  }

  @Test
  void someoneWithoutAMappedRoleIsRefusedAndNoAccountMade() {
    ProviderSignIn.Outcome out = first("ann", "Ann", null, Set.of());
    assertEquals(ProviderSignIn.Refusal.NO_ROLE, out.refusal());
    assertFalse(out.signedIn());
    assertTrue(stored.isEmpty());
  }

  @Test
  void aDeactivatedAccountCannotSignInThroughTheProvider() {
    first("ann", "Ann", null, Set.of(Role.EMPLOYEE));
    stored.get("ann").disable();
    assertEquals(
        ProviderSignIn.Refusal.DEACTIVATED,
        first("ann", "Ann", null, Set.of(Role.EMPLOYEE)).refusal());
  }

  @Test
  void aNewAccountIsNamedByTheProviderOrByItsUserName() {
    first("ann", "  Ann Lee  ", null, Set.of(Role.EMPLOYEE));
    assertEquals("Ann Lee", stored.get("ann").getDisplayName(), "trimmed");
    first("bo", "   ", null, Set.of(Role.EMPLOYEE));
    assertEquals("bo", stored.get("bo").getDisplayName(), "no name: the user name");
    first("cy", null, null, Set.of(Role.EMPLOYEE));
    assertEquals("cy", stored.get("cy").getDisplayName());
    first("di", "d".repeat(UserAccount.DISPLAY_NAME_MAX + 1), null, Set.of(Role.EMPLOYEE));
    assertEquals("di", stored.get("di").getDisplayName(), "too long for the column");
    String longest = "e".repeat(UserAccount.DISPLAY_NAME_MAX);
    first("ed", longest, null, Set.of(Role.EMPLOYEE));
    assertEquals(longest, stored.get("ed").getDisplayName(), "exactly the limit fits");
  }

  @Test
  void theProvidersAddressIsKeptOnlyWhenItLooksLikeOneAndFits() {
    first("ann", "Ann", "ann@example.org", Set.of(Role.EMPLOYEE));
    assertEquals("ann@example.org", stored.get("ann").getEmail());
    assertEquals("en", stored.get("ann").getLanguage());
    first("bo", "Bo", "not an address", Set.of(Role.EMPLOYEE));
    assertEquals(null, stored.get("bo").getEmail());
    String local = "c".repeat(UserAccount.EMAIL_MAX - "@example.org".length());
    first("cy", "Cy", local + "@example.org", Set.of(Role.EMPLOYEE));
    assertEquals(local + "@example.org", stored.get("cy").getEmail(), "exactly the limit fits");
    first("di", "Di", "d" + local + "@example.org", Set.of(Role.EMPLOYEE));
    assertEquals(null, stored.get("di").getEmail(), "one character too long");
  }

  @Test
  void aLaterSignInTakesChangedRolesAndAuditsTheChangeOnlyWhenThereIsOne() {
    first("ann", "Ann", null, Set.of(Role.EMPLOYEE));
    assertEquals(AuditEntry.Action.ACCOUNT_PROVISIONED, audit.get(0).getAction());
    ProviderSignIn.Outcome same = first("ann", "Ann", null, Set.of(Role.EMPLOYEE));
    assertTrue(same.signedIn());
    assertEquals(Set.of(Role.EMPLOYEE), same.roles());
    assertEquals(1, audit.size(), "nothing changed, nothing audited");
    ProviderSignIn.Outcome promoted =
        first("ann", "Ann", null, Set.of(Role.EMPLOYEE, Role.REVIEWER));
    assertEquals(Set.of(Role.EMPLOYEE, Role.REVIEWER), promoted.roles());
    assertEquals(Set.of(Role.EMPLOYEE, Role.REVIEWER), stored.get("ann").getRoles());
    assertEquals(2, audit.size());
    AuditEntry change = audit.get(1);
    assertEquals(AuditEntry.Action.ACCOUNT_CHANGED, change.getAction());
    assertEquals("ann", change.getSubject());
    assertTrue(change.getAfter().contains(Role.REVIEWER), change.getAfter());
    assertFalse(change.getBefore().contains(Role.REVIEWER), change.getBefore());
  }

  private void set(String field, Object value) throws ReflectiveOperationException {
    Field f = ProviderSignIn.class.getDeclaredField(field);
    f.setAccessible(true);
    f.set(signIn, value);
  }

  final class InMemoryAccounts implements UserAccountRepository {
    @Override
    public Optional<UserAccount> find(String username) {
      return Optional.ofNullable(stored.get(username));
    }

    @Override
    public Map<String, String> displayNames(Collection<String> usernames) {
      return Map.of();
    }

    @Override
    public boolean exists(String username) {
      return stored.containsKey(username);
    }

    @Override
    public Optional<UserAccount.Placement> placement(String username) {
      return Optional.empty();
    }

    @Override
    public void add(UserAccount account) {
      stored.put(account.getUsername(), account);
    }

    @Override
    public void store(UserAccount account) {
      stored.put(account.getUsername(), account);
    }

    @Override
    public List<UserAccount> page(int first, int size) {
      return List.copyOf(stored.values());
    }

    @Override
    public long count() {
      return stored.size();
    }

    @Override
    public List<UserAccount> search(String search, int first, int size) {
      return List.of(); // not what sign-in does
    }

    @Override
    public long countFound(String search) {
      return 0;
    }

    @Override
    public boolean anyActiveAdmin() {
      return false;
    }

    @Override
    public List<String> activeReviewers() {
      return List.of();
    }

    @Override
    public List<String> activeWithRole(String role) {
      return List.of();
    }
  }

  final class InMemoryAudit implements AuditLog {
    @Override
    public void append(AuditEntry entry) {
      audit.add(entry);
    }

    @Override
    public List<AuditEntry> newestFirst(int first, int size) {
      return List.copyOf(audit);
    }

    @Override
    public long count() {
      return audit.size();
    }
  }
}
