package org.accommodationdesk.infrastructure.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Failed sign-ins slow down the next attempts without locking anyone out (OWASP's authentication
 * guidance: slow the attacker, not the victim). Failures are counted:
 *
 * <ul>
 *   <li>per person and device, when the browser has a device cookie of that person ({@link
 *       DeviceCookies}): only that browser's own mistakes slow it down; nobody elsewhere can;
 *   <li>otherwise per person and client address (five free), per client address (someone trying
 *       many accounts: thirty free) and per person across all addresses (a spray of one person's
 *       password from many addresses: fifty free).
 * </ul>
 *
 * A personal access token is never slowed by password failures: it is checked first (one indexed
 * read of its SHA-256 digest; guessing one of 2^256 is hopeless), and a valid one is let in;
 * unknown tokens count against their address. A password attempt that must wait is refused before
 * the password is checked, so a flood of wrong passwords costs the server almost nothing. Floods of
 * any request are the reverse proxy's to limit (docs/operations.md).
 *
 * <p>Behind a reverse proxy every client has the proxy's address; name the header the proxy writes
 * the client's address to with {@code accommodationdesk.signin.client-address-header} (its last
 * value is taken: the one the proxy added).
 */
@ApplicationScoped
class SignInGuard {
  /** One person's password from one device or address: five free, then 1 s, 2 s ... 5 minutes. */
  static final SignInThrottle.Policy ACCOUNT =
      new SignInThrottle.Policy(
          5, Duration.ofSeconds(1), Duration.ofMinutes(5), Duration.ofHours(1));

  /** One address: a school behind one router may mistype often; 30 free, then the same growth. */
  static final SignInThrottle.Policy ADDRESS =
      new SignInThrottle.Policy(
          30, Duration.ofSeconds(1), Duration.ofMinutes(5), Duration.ofHours(1));

  /** One person from unknown devices anywhere: the ceiling for a spray from many addresses. */
  static final SignInThrottle.Policy ACCOUNT_EVERYWHERE =
      new SignInThrottle.Policy(
          50, Duration.ofSeconds(1), Duration.ofMinutes(5), Duration.ofHours(1));

  @Inject private Clock clock;
  @Inject private DeviceCookies devices;

  @Inject
  @ConfigProperty(name = "accommodationdesk.signin.client-address-header")
  private Optional<String> clientAddressHeader;

  private final SignInThrottle accounts = new SignInThrottle(ACCOUNT, 100_000);
  private final SignInThrottle addresses = new SignInThrottle(ADDRESS, 100_000);
  private final SignInThrottle everywhere = new SignInThrottle(ACCOUNT_EVERYWHERE, 100_000);

  /**
   * How long this client must wait before trying {@code username}'s password (null: a token), or
   * empty when it may now.
   */
  Optional<Duration> retryAfter(HttpServletRequest request, String username) {
    Instant now = clock.instant();
    if (username == null) {
      return addresses.retryAfter(address(request), now);
    }
    Optional<String> device = devices.deviceOf(request, username);
    if (device.isPresent()) {
      return accounts.retryAfter(onDevice(username, device.get()), now);
    }
    return longest(
        addresses.retryAfter(address(request), now),
        accounts.retryAfter(fromAddress(username, request), now),
        everywhere.retryAfter(account(username), now));
  }

  void failed(HttpServletRequest request, String username) {
    Instant now = clock.instant();
    if (username == null) {
      addresses.failed(address(request), now);
      return;
    }
    Optional<String> device = devices.deviceOf(request, username);
    if (device.isPresent()) {
      accounts.failed(onDevice(username, device.get()), now);
      return;
    }
    addresses.failed(address(request), now);
    accounts.failed(fromAddress(username, request), now);
    everywhere.failed(account(username), now);
  }

  /** The right password: this device's or address's count starts afresh. */
  void succeeded(HttpServletRequest request, String username) {
    Optional<String> device = devices.deviceOf(request, username);
    accounts.succeeded(
        device.isPresent() ? onDevice(username, device.get()) : fromAddress(username, request));
  }

  /** The right password in the sign-in form: also remembers this browser as the person's device. */
  void succeeded(HttpServletRequest request, HttpServletResponse response, String username) {
    succeeded(request, username);
    devices.issue(request, response, username);
  }

  @SafeVarargs
  private static Optional<Duration> longest(Optional<Duration>... waits) {
    Optional<Duration> longest = Optional.empty();
    for (Optional<Duration> w : waits) {
      if (w.isPresent() && (longest.isEmpty() || w.get().compareTo(longest.get()) > 0)) {
        longest = w;
      }
    }
    return longest;
  }

  private static String account(String username) {
    return username.toLowerCase(Locale.ROOT);
  }

  private static String onDevice(String username, String device) {
    return account(username) + "|device|" + device;
  }

  private String fromAddress(String username, HttpServletRequest request) {
    return account(username) + "|address|" + address(request);
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
