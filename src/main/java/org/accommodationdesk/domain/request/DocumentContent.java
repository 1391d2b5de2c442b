package org.accommodationdesk.domain.request;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapsId;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;

/**
 * The bytes of a supporting document, in a table of their own, encrypted under the request's key
 * (the infrastructure's repository encrypts and decrypts; nothing is written in the clear).
 */
@Entity
@Table(name = "document_content")
public class DocumentContent {
  @Id
  @Column(name = "document_id")
  private Long documentId;

  @MapsId
  @OneToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "document_id")
  private SupportingDocument document;

  @Basic(fetch = FetchType.LAZY, optional = false)
  @Column(name = "content", nullable = false)
  private byte[] content;

  /** False only for rows written before documents were encrypted, until start-up encrypts them. */
  @Column(name = "encrypted", nullable = false)
  private boolean encrypted;

  protected DocumentContent() {
    // for JPA
  }

  /** The encrypted bytes of a document. */
  public DocumentContent(SupportingDocument document, byte[] encryptedContent) {
    this.document = document;
    this.content = encryptedContent.clone();
    this.encrypted = true;
  }

  /** The bytes as stored: encrypted, unless {@link #isEncrypted()} is false. */
  public byte[] getContent() {
    return content.clone();
  }

  public boolean isEncrypted() {
    return encrypted;
  }
}
