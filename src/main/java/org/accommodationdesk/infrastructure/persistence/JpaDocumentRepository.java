package org.accommodationdesk.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.accommodationdesk.domain.request.DocumentContent;
import org.accommodationdesk.domain.request.DocumentRepository;
import org.accommodationdesk.domain.request.SupportingDocument;

/** Documents in two tables: descriptions, and bytes that are read only to download. */
@ApplicationScoped
public class JpaDocumentRepository implements DocumentRepository {
  @PersistenceContext private EntityManager em;

  @Override
  public void add(SupportingDocument document, byte[] content) {
    em.persist(document); // a SEQUENCE id is assigned here, before any flush
    em.persist(new DocumentContent(document, content));
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
    return c == null ? new byte[0] : c.getContent();
  }
}
