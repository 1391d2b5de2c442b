package org.accommodationdesk.application.memory;

import org.accommodationdesk.application.stats.StatisticsProtection;

/** The union's protection with a minimum cell size configured, as tests need it. */
public final class Protection {
  private Protection() {}

  public static StatisticsProtection withMinimum(int minimum) {
    StatisticsProtection protection = new StatisticsProtection();
    Fields.set(protection, "referenceData", new InMemoryReferenceData());
    Fields.set(protection, "configured", minimum);
    return protection;
  }
}
