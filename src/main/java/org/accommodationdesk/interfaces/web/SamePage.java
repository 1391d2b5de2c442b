package org.accommodationdesk.interfaces.web;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;

/**
 * Where to send a user back to after a posted page could not be processed: the page they were on
 * (the address the browser posted from, with its query string, so the request they had open stays
 * open), within this application only, with a notice for the layout to show.
 */
final class SamePage {
  /** The query parameter that makes the layout show a notice ("expired", "tooLarge"). */
  static final String NOTICE_PARAM = "notice";

  private SamePage() {}

  /** The address (with the context path) of the page the user was on, with the notice. */
  static String withNotice(HttpServletRequest request, String notice) {
    String target = address(request);
    return request.getContextPath()
        + target
        + (target.contains("?") ? "&" : "?")
        + NOTICE_PARAM
        + "="
        + notice;
  }

  /** The page the user was on, relative to the context path. */
  static String address(HttpServletRequest request) {
    String contextPath = request.getContextPath();
    String referer = request.getHeader("Referer");
    if (referer != null) {
      try {
        URI uri = URI.create(referer);
        String host = request.getHeader("Host");
        String path = uri.getRawPath();
        if (host != null
            && host.equalsIgnoreCase(uri.getRawAuthority())
            && path != null
            && path.startsWith(contextPath + "/")) {
          String query = withoutNotice(uri.getRawQuery());
          return path.substring(contextPath.length()) + (query.isEmpty() ? "" : "?" + query);
        }
      } catch (IllegalArgumentException notAnAddress) {
        // fall back to the posted page's own address
      }
    }
    String servletPath = request.getServletPath();
    return servletPath == null || servletPath.isEmpty() ? "/index.xhtml" : servletPath;
  }

  private static String withoutNotice(String query) {
    if (query == null) {
      return "";
    }
    StringBuilder kept = new StringBuilder();
    for (String pair : query.split("&")) {
      if (!pair.isEmpty() && !pair.startsWith(NOTICE_PARAM + "=")) {
        kept.append(kept.length() == 0 ? "" : "&").append(pair);
      }
    }
    return kept.toString();
  }
}
