package org.accommodationdesk.application.stats;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.accommodationdesk.domain.request.Category;
import org.accommodationdesk.domain.request.FieldErrors;
import org.accommodationdesk.domain.request.InvalidInputException;

/**
 * Which requests the statistics count: submitted between {@code from} and {@code to} (both
 * inclusive, UTC days), of one category, at one work location. A null field does not filter.
 */
public record StatsFilter(LocalDate from, LocalDate to, Category category, String location) {
  public static StatsFilter none() {
    return new StatsFilter(null, null, null, null);
  }

  /**
   * A filter from text parameters, as given in a query string.
   *
   * @throws InvalidInputException naming each parameter that is wrong
   */
  public static StatsFilter parse(String from, String to, String category, String location) {
    FieldErrors errors = new FieldErrors();
    LocalDate f = date(from, "from", errors);
    LocalDate t = date(to, "to", errors);
    Category c = null;
    if (category != null && !category.isBlank()) {
      try {
        c = Category.valueOf(category.trim());
      } catch (IllegalArgumentException e) {
        errors.add("category", "must be OWN_CONDITION, PRIMARY_CAREGIVER or HOUSEHOLD_MEMBER");
      }
    }
    if (f != null && t != null && t.isBefore(f)) {
      errors.add("to", "must not be before from");
    }
    errors.throwIfAny();
    return new StatsFilter(
        f, t, c, location == null || location.isBlank() ? null : location.trim());
  }

  private static LocalDate date(String value, String field, FieldErrors errors) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(value.trim());
    } catch (DateTimeParseException e) {
      errors.add(field, "must be a date as YYYY-MM-DD");
      return null;
    }
  }
}
