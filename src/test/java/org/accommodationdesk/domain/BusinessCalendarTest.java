package org.accommodationdesk.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Set;
import org.accommodationdesk.domain.deadline.BusinessCalendar;
import org.accommodationdesk.domain.deadline.DeadlinePolicy;
import org.junit.jupiter.api.Test;

class BusinessCalendarTest {
  static final ZoneId CHICAGO = ZoneId.of("America/Chicago");
  static final LocalDate THANKSGIVING = LocalDate.of(2026, 11, 26); // a Thursday
  static final LocalDate CHRISTMAS = LocalDate.of(2026, 12, 25); // a Friday
  static final BusinessCalendar CALENDAR =
      new BusinessCalendar(
          CHICAGO,
          EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY),
          Set.of(THANKSGIVING, CHRISTMAS));

  @Test
  void weekendsAndHolidaysAreNotBusinessDays() {
    assertFalse(CALENDAR.isBusinessDay(LocalDate.of(2026, 11, 28)), "Saturday");
    assertFalse(CALENDAR.isBusinessDay(LocalDate.of(2026, 11, 29)), "Sunday");
    assertFalse(CALENDAR.isBusinessDay(THANKSGIVING));
    assertTrue(CALENDAR.isBusinessDay(LocalDate.of(2026, 11, 27)), "the Friday after");
  }

  @Test
  void countsFromTheDayAfter() {
    LocalDate monday = LocalDate.of(2026, 11, 2);
    assertEquals(monday, CALENDAR.plusBusinessDays(monday, 0));
    assertEquals(LocalDate.of(2026, 11, 3), CALENDAR.plusBusinessDays(monday, 1));
    assertEquals(LocalDate.of(2026, 11, 9), CALENDAR.plusBusinessDays(monday, 5), "a week on");
  }

  @Test
  void skipsWeekendsAndHolidays() {
    // filed Monday 23 November: Thanksgiving and the weekend fall within five business days
    LocalDate filed = LocalDate.of(2026, 11, 23);
    assertEquals(LocalDate.of(2026, 12, 1), CALENDAR.plusBusinessDays(filed, 5));
    // filed on a Saturday: the first business day is Monday
    assertEquals(
        LocalDate.of(2026, 11, 30), CALENDAR.plusBusinessDays(LocalDate.of(2026, 11, 28), 1));
    // filed on the holiday itself
    assertEquals(LocalDate.of(2026, 11, 27), CALENDAR.plusBusinessDays(THANKSGIVING, 1));
    // the day before Christmas + 1 is the Monday after it
    assertEquals(
        LocalDate.of(2026, 12, 28), CALENDAR.plusBusinessDays(LocalDate.of(2026, 12, 24), 1));
  }

  @Test
  void businessDaysBetweenCountsTheDaysAfterFromUpToTo() {
    LocalDate monday = LocalDate.of(2026, 11, 23);
    assertEquals(0, CALENDAR.businessDaysBetween(monday, monday));
    assertEquals(2, CALENDAR.businessDaysBetween(monday, LocalDate.of(2026, 11, 25)));
    assertEquals(
        3, CALENDAR.businessDaysBetween(monday, LocalDate.of(2026, 11, 29)), "holiday, weekend");
    assertEquals(0, CALENDAR.businessDaysBetween(LocalDate.of(2026, 11, 25), monday), "backwards");
  }

  @Test
  void theDayOfAnInstantIsTheOrganisationsDay() {
    // 03:00 UTC on 1 December is still 30 November in Chicago
    assertEquals(
        LocalDate.of(2026, 11, 30), CALENDAR.dateOf(Instant.parse("2026-12-01T03:00:00Z")));
    assertEquals(LocalDate.of(2026, 12, 1), CALENDAR.dateOf(Instant.parse("2026-12-01T06:00:00Z")));
  }

  @Test
  void aConfiguredWeekendIsHonoured() {
    BusinessCalendar fridayOff =
        new BusinessCalendar(CHICAGO, EnumSet.of(DayOfWeek.FRIDAY, DayOfWeek.SATURDAY), Set.of());
    // Thursday + 1 business day is the Sunday
    assertEquals(
        LocalDate.of(2026, 11, 8), fridayOff.plusBusinessDays(LocalDate.of(2026, 11, 5), 1));
    assertThrows(
        IllegalArgumentException.class,
        () -> new BusinessCalendar(CHICAGO, EnumSet.allOf(DayOfWeek.class), Set.of()));
  }

  @Test
  void policyDaysAreCheckedAtTheirLimits() {
    new DeadlinePolicy(1, DeadlinePolicy.MAX_DAYS, 1, 1);
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> new DeadlinePolicy(0, 15, 10, 15));
    assertTrue(e.getMessage().contains("first-action-days"), e.getMessage());
    assertThrows(
        IllegalArgumentException.class,
        () -> new DeadlinePolicy(5, DeadlinePolicy.MAX_DAYS + 1, 10, 15));
  }

  /**
   * Counting n business days on and then counting the days between gives n back: every start day of
   * 2026-2028 (holidays, weekends, year ends) and every n up to 60.
   */
  @Test
  void addingAndCountingAgree() {
    for (int offset = 0; offset <= 800; offset++) {
      LocalDate start = LocalDate.of(2026, 1, 1).plusDays(offset);
      for (int n = 0; n <= 60; n++) {
        LocalDate end = CALENDAR.plusBusinessDays(start, n);
        if (n != CALENDAR.businessDaysBetween(start, end)
            || (n != 0 && !CALENDAR.isBusinessDay(end))) {
          fail(n + " business days from " + start + " lands on " + end);
        }
      }
    }
  }

  @Test
  void eachPolicyClockIsCheckedAndNamedInItsRefusal() {
    String[] names = {"first-action-days", "decision-days", "answer-days", "appeal-decision-days"};
    for (int field = 0; field < names.length; field++) {
      for (int wrong : new int[] {0, DeadlinePolicy.MAX_DAYS + 1}) {
        int[] days = {5, 15, 10, 15};
        days[field] = wrong;
        IllegalArgumentException e =
            assertThrows(
                IllegalArgumentException.class,
                () -> new DeadlinePolicy(days[0], days[1], days[2], days[3]));
        assertEquals(
            names[field] + " must be between 1 and 250 business days, not " + wrong,
            e.getMessage());
      }
    }
  }

  @Test
  void aCalendarWithNoBusinessDayForMoreThanAYearIsAnError() {
    Set<LocalDate> closed = new java.util.HashSet<>();
    LocalDate day = LocalDate.of(2026, 1, 1);
    for (int i = 1; i <= 400; i++) {
      closed.add(day.plusDays(i));
    }
    BusinessCalendar allClosed = new BusinessCalendar(CHICAGO, Set.of(), closed);
    IllegalStateException e =
        assertThrows(IllegalStateException.class, () -> allClosed.nextBusinessDay(day));
    assertEquals("no business day within a year after 2026-01-01", e.getMessage());

    closed.removeIf(d -> d.isAfter(day.plusDays(366)));
    BusinessCalendar leapYearClosed = new BusinessCalendar(CHICAGO, Set.of(), closed);
    assertEquals(day.plusDays(367), leapYearClosed.nextBusinessDay(day), "366 days closed: fine");
  }

  @Test
  void aCalendarTellsItsZoneWeekendAndHolidaysAsCopies() {
    assertEquals(CHICAGO, CALENDAR.zone());
    assertEquals(EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY), CALENDAR.weekend());
    assertEquals(Set.of(THANKSGIVING, CHRISTMAS), CALENDAR.holidays());
    assertEquals(THANKSGIVING, CALENDAR.holidays().first(), "in order");
    CALENDAR.weekend().add(DayOfWeek.MONDAY);
    CALENDAR.holidays().clear();
    assertTrue(CALENDAR.isBusinessDay(LocalDate.of(2026, 11, 30)), "a Monday, still");
    assertFalse(CALENDAR.isBusinessDay(THANKSGIVING), "still a holiday");

    BusinessCalendar noWeekend = new BusinessCalendar(CHICAGO, Set.of(), Set.of());
    assertEquals(Set.of(), noWeekend.weekend());
    assertTrue(noWeekend.isBusinessDay(LocalDate.of(2026, 11, 28)), "a Saturday at work");

    BusinessCalendar weekdays =
        new BusinessCalendar(CHICAGO, EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY), Set.of());
    assertEquals(CHICAGO, weekdays.zone());
    assertEquals(EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY), weekdays.weekend());
    assertEquals(Set.of(), weekdays.holidays());
  }
}
