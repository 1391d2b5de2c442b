package org.accommodationdesk.infrastructure.startup;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.logging.Logger;
import org.accommodationdesk.application.accounts.AccountAdministration;
import org.accommodationdesk.domain.account.Role;
import org.accommodationdesk.domain.account.UserAccount;
import org.accommodationdesk.domain.account.UserAccountRepository;
import org.accommodationdesk.domain.audit.AuditEntry;
import org.accommodationdesk.domain.audit.AuditLog;
import org.accommodationdesk.infrastructure.security.PasswordHashing;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A fresh deployment has no account, so nobody could sign in to create one. While no account that
 * can sign in holds the administrator role, the operator names one in the configuration ({@code
 * ACCOMMODATIONDESK_BOOTSTRAP_ADMIN_USERNAME} and {@code ..._PASSWORD}): at start-up it is created
 * (or, if it exists, given the role, enabled, and the password), and the audit log says so. Once an
 * administrator exists these settings do nothing; remove the password from the configuration.
 */
@ApplicationScoped
public class AdminBootstrap {
  private static final Logger LOG = Logger.getLogger(AdminBootstrap.class.getName());

  @Inject
  @ConfigProperty(name = "accommodationdesk.bootstrap.admin.username")
  private Optional<String> username;

  @Inject
  @ConfigProperty(name = "accommodationdesk.bootstrap.admin.password")
  private Optional<String> password;

  @Inject private UserAccountRepository accounts;
  @Inject private AuditLog audit;
  @Inject private PasswordHashing hashing;
  @Inject private Clock clock;
  @jakarta.persistence.PersistenceContext private jakarta.persistence.EntityManager em;

  @Transactional
  public void runIfConfigured() {
    if (username.isEmpty()) {
      return;
    }
    org.accommodationdesk.infrastructure.persistence.StartupLock.take(em);
    if (accounts.anyActiveAdmin()) {
      LOG.info("An administrator exists: the bootstrap administrator settings are ignored.");
      return;
    }
    String name = username.get().trim();
    String secret = password.orElse("");
    if (!UserAccount.USERNAME.matcher(name).matches()
        || secret.length() < AccountAdministration.PASSWORD_MIN
        || secret.length() > AccountAdministration.PASSWORD_MAX) {
      LOG.severe(
          "Bootstrap administrator not created: the user name must be 2 to 64 lower-case letters,"
              + " digits, dots, dashes or underscores, and the password "
              + AccountAdministration.PASSWORD_MIN
              + " to "
              + AccountAdministration.PASSWORD_MAX
              + " characters.");
      return;
    }
    Optional<UserAccount> existing = accounts.find(name);
    Map<String, Object> before = existing.map(UserAccount::snapshot).orElse(null);
    UserAccount account;
    if (existing.isPresent()) {
      account = existing.get();
      Set<String> roles = new TreeSet<>(account.getRoles());
      roles.add(Role.ADMIN);
      account.changeRoles(roles);
      account.changePasswordHash(hashing.hash(secret));
      account.enable();
    } else {
      account =
          new UserAccount(
              name, "Administrator", hashing.hash(secret), null, null, Set.of(Role.ADMIN));
      accounts.add(account);
    }
    audit.append(
        new AuditEntry(
            clock.instant(),
            AccountAdministration.CONFIGURATION_ACTOR,
            AuditEntry.Action.ACCOUNT_BOOTSTRAPPED,
            name,
            AccountAdministration.json(before),
            AccountAdministration.json(account.snapshot())));
    LOG.warning(
        () ->
            "Bootstrap: "
                + name
                + " is now an administrator. Sign in, then remove the bootstrap password from the"
                + " configuration.");
  }
}
