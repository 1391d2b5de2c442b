package org.accommodationdesk.application.stats;

/**
 * Keeps the statistics cubes in step with the requests, in the same transaction as each change, so
 * that every figure reflects every committed change at once (ADR 0008).
 */
public interface StatisticsLedger {
  /** Records that a request went from {@code before} to {@code after}. */
  void record(Footprint before, Footprint after);
}
