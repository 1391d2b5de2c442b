package org.accommodationdesk.domain.request;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;
import java.util.Optional;

/**
 * How pressing a request is and why its decision is late: the date the employee needs the
 * arrangement by (and why), whether HR expedited it, and the delay's reason and expected date as HR
 * recorded them. Each step that sets them checks what it is given here and names every problem.
 */
@Embeddable
public class CaseUrgency {
  /** By when the employee needs the arrangement (their own date, or HR's when it expedited). */
  @Column(name = "needed_by")
  private LocalDate neededBy;

  @Column(name = "needed_by_reason", length = TextLimits.TEXT)
  private String neededByReason;

  /** HR expedites it: decided by the needed-by date when that comes before the normal limit. */
  @Column(nullable = false)
  private boolean expedited;

  /**
   * Why the running decision is late, as HR recorded it (a delay reason's code); null until
   * recorded. A new clock (an appeal) starts without one; each decision keeps the one it came with.
   */
  @Column(name = "delay_reason", length = 48)
  private String delayReason;

  /** When HR expects to decide, as recorded with the delay's reason. */
  @Column(name = "delay_expected_by")
  private LocalDate delayExpectedBy;

  protected CaseUrgency() {
    // for JPA
  }

  /** What the employee said when filing. */
  static CaseUrgency filed(Urgency urgency) {
    CaseUrgency u = new CaseUrgency();
    u.neededBy = urgency.neededBy();
    u.neededByReason = urgency.given() ? urgency.reason().strip() : null;
    return u;
  }

  /**
   * Expedited to be decided by {@code date} (or, when null, the date the employee gave), never a
   * date before {@code today}.
   *
   * @return the date set
   * @throws InvalidInputException when there is no date, or it is past or out of range
   */
  LocalDate expedite(LocalDate date, LocalDate today) {
    LocalDate by = date != null ? date : neededBy;
    FieldErrors errors = new FieldErrors();
    errors.require(by != null, "neededBy", "give the date the arrangement is needed by");
    if (by != null && by.isBefore(today)) {
      errors.add("neededBy", "neededBy.past", "must not be in the past: give a new date");
    }
    RequestDetails.inRange("neededBy", by, errors);
    errors.throwIfAny();
    neededBy = by;
    expedited = true;
    return by;
  }

  /**
   * The delay's reason (a code the application checked) and the date HR expects to decide by, from
   * {@code today} on; the note is checked for length only (it goes to the history).
   *
   * @throws InvalidInputException naming what is missing or wrong
   */
  void recordDelay(String reasonCode, LocalDate expectedBy, String note, LocalDate today) {
    FieldErrors errors = new FieldErrors();
    if (reasonCode == null) {
      errors.add("reasonCode", "delayReason.missing", "choose why the decision is late");
    }
    errors.require(expectedBy != null, "expectedBy", "give the date you expect to decide by");
    if (expectedBy != null && expectedBy.isBefore(today)) {
      errors.add("expectedBy", "expectedBy.past", "must not be in the past: give a new date");
    }
    RequestDetails.inRange("expectedBy", expectedBy, errors);
    errors.text("comment", note, TextLimits.TEXT);
    errors.throwIfAny();
    delayReason = reasonCode;
    delayExpectedBy = expectedBy;
  }

  /**
   * An appeal has a clock of its own: an earlier expedition does not shorten it, and an earlier
   * delay does not explain a delay of this one.
   */
  void restart() {
    expedited = false;
    delayReason = null;
    delayExpectedBy = null;
  }

  /** The clock worked out from the history, due by the needed-by date when expedited. */
  CaseClock applyTo(CaseClock worked) {
    return expedited && neededBy != null ? worked.dueBy(neededBy) : worked;
  }

  /** Removes the free text (a purge). */
  void removeText() {
    neededByReason = null;
  }

  /** By when the employee (or HR, expediting) said the arrangement is needed. */
  public Optional<LocalDate> getNeededBy() {
    return Optional.ofNullable(neededBy);
  }

  /** Why the employee needs it by then. */
  public String getNeededByReason() {
    return neededByReason;
  }

  /** Whether HR expedited it. */
  public boolean isExpedited() {
    return expedited;
  }

  /** Why the running decision is late, as HR recorded it; empty until recorded. */
  public Optional<String> getDelayReason() {
    return Optional.ofNullable(delayReason);
  }

  /** When HR expects to decide, as recorded with the delay's reason. */
  public Optional<LocalDate> getDelayExpectedBy() {
    return Optional.ofNullable(delayExpectedBy);
  }
}
