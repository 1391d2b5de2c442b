package org.accommodationdesk.application.requests;

/** Tells what kind of file some bytes are, from the bytes alone. */
public interface ContentTypeDetector {
  /** The media type, such as {@code application/pdf}; never judged by a file name. */
  String detect(byte[] content);
}
