package org.accommodationdesk.application;

/** Puts a decision letter into a document (a port: the PDF is made in infrastructure). */
public interface LetterRenderer {
  /** The letter as a PDF. */
  byte[] render(Letter letter);

  /** The name a downloaded letter gets: the request's number and the letter's, told apart. */
  default String fileName(long requestId, long letterId, String language) {
    return ("es".equals(language) ? "carta-decision-" : "decision-letter-")
        + requestId
        + "-"
        + letterId
        + ".pdf";
  }
}
