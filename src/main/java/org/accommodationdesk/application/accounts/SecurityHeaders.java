package org.accommodationdesk.application.accounts;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * The security headers of every answer the application gives, in one place: pages, the API,
 * downloads and error pages (through the web layer's filter), and the answers the sign-in mechanism
 * gives before any filter runs (401, 429, redirects to the sign-in page). The type is what it says
 * (nosniff), no page is framed by another site, no address (which can hold a request number) leaks
 * to other sites, and nothing that may carry case data is kept in a browser's or proxy's cache;
 * static resources (scripts, styles, images) may be.
 *
 * <p>Plain data, no HTTP types: each edge applies it to its own response.
 */
public final class SecurityHeaders {
  private SecurityHeaders() {}

  private static final Map<String, String> ALWAYS = new LinkedHashMap<>();

  static {
    ALWAYS.put("X-Content-Type-Options", "nosniff");
    ALWAYS.put("Referrer-Policy", "same-origin");
    ALWAYS.put("X-Frame-Options", "DENY");
    ALWAYS.put(
        "Content-Security-Policy",
        "frame-ancestors 'none'; base-uri 'self'; form-action 'self'; object-src 'none'");
  }

  /**
   * Sets the headers with {@code setHeader} (name, value).
   *
   * @param cacheable true only for static resources under {@code /jakarta.faces.resource/} and
   *     {@code /resources/}
   */
  public static void apply(BiConsumer<String, String> setHeader, boolean cacheable) {
    ALWAYS.forEach(setHeader);
    if (!cacheable) {
      setHeader.accept("Cache-Control", "private, no-store");
    }
  }

  /** Whether the path (after the context path) is a static resource that may be cached. */
  public static boolean isStaticResource(String path) {
    return path.startsWith("/jakarta.faces.resource/") || path.startsWith("/resources/");
  }
}
