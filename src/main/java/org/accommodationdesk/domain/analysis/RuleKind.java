package org.accommodationdesk.domain.analysis;

/** What a what-if policy does with the requests of one category and arrangement. */
public enum RuleKind {
  /** Every request approved as asked. */
  APPROVE_ALL,
  /**
   * Approved as asked up to the rule's number of remote days a week (full remote counts as five; an
   * arrangement that names no days is approved); more days are approved with changes (down to the
   * number), or denied when the number is 0.
   */
  APPROVE_UP_TO_DAYS,
  /**
   * The rule's share (per cent) approved as asked, the rest denied; which requests make the share
   * is fixed by their numbers, so the same policy over the same period gives the same figures.
   */
  APPROVE_SHARE,
  /** Every request denied. */
  DENY_ALL;

  /** Whether the rule takes a number, and its range. */
  public boolean takesParameter() {
    return this == APPROVE_UP_TO_DAYS || this == APPROVE_SHARE;
  }

  int maximum() {
    return this == APPROVE_UP_TO_DAYS ? 5 : this == APPROVE_SHARE ? 100 : 0;
  }
}
