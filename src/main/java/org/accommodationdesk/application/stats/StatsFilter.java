package org.accommodationdesk.application.stats;

import java.time.LocalDate;
import org.accommodationdesk.domain.request.Category;

/**
 * Which requests the statistics count: submitted between {@code from} and {@code to} (both
 * inclusive, UTC days), of one category, at one work location. A null field does not filter.
 */
public record StatsFilter(LocalDate from, LocalDate to, Category category, String location) {
  public static StatsFilter none() {
    return new StatsFilter(null, null, null, null);
  }
}
