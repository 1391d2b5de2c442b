package org.accommodationdesk.domain.request;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
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

/**
 * A reviewer's decision on a request: the first one or the one on appeal, so that "overturned on
 * appeal" can be counted.
 */
@Entity
@Table(name = "request_decision")
public class Decision {
  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "decision_seq")
  @SequenceGenerator(name = "decision_seq", sequenceName = "decision_seq", allocationSize = 50)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "request_id")
  private AccommodationRequest request;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private DecisionStage stage;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 32)
  private DecisionOutcome outcome;

  /** The code of a {@code DenialReason} (reference data); null unless denied. */
  @Column(name = "reason_code", length = 48)
  private String reasonCode;

  @Column(length = TextLimits.TEXT)
  private String explanation;

  @Embedded
  @AttributeOverrides({
    @AttributeOverride(name = "type", column = @Column(name = "granted_type")),
    @AttributeOverride(name = "remoteDaysPerWeek", column = @Column(name = "granted_days")),
    @AttributeOverride(name = "description", column = @Column(name = "granted_description"))
  })
  private Arrangement granted;

  /** When the decision was due under its clock (pauses included). */
  @Column(name = "due_date")
  private java.time.LocalDate dueDate;

  /** How many business days its clock ran (pauses excluded). */
  @Column(name = "business_days")
  private Integer businessDays;

  /** Whether it was decided by its due day. */
  @Column(name = "on_time")
  private Boolean onTime;

  /** Whether it was decided within the hard limit (null until its timing is worked out). */
  @Column(name = "within_hard_limit")
  private Boolean withinHardLimit;

  /**
   * Why it was decided after its due day, as HR recorded it (a code of the delay reasons); null
   * when on time or when no reason was recorded (which the record counts as not acceptable).
   */
  @Column(name = "delay_reason", length = 48, updatable = false)
  private String delayReason;

  @Column(name = "decided_by", nullable = false, length = 64)
  private String decidedBy;

  @Column(name = "decided_at", nullable = false)
  private Instant decidedAt;

  protected Decision() {
    // for JPA
  }

  Decision(
      AccommodationRequest request,
      DecisionStage stage,
      DecisionOutcome outcome,
      String reasonCode,
      String explanation,
      Arrangement granted,
      String decidedBy,
      Instant decidedAt,
      String delayReason) {
    this.request = request;
    this.delayReason = delayReason;
    this.stage = stage;
    this.outcome = outcome;
    this.reasonCode = reasonCode;
    this.explanation = explanation;
    this.granted = granted;
    this.decidedBy = decidedBy;
    // what the databases keep (microseconds), so that the seal over it holds when it is read back
    this.decidedAt = decidedAt.truncatedTo(java.time.temporal.ChronoUnit.MICROS);
  }

  /** Removes the free text: the explanation and the description of what was granted (a purge). */
  void removeText() {
    explanation = null;
    if (granted != null) {
      granted = granted.withoutDescription();
    }
  }

  public DecisionStage getStage() {
    return stage;
  }

  public DecisionOutcome getOutcome() {
    return outcome;
  }

  public String getReasonCode() {
    return reasonCode;
  }

  public String getExplanation() {
    return explanation;
  }

  /** The arrangement granted when approved with changes, otherwise null. */
  public Arrangement getGranted() {
    return granted;
  }

  public Long getId() {
    return id;
  }

  public String getDecidedBy() {
    return decidedBy;
  }

  public Instant getDecidedAt() {
    return decidedAt;
  }

  void recordTiming(CaseClock.Timing timing) {
    this.dueDate = timing.due();
    this.businessDays = timing.businessDays();
    this.onTime = timing.onTime();
    this.withinHardLimit = timing.withinHardLimit();
  }

  /** Whether it was decided within the hard limit, once the clocks were kept. */
  public java.util.Optional<Boolean> getWithinHardLimit() {
    return java.util.Optional.ofNullable(withinHardLimit);
  }

  /** The delay reason HR recorded before this decision came late; empty when none was. */
  public java.util.Optional<String> getDelayReason() {
    return java.util.Optional.ofNullable(delayReason);
  }

  /** Whether it was decided by its due day, once the clocks were kept. */
  public java.util.Optional<Boolean> getOnTime() {
    return java.util.Optional.ofNullable(onTime);
  }

  /** When it was due, once the clocks were kept. */
  public java.util.Optional<java.time.LocalDate> getDueDate() {
    return java.util.Optional.ofNullable(dueDate);
  }

  /** Business days its clock ran, once the clocks were kept. */
  public java.util.Optional<Integer> getBusinessDays() {
    return java.util.Optional.ofNullable(businessDays);
  }
}
