package org.accommodationdesk.domain.request;

/** How the person at high risk (or cared for) is related to the employee. */
public enum Relationship {
  SPOUSE_OR_PARTNER,
  CHILD,
  PARENT,
  SIBLING,
  GRANDPARENT,
  OTHER_RELATIVE,
  OTHER_HOUSEHOLD_MEMBER
}
