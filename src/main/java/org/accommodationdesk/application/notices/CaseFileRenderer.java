package org.accommodationdesk.application.notices;

/** Puts a case file's own document into a PDF (a port: the PDF is made in infrastructure). */
public interface CaseFileRenderer {
  /** The case as a tagged PDF, in English (the organisation's record language). */
  byte[] render(CaseFile file);
}
