package org.accommodationdesk.infrastructure.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Device cookies (OWASP's answer to lockouts): a browser in which someone signed in successfully
 * gets a cookie naming that person and a random device id, signed by the server. Failed sign-ins
 * are then counted per person and device, so an attacker who fails on someone's account from
 * elsewhere slows down only attempts from unknown devices, never the owner in their own browser.
 *
 * <p>The signing key comes from {@code accommodationdesk.signin.device-key} (give every node of a
 * cluster the same); without it each node makes its own at start-up, and a cookie signed by another
 * node, or before a restart, counts as no cookie: the attempt is treated as from an unknown device.
 */
@ApplicationScoped
public class DeviceCookies {
  static final String NAME = "ad_device";
  private static final int MAX_AGE_SECONDS = 365 * 24 * 3600;
  private static final SecureRandom RANDOM = new SecureRandom();

  @Inject
  @ConfigProperty(name = "accommodationdesk.signin.device-key")
  Optional<String> configuredKey;

  private volatile byte[] key;

  /** The device id of this request's cookie, if it was issued to {@code username}. */
  Optional<String> deviceOf(HttpServletRequest request, String username) {
    Cookie[] cookies = request.getCookies();
    if (cookies == null || username == null) {
      return Optional.empty();
    }
    for (Cookie c : cookies) {
      if (NAME.equals(c.getName()) && c.getValue() != null) {
        String[] parts = c.getValue().split("\\.");
        if (parts.length == 2
            && parts[0].length() <= 32
            && MessageDigest.isEqual(
                sign(username, parts[0]).getBytes(StandardCharsets.US_ASCII),
                parts[1].getBytes(StandardCharsets.US_ASCII))) {
          return Optional.of(parts[0]);
        }
      }
    }
    return Optional.empty();
  }

  /** Gives this browser a cookie for {@code username} (a new device id unless it has one). */
  void issue(HttpServletRequest request, HttpServletResponse response, String username) {
    String device =
        deviceOf(request, username)
            .orElseGet(
                () -> {
                  byte[] id = new byte[12];
                  RANDOM.nextBytes(id);
                  return Base64.getUrlEncoder().withoutPadding().encodeToString(id);
                });
    Cookie cookie = new Cookie(NAME, device + "." + sign(username, device));
    cookie.setHttpOnly(true);
    cookie.setSecure(request.isSecure());
    cookie.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
    cookie.setMaxAge(MAX_AGE_SECONDS);
    cookie.setAttribute("SameSite", "Strict");
    response.addCookie(cookie);
  }

  private String sign(String username, String device) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key(), "HmacSHA256"));
      byte[] sig =
          mac.doFinal(
              (username.toLowerCase(Locale.ROOT) + "|" + device).getBytes(StandardCharsets.UTF_8));
      return Base64.getUrlEncoder().withoutPadding().encodeToString(sig);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
    }
  }

  private synchronized byte[] key() {
    if (key == null) {
      if (configuredKey.isPresent() && !configuredKey.get().isBlank()) {
        key = configuredKey.get().getBytes(StandardCharsets.UTF_8);
      } else {
        java.util.logging.Logger.getLogger(DeviceCookies.class.getName())
            .warning(
                "accommodationdesk.signin.device-key is not set: device cookies count on this"
                    + " node until it restarts (set it, the same on every node)");
        byte[] k = new byte[32];
        RANDOM.nextBytes(k);
        key = k;
      }
    }
    return key;
  }
}
