package org.accommodationdesk.domain.request;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * A letter issued to the employee, as sent: a decision's letter (one per decision), the notice of a
 * delay, or an interim arrangement's; a PDF in the employee's language, kept with the case so that
 * what they received can be read again as it was (a later change of letterhead, names or wording
 * does not change it). Every column is insertable only: a letter is never rewritten, and a later
 * letter is another row.
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

  /** The decision it is the letter of; null for a letter that is not a decision's. */
  @Column(name = "decision_id", unique = true, updatable = false)
  private Long decisionId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16, updatable = false)
  private LetterKind kind;

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

  /** The letter of a decision. */
  public DecisionLetter(
      long requestId, long decisionId, String language, Instant issuedAt, byte[] content) {
    this(requestId, LetterKind.DECISION, decisionId, language, issuedAt, content);
  }

  /** A letter that is not a decision's (a delay, an interim arrangement). */
  public DecisionLetter(
      long requestId, LetterKind kind, String language, Instant issuedAt, byte[] content) {
    this(requestId, kind, null, language, issuedAt, content);
    if (kind == LetterKind.DECISION) {
      throw new IllegalArgumentException("a decision's letter names its decision");
    }
  }

  private DecisionLetter(
      long requestId,
      LetterKind kind,
      Long decisionId,
      String language,
      Instant issuedAt,
      byte[] content) {
    this.requestId = requestId;
    this.kind = java.util.Objects.requireNonNull(kind, "kind");
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

  /** The decision it is the letter of; empty for a delay's or an interim arrangement's. */
  public java.util.Optional<Long> getDecisionId() {
    return java.util.Optional.ofNullable(decisionId);
  }

  public LetterKind getKind() {
    return kind;
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
