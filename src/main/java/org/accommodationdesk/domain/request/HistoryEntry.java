package org.accommodationdesk.domain.request;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;

/** One step in a request's life: who did what, when, from which status to which, and why. */
@Entity
@Table(name = "request_history")
public class HistoryEntry {
  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "history_seq")
  @SequenceGenerator(name = "history_seq", sequenceName = "history_seq", allocationSize = 50)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "request_id")
  private AccommodationRequest request;

  @Column(name = "seq_no", nullable = false)
  private int sequenceNumber;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 32)
  private Action action;

  @Enumerated(EnumType.STRING)
  @Column(name = "from_status", length = 32)
  private RequestStatus fromStatus;

  @Enumerated(EnumType.STRING)
  @Column(name = "to_status", nullable = false, length = 32)
  private RequestStatus toStatus;

  @Column(nullable = false, length = 64)
  private String actor;

  @Column(name = "occurred_at", nullable = false)
  private Instant at;

  @Column(length = TextLimits.TEXT)
  private String comment;

  /** The decision taken in this step, if it is one; its words are rendered from it. */
  @ManyToOne
  @JoinColumn(name = "decision_id")
  private Decision decision;

  /**
   * A code the step names, as data: the reason recorded for a delay, the type of an interim
   * arrangement; null for other steps.
   */
  @Column(name = "detail_code", length = 48)
  private String detailCode;

  /**
   * A date the step names, as data: the day a late decision is expected, the last day of an interim
   * arrangement; null for other steps.
   */
  @Column(name = "detail_date")
  private java.time.LocalDate detailDate;

  /**
   * The keyed digest of this step's free text (its comment, its decision's explanation and granted
   * description): what the seal covers in place of the text, so that a purge may remove the text.
   */
  @Column(name = "text_digest", length = 64, updatable = false)
  private String textDigest;

  /** The keyed seal over this step's content, written with it (tamper evidence, ADR 0022). */
  @Column(name = "seal", length = 64, updatable = false)
  private String seal;

  protected HistoryEntry() {
    // for JPA
  }

  HistoryEntry(
      AccommodationRequest request,
      int sequenceNumber,
      Action action,
      RequestStatus from,
      RequestStatus to,
      String actor,
      Instant at,
      String comment,
      Decision decision) {
    this.request = request;
    this.sequenceNumber = sequenceNumber;
    this.action = action;
    this.fromStatus = from;
    this.toStatus = to;
    this.actor = actor;
    // what the databases keep (microseconds), so that the seal over it holds when it is read back
    this.at = at.truncatedTo(java.time.temporal.ChronoUnit.MICROS);
    this.comment = comment;
    this.decision = decision;
  }

  /** Removes the text the person wrote with this step (a purge; the seal covers its digest). */
  void removeText() {
    comment = null;
  }

  /** The id of the request this step belongs to. */
  public long getRequestId() {
    return request.getId();
  }

  /**
   * Seals this step as it is first stored (called by the persistence layer, once).
   *
   * @throws IllegalStateException when it is sealed already
   */
  public void applySeal(String textDigest, String seal) {
    if (this.seal != null) {
      throw new IllegalStateException("history entry already sealed");
    }
    this.textDigest = java.util.Objects.requireNonNull(textDigest);
    this.seal = java.util.Objects.requireNonNull(seal);
  }

  public Optional<String> getSeal() {
    return Optional.ofNullable(seal);
  }

  public int getSequenceNumber() {
    return sequenceNumber;
  }

  public Action getAction() {
    return action;
  }

  public RequestStatus getFromStatus() {
    return fromStatus;
  }

  public RequestStatus getToStatus() {
    return toStatus;
  }

  public String getActor() {
    return actor;
  }

  public Instant getAt() {
    return at;
  }

  /** The text the person wrote with this step (a question, an answer, a statement), or null. */
  public String getComment() {
    return comment;
  }

  HistoryEntry withDetail(String code, java.time.LocalDate date) {
    this.detailCode = code;
    this.detailDate = date;
    return this;
  }

  /** The code this step names (a delay reason, an interim arrangement's type), if any. */
  public Optional<String> getDetailCode() {
    return Optional.ofNullable(detailCode);
  }

  /** The date this step names (an expected decision, an interim's last day), if any. */
  public Optional<java.time.LocalDate> getDetailDate() {
    return Optional.ofNullable(detailDate);
  }

  /** The decision taken in this step, if it is a decision. */
  public Optional<Decision> getDecision() {
    return Optional.ofNullable(decision);
  }
}
