package org.accommodationdesk.domain.account;

/** The security roles; group names in the identity store are the same words. */
public final class Role {
  public static final String EMPLOYEE = "EMPLOYEE";
  public static final String REVIEWER = "REVIEWER";
  public static final String UNION_REP = "UNION_REP";
  public static final String ADMIN = "ADMIN";

  /** An HR reviewer who leads: receives the daily digest of overdue requests. */
  public static final String HR_LEAD = "HR_LEAD";

  private Role() {}
}
