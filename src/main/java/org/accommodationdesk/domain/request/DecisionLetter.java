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
 * wording does not change it).
 */
@Entity
@Table(name = "decision_letter")
public class DecisionLetter {
  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "letter_seq")
  @SequenceGenerator(name = "letter_seq", sequenceName = "letter_seq", allocationSize = 50)
  private Long id;

  @Column(name = "request_id", nullable = false)
  private long requestId;

  @Column(name = "decision_id", nullable = false, unique = true)
  private long decisionId;

  @Column(nullable = false, length = 8)
  private String language;

  @Column(name = "issued_at", nullable = false)
  private Instant issuedAt;

  @Basic(fetch = FetchType.LAZY)
  @Column(name = "content", nullable = false)
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
