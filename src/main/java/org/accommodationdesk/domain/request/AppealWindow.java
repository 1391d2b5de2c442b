package org.accommodationdesk.domain.request;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * How long after a decision its requester may appeal it (calendar time, not business days): the one
 * home of "is the appeal window still open", for the workflow (appeal, accept, final), the read
 * models (until when) and the queries (which decisions may still be appealed). It is open up to and
 * including the instant it closes.
 */
public record AppealWindow(Duration length) {
  public AppealWindow {
    Objects.requireNonNull(length, "length");
    if (length.isNegative()) {
      throw new IllegalArgumentException("the appeal window cannot be negative: " + length);
    }
  }

  public static AppealWindow ofDays(long days) {
    return new AppealWindow(Duration.ofDays(days));
  }

  /** The last instant at which a decision made at {@code decidedAt} may be appealed. */
  public Instant closesAt(Instant decidedAt) {
    return decidedAt.plus(length);
  }

  /** Whether a decision made at {@code decidedAt} may still be appealed at {@code now}. */
  public boolean isOpen(Instant decidedAt, Instant now) {
    return !now.isAfter(closesAt(decidedAt));
  }

  /**
   * The earliest decision instant whose window is still open at {@code now}: where a query for
   * decisions that may still be appealed starts.
   */
  public Instant openSince(Instant now) {
    return now.minus(length);
  }

  public long days() {
    return length.toDays();
  }
}
