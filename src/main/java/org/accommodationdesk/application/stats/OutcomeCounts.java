package org.accommodationdesk.application.stats;

/**
 * Raw counts of one group of requests, as the database returned them. Every request falls in
 * exactly one of approved, approvedWithChanges, denied (by its latest decision), withdrawn (before
 * any decision) or pending.
 */
public record OutcomeCounts(
    String key,
    String label,
    long approved,
    long approvedWithChanges,
    long denied,
    long withdrawn,
    long pending) {

  public long decided() {
    return approved + approvedWithChanges + denied;
  }

  public long requests() {
    return decided() + withdrawn + pending;
  }

  OutcomeCounts plus(OutcomeCounts o) {
    return new OutcomeCounts(
        key,
        label,
        approved + o.approved,
        approvedWithChanges + o.approvedWithChanges,
        denied + o.denied,
        withdrawn + o.withdrawn,
        pending + o.pending);
  }

  long get(String column) {
    return switch (column) {
      case "requests" -> requests();
      case "decided" -> decided();
      case "approved" -> approved;
      case "approvedWithChanges" -> approvedWithChanges;
      case "denied" -> denied;
      case "withdrawn" -> withdrawn;
      case "pending" -> pending;
      default -> throw new IllegalArgumentException(column);
    };
  }
}
