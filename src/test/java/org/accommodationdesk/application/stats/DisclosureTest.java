package org.accommodationdesk.application.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
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

  /** The mixer ADR 0007 names, taken from the JDK: SplittableRandom(s).nextLong() is mix(s + γ). */
  static long splitMix64(long z) {
    long golden = 0x9E3779B97F4A7C15L;
    return new SplittableRandom(z - golden).nextLong();
  }

  @Test
  void theNoiseIsSplitMix64OfTheCellKeyAndCountMappedByTheStatedShares() {
    int[] cumulative = {400, 800, 920, 930, 940, 950, 960, 970, 980, 990, 1000};
    SplittableRandom random = new SplittableRandom(13);
    int onABoundary = 0;
    for (int i = 0; i < TRIES / 4; i++) {
      Tally t = randomTally(random);
      long key = Math.floorMod(t.keySum(), 1L << 31);
      long z = splitMix64(key * 0x9E3779B97F4A7C15L + t.count());
      int draw = (int) Math.floorMod(z, 1000L);
      int magnitude = 0;
      while (draw >= cumulative[magnitude]) {
        magnitude++;
      }
      for (int c : cumulative) {
        onABoundary += draw == c ? 1 : 0;
      }
      int expected = (z >>> 40 & 1) == 0 ? magnitude : -magnitude;
      assertEquals(expected, Disclosure.noise(t.count(), t.keySum()), t.toString());
    }
    assertTrue(onABoundary > 100, "draws of exactly 400, 800, 920, ... were checked");
  }

  @Test
  void aCellKeyCountsModulo2To31SoKeySumsOfAnySizeGiveTheSameNoise() {
    SplittableRandom random = new SplittableRandom(17);
    for (int i = 0; i < 1000; i++) {
      long count = random.nextInt(1, 61);
      long key = random.nextLong(1L << 31);
      int noise = Disclosure.noise(count, key);
      assertEquals(noise, Disclosure.noise(count, key + (1L << 31)));
      assertEquals(noise, Disclosure.noise(count, key - (5L << 31)));
    }
  }

  @Test
  void aFigureIsShownExactlyWhenItsPublishedValueReachesTheMinimum() {
    for (int minimum : new int[] {1, 5, 11}) {
      Disclosure union = Disclosure.protect(minimum);
      assertTrue(union.applied(), "the union's figures are protected");
      assertEquals(minimum, union.minimumCellSize(), "the minimum pages and CSV state");
      SplittableRandom random = new SplittableRandom(minimum);
      boolean sawShown = false;
      boolean sawHidden = false;
      for (int i = 0; i < 5000; i++) {
        Tally t = randomTally(random);
        long published = Math.max(0, t.count() + Disclosure.noise(t.count(), t.keySum()));
        boolean shown = published >= minimum;
        assertEquals(shown, union.shows(t), t.toString());
        assertEquals(!shown, union.count(t).suppressed(), t.toString());
        sawShown |= shown;
        sawHidden |= !shown;
      }
      assertTrue(sawShown);
      assertTrue(sawHidden || minimum == 1);
      assertFalse(union.shows(Tally.ZERO), "nothing is never shown");
    }
    assertTrue(Disclosure.exact().shows(Tally.ZERO), "HR sees a true zero");
  }

  @Test
  void aMinimumCellSizeBelowOneIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> Disclosure.protect(0));
    assertThrows(IllegalArgumentException.class, () -> Disclosure.protect(-11));
    assertEquals(1, Disclosure.protect(1).minimumCellSize());
  }

  @Test
  void anExactRateIsThePartOverTheWhole() {
    Disclosure hr = Disclosure.exact();
    assertEquals(0.75, hr.rate(new Tally(3, 1), new Tally(4, 2)).value().doubleValue(), 1e-12);
    assertEquals(0.0, hr.rate(Tally.ZERO, new Tally(8, 2)).value().doubleValue(), 1e-12);
    assertEquals(1.0, hr.rate(new Tally(8, 2), new Tally(8, 2)).value().doubleValue(), 1e-12);
  }

  @Test
  void aRateOverNothingHasNoValueButIsNotHidden() {
    Cell rate = Disclosure.exact().rate(Tally.ZERO, Tally.ZERO);
    assertNull(rate.value());
    assertFalse(rate.suppressed());
  }

  @Test
  void aProtectedRateIsThePublishedPartOverThePublishedWholeAtMostOne() {
    Disclosure union = Disclosure.protect(11);
    SplittableRandom random = new SplittableRandom(19);
    int shown = 0;
    int capped = 0;
    for (int i = 0; i < TRIES / 10; i++) {
      Tally whole = new Tally(random.nextInt(11, 200), random.nextLong(1L << 40));
      Tally part = new Tally(random.nextLong(whole.count() + 1), random.nextLong(1L << 40));
      Cell rate = union.rate(part, whole);
      if (rate.suppressed()) {
        continue;
      }
      shown++;
      double p = union.count(part).value().doubleValue();
      double w = union.count(whole).value().doubleValue();
      assertEquals(Math.min(1.0, p / w), rate.value().doubleValue(), 1e-12, part + " of " + whole);
      capped += p > w ? 1 : 0;
    }
    assertTrue(shown > 1000, "enough shown rates: " + shown);
    assertTrue(capped > 0, "a part published above its whole gives 1, not more");
  }
}
