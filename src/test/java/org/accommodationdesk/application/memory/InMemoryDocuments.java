package org.accommodationdesk.application.memory;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.accommodationdesk.domain.request.DocumentRepository;
import org.accommodationdesk.domain.request.SupportingDocument;

/** Supporting documents and their bytes in maps, ids given on {@code add}. */
public class InMemoryDocuments implements DocumentRepository {
  private final Map<Long, SupportingDocument> byId = new LinkedHashMap<>();
  private final Map<Long, byte[]> contents = new LinkedHashMap<>();
  private long nextId = 1;

  @Override
  public void add(SupportingDocument document, byte[] content) {
    Fields.set(document, "id", nextId++);
    byId.put(document.getId(), document);
    contents.put(document.getId(), content.clone());
  }

  @Override
  public List<SupportingDocument> forRequest(long requestId) {
    return byId.values().stream().filter(d -> d.getRequestId() == requestId).toList();
  }

  @Override
  public Optional<SupportingDocument> find(long documentId) {
    return Optional.ofNullable(byId.get(documentId));
  }

  @Override
  public byte[] content(long documentId) {
    return contents.get(documentId).clone();
  }

  @Override
  public int shred(long requestId) {
    List<Long> ids = forRequest(requestId).stream().map(SupportingDocument::getId).toList();
    ids.forEach(
        id -> {
          byId.remove(id);
          contents.remove(id);
        });
    return ids.size();
  }

  public int size() {
    return byId.size();
  }
}
