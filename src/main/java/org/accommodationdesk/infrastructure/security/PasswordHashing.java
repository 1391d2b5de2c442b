package org.accommodationdesk.infrastructure.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;

/**
 * Hashes passwords the way the identity store checks them: salted PBKDF2 (Jakarta Security's {@link
 * Pbkdf2PasswordHash}) with the parameters of {@link SecurityConfiguration}.
 */
@ApplicationScoped
public class PasswordHashing {
  @Inject private Pbkdf2PasswordHash hash;

  public String hash(String password) {
    hash.initialize(
        Map.of(
            "Pbkdf2PasswordHash.Algorithm", SecurityConfiguration.ALGORITHM,
            "Pbkdf2PasswordHash.Iterations", SecurityConfiguration.ITERATIONS,
            "Pbkdf2PasswordHash.SaltSizeBytes", "32"));
    return hash.generate(password.toCharArray());
  }
}
