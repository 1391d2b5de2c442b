package org.accommodationdesk.application.accounts;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.accommodationdesk.domain.account.UserAccount;
import org.accommodationdesk.domain.account.UserAccountRepository;
import org.accommodationdesk.domain.audit.AuditEntry;
import org.accommodationdesk.domain.audit.AuditLog;

/**
 * A person the organisation's OpenID Connect provider vouched for signs in. The provider governs
 * who they are and which roles they hold: the first sign-in creates their account (just in time,
 * with no password: they sign in only through the provider) and an administrator completes the rest
 * (work location, job class); later sign-ins bring the roles up to date. Both are in the audit log,
 * by {@link #PROVIDER_ACTOR}. A deactivated account stays out whatever the provider says.
 *
 * <p>Called by the authentication mechanism before anyone is signed in, hence {@code PermitAll};
 * the identity it is given was verified there (signature, issuer, audience, expiry, nonce).
 */
@Stateless
@PermitAll
public class ProviderSignIn {
  /** The actor recorded for what the identity provider's sign-in did to an account. */
  public static final String PROVIDER_ACTOR = "(identity provider)";

  @Inject private UserAccountRepository accounts;
  @Inject private AuditLog audit;
  @Inject private Clock clock;

  /** What the provider's verified ID token says, with its groups already mapped to roles. */
  public record ProviderIdentity(
      String username, String displayName, String email, Set<String> roles) {}

  /** Why a verified identity may still not sign in. */
  public enum Refusal {
    /** The user name claim is missing or not a valid user name here. */
    USERNAME,
    /** None of the person's groups maps to a role. */
    NO_ROLE,
    /**
     * The groups give roles no account may hold together as they are (an HR lead who is not an HR
     * reviewer): never made up by adding a role, which would open medical information.
     */
    ROLES,
    /** An administrator deactivated the account. */
    DEACTIVATED
  }

  /** The outcome: the account's name and roles, or why not. */
  public record Outcome(String username, Set<String> roles, Refusal refusal) {
    static Outcome refused(Refusal why) {
      return new Outcome(null, Set.of(), why);
    }

    public boolean signedIn() {
      return refusal == null;
    }
  }

  public Outcome signIn(ProviderIdentity identity) {
    String username =
        identity.username() == null ? "" : identity.username().strip().toLowerCase(Locale.ROOT);
    if (!UserAccount.USERNAME.matcher(username).matches()) {
      return Outcome.refused(Refusal.USERNAME);
    }
    Optional<UserAccount> existing = accounts.find(username);
    if (existing.isPresent() && !existing.get().isEnabled()) {
      return Outcome.refused(Refusal.DEACTIVATED);
    }
    if (identity.roles().isEmpty()) {
      return Outcome.refused(Refusal.NO_ROLE);
    }
    if (UserAccount.roleProblem(identity.roles()).isPresent()) {
      return Outcome.refused(Refusal.ROLES);
    }
    if (existing.isEmpty()) {
      UserAccount account =
          new UserAccount(
              username, displayName(identity, username), null, null, null, identity.roles());
      account.changeProfile(account.getDisplayName(), email(identity.email()), "en", null, null);
      accounts.add(account);
      record(AuditEntry.Action.ACCOUNT_PROVISIONED, username, null, account.snapshot());
      return new Outcome(username, account.getRoles(), null);
    }
    UserAccount account = existing.get();
    if (!account.getRoles().equals(identity.roles())) {
      Map<String, Object> before = account.snapshot();
      account.changeRoles(identity.roles());
      record(AuditEntry.Action.ACCOUNT_CHANGED, username, before, account.snapshot());
    }
    return new Outcome(username, account.getRoles(), null);
  }

  private static String displayName(ProviderIdentity identity, String username) {
    String name = identity.displayName() == null ? "" : identity.displayName().strip();
    return name.isEmpty() || name.length() > UserAccount.DISPLAY_NAME_MAX ? username : name;
  }

  /** The provider's address when it looks like one and fits; otherwise none (an admin adds it). */
  private static String email(String email) {
    return email != null
            && email.length() <= UserAccount.EMAIL_MAX
            && email.matches(AccountAdministration.EMAIL_PATTERN)
        ? email
        : null;
  }

  private void record(
      AuditEntry.Action action,
      String subject,
      Map<String, Object> before,
      Map<String, Object> after) {
    audit.append(
        AccountAdministration.entry(clock, PROVIDER_ACTOR, action, subject, before, after));
  }
}
