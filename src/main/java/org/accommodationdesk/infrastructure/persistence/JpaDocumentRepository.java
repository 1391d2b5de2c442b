package org.accommodationdesk.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.accommodationdesk.domain.request.DocumentContent;
import org.accommodationdesk.domain.request.DocumentRepository;
import org.accommodationdesk.domain.request.SupportingDocument;
import org.accommodationdesk.infrastructure.crypto.Aead;
import org.accommodationdesk.infrastructure.crypto.RequestKeys;

/**
 * Documents in two tables: descriptions, and bytes that are read only to download, encrypted with
 * AES-GCM under their request's key ({@link RequestKeys}), bound to the document's id.
 */
@ApplicationScoped
public class JpaDocumentRepository implements DocumentRepository {
  @PersistenceContext private EntityManager em;
  @Inject private RequestKeys keys;

  static String label(long documentId) {
    return "document:" + documentId;
  }

  @Override
  public void add(SupportingDocument document, byte[] content) {
    em.persist(document); // a SEQUENCE id is assigned here, before any flush
    byte[] key = keys.keyFor(document.getRequestId());
    em.persist(new DocumentContent(document, Aead.seal(key, label(document.getId()), content)));
  }

  @Override
  public List<SupportingDocument> forRequest(long requestId) {
    return em.createQuery(
            "SELECT d FROM SupportingDocument d WHERE d.requestId = :r ORDER BY d.uploadedAt, d.id",
            SupportingDocument.class)
        .setParameter("r", requestId)
        .getResultList();
  }

  @Override
  public Optional<SupportingDocument> find(long documentId) {
    return Optional.ofNullable(em.find(SupportingDocument.class, documentId));
  }

  @Override
  public byte[] content(long documentId) {
    DocumentContent c = em.find(DocumentContent.class, documentId);
    if (c == null) {
      return new byte[0];
    }
    if (!c.isEncrypted()) {
      return c.getContent();
    }
    long requestId = em.find(SupportingDocument.class, documentId).getRequestId();
    return keys.existing(requestId)
        .map(key -> Aead.open(key, label(documentId), c.getContent()))
        .orElse(new byte[0]);
  }

  @Override
  public int shred(long requestId) {
    keys.destroy(requestId);
    em.createNativeQuery(
            "DELETE FROM document_content WHERE document_id IN"
                + " (SELECT id FROM request_document WHERE request_id = ?1)")
        .setParameter(1, requestId)
        .executeUpdate();
    int removed =
        em.createNativeQuery("DELETE FROM request_document WHERE request_id = ?1")
            .setParameter(1, requestId)
            .executeUpdate();
    return removed;
  }

  /**
   * Encrypts up to {@code batch} documents stored before documents were encrypted.
   *
   * @return how many
   */
  public int encryptLegacy(int batch) {
    List<?> rows =
        em.createNativeQuery(
                "SELECT c.document_id, d.request_id, c.content FROM document_content c"
                    + " JOIN request_document d ON d.id = c.document_id"
                    + " WHERE c.encrypted = FALSE ORDER BY c.document_id")
            .setMaxResults(batch)
            .getResultList();
    for (Object o : rows) {
      Object[] row = (Object[]) o;
      long documentId = ((Number) row[0]).longValue();
      byte[] key = keys.keyFor(((Number) row[1]).longValue());
      em.createNativeQuery(
              "UPDATE document_content SET content = ?1, encrypted = TRUE WHERE document_id = ?2")
          .setParameter(1, Aead.seal(key, label(documentId), (byte[]) row[2]))
          .setParameter(2, documentId)
          .executeUpdate();
    }
    return rows.size();
  }
}
