package org.accommodationdesk.application.stats;

/**
 * A count of requests and the sum of their record keys (each request's fixed random number). The
 * key sum identifies the set of requests counted, without naming them: the same set always has the
 * same key sum, so a published figure can be perturbed the same way every time (see {@link
 * Disclosure}).
 */
public record Tally(long count, long keySum) {
  public static final Tally ZERO = new Tally(0, 0);

  public Tally plus(Tally o) {
    return new Tally(count + o.count, keySum + o.keySum);
  }

  public Tally plus(long n, long keys) {
    return new Tally(count + n, keySum + keys);
  }
}
