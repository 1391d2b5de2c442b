package org.accommodationdesk.interfaces.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.accommodationdesk.interfaces.FailureLog;

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
    try {
      chain.doFilter(req, res);
    } catch (IOException | ServletException | RuntimeException e) {
      if (PageStateExceptionHandler.isUnverifiablePost(e) && !res.isCommitted()) {
        // The step itself has been processed; only the answer page could not be drawn. Show the
        // page as it now is.
        res.sendRedirect(req.getContextPath() + SamePage.address(req));
        return;
      }
      // The one place where a page's unexpected failure is logged, without exception messages
      // (they can carry request text); the container, which would log them, never sees it.
      String incident = FailureLog.incident(e);
      if (res.isCommitted()) {
        return;
      }
      req.setAttribute(INCIDENT, incident);
      res.sendError(HttpServletResponse.SC_INTERNAL_SERVER_ERROR);
    }
  }

  /** The request attribute holding the incident number of a failure, for the error page. */
  public static final String INCIDENT = "accommodationdesk.incident";

  private static boolean isStaticResource(HttpServletRequest req) {
    String path = req.getRequestURI().substring(req.getContextPath().length());
    return path.startsWith("/jakarta.faces.resource/") || path.startsWith("/resources/");
  }
}
