package org.accommodationdesk.application.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Raw counts of a group by bucket, and the columns they add up to. */
class OutcomeCountsTest {
  static final OutcomeCounts GROUP =
      new OutcomeCounts(
          "LOC-1",
          "Lincoln",
          Map.of(
              Bucket.APPROVED, new Tally(5, 100),
              Bucket.APPROVED_WITH_CHANGES, new Tally(3, 20),
              Bucket.DENIED, new Tally(2, 7),
              Bucket.PENDING, new Tally(4, 1000)));

  @Test
  void aColumnCountsTheSumOfItsBucketsWithTheirKeys() {
    assertEquals(new Tally(10, 127), GROUP.get(Column.DECIDED));
    assertEquals(10, GROUP.count(Column.DECIDED));
    assertEquals(14, GROUP.count(Column.REQUESTS));
    assertEquals(0, GROUP.count(Column.WITHDRAWN), "a bucket not given counts nothing");
    assertEquals(Tally.ZERO, GROUP.get(Column.WITHDRAWN));
  }

  @Test
  void relabellingKeepsEveryCount() {
    OutcomeCounts pseudonym = GROUP.relabel("QXKTB", "Reviewer QXKTB");
    assertEquals("QXKTB", pseudonym.key());
    assertEquals("Reviewer QXKTB", pseudonym.label());
    assertEquals(GROUP.buckets(), pseudonym.buckets());
  }

  @Test
  void groupsAddBucketByBucketUnderTheFirstKey() {
    OutcomeCounts sum = GROUP.plus(GROUP);
    assertEquals("LOC-1", sum.key());
    assertEquals(new Tally(20, 254), sum.get(Column.DECIDED));
    assertEquals(new Tally(8, 2000), sum.get(Column.PENDING));
  }

  @Test
  void aTallyAddsCountsAndKeySums() {
    assertEquals(new Tally(3, 15), new Tally(1, 5).plus(2, 10));
    assertEquals(new Tally(3, 15), new Tally(1, 5).plus(new Tally(2, 10)));
  }
}
