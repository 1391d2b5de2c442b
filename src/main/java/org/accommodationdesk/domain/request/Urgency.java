package org.accommodationdesk.domain.request;

import java.time.LocalDate;

/**
 * By when the employee needs the arrangement, and why (the start of a term, a move, a medical
 * date): optional. It asks HR to expedite the request; HR decides whether to (and may set the date
 * itself). Field names: {@code neededBy}, {@code neededByReason}.
 */
public record Urgency(LocalDate neededBy, String reason) {
  /** No date given: the normal time limits apply. */
  public static final Urgency NONE = new Urgency(null, null);

  public boolean given() {
    return neededBy != null;
  }

  /** Every problem with it when filed on {@code today}; none when it is not given at all. */
  public FieldErrors problems(LocalDate today) {
    FieldErrors errors = new FieldErrors();
    boolean reasonGiven = reason != null && !reason.isBlank();
    if (neededBy == null) {
      errors.require(
          !reasonGiven,
          "neededBy",
          "neededBy.missing",
          "give the date the arrangement is needed by");
      return errors;
    }
    if (neededBy.isBefore(today)) {
      errors.add("neededBy", "neededBy.past", "must not be in the past");
    } else {
      RequestDetails.inRange("neededBy", neededBy, errors);
    }
    errors.require(
        reasonGiven,
        "neededByReason",
        "neededByReason.missing",
        "say why it is needed by that date");
    errors.text("neededByReason", reason, TextLimits.TEXT);
    return errors;
  }
}
