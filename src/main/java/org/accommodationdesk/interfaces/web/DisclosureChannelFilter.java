package org.accommodationdesk.interfaces.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.accommodationdesk.application.stats.DisclosureChannel;
import org.accommodationdesk.domain.audit.DisclosureEntry.Channel;

/**
 * Tells the disclosure log how the figures of this request leave: the API ({@code /api/*}), an
 * export (CSV and PDF downloads) or a page (everything else).
 */
@WebFilter(urlPatterns = {"/api/*", "/stats/*", "/report/*"})
public class DisclosureChannelFilter extends HttpFilter {
  private static final long serialVersionUID = 1L;

  @Inject private DisclosureChannel channel;

  @Override
  protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    channel.set(
        channelOf(req.getServletPath() + (req.getPathInfo() == null ? "" : req.getPathInfo())));
    chain.doFilter(req, res);
  }

  /** The channel of a request to this path (inside the application). */
  static Channel channelOf(String path) {
    if (path.startsWith("/api/")) {
      return Channel.API;
    }
    if (path.startsWith("/stats/") || path.endsWith(".csv") || path.endsWith(".pdf")) {
      return Channel.EXPORT;
    }
    return Channel.PAGE;
  }
}
