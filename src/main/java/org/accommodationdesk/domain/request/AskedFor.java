package org.accommodationdesk.domain.request;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;

/**
 * What the employee asked for, as filed: the category, the arrangement and its dates, whom it
 * concerns (a relationship, attested) and the free text that explains it. Checked before it is kept
 * ({@link RequestDetails#problems}); only a purge changes it afterwards, removing its text.
 */
@Embeddable
public class AskedFor {
  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 32)
  private Category category;

  @Embedded private Arrangement arrangement;

  @Column(name = "start_date", nullable = false)
  private LocalDate startDate;

  @Column(name = "end_date")
  private LocalDate endDate;

  @Enumerated(EnumType.STRING)
  @Column(length = 32)
  private Relationship relationship;

  private Boolean attestation;

  @Column(name = "functional_limitations", length = TextLimits.TEXT)
  private String functionalLimitations;

  @Column(length = TextLimits.TEXT)
  private String justification;

  protected AskedFor() {
    // for JPA
  }

  /** The details as checked: only what their category asks for is kept. */
  AskedFor(RequestDetails details) {
    category = details.category();
    arrangement = details.arrangement();
    startDate = details.startDate();
    endDate = details.endDate();
    boolean aboutAnother = category.concernsAnotherPerson();
    relationship = aboutAnother ? details.relationship() : null;
    attestation = aboutAnother ? Boolean.TRUE : null;
    functionalLimitations =
        category == Category.OWN_CONDITION ? details.functionalLimitations().strip() : null;
    justification = FieldErrors.stripped(details.justification());
  }

  /** Removes every free text (a purge); the category, types and dates stay. */
  void removeText() {
    functionalLimitations = null;
    justification = null;
    if (arrangement != null) {
      arrangement = arrangement.withoutDescription();
    }
  }

  /** Whether it has an end date that comes before {@code day}. */
  boolean endsBefore(LocalDate day) {
    return endDate != null && endDate.isBefore(day);
  }

  public Category getCategory() {
    return category;
  }

  public Arrangement getArrangement() {
    return arrangement;
  }

  public LocalDate getStartDate() {
    return startDate;
  }

  /** The last day it is asked for; null: no end. */
  public LocalDate getEndDate() {
    return endDate;
  }

  /** Whom it concerns (caregiver and household categories); null for the employee's own. */
  public Relationship getRelationship() {
    return relationship;
  }

  /** Whether the employee attested to the relationship (those categories); null otherwise. */
  public Boolean getAttestation() {
    return attestation;
  }

  public String getFunctionalLimitations() {
    return functionalLimitations;
  }

  public String getJustification() {
    return justification;
  }
}
