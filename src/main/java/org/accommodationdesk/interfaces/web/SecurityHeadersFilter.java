package org.accommodationdesk.interfaces.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.accommodationdesk.application.accounts.SecurityHeaders;
import org.accommodationdesk.interfaces.FailureLog;

/**
 * {@link SecurityHeaders} on every answer of the application (pages, API, downloads), error pages
 * included (the container's own refusals, such as 403 for {@code /WEB-INF}, are error dispatches).
 *
 * <p>A Content-Security-Policy restricting scripts (PrimeFaces' nonce-based {@code primefaces.CSP})
 * is not switched on yet: issue 8.
 */
@WebFilter(
    urlPatterns = "/*",
    asyncSupported = true,
    dispatcherTypes = {
      jakarta.servlet.DispatcherType.REQUEST,
      jakarta.servlet.DispatcherType.ERROR
    })
public class SecurityHeadersFilter extends HttpFilter {
  private static final long serialVersionUID = 1L;

  @Override
  protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    String path = req.getRequestURI().substring(req.getContextPath().length());
    // cacheable or not by the address as the container resolved it, not as the client wrote it
    String resolved = req.getServletPath() + (req.getPathInfo() == null ? "" : req.getPathInfo());
    SecurityHeaders.apply(res::setHeader, SecurityHeaders.isStaticResource(resolved));
    if (req.getDispatcherType() == jakarta.servlet.DispatcherType.ERROR) {
      HttpServletRequest plain = RequestGuard.error(req, res, req.getContextPath());
      if (plain != null) {
        chain.doFilter(plain, res);
      }
      return;
    }
    HttpServletRequest checked = RequestGuard.check(req, res, path);
    if (checked == null) {
      return;
    }
    try {
      chain.doFilter(checked, res);
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
}
