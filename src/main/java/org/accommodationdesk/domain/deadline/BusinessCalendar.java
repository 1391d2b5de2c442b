package org.accommodationdesk.domain.deadline;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.NavigableSet;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * The organisation's working days: every day but the weekend days and the holidays, in the
 * organisation's time zone. Deadlines counted in business days are counted here, and only here.
 *
 * <p>"n business days after d" is the n-th business day after d (d itself does not count, whatever
 * it is): filed on a Friday, 5 business days later is the next Friday, or the Monday after it when
 * that Friday is a holiday.
 */
public final class BusinessCalendar {
  /** The longest stretch of days without a business day that we accept (a calendar error). */
  private static final int MAX_CLOSED_RUN = 366;

  private final ZoneId zone;
  private final Set<DayOfWeek> weekend;
  private final NavigableSet<LocalDate> holidays;

  public BusinessCalendar(ZoneId zone, Set<DayOfWeek> weekend, Set<LocalDate> holidays) {
    this.zone = Objects.requireNonNull(zone, "zone");
    this.weekend = weekend.isEmpty() ? EnumSet.noneOf(DayOfWeek.class) : EnumSet.copyOf(weekend);
    if (this.weekend.size() == DayOfWeek.values().length) {
      throw new IllegalArgumentException("a week needs at least one working day");
    }
    this.holidays = new TreeSet<>(holidays);
  }

  public ZoneId zone() {
    return zone;
  }

  /** The day an instant falls on, in the organisation's time zone. */
  public LocalDate dateOf(Instant instant) {
    return LocalDate.ofInstant(instant, zone);
  }

  public boolean isBusinessDay(LocalDate day) {
    return !weekend.contains(day.getDayOfWeek()) && !holidays.contains(day);
  }

  /** The n-th business day after {@code day}; n = 0 gives {@code day} itself. */
  public LocalDate plusBusinessDays(LocalDate day, int n) {
    if (n < 0) {
      throw new IllegalArgumentException("n must not be negative: " + n);
    }
    LocalDate d = day;
    for (int counted = 0; counted < n; ) {
      d = nextBusinessDay(d);
      counted++;
    }
    return d;
  }

  /** The first business day after {@code day}. */
  public LocalDate nextBusinessDay(LocalDate day) {
    LocalDate d = day.plusDays(1);
    for (int i = 0; !isBusinessDay(d); i++) {
      if (i > MAX_CLOSED_RUN) {
        throw new IllegalStateException("no business day within a year after " + day);
      }
      d = d.plusDays(1);
    }
    return d;
  }

  /**
   * How many business days there are after {@code from} up to and including {@code to}: 0 when
   * {@code to} is not after {@code from}. Asked on a Monday, answered on the Wednesday: 2.
   */
  public int businessDaysBetween(LocalDate from, LocalDate to) {
    if (!to.isAfter(from)) {
      return 0;
    }
    int count = 0;
    for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
      if (isBusinessDay(d)) {
        count++;
      }
    }
    return count;
  }

  public Set<DayOfWeek> weekend() {
    return EnumSet.copyOf(weekend.isEmpty() ? EnumSet.noneOf(DayOfWeek.class) : weekend);
  }

  public NavigableSet<LocalDate> holidays() {
    return new TreeSet<>(holidays);
  }
}
