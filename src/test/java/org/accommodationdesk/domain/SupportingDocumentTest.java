package org.accommodationdesk.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import org.accommodationdesk.domain.request.FieldError;
import org.accommodationdesk.domain.request.InvalidInputException;
import org.accommodationdesk.domain.request.SupportingDocument;
import org.junit.jupiter.api.Test;

/** Which files a request accepts, judged by their detected content. */
class SupportingDocumentTest {
  static final long MB = 1024 * 1024;
  static final long LIMIT = 5 * MB;
  static final Instant NOW = Instant.parse("2026-11-02T10:00:00Z");

  static SupportingDocument accept(String name, String type, long size) {
    return SupportingDocument.accept(42, name, type, size, LIMIT, "ab12", "employee1", NOW);
  }

  static FieldError refusal(String type, long size) {
    return refusal("a.pdf", type, size);
  }

  static FieldError refusal(String name, String type, long size) {
    InvalidInputException e =
        assertThrows(InvalidInputException.class, () -> accept(name, type, size));
    assertEquals(1, e.errors().size());
    assertEquals("document", e.errors().get(0).field());
    return e.errors().get(0);
  }

  @Test
  void aFileOfAnAcceptedTypeUpToTheLimitIsKeptWithWhoAndWhen() {
    SupportingDocument d = accept("scan.png", "image/jpeg", LIMIT);
    assertEquals(42, d.getRequestId());
    assertEquals("scan.png.jpg", d.getFileName(), "named after its detected type");
    assertEquals("image/jpeg", d.getContentType());
    assertEquals(LIMIT, d.getSizeBytes());
    assertEquals("ab12", d.getSha256());
    assertEquals("employee1", d.getUploadedBy());
    assertEquals(NOW, d.getUploadedAt());
    assertEquals(1, accept("one.pdf", "application/pdf", 1).getSizeBytes(), "one byte is a file");
  }

  @Test
  void anEmptyFileIsRefused() {
    FieldError e = refusal("application/pdf", 0);
    assertEquals("document.empty", e.code());
    assertEquals("the file is empty", e.message());
    assertEquals(
        "document.empty",
        refusal("a.pdf", null, 0).code(),
        "as the service passes it: no type detected for no content");
  }

  @Test
  void aFileOverTheLimitIsRefusedNamingTheLimitInMegabytes() {
    FieldError e = refusal("application/pdf", LIMIT + 1);
    assertEquals("document.tooLarge", e.code());
    assertEquals("the file is larger than the limit of 5 MB", e.message());
  }

  @Test
  void aFileOfAnotherTypeIsRefusedWhateverItsName() {
    for (String type : new String[] {"text/html", "application/zip", "application/octet-stream"}) {
      FieldError e = refusal(type, 100);
      assertEquals("document.type", e.code());
      assertEquals("only PDF, PNG or JPEG files are accepted (this file is not one)", e.message());
    }
  }
}
