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
  public static final java.util.Set<RequestStatus> OPEN =
      java.util.Collections.unmodifiableSet(
          java.util.EnumSet.of(SUBMITTED, IN_REVIEW, INFO_REQUESTED, APPEALED));

  /** An approval in force (until its end date, when it expires). */
  public static final java.util.Set<RequestStatus> APPROVALS =
      java.util.Collections.unmodifiableSet(java.util.EnumSet.of(APPROVED, APPROVED_WITH_CHANGES));

  /** Decisions the requester may appeal (within the appeal window, once). */
  public static final java.util.Set<RequestStatus> APPEALABLE =
      java.util.Collections.unmodifiableSet(java.util.EnumSet.of(DENIED, APPROVED_WITH_CHANGES));

  public boolean isOpen() {
    return OPEN.contains(this);
  }

  public boolean isApproval() {
    return APPROVALS.contains(this);
  }
}
