package org.accommodationdesk.application.stats;

import java.util.EnumSet;
import java.util.Set;

/**
 * The count columns of an outcome table, each the sum of some {@link Bucket}s. The JSON and CSV
 * name of a column is {@link #key()}; its words come from the message bundle ({@code
 * stats.col.<key>}).
 */
public enum Column {
  REQUESTS("requests", EnumSet.allOf(Bucket.class)),
  DECIDED("decided", EnumSet.of(Bucket.APPROVED, Bucket.APPROVED_WITH_CHANGES, Bucket.DENIED)),
  APPROVED("approved", EnumSet.of(Bucket.APPROVED)),
  APPROVED_WITH_CHANGES("approvedWithChanges", EnumSet.of(Bucket.APPROVED_WITH_CHANGES)),
  DENIED("denied", EnumSet.of(Bucket.DENIED)),
  WITHDRAWN("withdrawn", EnumSet.of(Bucket.WITHDRAWN)),
  PENDING("pending", EnumSet.of(Bucket.PENDING));

  /** The key of the rate column, denied / decided. */
  public static final String DENIAL_RATE = "denialRate";

  private final String key;
  private final Set<Bucket> buckets;

  Column(String key, Set<Bucket> buckets) {
    this.key = key;
    this.buckets = buckets;
  }

  public String key() {
    return key;
  }

  Set<Bucket> buckets() {
    return buckets;
  }
}
