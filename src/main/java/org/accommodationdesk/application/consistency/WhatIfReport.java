package org.accommodationdesk.application.consistency;

import java.util.List;
import org.accommodationdesk.application.stats.Cell;

/**
 * What a policy would have done to the decided requests of a past period, beside what was done:
 * outcome counts and denial rates in total and by category, work location and job class (keys are
 * codes; pages put them in words). For the union, every figure through its protection.
 */
public record WhatIfReport(
    String period,
    boolean protectedView,
    int minimumCellSize,
    List<RuleView> rules,
    Row total,
    List<Row> byCategory,
    List<Row> byLocation,
    List<Row> byJobClass)
    implements java.io.Serializable {

  /** One group: what happened, and what the policy would have done. */
  public record Row(String key, Outcomes actual, Outcomes underPolicy)
      implements java.io.Serializable {}

  /** Counts by outcome and the denial rate (denied over decided). */
  public record Outcomes(
      Cell decided, Cell approved, Cell approvedWithChanges, Cell denied, Cell denialRate)
      implements java.io.Serializable {}

  /** A rule as data: category, arrangement (null: any), kind, number (null when it takes none). */
  public record RuleView(String category, String arrangement, String rule, Integer parameter)
      implements java.io.Serializable {}
}
