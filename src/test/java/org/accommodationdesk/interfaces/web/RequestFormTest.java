package org.accommodationdesk.interfaces.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Issue 25 #16: a start date long past is asked about once per date, and only then. */
class RequestFormTest {
  static final LocalDate TODAY = LocalDate.of(2026, 12, 4);

  @Test
  void aStartMoreThanThirtyDaysPastIsAskedAboutOnceThenTaken() {
    RequestForm form = new RequestForm();
    form.setStartDate(TODAY.minusDays(RequestForm.PAST_START_DAYS));
    assertFalse(form.askAboutPastStart(TODAY), "30 days back: taken as it is");
    form.setStartDate(TODAY.minusDays(RequestForm.PAST_START_DAYS + 1));
    assertTrue(form.askAboutPastStart(TODAY), "31 days back: asked");
    assertFalse(form.askAboutPastStart(TODAY), "sent again unchanged: meant");
    form.setStartDate(LocalDate.of(2019, 9, 3));
    assertTrue(form.askAboutPastStart(TODAY), "another date long past: asked again");
    form.setStartDate(TODAY.plusDays(14));
    assertFalse(form.askAboutPastStart(TODAY), "a date ahead: never");
    form.setStartDate(null);
    assertFalse(form.askAboutPastStart(TODAY), "no date: the form's own problem, not this");
  }
}
