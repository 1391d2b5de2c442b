package org.accommodationdesk.interfaces.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.accommodationdesk.application.notices.LetterService;
import org.accommodationdesk.application.notices.LetterService.LetterFile;
import org.accommodationdesk.application.notices.NoticeText;
import org.accommodationdesk.domain.request.DecisionStage;
import org.accommodationdesk.domain.request.DomainException;
import org.accommodationdesk.domain.request.LetterKind;

/**
 * The letters of a request, for the requester and HR reviewers (web.xml); 404 for anyone else and
 * before a decision. {@code /letters/{requestId}}: the latest; {@code /letters/{requestId}/{id}}:
 * one letter by its id (the request page's list); {@code /letters/{requestId}/first} and {@code
 * /appeal}: the letter of that decision (what the notices and mails of a decision link to).
 */
@WebServlet("/letters/*")
public class DecisionLetterServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;

  @Inject private LetterService letters;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String[] path = (request.getPathInfo() == null ? "" : request.getPathInfo()).split("/", -1);
    LetterFile file;
    try {
      if (path.length < 2 || path.length > 3) {
        throw new NumberFormatException("not a letter's address");
      }
      long requestId = Long.parseLong(path[1]);
      file = path.length == 2 ? letters.letter(requestId) : letter(requestId, path[2]);
    } catch (NumberFormatException | DomainException e) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    send(file, response);
  }

  private LetterFile letter(long requestId, String which) {
    return switch (which) {
      case NoticeText.LETTER_OF_FIRST_DECISION -> letters.letter(requestId, DecisionStage.INITIAL);
      case NoticeText.LETTER_OF_APPEAL_DECISION -> letters.letter(requestId, DecisionStage.APPEAL);
      case NoticeText.LETTER_OF_DELAY -> letters.letter(requestId, LetterKind.DELAY);
      case NoticeText.LETTER_OF_INTERIM -> letters.letter(requestId, LetterKind.INTERIM);
      default -> letters.letter(requestId, Long.parseLong(which));
    };
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
