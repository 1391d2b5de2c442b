package org.accommodationdesk.application.memory;

import java.nio.charset.StandardCharsets;
import org.accommodationdesk.application.requests.ContentTypeDetector;

/** Tells a PDF, PNG or JPEG by its first bytes; anything else is text. */
public class MagicBytes implements ContentTypeDetector {
  public static final byte[] PDF = "%PDF-1.7\n%test".getBytes(StandardCharsets.US_ASCII);
  public static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0};
  public static final byte[] TEXT = "<html>not a document</html>".getBytes(StandardCharsets.UTF_8);

  @Override
  public String detect(byte[] content) {
    if (startsWith(content, PDF, 5)) {
      return "application/pdf";
    }
    if (startsWith(content, PNG, 8)) {
      return "image/png";
    }
    if (content.length >= 3
        && (content[0] & 0xff) == 0xff
        && (content[1] & 0xff) == 0xd8
        && (content[2] & 0xff) == 0xff) {
      return "image/jpeg";
    }
    return "text/plain";
  }

  private static boolean startsWith(byte[] content, byte[] magic, int length) {
    if (content.length < length) {
      return false;
    }
    for (int i = 0; i < length; i++) {
      if (content[i] != magic[i]) {
        return false;
      }
    }
    return true;
  }
}
