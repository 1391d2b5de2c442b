package org.accommodationdesk.interfaces.web;

import jakarta.json.Json;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What {@link SecurityHeadersFilter} checks of a request before the application sees it, so that a
 * careless or hostile request gets a clear 4xx and never a server error (issue 21):
 *
 * <ul>
 *   <li>addresses with an encoded slash or backslash or a dot segment ({@code ..%2f}) are not
 *       followed anywhere (404), and no generated WADL document is served (404);
 *   <li>an API request whose Content-Type is not a media type ({@code a/b/c}, {@code *}) gets a 400
 *       problem document;
 *   <li>a page's multipart form is read before the page: too large for the server, it sends the
 *       user back with the "too large" notice; malformed (no boundary, no closing boundary), a 400
 *       page;
 *   <li>a page form posted without multipart reads as having no files (a file field would otherwise
 *       fail the page);
 *   <li>the container's error answers (error dispatches) under {@code /api/} are problem documents,
 *       not pages; an error page is drawn as a plain GET of that page, so that a failed post (no
 *       nonce, unreadable body) cannot also fail its error page.
 * </ul>
 */
final class RequestGuard {
  private RequestGuard() {}

  static boolean isApi(String path) {
    return path.startsWith("/api/") || path.equals("/api");
  }

  /**
   * Answers the request here when it must not reach the application.
   *
   * @return the request to pass on (possibly wrapped), or null when the answer has been given
   */
  static HttpServletRequest check(HttpServletRequest req, HttpServletResponse res, String path)
      throws IOException {
    String raw = req.getRequestURI().toLowerCase(Locale.ROOT);
    if (raw.contains("%2f")
        || raw.contains("%5c")
        || raw.contains("/../")
        || raw.endsWith("/..")
        || raw.contains("%2e")
        || path.endsWith(".wadl")) {
      if (isApi(path)) {
        problem(res, 404, "Not Found", "There is nothing at this address.");
      } else {
        res.sendError(HttpServletResponse.SC_NOT_FOUND);
      }
      return null;
    }
    String type = req.getContentType();
    if (isApi(path)) {
      if (type != null && !isMediaType(type)) {
        problem(
            res,
            400,
            "Bad Request",
            "The Content-Type header is not a media type such as application/json.");
        return null;
      }
      return req;
    }
    if (!"POST".equals(req.getMethod())) {
      return req;
    }
    if (type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/")) {
      try {
        req.getParts(); // read now; the container keeps them for the page
      } catch (ServletException | IOException | RuntimeException unreadable) {
        if (PageStateExceptionHandler.isUploadTooLarge(unreadable)) {
          res.sendRedirect(SamePage.withNotice(req, "tooLarge"));
        } else {
          res.sendError(HttpServletResponse.SC_BAD_REQUEST); // malformed
        }
        return null;
      }
      return req;
    }
    return new WithoutParts(req);
  }

  /** Whether {@code value} is type/subtype with optional parameters, as RFC 9110 writes it. */
  static boolean isMediaType(String value) {
    return value.matches(
        "\\s*[!#$%&'*+.^_`|~0-9A-Za-z-]+/[!#$%&'*+.^_`|~0-9A-Za-z-]+"
            + "(\\s*;\\s*[!#$%&'*+.^_`|~0-9A-Za-z-]+=(\"[^\"]*\"|[!#$%&'*+.^_`|~0-9A-Za-z-]+))*\\s*");
  }

  /**
   * An error dispatch: under {@code /api/} the answer is a problem document; a page is drawn from a
   * plain GET of the error page.
   *
   * @return the request to draw the error page with, or null when the answer has been given
   */
  static HttpServletRequest error(HttpServletRequest req, HttpServletResponse res, String context)
      throws IOException {
    Object uri = req.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
    Object code = req.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
    int status = code instanceof Integer i ? i : res.getStatus();
    if (uri instanceof String u && u.startsWith(context) && isApi(u.substring(context.length()))) {
      String title = status >= 500 ? "Internal Server Error" : "Request refused";
      String detail =
          switch (status) {
            case 400 -> "The request could not be understood: check its headers and address.";
            case 401 -> "This API needs a token (Bearer) or HTTP Basic.";
            case 403, 404 -> "There is nothing at this address.";
            case 405 -> "This address does not accept this method.";
            case 413 -> "The body is larger than the API accepts.";
            case 415 -> "Send the body as application/json, in UTF-8.";
            default -> status >= 500 ? "Something went wrong on our side." : "Request refused.";
          };
      problem(res, status, title, detail);
      return null;
    }
    return new AsPlainGet(req);
  }

  private static void problem(HttpServletResponse res, int status, String title, String detail)
      throws IOException {
    res.setStatus(status);
    res.setContentType("application/problem+json");
    res.setCharacterEncoding(StandardCharsets.UTF_8.name());
    res.getWriter()
        .write(
            Json.createObjectBuilder()
                .add("type", "about:blank")
                .add("title", title)
                .add("status", status)
                .add("detail", detail)
                .build()
                .toString());
  }

  /** A form posted without multipart: it carries no files. */
  private static class WithoutParts extends HttpServletRequestWrapper {
    WithoutParts(HttpServletRequest request) {
      super(request);
    }

    @Override
    public Collection<Part> getParts() {
      return List.of();
    }

    @Override
    public Part getPart(String name) {
      return null;
    }
  }

  /** The request as a plain GET without parameters or body, to draw an error page with. */
  private static final class AsPlainGet extends WithoutParts {
    AsPlainGet(HttpServletRequest request) {
      super(request);
    }

    @Override
    public String getMethod() {
      return "GET";
    }

    @Override
    public String getContentType() {
      return null;
    }

    @Override
    public int getContentLength() {
      return -1;
    }

    @Override
    public long getContentLengthLong() {
      return -1;
    }

    @Override
    public String getParameter(String name) {
      return null;
    }

    @Override
    public Map<String, String[]> getParameterMap() {
      return Map.of();
    }

    @Override
    public Enumeration<String> getParameterNames() {
      return Collections.emptyEnumeration();
    }

    @Override
    public String[] getParameterValues(String name) {
      return null;
    }
  }
}
