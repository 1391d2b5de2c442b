package org.accommodationdesk.interfaces.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Headers on every answer of the application (pages, API, downloads): the type is what it says
 * (nosniff), no page is framed by another site, no address (which can hold a request number) leaks
 * to other sites, and nothing that may carry case data is kept in a browser's or proxy's cache.
 * Static resources (scripts, styles, images) may be cached.
 *
 * <p>A Content-Security-Policy restricting scripts (PrimeFaces' nonce-based {@code primefaces.CSP})
 * is not switched on yet: issue 8.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class SecurityHeadersFilter extends HttpFilter {
  private static final long serialVersionUID = 1L;

  @Override
  protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    res.setHeader("X-Content-Type-Options", "nosniff");
    res.setHeader("Referrer-Policy", "same-origin");
    res.setHeader("X-Frame-Options", "DENY");
    res.setHeader(
        "Content-Security-Policy",
        "frame-ancestors 'none'; base-uri 'self'; form-action 'self'; object-src 'none'");
    if (!isStaticResource(req)) {
      res.setHeader("Cache-Control", "private, no-store");
    }
    chain.doFilter(req, res);
  }

  private static boolean isStaticResource(HttpServletRequest req) {
    String path = req.getRequestURI().substring(req.getContextPath().length());
    return path.startsWith("/jakarta.faces.resource/") || path.startsWith("/resources/");
  }
}
