package org.accommodationdesk.domain.request;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.Set;

/**
 * A document that supports a request (a doctor's letter, a care plan). Only its description lives
 * here; the bytes are kept apart (see {@link DocumentRepository}) so that medical papers never
 * travel with case lists or exports.
 */
@Entity
@Table(name = "request_document")
public class SupportingDocument {
  /** The only kinds of file accepted, as detected from their content. */
  /** The file name extension of each accepted type. */
  private static final java.util.Map<String, String> EXTENSIONS =
      java.util.Map.of("application/pdf", "pdf", "image/png", "png", "image/jpeg", "jpg");

  public static final Set<String> ACCEPTED_TYPES =
      Set.of("application/pdf", "image/png", "image/jpeg");

  public static final int MAX_FILE_NAME = 255;

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "document_seq")
  @SequenceGenerator(name = "document_seq", sequenceName = "document_seq", allocationSize = 50)
  private Long id;

  @Column(name = "request_id", nullable = false)
  private long requestId;

  @Column(name = "file_name", nullable = false, length = MAX_FILE_NAME)
  private String fileName;

  @Column(name = "content_type", nullable = false, length = 100)
  private String contentType;

  @Column(name = "size_bytes", nullable = false)
  private long sizeBytes;

  @Column(nullable = false, length = 64)
  private String sha256;

  @Column(name = "uploaded_by", nullable = false, length = 64)
  private String uploadedBy;

  @Column(name = "uploaded_at", nullable = false)
  private Instant uploadedAt;

  protected SupportingDocument() {
    // for JPA
  }

  /**
   * Accepts a file for a request, or refuses it naming what is wrong.
   *
   * @param detectedType the media type detected from the file's content, never from its name
   * @throws InvalidInputException when the file is empty, too large or of a kind not accepted
   */
  public static SupportingDocument accept(
      long requestId,
      String fileName,
      String detectedType,
      long sizeBytes,
      long maxBytes,
      String sha256,
      String uploadedBy,
      Instant now) {
    FieldErrors errors = new FieldErrors();
    if (sizeBytes == 0) {
      errors.add("document", "document.empty", "the file is empty");
    } else if (sizeBytes > maxBytes) {
      errors.add(
          "document",
          "document.tooLarge",
          "the file is larger than the limit of " + (maxBytes / (1024 * 1024)) + " MB");
    } else if (!ACCEPTED_TYPES.contains(detectedType)) {
      errors.add(
          "document",
          "document.type",
          "only PDF, PNG or JPEG files are accepted (this file is not one)");
    }
    errors.throwIfAny();
    SupportingDocument d = new SupportingDocument();
    d.requestId = requestId;
    d.fileName = nameFor(fileName, detectedType);
    d.contentType = detectedType;
    d.sizeBytes = sizeBytes;
    d.sha256 = Objects.requireNonNull(sha256);
    d.uploadedBy = Objects.requireNonNull(uploadedBy);
    d.uploadedAt = Objects.requireNonNull(now);
    return d;
  }

  /**
   * The name a document is kept under: the last part of the given path, without control or
   * invisible formatting characters (such as the right-to-left override that makes
   * "invoice\u202egnp.exe" read as "invoiceexe.png"), ending in the extension of the type detected
   * from its content (a PNG named "poly.html" is kept as "poly.html.png"), at most 255 characters.
   */
  public static String nameFor(String name, String detectedType) {
    String n = name == null ? "" : name.replace('\\', '/');
    n =
        n.substring(n.lastIndexOf('/') + 1)
            .replaceAll("[\\p{Cc}\\p{Cf}\\p{Zl}\\p{Zp}\"]", "")
            .strip();
    String extension = EXTENSIONS.get(detectedType);
    if (n.isEmpty()) {
      n = "document";
    }
    if (extension != null) {
      String lower = n.toLowerCase(java.util.Locale.ROOT);
      boolean fits =
          lower.endsWith("." + extension) || (extension.equals("jpg") && lower.endsWith(".jpeg"));
      if (!fits) {
        n = n + "." + extension;
      }
    }
    return n.length() > MAX_FILE_NAME ? n.substring(n.length() - MAX_FILE_NAME) : n;
  }

  public Long getId() {
    return id;
  }

  public long getRequestId() {
    return requestId;
  }

  public String getFileName() {
    return fileName;
  }

  public String getContentType() {
    return contentType;
  }

  public long getSizeBytes() {
    return sizeBytes;
  }

  public String getSha256() {
    return sha256;
  }

  public String getUploadedBy() {
    return uploadedBy;
  }

  public Instant getUploadedAt() {
    return uploadedAt;
  }
}
