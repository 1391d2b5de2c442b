package org.accommodationdesk.application.stats;

/**
 * The one outcome bucket each request falls in: its latest decision (approved, approved with
 * changes, denied), withdrawn before any decision, or pending. The names are the values the
 * database's bucket expression yields.
 */
public enum Bucket {
  APPROVED,
  APPROVED_WITH_CHANGES,
  DENIED,
  WITHDRAWN,
  PENDING
}
