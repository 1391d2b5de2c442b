package org.accommodationdesk.infrastructure.security;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.identitystore.DatabaseIdentityStoreDefinition;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import org.accommodationdesk.domain.account.Role;
import org.accommodationdesk.infrastructure.persistence.DataSourceConfiguration;

/**
 * Accounts and their groups come from the application's own tables; passwords are checked against
 * salted PBKDF2 hashes. Group names are the role names (mapped one to one in payara-web.xml).
 */
@DatabaseIdentityStoreDefinition(
    dataSourceLookup = DataSourceConfiguration.JNDI_NAME,
    callerQuery = "select password_hash from user_account where username = ? and enabled = true",
    groupsQuery = "select role_name from user_role where username = ?",
    hashAlgorithm = Pbkdf2PasswordHash.class,
    hashAlgorithmParameters = {
      "Pbkdf2PasswordHash.Algorithm=" + SecurityConfiguration.ALGORITHM,
      "Pbkdf2PasswordHash.Iterations=" + SecurityConfiguration.ITERATIONS,
      "Pbkdf2PasswordHash.SaltSizeBytes=32"
    })
@DeclareRoles({Role.EMPLOYEE, Role.REVIEWER, Role.UNION_REP, Role.ADMIN})
@ApplicationScoped
public class SecurityConfiguration {
  static final String ALGORITHM = "PBKDF2WithHmacSHA256";
  static final String ITERATIONS = "100000";
}
