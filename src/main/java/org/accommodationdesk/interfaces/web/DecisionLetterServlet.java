package org.accommodationdesk.interfaces.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.accommodationdesk.application.LetterService;
import org.accommodationdesk.application.LetterService.LetterFile;
import org.accommodationdesk.domain.request.DomainException;

/**
 * {@code /letters/{requestId}}: the decision letter, for the requester and HR reviewers (web.xml);
 * 404 for anyone else and before a decision. The decision mail links here.
 */
@WebServlet("/letters/*")
public class DecisionLetterServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;

  @Inject private LetterService letters;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String path = request.getPathInfo();
    LetterFile file;
    try {
      file = letters.letter(Long.parseLong(path == null ? "" : path.substring(1)));
    } catch (NumberFormatException | DomainException e) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    send(file, response);
  }

  /** A letter as a download: PDF, never cached, never sniffed. */
  static void send(LetterFile file, HttpServletResponse response) throws IOException {
    response.setContentType("application/pdf");
    response.setContentLength(file.content().length);
    response.setHeader("Content-Disposition", "inline; filename=\"" + file.fileName() + "\"");
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Cache-Control", "private, no-store");
    response.getOutputStream().write(file.content());
  }
}
