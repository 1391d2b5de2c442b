package org.accommodationdesk.domain.request;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
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

  /**
   * Checks what HR gives for a request in {@code status}: a date it took effect only once an
   * arrangement was granted, a reason whenever medical information was asked for, a cost from 0 to
   * {@link #MAX_COST_CENTS}.
   *
   * @throws InvalidInputException naming every problem
   */
  static void check(
      RequestStatus status,
      LocalDate effectiveOn,
      Boolean medicalInformationRequested,
      String medicalInformationReason,
      Long costCents) {
    FieldErrors errors = new FieldErrors();
    if (effectiveOn != null && !status.isApproval() && status != RequestStatus.EXPIRED) {
      errors.add(
          "effectiveOn", "effectiveOn.notGranted", "is recorded once an arrangement was granted");
    }
    RequestDetails.inRange("effectiveOn", effectiveOn, errors);
    if (Boolean.TRUE.equals(medicalInformationRequested) && medicalInformationReason == null) {
      errors.add(
          "medicalInformationReason",
          "medicalInformationReason.missing",
          "say why medical information was asked for");
    }
    if (costCents != null && (costCents < 0 || costCents > MAX_COST_CENTS)) {
      errors.add("cost", "cost.range", "must be from 0 to 10,000,000.00");
    }
    errors.throwIfAny();
  }

  /**
   * The parts recording these values would change, by name: effectiveOn, medicalInformation, cost.
   */
  List<String> changes(
      LocalDate effectiveOn,
      Boolean medicalInformationRequested,
      String medicalInformationReason,
      Long costCents) {
    List<String> changed = new ArrayList<>();
    if (!Objects.equals(this.effectiveOn, effectiveOn)) {
      changed.add("effectiveOn");
    }
    if (!Objects.equals(this.medicalInformationRequested, medicalInformationRequested)
        || !Objects.equals(
            this.medicalInformationReason,
            Boolean.TRUE.equals(medicalInformationRequested) ? medicalInformationReason : null)) {
      changed.add("medicalInformation");
    }
    if (!Objects.equals(this.costCents, costCents)) {
      changed.add("cost");
    }
    return changed;
  }
}
