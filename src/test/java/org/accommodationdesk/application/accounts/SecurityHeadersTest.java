package org.accommodationdesk.application.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every answer says what its type is, is never framed by another site nor leaks its address, and,
 * unless it is a static resource, is never kept in a cache (it may carry case data).
 */
class SecurityHeadersTest {
  static Map<String, String> headers(boolean cacheable) {
    Map<String, String> set = new LinkedHashMap<>();
    SecurityHeaders.apply(set::put, cacheable);
    return set;
  }

  @Test
  void everyAnswerCarriesTheHeadersThatKeepItToThisSite() {
    for (boolean cacheable : new boolean[] {false, true}) {
      Map<String, String> h = headers(cacheable);
      assertEquals("nosniff", h.get("X-Content-Type-Options"));
      assertEquals("same-origin", h.get("Referrer-Policy"));
      assertEquals("DENY", h.get("X-Frame-Options"));
      assertTrue(h.get("Content-Security-Policy").contains("frame-ancestors 'none'"));
    }
  }

  @Test
  void onlyStaticResourcesMayBeCached() {
    assertEquals("private, no-store", headers(false).get("Cache-Control"));
    assertFalse(headers(true).containsKey("Cache-Control"));
    assertTrue(SecurityHeaders.isStaticResource("/jakarta.faces.resource/app.css"));
    assertTrue(SecurityHeaders.isStaticResource("/resources/logo.png"));
    assertFalse(SecurityHeaders.isStaticResource("/api/requests/1"));
    assertFalse(SecurityHeaders.isStaticResource("/employee/resources/x"), "only at the root");
  }
}
