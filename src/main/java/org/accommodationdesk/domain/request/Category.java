package org.accommodationdesk.domain.request;

/** The three kinds of remote-work accommodation fought over in the 2021 CPS/CTU dispute. */
public enum Category {
  /** The employee's own health condition. */
  OWN_CONDITION,
  /** The employee is the primary caregiver of someone with a condition. */
  PRIMARY_CAREGIVER,
  /** The employee lives with someone at high risk and is not their primary caregiver. */
  HOUSEHOLD_MEMBER;

  /** Whether a request of this category is about another person (relationship + attestation). */
  public boolean concernsAnotherPerson() {
    return this != OWN_CONDITION;
  }
}
