package org.accommodationdesk.interfaces.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.accommodationdesk.application.requests.DocumentService;
import org.accommodationdesk.application.requests.DocumentService.DocumentFile;
import org.accommodationdesk.domain.request.ConcurrentUpdateException;
import org.accommodationdesk.domain.request.DomainException;

/**
 * {@code GET /documents/{id}}: a supporting document, for the requester and HR reviewers (signed
 * in; see web.xml). Anyone else gets 404. Every download is recorded in the case history.
 */
@WebServlet("/documents/*")
public class DocumentDownloadServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;
  private static final int MAX_ATTEMPTS = 5;

  @Inject private DocumentService documents;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String path = request.getPathInfo();
    long id;
    try {
      id = Long.parseLong(path == null ? "" : path.substring(1));
    } catch (NumberFormatException e) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    DocumentFile file = null;
    // A download is recorded in the history; two at once on one request meet the version check,
    // and the one that lost simply records again (the reader never sees the conflict).
    for (int attempt = 1; file == null; attempt++) {
      try {
        file = documents.download(id);
      } catch (ConcurrentUpdateException e) {
        if (attempt == MAX_ATTEMPTS) {
          response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
          return;
        }
      } catch (DomainException e) {
        response.sendError(HttpServletResponse.SC_NOT_FOUND);
        return;
      }
    }
    response.setContentType(file.contentType());
    response.setContentLength(file.content().length);
    response.setHeader(
        "Content-Disposition",
        "attachment; filename*=UTF-8''"
            + URLEncoder.encode(file.fileName(), StandardCharsets.UTF_8).replace("+", "%20"));
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Cache-Control", "private, no-store");
    response.getOutputStream().write(file.content());
  }
}
