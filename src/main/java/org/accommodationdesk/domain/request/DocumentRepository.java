package org.accommodationdesk.domain.request;

import java.util.List;
import java.util.Optional;

/** Supporting documents: their descriptions, and their bytes kept apart. */
public interface DocumentRepository {
  /** Stores the description and the bytes; the description gets its id. */
  void add(SupportingDocument document, byte[] content);

  List<SupportingDocument> forRequest(long requestId);

  Optional<SupportingDocument> find(long documentId);

  /** The bytes of a document. */
  byte[] content(long documentId);
}
