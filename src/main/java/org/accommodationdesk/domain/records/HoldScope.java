package org.accommodationdesk.domain.records;

/** What a legal hold keeps: one request, every request of an employee, or of a work location. */
public enum HoldScope {
  /** One request, by its number. */
  REQUEST,
  /** Every request of an employee, by user name. */
  EMPLOYEE,
  /** Every request of a work location, by its code. */
  LOCATION
}
