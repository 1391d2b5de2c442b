package org.accommodationdesk.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import org.accommodationdesk.domain.deadline.DeadlinePolicy;
import org.accommodationdesk.domain.deadline.Deadlines;
import org.accommodationdesk.domain.request.AccommodationRequest;
import org.accommodationdesk.domain.request.Actor;
import org.accommodationdesk.domain.request.AppealWindow;
import org.accommodationdesk.domain.request.CaseClock;
import org.accommodationdesk.domain.request.Decision;
import org.accommodationdesk.domain.request.RequestIntake;
import org.junit.jupiter.api.Test;

/** Every clock of a request, moved through its steps on the business calendar. */
class CaseClockTest {
  static final Deadlines DEADLINES =
      new Deadlines(BusinessCalendarTest.CALENDAR, DeadlinePolicy.DEFAULT);
  static final Actor EMPLOYEE = Actor.employee("employee1");
  static final Actor REVIEWER1 = Actor.reviewer("reviewer1");
  static final Actor REVIEWER2 = Actor.reviewer("reviewer2");

  /** 10:00 in Chicago on that day. */
  static Instant on(int month, int day) {
    return ZonedDateTime.of(
            LocalDate.of(2026, month, day), LocalTime.of(10, 0), BusinessCalendarTest.CHICAGO)
        .toInstant();
  }

  static AccommodationRequest filedOn(Instant at) {
    AccommodationRequest r =
        RequestIntake.submit(
            "employee1",
            AccommodationRequestWorkflowTest.household(),
            AccommodationRequestWorkflowTest.SCHOOL,
            AccommodationRequestWorkflowTest.TEACHER,
            at);
    r.keepTime(DEADLINES);
    return r;
  }

  @Test
  void filingStartsTheFirstActionAndDecisionClocks() {
    CaseClock clock = filedOn(on(11, 2)).clock();
    assertEquals(LocalDate.of(2026, 11, 9), clock.firstActionDue(), "5 business days");
    assertEquals(LocalDate.of(2026, 11, 23), clock.decisionDue(), "15 business days");
    assertEquals(LocalDate.of(2026, 11, 9), clock.hrDue(), "the first action comes first");
    assertFalse(clock.paused());
    assertNull(clock.answerBy());
    assertFalse(clock.overdue(LocalDate.of(2026, 11, 9)), "due that day, not late");
    assertTrue(clock.overdue(LocalDate.of(2026, 11, 10)));
  }

  @Test
  void aQuestionPausesTheDecisionClockAndTheAnswerMovesIt() {
    AccommodationRequest r = filedOn(on(11, 2));
    r.startReview(REVIEWER1, on(11, 3));
    r.keepTime(DEADLINES);
    assertNull(r.clock().firstActionDue(), "the first action was taken");
    assertEquals(LocalDate.of(2026, 11, 23), r.clock().hrDue());

    r.requestInformation(REVIEWER1, "Which days?", on(11, 4));
    CaseClock asked = r.keepTime(DEADLINES);
    assertTrue(asked.paused());
    assertNull(asked.hrDue(), "nothing is due from HR while the employee is asked");
    assertEquals(LocalDate.of(2026, 11, 18), asked.answerBy(), "10 business days");
    assertFalse(asked.overdue(LocalDate.of(2026, 12, 31)), "a paused clock is never late");

    // answered on Monday 9 November: 3 business days paused (5, 6, 9 November)
    r.provideInformation(EMPLOYEE, "Mondays and Fridays.", on(11, 9));
    CaseClock answered = r.keepTime(DEADLINES);
    assertFalse(answered.paused());
    assertNull(answered.answerBy());
    // 23 November moved by 3 business days across Thanksgiving (26th)
    assertEquals(LocalDate.of(2026, 11, 27), answered.decisionDue());
    assertEquals(LocalDate.of(2026, 11, 27), answered.hrDue());
  }

  @Test
  void aDecisionStopsTheClockAndKeepsItsTiming() {
    AccommodationRequest r = filedOn(on(11, 2));
    r.startReview(REVIEWER1, on(11, 3));
    r.requestInformation(REVIEWER1, "Which days?", on(11, 4));
    r.provideInformation(EMPLOYEE, "Mondays and Fridays.", on(11, 9));
    r.deny(REVIEWER1, "UNDUE_HARDSHIP", "Not possible.", on(11, 30));
    CaseClock decided = r.keepTime(DEADLINES);
    assertNull(decided.decisionDue());
    assertNull(decided.hrDue());
    Decision denial = r.getDecisions().get(0);
    assertEquals(LocalDate.of(2026, 11, 27), denial.getDueDate().orElseThrow(), "late");
    // 19 business days from 2 to 30 November, 3 of them paused
    assertEquals(16, denial.getBusinessDays().orElseThrow());
  }

  @Test
  void anAppealHasAClockOfItsOwn() {
    AccommodationRequest r = filedOn(on(11, 2));
    r.startReview(REVIEWER1, on(11, 3));
    r.deny(REVIEWER1, "UNDUE_HARDSHIP", "Not possible.", on(11, 20));
    r.appeal(EMPLOYEE, "Please reconsider.", AppealWindow.ofDays(15), on(12, 1));
    CaseClock appealed = r.keepTime(DEADLINES);
    assertNull(appealed.firstActionDue());
    assertEquals(LocalDate.of(2026, 12, 22), appealed.decisionDue(), "15 business days");
    assertEquals(LocalDate.of(2026, 12, 22), appealed.hrDue());
    r.startReview(REVIEWER2, on(12, 2));
    r.approve(REVIEWER2, null, on(12, 3));
    r.keepTime(DEADLINES);
    Decision onAppeal = r.getDecisions().get(1);
    assertEquals(LocalDate.of(2026, 12, 22), onAppeal.getDueDate().orElseThrow());
    assertEquals(2, onAppeal.getBusinessDays().orElseThrow());
    assertEquals(
        14, r.getDecisions().get(0).getBusinessDays().orElseThrow(), "filed 2, decided 20 Nov.");
  }

  @Test
  void aWithdrawalStopsEveryClock() {
    AccommodationRequest r = filedOn(on(11, 2));
    r.withdraw(EMPLOYEE, null, on(11, 3));
    CaseClock clock = r.keepTime(DEADLINES);
    assertNull(clock.hrDue());
    assertNull(clock.firstActionDue());
    assertNull(clock.decisionDue());
  }

  @Test
  void aRequestFiledLateInTheEveningCountsFromItsLocalDay() {
    // 23:30 in Chicago on Friday 6 November is Saturday in UTC: the clock starts on the Friday
    Instant fridayNight = Instant.parse("2026-11-07T05:30:00Z");
    assertEquals(LocalDate.of(2026, 11, 13), filedOn(fridayNight).clock().firstActionDue());
  }
}
