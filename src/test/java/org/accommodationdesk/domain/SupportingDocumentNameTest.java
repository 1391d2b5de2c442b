package org.accommodationdesk.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.accommodationdesk.domain.request.SupportingDocument;
import org.junit.jupiter.api.Test;

/** The name a document is kept under never lies about what it is. */
class SupportingDocumentNameTest {
  @Test
  void theNameEndsInTheExtensionOfTheDetectedType() {
    assertEquals("poly.html.png", SupportingDocument.nameFor("poly.html", "image/png"));
    assertEquals("letter.pdf", SupportingDocument.nameFor("letter.pdf", "application/pdf"));
    assertEquals("letter.PDF", SupportingDocument.nameFor("letter.PDF", "application/pdf"));
    assertEquals("scan.jpeg", SupportingDocument.nameFor("scan.jpeg", "image/jpeg"));
    assertEquals("scan.png.jpg", SupportingDocument.nameFor("scan.png", "image/jpeg"));
  }

  @Test
  void controlAndBidirectionalCharactersAndPathsAreStripped() {
    assertEquals(
        "invoicegnp.exe.pdf",
        SupportingDocument.nameFor("invoice\u202egnp.exe", "application/pdf"));
    assertEquals(
        "note.pdf",
        SupportingDocument.nameFor("C:\\Users\\me\\no\u200ete\n.pdf", "application/pdf"));
    assertEquals("a.pdf", SupportingDocument.nameFor("../../etc/a\u0000.pdf", "application/pdf"));
    assertEquals("document.png", SupportingDocument.nameFor("\u2066\u2069", "image/png"));
    assertEquals("document.png", SupportingDocument.nameFor(null, "image/png"));
  }

  @Test
  void aLongNameKeepsItsEndAndStaysWithinTheColumn() {
    String name = SupportingDocument.nameFor("x".repeat(300) + ".txt", "application/pdf");
    assertEquals(SupportingDocument.MAX_FILE_NAME, name.length());
    assertTrue(name.endsWith(".txt.pdf"), name);
  }
}
