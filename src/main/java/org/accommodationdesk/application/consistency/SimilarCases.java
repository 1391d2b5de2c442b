package org.accommodationdesk.application.consistency;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.accommodationdesk.application.consistency.ConsistencyQueries.AlikePair;
import org.accommodationdesk.domain.request.DecisionOutcome;

/**
 * How alike two requests with different outcomes are, on top of what every pair shares (category,
 * arrangement requested, job class, work location): the same remote days a week, the same
 * relationship (caregivers, household members), filed close in time, and how far apart their
 * outcomes are. The score starts at 100 and loses points for each difference, so a pair that
 * differs only in outcome and reviewer scores highest.
 */
public final class SimilarCases {
  private SimilarCases() {}

  /** What makes a pair more or less alike, as data for the page to put in words. */
  public enum Likeness {
    SAME_DAYS,
    DIFFERENT_DAYS,
    SAME_RELATIONSHIP,
    DIFFERENT_RELATIONSHIP,
    DENIED_AND_APPROVED,
    DENIED_AND_APPROVED_WITH_CHANGES,
    APPROVED_AND_APPROVED_WITH_CHANGES
  }

  /** A pair with its score and what the score is made of. */
  public record Scored(AlikePair pair, int score, long daysApart, List<Likeness> likeness) {}

  /** The score of a pair (higher: more alike, and a starker difference of outcome). */
  public static Scored score(AlikePair p) {
    int score = 100;
    List<Likeness> why = new ArrayList<>();
    if (p.firstDays() != null && p.secondDays() != null) {
      int diff = Math.abs(p.firstDays() - p.secondDays());
      score -= 10 * diff;
      why.add(diff == 0 ? Likeness.SAME_DAYS : Likeness.DIFFERENT_DAYS);
    }
    if (p.firstRelationship() != null || p.secondRelationship() != null) {
      boolean same = Objects.equals(p.firstRelationship(), p.secondRelationship());
      score -= same ? 0 : 10;
      why.add(same ? Likeness.SAME_RELATIONSHIP : Likeness.DIFFERENT_RELATIONSHIP);
    }
    long days = Math.abs(Duration.between(p.firstSubmitted(), p.secondSubmitted()).toDays());
    score -= (int) (days / 7);
    Likeness contrast = contrast(p.firstOutcome(), p.secondOutcome());
    score +=
        switch (contrast) {
          case DENIED_AND_APPROVED -> 10;
          case DENIED_AND_APPROVED_WITH_CHANGES -> 5;
          default -> 0;
        };
    why.add(contrast);
    return new Scored(p, Math.max(0, score), days, List.copyOf(why));
  }

  static Likeness contrast(DecisionOutcome a, DecisionOutcome b) {
    if (a == DecisionOutcome.DENIED || b == DecisionOutcome.DENIED) {
      DecisionOutcome other = a == DecisionOutcome.DENIED ? b : a;
      return other == DecisionOutcome.APPROVED
          ? Likeness.DENIED_AND_APPROVED
          : Likeness.DENIED_AND_APPROVED_WITH_CHANGES;
    }
    return Likeness.APPROVED_AND_APPROVED_WITH_CHANGES;
  }

  /** Pairs ranked: most alike first, then the most recently filed. */
  public static List<Scored> ranked(List<AlikePair> pairs) {
    List<Scored> scored = new ArrayList<>(pairs.stream().map(SimilarCases::score).toList());
    scored.sort(
        java.util.Comparator.comparingInt(Scored::score)
            .reversed()
            .thenComparing(s -> latest(s.pair()), java.util.Comparator.reverseOrder()));
    return scored;
  }

  private static Instant latest(AlikePair p) {
    return p.firstSubmitted().isAfter(p.secondSubmitted())
        ? p.firstSubmitted()
        : p.secondSubmitted();
  }
}
