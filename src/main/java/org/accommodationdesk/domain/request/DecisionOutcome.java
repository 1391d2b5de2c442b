package org.accommodationdesk.domain.request;

/** What a decision granted. Ordered from least to most favourable to the employee. */
public enum DecisionOutcome {
  DENIED,
  APPROVED_WITH_CHANGES,
  APPROVED;

  public RequestStatus status() {
    return RequestStatus.valueOf(name());
  }

  /** Whether this outcome is more favourable to the employee than {@code other}. */
  public boolean isMoreFavourableThan(DecisionOutcome other) {
    return compareTo(other) > 0;
  }
}
