package org.accommodationdesk.application.stats;

/**
 * How a count is published: exactly (HR), or protected (union reps) by cell-key perturbation and a
 * minimum cell size (ADR 0007).
 *
 * <p>Protected: every request carries a fixed random record key; a figure's cell key is the sum of
 * the keys of the requests it counts. The published value is the true count plus a small noise in
 * {@code [-MAX_NOISE, MAX_NOISE]} that is a deterministic function of the count and the cell key:
 * the same set of requests always gives the same figure (asking again teaches nothing), while two
 * sets that differ by one person get unrelated noise (subtracting them gives a noisy difference). A
 * published value below the minimum cell size, zero included, is not shown at all: the reader sees
 * one neutral "hidden" for "fewer than the minimum, possibly none". Rates are computed from the
 * published counts and hidden with them.
 *
 * <p>This is the one place where the rule lives; the attacker test checks it from outside.
 */
public final class Disclosure {
  /** The largest noise added to a protected count: a published count is never further off. */
  public static final int MAX_NOISE = 10;

  /**
   * How often each noise magnitude 0..MAX_NOISE is drawn, in 1/1000 (split evenly between + and -
   * for magnitudes above 0): most figures are exact or one off, but every value up to MAX_NOISE can
   * occur, so a reader who combines figures can only rely on the bound MAX_NOISE (ADR 0007).
   */
  private static final int[] PER_MILLE = {400, 400, 120, 10, 10, 10, 10, 10, 10, 10, 10};

  private static final int[] CUMULATIVE = cumulative();

  private static final Disclosure EXACT = new Disclosure(false, 0);

  private final boolean protect;
  private final int minimum;

  /** Figures published and hidden through this instance (the disclosure log counts them). */
  private final java.util.concurrent.atomic.AtomicInteger published =
      new java.util.concurrent.atomic.AtomicInteger();

  private final java.util.concurrent.atomic.AtomicInteger hidden =
      new java.util.concurrent.atomic.AtomicInteger();

  private Disclosure(boolean protect, int minimum) {
    this.protect = protect;
    this.minimum = minimum;
  }

  public static Disclosure exact() {
    return EXACT;
  }

  /** Perturbed, and hidden below {@code minimumCellSize}. */
  public static Disclosure protect(int minimumCellSize) {
    if (minimumCellSize < 1) {
      throw new IllegalArgumentException("minimum cell size must be at least 1");
    }
    return new Disclosure(true, minimumCellSize);
  }

  /** Whether figures are perturbed and small ones hidden (the union's view). */
  public boolean applied() {
    return protect;
  }

  public int minimumCellSize() {
    return minimum;
  }

  /** A count as published. */
  public Cell count(Tally t) {
    return counted(publish(t));
  }

  private Cell publish(Tally t) {
    if (!protect) {
      return Cell.of(t.count());
    }
    long value = perturbed(t);
    return value < minimum ? Cell.hidden() : Cell.of(value);
  }

  /** Counts a figure that leaves through this instance (protected instances only). */
  private Cell counted(Cell c) {
    if (protect) {
      (c.suppressed() ? hidden : published).incrementAndGet();
    }
    return c;
  }

  /**
   * How many figures this protected instance has given out, hidden ones included (0 for the exact
   * view, which is not logged).
   */
  public int figures() {
    return published.get() + hidden.get();
  }

  /** How many of {@link #figures()} were hidden. */
  public int hiddenFigures() {
    return hidden.get();
  }

  /**
   * {@code part / whole} from the published counts; hidden when either is, empty when the whole is
   * zero.
   */
  public Cell rate(Tally part, Tally whole) {
    return ratio(publish(part), publish(whole));
  }

  /**
   * A figure made of parts, each published on its own and added up: hidden when any part is (zero
   * included, as a count of it would be); zero when there are no parts. Each part's noise is its
   * own and fixed, so a reader who asks for many sums of the same parts learns each part's
   * published value at most, never an average of fresh noises (the what-if, ADR 0023).
   */
  public Cell sum(java.util.List<Tally> parts) {
    long total = 0;
    boolean hide = false;
    for (Tally part : parts) {
      Cell c = publish(part);
      if (c.suppressed()) {
        hide = true;
      } else {
        total += c.value().longValue();
      }
    }
    return counted(hide ? Cell.hidden() : Cell.of(total));
  }

  /**
   * {@code part / whole} of two figures already published through this instance; hidden when either
   * is, empty when the whole is zero.
   */
  public Cell ratio(Cell part, Cell whole) {
    if (part.suppressed() || whole.suppressed()) {
      return counted(Cell.hidden());
    }
    long n = whole.value().longValue();
    if (n == 0) {
      return counted(Cell.of(null));
    }
    return counted(Cell.of(Math.min(1.0, (double) part.value().longValue() / n)));
  }

  /** Whether a figure over this many requests would be shown at all. */
  public boolean shows(Tally t) {
    return !publish(t).suppressed();
  }

  private static long perturbed(Tally t) {
    if (t.count() == 0) {
      return 0;
    }
    return Math.max(0, t.count() + noise(t.count(), t.keySum()));
  }

  /**
   * The noise of a cell: a hash of its cell key and count (SplitMix64's mixer) picks a magnitude by
   * {@link #PER_MILLE} and a sign.
   */
  static int noise(long count, long keySum) {
    long z = Math.floorMod(keySum, 1L << 31) * 0x9E3779B97F4A7C15L + count;
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    z = z ^ (z >>> 31);
    int draw = (int) Math.floorMod(z, 1000L);
    int magnitude = 0;
    while (draw >= CUMULATIVE[magnitude]) {
      magnitude++;
    }
    return (z >>> 40 & 1) == 0 ? magnitude : -magnitude;
  }

  private static int[] cumulative() {
    int[] c = new int[PER_MILLE.length];
    int sum = 0;
    for (int i = 0; i < c.length; i++) {
      sum += PER_MILLE[i];
      c[i] = sum;
    }
    if (sum != 1000 || c.length != MAX_NOISE + 1) {
      throw new IllegalStateException("the noise table must cover 0.." + MAX_NOISE);
    }
    return c;
  }
}
