package org.accommodationdesk.application.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The union's protection rule itself (ADR 0007), checked against its statement rather than against
 * what an attacker can infer (UnionDisclosureAttackTest): these tests fail if the noise is made
 * smaller, if small published values are shown, or if a figure stops being a fixed function of its
 * requests (issue 22: the attack test alone stayed green with noise of ±1 or a minimum of 5).
 */
class DisclosureTest {
  static final int TRIES = 200_000;

  /** Tallies of random requests: counts 1..60, cell keys as sums of keys in [0, 2^31). */
  static Tally randomTally(SplittableRandom random) {
    int count = random.nextInt(1, 61);
    long keySum = 0;
    for (int i = 0; i < count; i++) {
      keySum += random.nextLong(1L << 31);
    }
    return new Tally(count, keySum);
  }

  @Test
  void noFigureBelowTheMinimumCellSizeIsEverShownAndZeroIsHidden() {
    for (int minimum : new int[] {5, 11, 20}) {
      Disclosure union = Disclosure.protect(minimum);
      SplittableRandom random = new SplittableRandom(minimum);
      for (int i = 0; i < TRIES / 10; i++) {
        Cell c = union.count(randomTally(random));
        assertTrue(
            c.suppressed() || c.value().longValue() >= minimum,
            "shown below the minimum " + minimum + ": " + c);
      }
      assertTrue(union.count(Tally.ZERO).suppressed(), "a true zero is hidden, not shown as 0");
    }
  }

  @Test
  void theNoiseHasTheDistributionAdr0007States() {
    double[] stated = {0.40, 0.40, 0.12, 0.01, 0.01, 0.01, 0.01, 0.01, 0.01, 0.01, 0.01};
    long[] seen = new long[Disclosure.MAX_NOISE + 1];
    long positive = 0;
    SplittableRandom random = new SplittableRandom(7);
    for (int i = 0; i < TRIES; i++) {
      Tally t = randomTally(random);
      int noise = Disclosure.noise(t.count(), t.keySum());
      assertTrue(Math.abs(noise) <= Disclosure.MAX_NOISE, "never more than the bound: " + noise);
      seen[Math.abs(noise)]++;
      positive += noise > 0 ? 1 : 0;
    }
    for (int m = 0; m <= Disclosure.MAX_NOISE; m++) {
      double share = (double) seen[m] / TRIES;
      assertEquals(stated[m], share, 0.005, "share of noise of magnitude " + m);
    }
    long nonZero = TRIES - seen[0];
    assertEquals(0.5, (double) positive / nonZero, 0.01, "as often up as down");
    assertEquals(10, Disclosure.MAX_NOISE, "the bound the attacker test and the guide state");
  }

  @Test
  void aPublishedCountIsTheTrueCountPlusItsNoiseAndAlwaysTheSame() {
    Disclosure union = Disclosure.protect(11);
    SplittableRandom random = new SplittableRandom(3);
    for (int i = 0; i < TRIES / 10; i++) {
      Tally t = randomTally(random);
      Cell c = union.count(t);
      long expected = Math.max(0, t.count() + Disclosure.noise(t.count(), t.keySum()));
      if (expected >= 11) {
        assertEquals(expected, c.value().longValue(), "count + noise: " + t);
      } else {
        assertTrue(c.suppressed(), "hidden: " + t);
      }
      assertEquals(c, union.count(new Tally(t.count(), t.keySum())), "asking again: the same");
    }
  }

  @Test
  void setsThatDifferByOnePersonGetUnrelatedNoise() {
    SplittableRandom random = new SplittableRandom(11);
    int same = 0;
    int pairs = TRIES / 10;
    for (int i = 0; i < pairs; i++) {
      Tally t = randomTally(random);
      Tally plusOne = t.plus(new Tally(1, random.nextLong(1L << 31)));
      if (Disclosure.noise(t.count(), t.keySum())
          == Disclosure.noise(plusOne.count(), plusOne.keySum())) {
        same++;
      }
    }
    // independent draws agree with probability sum(p_k^2) over signed values, about 0.25
    assertEquals(0.25, (double) same / pairs, 0.02, "one person more, a fresh draw");
  }

  @Test
  void hrSeesEveryNumberExactly() {
    Disclosure hr = Disclosure.exact();
    for (long n : new long[] {0, 1, 4, 10, 11, 500}) {
      assertEquals(n, hr.count(new Tally(n, 12345)).value().longValue());
    }
    assertNotEquals(true, hr.applied());
  }

  @Test
  void aRateIsHiddenWithEitherOfItsCounts() {
    Disclosure union = Disclosure.protect(11);
    SplittableRandom random = new SplittableRandom(5);
    for (int i = 0; i < TRIES / 10; i++) {
      Tally whole = randomTally(random);
      Tally part = new Tally(random.nextLong(whole.count() + 1), random.nextLong(1L << 40));
      Cell rate = union.rate(part, whole);
      boolean eitherHidden = union.count(part).suppressed() || union.count(whole).suppressed();
      assertEquals(eitherHidden, rate.suppressed(), part + " of " + whole);
    }
  }
}
