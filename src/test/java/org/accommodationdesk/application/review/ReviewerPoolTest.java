package org.accommodationdesk.application.review;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.accommodationdesk.domain.AccommodationRequestWorkflowTest;
import org.accommodationdesk.domain.request.AccommodationRequest;
import org.junit.jupiter.api.Test;

/** Who could take a waiting request, with reviewers named per location (need-to-know). */
class ReviewerPoolTest {
  static final AccommodationRequest AT_LOC_1 = AccommodationRequestWorkflowTest.submitted();

  @Test
  void aReviewerNamedForNoLocationServesEveryLocation() {
    assertTrue(new ReviewerPool(List.of("reviewer1"), Map.of()).anyMayTake(AT_LOC_1));
  }

  @Test
  void aReviewerNamedForOtherLocationsOnlyCannotTakeIt() {
    ReviewerPool pool =
        new ReviewerPool(List.of("reviewer1"), Map.of("reviewer1", Set.of("LOC-2")));
    assertFalse(pool.anyMayTake(AT_LOC_1), "nobody serves LOC-1");
    assertTrue(
        new ReviewerPool(List.of("reviewer1"), Map.of("reviewer1", Set.of("LOC-2", "LOC-1")))
            .anyMayTake(AT_LOC_1));
  }

  @Test
  void theRequesterThemselvesNeverCounts() {
    assertFalse(new ReviewerPool(List.of("employee1"), Map.of()).anyMayTake(AT_LOC_1));
    assertFalse(new ReviewerPool(List.of(), Map.of()).anyMayTake(AT_LOC_1));
  }

  @Test
  void aReviewerMayTakeARequestOnlyWhenActiveServingItsLocationAndNotItsRequester() {
    ReviewerPool pool =
        new ReviewerPool(
            List.of("reviewer1", "reviewer2", "employee1"), Map.of("reviewer2", Set.of("LOC-2")));
    assertTrue(pool.mayTake("reviewer1", AT_LOC_1));
    assertFalse(pool.mayTake("reviewer2", AT_LOC_1), "serves another location");
    assertFalse(pool.mayTake("employee1", AT_LOC_1), "their own request");
    assertFalse(pool.mayTake("reviewer3", AT_LOC_1), "not an active reviewer");
  }
}
