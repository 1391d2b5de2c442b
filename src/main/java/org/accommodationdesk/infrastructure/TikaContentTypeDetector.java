package org.accommodationdesk.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import org.accommodationdesk.application.requests.ContentTypeDetector;
import org.apache.tika.Tika;

/** Detects a file's type from its bytes (magic numbers) with Apache Tika, ignoring its name. */
@ApplicationScoped
public class TikaContentTypeDetector implements ContentTypeDetector {
  private final Tika tika = new Tika();

  @Override
  public String detect(byte[] content) {
    return tika.detect(content);
  }
}
