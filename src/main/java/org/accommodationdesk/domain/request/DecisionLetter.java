package org.accommodationdesk.domain.request;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * The letter issued for a decision, as sent: a PDF in the employee's language, kept with the case
 * so that what they received can be read again as it was (a later change of letterhead, names or
 * wording does not change it). Every column is insertable only: a letter is never rewritten, and a
 * later decision's letter is another row (one per decision).
 */
@Entity
@Table(name = "decision_letter")
public class DecisionLetter {
  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "letter_seq")
  @SequenceGenerator(name = "letter_seq", sequenceName = "letter_seq", allocationSize = 50)
  private Long id;

  @Column(name = "request_id", nullable = false, updatable = false)
  private long requestId;

  @Column(name = "decision_id", nullable = false, unique = true, updatable = false)
  private long decisionId;

  @Column(nullable = false, length = 8, updatable = false)
  private String language;

  @Column(name = "issued_at", nullable = false, updatable = false)
  private Instant issuedAt;

  @Basic(fetch = FetchType.LAZY)
  @Column(name = "content", nullable = false, updatable = false)
  private byte[] content;

  protected DecisionLetter() {
    // for JPA
  }

  public DecisionLetter(
      long requestId, long decisionId, String language, Instant issuedAt, byte[] content) {
    this.requestId = requestId;
    this.decisionId = decisionId;
    this.language = Objects.requireNonNull(language, "language");
    this.issuedAt = Objects.requireNonNull(issuedAt, "issuedAt");
    this.content = Objects.requireNonNull(content, "content").clone();
  }

  public Long getId() {
    return id;
  }

  public long getRequestId() {
    return requestId;
  }

  public long getDecisionId() {
    return decisionId;
  }

  public String getLanguage() {
    return language;
  }

  public Instant getIssuedAt() {
    return issuedAt;
  }

  public byte[] getContent() {
    return content.clone();
  }
}
