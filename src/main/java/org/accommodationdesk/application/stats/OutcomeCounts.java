package org.accommodationdesk.application.stats;

import java.util.EnumMap;
import java.util.Map;

/**
 * Raw counts of one group of requests by {@link Bucket}, as the database returned them, with the
 * key sums that protect them. Every request falls in exactly one bucket.
 */
public record OutcomeCounts(String key, String label, Map<Bucket, Tally> buckets) {
  public OutcomeCounts {
    EnumMap<Bucket, Tally> all = new EnumMap<>(Bucket.class);
    for (Bucket b : Bucket.values()) {
      all.put(b, buckets.getOrDefault(b, Tally.ZERO));
    }
    buckets = all;
  }

  public static OutcomeCounts empty(String key, String label) {
    return new OutcomeCounts(key, label, Map.of());
  }

  /** The same counts under another key and label. */
  public OutcomeCounts relabel(String newKey, String newLabel) {
    return new OutcomeCounts(newKey, newLabel, buckets);
  }

  /** The tally of a column: the sum of its buckets. */
  public Tally get(Column column) {
    Tally t = Tally.ZERO;
    for (Bucket b : column.buckets()) {
      t = t.plus(buckets.get(b));
    }
    return t;
  }

  public long count(Column column) {
    return get(column).count();
  }

  public OutcomeCounts plus(OutcomeCounts o) {
    EnumMap<Bucket, Tally> sum = new EnumMap<>(Bucket.class);
    for (Bucket b : Bucket.values()) {
      sum.put(b, buckets.get(b).plus(o.buckets.get(b)));
    }
    return new OutcomeCounts(key, label, sum);
  }
}
