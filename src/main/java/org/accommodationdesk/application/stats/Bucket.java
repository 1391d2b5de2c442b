package org.accommodationdesk.application.stats;

import java.util.Optional;
import org.accommodationdesk.domain.request.DecisionOutcome;
import org.accommodationdesk.domain.request.RequestStatus;

/**
 * The one outcome bucket each request falls in: its latest decision (approved, approved with
 * changes, denied), withdrawn before any decision, or pending. The rule is written here once, as
 * {@link #of} for a request in memory and as {@link #sql} for the database's rows, the second
 * generated from the same cases ({@code BucketTest} checks that both agree on every combination).
 */
public enum Bucket {
  APPROVED,
  APPROVED_WITH_CHANGES,
  DENIED,
  WITHDRAWN,
  PENDING;

  /** The bucket of a request whose latest decision (if any) and status are these. */
  public static Bucket of(Optional<DecisionOutcome> latestOutcome, RequestStatus status) {
    if (latestOutcome.isPresent()) {
      return valueOf(latestOutcome.get().name());
    }
    return status == RequestStatus.WITHDRAWN ? WITHDRAWN : PENDING;
  }

  /**
   * The same rule as a SQL expression over a row's latest outcome and status columns (each outcome
   * is stored by its name, which is its bucket's name).
   */
  public static String sql(String latestOutcomeColumn, String statusColumn) {
    return "CASE WHEN "
        + latestOutcomeColumn
        + " IS NOT NULL THEN "
        + latestOutcomeColumn
        + " WHEN "
        + statusColumn
        + " = '"
        + RequestStatus.WITHDRAWN
        + "' THEN '"
        + WITHDRAWN
        + "' ELSE '"
        + PENDING
        + "' END";
  }
}
