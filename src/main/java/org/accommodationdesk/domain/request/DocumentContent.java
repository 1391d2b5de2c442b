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

/** The bytes of a supporting document, in a table of their own. */
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

  protected DocumentContent() {
    // for JPA
  }

  public DocumentContent(SupportingDocument document, byte[] content) {
    this.document = document;
    this.content = content.clone();
  }

  public byte[] getContent() {
    return content.clone();
  }
}
