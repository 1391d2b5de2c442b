package org.accommodationdesk.domain.records;

import java.time.LocalDate;
import java.util.Optional;
import org.accommodationdesk.domain.request.FieldErrors;

/**
 * How long records are kept after a request's final disposition: its medical content (documents and
 * every free text) for {@code medicalMonths}; its de-identified skeleton (category, location, job
 * class, dates, outcomes, reason codes: what the statistics and the annual report read) for as long
 * as the organisation keeps statistics, that is indefinitely.
 *
 * @param medicalMonths months the medical content is kept after the final disposition
 */
public record RetentionSchedule(int medicalMonths) implements java.io.Serializable {
  /** Two years: 29 CFR 1602.14 for state and local governments and school systems. */
  public static final int DEFAULT_MEDICAL_MONTHS = 24;

  /** One year, the shortest any employer may keep them (29 CFR 1602.14, private employers). */
  public static final int MIN_MEDICAL_MONTHS = 12;

  /** A hundred years: a limit on typing mistakes, not a policy. */
  public static final int MAX_MEDICAL_MONTHS = 1200;

  public static final RetentionSchedule DEFAULT = new RetentionSchedule(DEFAULT_MEDICAL_MONTHS);

  /** The rule a purge under this schedule is recorded with. */
  public static final String MEDICAL_RULE_PREFIX = "MEDICAL_";

  /**
   * A schedule, or the reasons it is refused.
   *
   * @throws org.accommodationdesk.domain.request.InvalidInputException when the months are outside
   *     {@value #MIN_MEDICAL_MONTHS} to {@value #MAX_MEDICAL_MONTHS}
   */
  public static RetentionSchedule of(Integer medicalMonths) {
    FieldErrors errors = new FieldErrors();
    if (medicalMonths == null) {
      errors.add("medicalMonths", "retention.months", "give the number of months");
    } else if (medicalMonths < MIN_MEDICAL_MONTHS || medicalMonths > MAX_MEDICAL_MONTHS) {
      errors.add(
          "medicalMonths",
          "retention.months.range",
          "must be from "
              + MIN_MEDICAL_MONTHS
              + " (the shortest the law allows any employer) to "
              + MAX_MEDICAL_MONTHS
              + " months");
    }
    errors.throwIfAny();
    return new RetentionSchedule(medicalMonths);
  }

  /** The rule's name, as recorded with each purge: {@code MEDICAL_24M}. */
  public String medicalRule() {
    return MEDICAL_RULE_PREFIX + medicalMonths + "M";
  }

  /** The first day a request whose disposition became final on {@code finalOn} may be purged. */
  public LocalDate purgeableFrom(LocalDate finalOn) {
    return finalOn.plusMonths(medicalMonths).plusDays(1);
  }

  /** Whether a request final on {@code finalOn} is past its retention on {@code today}. */
  public boolean pastRetention(Optional<LocalDate> finalOn, LocalDate today) {
    return finalOn.map(f -> !today.isBefore(purgeableFrom(f))).orElse(false);
  }
}
