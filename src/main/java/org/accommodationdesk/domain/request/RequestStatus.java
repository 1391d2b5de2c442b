package org.accommodationdesk.domain.request;

/** Where a request stands in its workflow. */
public enum RequestStatus {
  SUBMITTED,
  IN_REVIEW,
  INFO_REQUESTED,
  APPROVED,
  APPROVED_WITH_CHANGES,
  DENIED,
  WITHDRAWN,
  APPEALED,
  /** An approval whose end date has passed: the arrangement no longer applies. */
  EXPIRED;

  /** Open requests still wait for someone to act on them. */
  public boolean isOpen() {
    return this == SUBMITTED || this == IN_REVIEW || this == INFO_REQUESTED || this == APPEALED;
  }
}
