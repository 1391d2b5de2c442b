package org.accommodationdesk.application.consistency;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import org.accommodationdesk.application.consistency.ConsistencyQueries.AlikePair;
import org.accommodationdesk.application.consistency.SimilarCases.Likeness;
import org.accommodationdesk.domain.request.DecisionOutcome;
import org.junit.jupiter.api.Test;

/** How alike two requests with different outcomes are, and the order they are listed in. */
class SimilarCasesTest {
  static final Instant T = Instant.parse("2026-03-02T15:00:00Z");

  static AlikePair pair(
      long a,
      long b,
      DecisionOutcome oa,
      DecisionOutcome ob,
      Integer da,
      Integer db,
      String ra,
      String rb,
      int daysApart) {
    return new AlikePair(
        a,
        b,
        "r1",
        "r2",
        oa,
        ob,
        da,
        db,
        ra,
        rb,
        T,
        T.plusSeconds(86_400L * daysApart),
        "PRIMARY_CAREGIVER",
        "PARTIAL_REMOTE",
        "TEACHER",
        "LINCOLN-ES");
  }

  @Test
  void aPairAlikeInEverythingButOutcomeScores110() {
    SimilarCases.Scored s =
        SimilarCases.score(
            pair(
                1,
                2,
                DecisionOutcome.DENIED,
                DecisionOutcome.APPROVED,
                3,
                3,
                "PARENT",
                "PARENT",
                0));
    assertEquals(110, s.score());
    assertEquals(
        List.of(Likeness.SAME_DAYS, Likeness.SAME_RELATIONSHIP, Likeness.DENIED_AND_APPROVED),
        s.likeness());
  }

  /** 2 days apart in days a week (-20), another relationship (-10), 15 days apart (-2), +5. */
  @Test
  void eachDifferenceCosts() {
    SimilarCases.Scored s =
        SimilarCases.score(
            pair(
                1,
                2,
                DecisionOutcome.APPROVED_WITH_CHANGES,
                DecisionOutcome.DENIED,
                1,
                3,
                "PARENT",
                "CHILD",
                15));
    assertEquals(100 - 20 - 10 - 2 + 5, s.score());
    assertEquals(15, s.daysApart());
    assertEquals(
        List.of(
            Likeness.DIFFERENT_DAYS,
            Likeness.DIFFERENT_RELATIONSHIP,
            Likeness.DENIED_AND_APPROVED_WITH_CHANGES),
        s.likeness());
    SimilarCases.Scored mild =
        SimilarCases.score(
            pair(
                1,
                2,
                DecisionOutcome.APPROVED,
                DecisionOutcome.APPROVED_WITH_CHANGES,
                null,
                null,
                null,
                null,
                0));
    assertEquals(100, mild.score());
    assertEquals(List.of(Likeness.APPROVED_AND_APPROVED_WITH_CHANGES), mild.likeness());
    SimilarCases.Scored far =
        SimilarCases.score(
            pair(1, 2, DecisionOutcome.APPROVED, DecisionOutcome.DENIED, 0, 5, null, null, 700));
    assertEquals(0, far.score(), "never below zero");
  }

  @Test
  void theMostAlikeComeFirstThenTheNewest() {
    AlikePair older =
        pair(1, 2, DecisionOutcome.DENIED, DecisionOutcome.APPROVED, 3, 3, null, null, 0);
    AlikePair newer =
        new AlikePair(
            5,
            6,
            "r1",
            "r2",
            DecisionOutcome.DENIED,
            DecisionOutcome.APPROVED,
            3,
            3,
            null,
            null,
            T.plusSeconds(86_400L * 30),
            T.plusSeconds(86_400L * 30),
            "PRIMARY_CAREGIVER",
            "PARTIAL_REMOTE",
            "TEACHER",
            "LINCOLN-ES");
    AlikePair lessAlike =
        pair(3, 4, DecisionOutcome.DENIED, DecisionOutcome.APPROVED, 2, 3, null, null, 0);
    List<SimilarCases.Scored> ranked = SimilarCases.ranked(List.of(lessAlike, older, newer));
    assertEquals(List.of(5L, 1L, 3L), ranked.stream().map(s -> s.pair().first()).toList());
  }
}
