package org.accommodationdesk.application.stats;

import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.accommodationdesk.domain.request.Category;
import org.accommodationdesk.domain.request.FieldErrors;
import org.accommodationdesk.domain.request.InvalidInputException;

/**
 * Which requests the statistics count: submitted between {@code from} and {@code to} (both
 * inclusive, UTC days), of one category, at one work location. A null field does not filter.
 *
 * <p>A period can also be named: {@code 2026} (a year), {@code 2026-Q3} (a quarter) or {@code
 * 2026-11} (a month). Union reps may only ask for such whole periods, or for all time (ADR 0007).
 */
public record StatsFilter(LocalDate from, LocalDate to, Category category, String location) {
  /** The dates a filter may name: the database stores timestamps in this range. */
  static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);

  static final LocalDate LATEST = LocalDate.of(9999, 12, 31);

  private static final Pattern PERIOD = Pattern.compile("(\\d{4})(?:-(?:Q([1-4])|(\\d{2})))?");

  public static StatsFilter none() {
    return new StatsFilter(null, null, null, null);
  }

  /**
   * A filter from text parameters, as given in a query string.
   *
   * @throws InvalidInputException naming each parameter that is wrong
   */
  public static StatsFilter parse(String from, String to, String category, String location) {
    return parse(null, from, to, category, location);
  }

  /**
   * A filter from text parameters, with an optional named period instead of {@code from} and {@code
   * to}.
   *
   * @throws InvalidInputException naming each parameter that is wrong
   */
  public static StatsFilter parse(
      String period, String from, String to, String category, String location) {
    FieldErrors errors = new FieldErrors();
    LocalDate f = date(from, "from", errors);
    LocalDate t = date(to, "to", errors);
    if (period != null && !period.isBlank()) {
      if (f != null || t != null) {
        errors.add("period", "give either a period or from and to, not both");
      } else {
        LocalDate[] range = period(period.trim());
        if (range == null) {
          errors.add("period", "must be a year (2026), a quarter (2026-Q3) or a month (2026-11)");
        } else {
          f = range[0];
          t = range[1];
        }
      }
    }
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

  /**
   * Whether the filter covers all time or exactly one calendar year, quarter or month: the only
   * periods union reps may ask for.
   */
  public boolean isWholePeriod() {
    if (from == null && to == null) {
      return true;
    }
    if (from == null || to == null || from.getDayOfMonth() != 1) {
      return false;
    }
    int months =
        (to.getYear() - from.getYear()) * 12 + to.getMonthValue() - from.getMonthValue() + 1;
    boolean aligned =
        switch (months) {
          case 1 -> true;
          case 3 -> (from.getMonthValue() - 1) % 3 == 0;
          case 12 -> from.getMonthValue() == 1;
          default -> false;
        };
    return aligned && to.equals(YearMonth.from(to).atEndOfMonth());
  }

  /**
   * The filter as the disclosure log names it: {@code from=2026-01-01 to=2026-03-31
   * category=HOUSEHOLD_MEMBER location=LINCOLN-ES}, or {@code all time}.
   */
  public String describe() {
    StringBuilder b = new StringBuilder();
    if (from != null || to != null) {
      b.append("from=").append(from == null ? "-" : from);
      b.append(" to=").append(to == null ? "-" : to);
    } else {
      b.append("all time");
    }
    if (category != null) {
      b.append(" category=").append(category);
    }
    if (location != null) {
      b.append(" location=").append(location);
    }
    return b.toString();
  }

  /**
   * Checks that the filter may be asked for: {@code to} not before {@code from}, and a whole period
   * for whoever sees the protected view (ADR 0007). The one home of that rule.
   *
   * @throws InvalidInputException naming the parameter
   */
  public void checkFor(boolean protectedView) {
    if (from != null && to != null && to.isBefore(from)) {
      throw InvalidInputException.of("to", "must not be before from");
    }
    if (protectedView && !isWholePeriod()) {
      throw InvalidInputException.of(
          "period",
          "union representatives see whole periods: all time, a year (2026), a quarter (2026-Q3)"
              + " or a month (2026-11)");
    }
  }

  private static LocalDate[] period(String text) {
    Matcher m = PERIOD.matcher(text);
    if (!m.matches()) {
      return null;
    }
    int year = Integer.parseInt(m.group(1));
    if (year < EARLIEST.getYear()) {
      return null;
    }
    if (m.group(2) != null) {
      int q = Integer.parseInt(m.group(2));
      YearMonth first = YearMonth.of(year, 3 * q - 2);
      return new LocalDate[] {first.atDay(1), first.plusMonths(2).atEndOfMonth()};
    }
    if (m.group(3) != null) {
      int month = Integer.parseInt(m.group(3));
      if (month < 1 || month > 12) {
        return null;
      }
      YearMonth ym = YearMonth.of(year, month);
      return new LocalDate[] {ym.atDay(1), ym.atEndOfMonth()};
    }
    return new LocalDate[] {Year.of(year).atDay(1), Year.of(year).atMonth(12).atEndOfMonth()};
  }

  private static LocalDate date(String value, String field, FieldErrors errors) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      LocalDate d = LocalDate.parse(value.trim());
      if (d.isBefore(EARLIEST) || d.isAfter(LATEST)) {
        errors.add(field, "must be a date between " + EARLIEST + " and " + LATEST);
        return null;
      }
      return d;
    } catch (DateTimeParseException e) {
      errors.add(field, "must be a date as YYYY-MM-DD");
      return null;
    }
  }
}
