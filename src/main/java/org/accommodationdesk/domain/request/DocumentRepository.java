package org.accommodationdesk.domain.request;

import java.util.List;
import java.util.Optional;

/** Supporting documents: their descriptions, and their bytes kept apart. */
public interface DocumentRepository {
  /** Stores the description and the bytes; the description gets its id. */
  void add(SupportingDocument document, byte[] content);

  List<SupportingDocument> forRequest(long requestId);

  Optional<SupportingDocument> find(long documentId);

  /** The bytes of a document (decrypted); empty when its request was purged. */
  byte[] content(long documentId);

  /**
   * Removes the request's documents, their bytes and the key they were encrypted with, so that
   * their bytes can never be read again, in a backup either (crypto-shredding).
   *
   * @return how many documents were removed
   */
  int shred(long requestId);
}
