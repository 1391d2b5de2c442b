package org.accommodationdesk.domain.request;

import java.time.LocalDate;

/**
 * What an employee asks for. Never a diagnosis: for their own condition, the functional limitations
 * in their own words; for another person, the relationship and an attestation.
 *
 * @param attestation for caregivers, that the employee is the primary caregiver; for household
 *     members, that the person is at high risk
 */
public record RequestDetails(
    Category category,
    ArrangementType arrangementType,
    Integer remoteDaysPerWeek,
    String arrangementDescription,
    LocalDate startDate,
    LocalDate endDate,
    Relationship relationship,
    Boolean attestation,
    String functionalLimitations,
    String justification) {

  /** The dates a request may name: a typo such as 0001 or 3000 is refused, on every channel. */
  public static final LocalDate EARLIEST_DATE = LocalDate.of(1900, 1, 1);

  public static final LocalDate LATEST_DATE = LocalDate.of(2999, 12, 31);

  /** Every problem with these details, empty when they make a valid request. */
  public FieldErrors problems() {
    FieldErrors errors = new FieldErrors();
    if (category == null) {
      errors.add("category", "is required (OWN_CONDITION, PRIMARY_CAREGIVER or HOUSEHOLD_MEMBER)");
    }
    Arrangement.check(
        arrangementType, remoteDaysPerWeek, arrangementDescription, "arrangement", errors);
    errors.require(startDate != null, "startDate", "is required");
    inRange("startDate", startDate, errors);
    inRange("endDate", endDate, errors);
    if (startDate != null && endDate != null && endDate.isBefore(startDate)) {
      errors.add("endDate", "must not be before the start date");
    }
    if (category == Category.OWN_CONDITION) {
      errors.require(
          functionalLimitations != null && !functionalLimitations.isBlank(),
          "functionalLimitations",
          "describe, in your own words, how your condition limits your work (no diagnosis needed)");
    }
    if (category != null && category.concernsAnotherPerson()) {
      errors.require(relationship != null, "relationship", "is required for this category");
      errors.require(
          Boolean.TRUE.equals(attestation),
          "attestation",
          category == Category.PRIMARY_CAREGIVER
              ? "you must attest that you are the primary caregiver"
              : "you must attest that the household member is at high risk");
    }
    errors.text("functionalLimitations", functionalLimitations, TextLimits.TEXT);
    errors.text("justification", justification, TextLimits.TEXT);
    return errors;
  }

  /**
   * The one check that a date a request names is within {@link #EARLIEST_DATE}..{@link
   * #LATEST_DATE}.
   */
  static void inRange(String field, LocalDate date, FieldErrors errors) {
    if (date != null && (date.isBefore(EARLIEST_DATE) || date.isAfter(LATEST_DATE))) {
      errors.add(
          field,
          "dateRange",
          "must be a date in the years "
              + EARLIEST_DATE.getYear()
              + " to "
              + LATEST_DATE.getYear());
    }
  }

  Arrangement arrangement() {
    return Arrangement.of(
        arrangementType, remoteDaysPerWeek, arrangementDescription, "arrangement");
  }
}
