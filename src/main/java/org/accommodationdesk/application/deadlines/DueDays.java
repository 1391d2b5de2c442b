package org.accommodationdesk.application.deadlines;

import java.time.LocalDate;

/**
 * Today and the last day of "due soon" (two business days from today), in the organisation's time
 * zone: what flags a request as overdue or due soon, worked out once per list.
 */
public record DueDays(LocalDate today, LocalDate soonBy) {
  /** Within how many business days a request counts as due soon. */
  public static final int SOON_BUSINESS_DAYS = 2;

  /** Whether a request due on {@code due} is overdue. */
  public boolean overdue(LocalDate due) {
    return due != null && today.isAfter(due);
  }

  /** Whether a request due on {@code due} is due soon but not overdue. */
  public boolean soon(LocalDate due) {
    return due != null && !overdue(due) && !due.isAfter(soonBy);
  }

  /** Approvals ending from today to {@code days} days from now. */
  public org.accommodationdesk.domain.request.RequestFilter.EndWindow endingWithin(int days) {
    return new org.accommodationdesk.domain.request.RequestFilter.EndWindow(
        today, today.plusDays(days));
  }

  /** The filter's last due day: overdue ones (due before today), or those due soon with them. */
  public LocalDate dueBy(boolean overdueOnly) {
    return overdueOnly ? today.minusDays(1) : soonBy;
  }
}
