package org.accommodationdesk.domain.deadline;

import java.util.Objects;

/** The calendar and the policy that together set every clock of a request. */
public record Deadlines(BusinessCalendar calendar, DeadlinePolicy policy) {
  public Deadlines {
    Objects.requireNonNull(calendar, "calendar");
    Objects.requireNonNull(policy, "policy");
  }
}
