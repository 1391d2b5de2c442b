package org.accommodationdesk.application.notices;

import org.accommodationdesk.domain.request.LetterKind;

/** Puts a decision letter into a document (a port: the PDF is made in infrastructure). */
public interface LetterRenderer {
  /** The letter as a PDF. */
  byte[] render(Letter letter);

  /** The notice of a delay as a PDF. */
  byte[] render(DelayLetter letter);

  /** The letter of an interim arrangement as a PDF. */
  byte[] render(InterimLetter letter);

  /** The name a downloaded decision letter gets: the request's number and the letter's. */
  default String fileName(long requestId, long letterId, String language) {
    return fileName(LetterKind.DECISION, requestId, letterId, language);
  }

  /** The name a downloaded letter gets: its kind, the request's number and the letter's. */
  default String fileName(LetterKind kind, long requestId, long letterId, String language) {
    boolean es = "es".equals(language);
    String prefix =
        switch (kind) {
          case DECISION -> es ? "carta-decision-" : "decision-letter-";
          case DELAY -> es ? "aviso-demora-" : "delay-notice-";
          case INTERIM -> es ? "ajuste-provisional-" : "interim-arrangement-";
        };
    return prefix + requestId + "-" + letterId + ".pdf";
  }
}
