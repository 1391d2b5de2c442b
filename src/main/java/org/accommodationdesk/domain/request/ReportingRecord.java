package org.accommodationdesk.domain.request;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;
import java.util.Optional;

/**
 * What HR records about a request that the system cannot know by itself (the EEOC's reporting
 * record, Attachment D of its Practical Advice): when the arrangement took effect, whether medical
 * information was asked for and why (a reason of the organisation's list), and what the arrangement
 * cost. The sources of technical assistance consulted are kept by the request as a set of codes.
 * Everything as data: the words are rendered where they are read.
 */
@Embeddable
public class ReportingRecord {
  /** The most a cost may be: ten million dollars, in cents. */
  public static final long MAX_COST_CENTS = 1_000_000_000L;

  @Column(name = "effective_on")
  private LocalDate effectiveOn;

  @Column(name = "medical_info_requested")
  private Boolean medicalInformationRequested;

  @Column(name = "medical_info_reason", length = 48)
  private String medicalInformationReason;

  @Column(name = "cost_cents")
  private Long costCents;

  /** When the arrangement took effect (may differ from the decision); empty until recorded. */
  public Optional<LocalDate> getEffectiveOn() {
    return Optional.ofNullable(effectiveOn);
  }

  /** Whether medical information was asked for; empty until recorded. */
  public Optional<Boolean> getMedicalInformationRequested() {
    return Optional.ofNullable(medicalInformationRequested);
  }

  /** Why medical information was asked for (a code of that reason list); null unless it was. */
  public String getMedicalInformationReason() {
    return medicalInformationReason;
  }

  /** What the arrangement cost, in cents; empty until recorded (0: recorded as no cost). */
  public Optional<Long> getCostCents() {
    return Optional.ofNullable(costCents);
  }

  void set(
      LocalDate effectiveOn,
      Boolean medicalInformationRequested,
      String medicalInformationReason,
      Long costCents) {
    this.effectiveOn = effectiveOn;
    this.medicalInformationRequested = medicalInformationRequested;
    this.medicalInformationReason =
        Boolean.TRUE.equals(medicalInformationRequested) ? medicalInformationReason : null;
    this.costCents = costCents;
  }
}
