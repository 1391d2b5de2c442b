package org.accommodationdesk.application.deadlines;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.accommodationdesk.domain.request.RequestFilter;
import org.junit.jupiter.api.Test;

/** What flags a request as overdue or due soon, from today and the last day of "soon". */
class DueDaysTest {
  static final LocalDate THURSDAY = LocalDate.of(2026, 11, 5);
  static final LocalDate MONDAY = LocalDate.of(2026, 11, 9);
  static final DueDays DAYS = new DueDays(THURSDAY, MONDAY);

  @Test
  void aRequestIsOverdueOnlyAfterItsDueDay() {
    assertTrue(DAYS.overdue(THURSDAY.minusDays(1)));
    assertFalse(DAYS.overdue(THURSDAY), "due today: not late yet");
    assertFalse(DAYS.overdue(MONDAY));
    assertFalse(DAYS.overdue(null), "nothing due");
  }

  @Test
  void aRequestIsDueSoonFromTodayToTheLastDayOfSoonButNeverWhenOverdue() {
    assertTrue(DAYS.soon(THURSDAY));
    assertTrue(DAYS.soon(MONDAY));
    assertFalse(DAYS.soon(MONDAY.plusDays(1)));
    assertFalse(DAYS.soon(THURSDAY.minusDays(1)), "overdue instead");
    assertFalse(DAYS.soon(null));
  }

  @Test
  void theListFiltersAskForOverdueOnlyOrDueSoonWithThem() {
    assertEquals(THURSDAY.minusDays(1), DAYS.dueBy(true));
    assertEquals(MONDAY, DAYS.dueBy(false));
    assertEquals(
        new RequestFilter.EndWindow(THURSDAY, THURSDAY.plusDays(30)), DAYS.endingWithin(30));
  }
}
