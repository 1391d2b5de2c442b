package org.accommodationdesk.application.accounts;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How people sign in here: always with a local account and password; also through the
 * organisation's OpenID Connect provider when {@code accommodationdesk.oidc.issuer} is set (off by
 * default). With the provider on, a new account needs no password.
 */
@ApplicationScoped
public class SignInOptions {
  @Inject
  @ConfigProperty(name = "accommodationdesk.oidc.issuer")
  private Optional<String> issuer;

  /** The provider's issuer address, when sign-in through it is on. */
  public Optional<String> issuer() {
    return issuer.map(String::strip).filter(s -> !s.isEmpty());
  }

  public boolean isSingleSignOn() {
    return issuer().isPresent();
  }
}
