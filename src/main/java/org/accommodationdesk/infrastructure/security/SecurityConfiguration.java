package org.accommodationdesk.infrastructure.security;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import org.accommodationdesk.domain.account.Role;

/**
 * The roles the application knows. Group names are the role names (mapped one to one in
 * payara-web.xml). Callers are checked by {@link AccommodationDeskAuthenticationMechanism}:
 * passwords against the accounts' PBKDF2 hashes ({@link PasswordCheck}), API tokens by their digest
 * ({@link TokenCheck}).
 */
@DeclareRoles({Role.EMPLOYEE, Role.REVIEWER, Role.UNION_REP, Role.ADMIN, Role.HR_LEAD})
@ApplicationScoped
public class SecurityConfiguration {}
