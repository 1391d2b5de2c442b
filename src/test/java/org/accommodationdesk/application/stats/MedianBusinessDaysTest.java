package org.accommodationdesk.application.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The median of the business-days histogram behind "median working days to a first decision". */
class MedianBusinessDaysTest {
  static List<Tally> histogram(long... counts) {
    List<Tally> h = new ArrayList<>();
    for (long c : counts) {
      h.add(new Tally(c, 0));
    }
    return h;
  }

  @Test
  void noDecisionsHaveNoMedian() {
    assertNull(StatisticsService.medianBusinessDays(histogram(0, 0, 0)));
  }

  @Test
  void theMedianIsTheDayWhereHalfTheDecisionsAreReached() {
    assertEquals(0, StatisticsService.medianBusinessDays(histogram(1)));
    assertEquals(2, StatisticsService.medianBusinessDays(histogram(1, 1, 1, 1, 1)), "3rd of 5");
    assertEquals(1, StatisticsService.medianBusinessDays(histogram(1, 1, 1, 1)), "2nd of 4");
    assertEquals(3, StatisticsService.medianBusinessDays(histogram(0, 0, 0, 7, 0, 1)));
  }

  @Test
  void decisionsPastTheLastBucketCountInIt() {
    assertEquals(2, StatisticsService.medianBusinessDays(histogram(1, 0, 5)));
  }
}
