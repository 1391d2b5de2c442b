package org.accommodationdesk.infrastructure.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Failed sign-ins slow down the next attempts, by account (someone guessing one person's password)
 * and by client address (someone trying many accounts). An attempt that must wait is refused before
 * any password is checked, so a flood of wrong passwords costs the server almost nothing.
 *
 * <p>Behind a reverse proxy every client has the proxy's address; name the header the proxy writes
 * the client's address to with {@code accommodationdesk.signin.client-address-header} (its last
 * value is taken: the one the proxy added).
 */
@ApplicationScoped
class SignInGuard {
  /** One person's password: five tries free, then 1 s, 2 s, 4 s ... up to 5 minutes. */
  static final SignInThrottle.Policy ACCOUNT =
      new SignInThrottle.Policy(
          5, Duration.ofSeconds(1), Duration.ofMinutes(5), Duration.ofHours(1));

  /** One address: a school behind one router may mistype often; 30 free, then the same growth. */
  static final SignInThrottle.Policy ADDRESS =
      new SignInThrottle.Policy(
          30, Duration.ofSeconds(1), Duration.ofMinutes(5), Duration.ofHours(1));

  @Inject private Clock clock;

  @Inject
  @ConfigProperty(name = "accommodationdesk.signin.client-address-header")
  private Optional<String> clientAddressHeader;

  private final SignInThrottle accounts = new SignInThrottle(ACCOUNT, 100_000);
  private final SignInThrottle addresses = new SignInThrottle(ADDRESS, 100_000);

  /** How long this client must wait before trying {@code username}, or empty when it may now. */
  Optional<Duration> retryAfter(HttpServletRequest request, String username) {
    Optional<Duration> byAddress = addresses.retryAfter(address(request), clock.instant());
    if (username == null) {
      return byAddress;
    }
    Optional<Duration> byAccount = accounts.retryAfter(account(username), clock.instant());
    if (byAddress.isEmpty()) {
      return byAccount;
    }
    return byAccount.isEmpty() || byAddress.get().compareTo(byAccount.get()) > 0
        ? byAddress
        : byAccount;
  }

  void failed(HttpServletRequest request, String username) {
    addresses.failed(address(request), clock.instant());
    if (username != null) {
      accounts.failed(account(username), clock.instant());
    }
  }

  void succeeded(String username) {
    accounts.succeeded(account(username));
  }

  private static String account(String username) {
    return username.toLowerCase(Locale.ROOT);
  }

  private String address(HttpServletRequest request) {
    if (clientAddressHeader.isPresent()) {
      String forwarded = request.getHeader(clientAddressHeader.get());
      if (forwarded != null && !forwarded.isBlank()) {
        String[] hops = forwarded.split(",");
        return hops[hops.length - 1].trim();
      }
    }
    return request.getRemoteAddr();
  }
}
