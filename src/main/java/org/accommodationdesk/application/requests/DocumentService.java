package org.accommodationdesk.application.requests;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import org.accommodationdesk.application.accounts.CurrentUser;
import org.accommodationdesk.domain.account.Role;
import org.accommodationdesk.domain.request.AccommodationRequest;
import org.accommodationdesk.domain.request.Actor;
import org.accommodationdesk.domain.request.DocumentRepository;
import org.accommodationdesk.domain.request.FieldError;
import org.accommodationdesk.domain.request.InvalidInputException;
import org.accommodationdesk.domain.request.RequestNotFoundException;
import org.accommodationdesk.domain.request.RequestRepository;
import org.accommodationdesk.domain.request.SupportingDocument;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Supporting documents: the requester attaches them while the request is open; the requester and HR
 * reviewers download them, and every download is written into the case history.
 */
@Stateless
@DeclareRoles({Role.EMPLOYEE, Role.REVIEWER})
public class DocumentService {
  @Inject private RequestRepository requests;
  @Inject private DocumentRepository documents;
  @Inject private ContentTypeDetector detector;
  @Inject private CurrentUser currentUser;
  @Inject private RequestAccess access;
  @Inject private Clock clock;

  @Inject
  @ConfigProperty(name = "accommodationdesk.documents.max-bytes", defaultValue = "10485760")
  private long maxBytes;

  /** The largest file accepted, in bytes. */
  @RolesAllowed({Role.EMPLOYEE, Role.REVIEWER})
  public long maxBytes() {
    return maxBytes;
  }

  /**
   * What is wrong with a file the requester is about to send (empty, too large, not a PDF, PNG or
   * JPEG by its content), by the same rule as {@link #attach}; empty when it will be accepted. Lets
   * a form name a bad file at once, with its other problems.
   */
  @RolesAllowed(Role.EMPLOYEE)
  public List<org.accommodationdesk.domain.request.FieldError> problemsOf(
      String fileName, byte[] content) {
    try {
      SupportingDocument.accept(
          0,
          fileName,
          content.length == 0 ? null : detector.detect(content),
          content.length,
          maxBytes,
          sha256(content),
          currentUser.username(),
          clock.instant());
      return List.of();
    } catch (org.accommodationdesk.domain.request.InvalidInputException e) {
      return e.errors();
    }
  }

  /** The requester attaches a file; refused unless it is a PDF, PNG or JPEG within the limit. */
  @RolesAllowed(Role.EMPLOYEE)
  public DocumentView attach(long requestId, String fileName, byte[] content) {
    AccommodationRequest request = access.visible(requestId);
    Actor actor = currentUser.actor();
    Instant now = clock.instant();
    SupportingDocument document =
        SupportingDocument.accept(
            requestId,
            fileName,
            content.length == 0 ? null : detector.detect(content),
            content.length,
            maxBytes,
            sha256(content),
            actor.username(),
            now);
    request.recordDocumentAdded(actor, document.getFileName(), now);
    documents.add(document, content);
    requests.store(request);
    return DocumentView.of(document);
  }

  /**
   * The requester adds several files at once, all or nothing: one refused file (empty, too large,
   * not a PDF, PNG or JPEG) stores none of them; no file at all is refused too.
   */
  @RolesAllowed(Role.EMPLOYEE)
  public List<DocumentView> attachAll(long requestId, List<Upload> uploads) {
    if (uploads.isEmpty()) {
      throw new InvalidInputException(
          List.of(new FieldError("document", "document.none", "choose at least one file to add")));
    }
    return uploads.stream().map(u -> attach(requestId, u.fileName(), u.content())).toList();
  }

  /** The documents of a request the caller may see, without their bytes. */
  @RolesAllowed({Role.EMPLOYEE, Role.REVIEWER})
  public List<DocumentView> list(long requestId) {
    AccommodationRequest request = access.visible(requestId);
    if (!request.contentReadableBy(currentUser.username())) {
      return List.of(); // not even their names before the employee confirms
    }
    return documents.forRequest(requestId).stream().map(DocumentView::of).toList();
  }

  /** A document's bytes, for the requester or an HR reviewer; recorded in the history. */
  @RolesAllowed({Role.EMPLOYEE, Role.REVIEWER})
  public DocumentFile download(long documentId) {
    SupportingDocument document =
        documents.find(documentId).orElseThrow(() -> new RequestNotFoundException(documentId));
    AccommodationRequest request = access.visible(document.getRequestId());
    request.recordDocumentDownloaded(currentUser.actor(), document.getFileName(), clock.instant());
    requests.store(request);
    return new DocumentFile(
        document.getFileName(), document.getContentType(), documents.content(documentId));
  }

  private static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A document as listed. */
  public record DocumentView(
      long id,
      String fileName,
      String contentType,
      long sizeBytes,
      String uploadedBy,
      Instant uploadedAt)
      implements java.io.Serializable {
    static DocumentView of(SupportingDocument d) {
      return new DocumentView(
          d.getId(),
          d.getFileName(),
          d.getContentType(),
          d.getSizeBytes(),
          d.getUploadedBy(),
          d.getUploadedAt());
    }
  }

  /** A document to send. */
  public record DocumentFile(String fileName, String contentType, byte[] content) {}
}
