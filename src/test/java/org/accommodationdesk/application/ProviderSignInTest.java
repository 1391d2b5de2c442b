package org.accommodationdesk.application;

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
