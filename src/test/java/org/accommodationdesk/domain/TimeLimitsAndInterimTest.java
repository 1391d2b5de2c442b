package org.accommodationdesk.domain;

import static org.accommodationdesk.domain.CaseClockTest.DEADLINES;
import static org.accommodationdesk.domain.CaseClockTest.EMPLOYEE;
import static org.accommodationdesk.domain.CaseClockTest.REVIEWER1;
import static org.accommodationdesk.domain.CaseClockTest.REVIEWER2;
import static org.accommodationdesk.domain.CaseClockTest.filedOn;
import static org.accommodationdesk.domain.CaseClockTest.on;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.accommodationdesk.domain.request.AccommodationRequest;
import org.accommodationdesk.domain.request.Action;
import org.accommodationdesk.domain.request.ActionNotPermittedException;
import org.accommodationdesk.domain.request.AppealWindow;
import org.accommodationdesk.domain.request.Arrangement;
import org.accommodationdesk.domain.request.CaseClock;
import org.accommodationdesk.domain.request.Decision;
import org.accommodationdesk.domain.request.FieldError;
import org.accommodationdesk.domain.request.HistoryEntry;
import org.accommodationdesk.domain.request.InvalidInputException;
import org.accommodationdesk.domain.request.TransitionNotAllowedException;
import org.junit.jupiter.api.Test;

/**
 * The limits beyond the decision's due day (the hard limit, the reason for a delay, the notice of
 * it) and interim arrangements, on the business calendar with Thanksgiving (26 November 2026).
 */
class TimeLimitsAndInterimTest {
  static final LocalDate NOV_2 = LocalDate.of(2026, 11, 2);

  private static HistoryEntry last(AccommodationRequest r) {
    List<HistoryEntry> h = r.getHistory();
    return h.get(h.size() - 1);
  }

  private static List<String> fields(InvalidInputException e) {
    return e.errors().stream().map(FieldError::code).toList();
  }

  @Test
  void theHardLimitFallsThirtyBusinessDaysAfterFilingAndMovesWithAPause() {
    AccommodationRequest r = filedOn(on(11, 2));
    // 3-6, 9-13, 16-20, 23-25 and 27 (Thanksgiving skipped), 30 Nov-4 Dec, 7-11, 14, 15 December
    assertEquals(LocalDate.of(2026, 12, 15), r.clock().hardLimit());
    r.startReview(REVIEWER1, on(11, 3));
    r.requestInformation(REVIEWER1, "Which days?", on(11, 4));
    r.provideInformation(EMPLOYEE, "Mondays.", on(11, 9));
    // paused 5, 6 and 9 November: three business days later
    assertEquals(LocalDate.of(2026, 12, 18), r.keepTime(DEADLINES).hardLimit());
  }

  @Test
  void theNoticeOfADelayIsOwedTheDayAfterTheHardLimitOnceAndNotWhilePaused() {
    AccommodationRequest r = filedOn(on(11, 2));
    CaseClock c = r.clock();
    assertFalse(c.owesDelayNotice(LocalDate.of(2026, 12, 15)), "the last day is still within");
    assertTrue(c.owesDelayNotice(LocalDate.of(2026, 12, 16)));
    assertThrows(
        TransitionNotAllowedException.class,
        () -> r.caseRecord().recordDelayNotice(LocalDate.of(2026, 12, 15), on(12, 15)));

    r.caseRecord().recordDelayNotice(LocalDate.of(2026, 12, 16), on(12, 16));
    assertEquals(Action.DELAY_NOTICE, last(r).getAction());
    assertEquals(AccommodationRequest.SCHEDULE, last(r).getActor());
    assertTrue(r.keepTime(DEADLINES).delayNoticed());
    assertFalse(r.clock().owesDelayNotice(LocalDate.of(2026, 12, 17)), "once per clock");
    assertThrows(
        TransitionNotAllowedException.class,
        () -> r.caseRecord().recordDelayNotice(LocalDate.of(2026, 12, 17), on(12, 17)));

    AccommodationRequest paused = filedOn(on(11, 2));
    paused.startReview(REVIEWER1, on(11, 3));
    paused.requestInformation(REVIEWER1, "Which days?", on(11, 4));
    assertFalse(
        paused.keepTime(DEADLINES).owesDelayNotice(LocalDate.of(2027, 3, 1)),
        "a paused clock does not run out");
  }

  @Test
  void anAppealStartsAClockOfItsOwnWithoutTheFirstClocksDelay() {
    AccommodationRequest r = filedOn(on(11, 2));
    r.startReview(REVIEWER1, on(11, 3));
    r.caseRecord()
        .recordDelay(
            REVIEWER1, "AWAITING_MEDICAL", LocalDate.of(2026, 12, 22), null, NOV_2, on(11, 3));
    r.caseRecord().recordDelayNotice(LocalDate.of(2026, 12, 16), on(12, 16));
    r.deny(REVIEWER1, "UNDUE_HARDSHIP", "Not possible.", on(12, 17));
    r.keepTime(DEADLINES);
    Decision first = r.getDecisions().get(0);
    assertEquals("AWAITING_MEDICAL", first.getDelayReason().orElseThrow());
    assertEquals(false, first.getWithinHardLimit().orElseThrow(), "decided after 15 December");
    assertEquals(false, first.getOnTime().orElseThrow());

    r.appeal(EMPLOYEE, "Please look again.", AppealWindow.ofDays(15), on(12, 18));
    CaseClock appeal = r.keepTime(DEADLINES);
    assertTrue(
        r.urgency().getDelayReason().isEmpty(), "the appeal's clock has no reason for a delay yet");
    assertFalse(appeal.delayNoticed(), "the appeal's clock was not noticed");
    assertTrue(appeal.hardLimit().isAfter(LocalDate.of(2027, 1, 20)));
  }

  @Test
  void aDelayNamesItsReasonAndAnExpectedDayNotInThePastAndOnlyTheAssignedReviewerRecordsIt() {
    AccommodationRequest r = filedOn(on(11, 2));
    r.startReview(REVIEWER1, on(11, 3));
    LocalDate today = LocalDate.of(2026, 11, 24);
    InvalidInputException missing =
        assertThrows(
            InvalidInputException.class,
            () -> r.caseRecord().recordDelay(REVIEWER1, null, null, null, today, on(11, 24)));
    assertEquals(List.of("delayReason.missing", "expectedBy"), fields(missing));
    InvalidInputException past =
        assertThrows(
            InvalidInputException.class,
            () ->
                r.caseRecord()
                    .recordDelay(
                        REVIEWER1, "EQUIPMENT", today.minusDays(1), null, today, on(11, 24)));
    assertEquals(List.of("expectedBy.past"), fields(past));
    assertThrows(
        ActionNotPermittedException.class,
        () -> r.caseRecord().recordDelay(REVIEWER2, "EQUIPMENT", today, null, today, on(11, 24)));
    assertThrows(
        ActionNotPermittedException.class,
        () -> r.caseRecord().recordDelay(EMPLOYEE, "EQUIPMENT", today, null, today, on(11, 24)));
    int entries = r.getHistory().size();

    r.caseRecord()
        .recordDelay(
            REVIEWER1, "EQUIPMENT", today.plusDays(7), "  Laptop ordered.  ", today, on(11, 24));
    assertEquals(entries + 1, r.getHistory().size());
    HistoryEntry recorded = last(r);
    assertEquals(Action.RECORD_DELAY, recorded.getAction());
    assertEquals("EQUIPMENT", recorded.getDetailCode().orElseThrow());
    assertEquals(today.plusDays(7), recorded.getDetailDate().orElseThrow());
    assertEquals("Laptop ordered.", recorded.getComment());
    assertEquals(today.plusDays(7), r.urgency().getDelayExpectedBy().orElseThrow());

    r.approve(REVIEWER1, null, on(11, 25));
    r.keepTime(DEADLINES);
    assertThrows(
        TransitionNotAllowedException.class,
        () -> r.caseRecord().recordDelay(REVIEWER1, "EQUIPMENT", today, null, today, on(11, 26)),
        "a decided request has no delay to record");
  }

  @Test
  void anInterimArrangementIsGrantedWithoutDecidingAndEndsOnTheDecisionsDay() {
    AccommodationRequest r = filedOn(on(11, 2));
    r.startReview(REVIEWER1, on(11, 3));
    LocalDate today = LocalDate.of(2026, 11, 4);
    r.caseRecord()
        .grantInterim(
            REVIEWER1,
            Arrangement.partialRemote(2),
            today,
            LocalDate.of(2026, 12, 31),
            today,
            on(11, 4));
    assertEquals(org.accommodationdesk.domain.request.RequestStatus.IN_REVIEW, r.getStatus());
    assertTrue(r.caseRecord().getInterim().inForce());
    HistoryEntry granted = last(r);
    assertEquals(Action.GRANT_INTERIM, granted.getAction());
    assertEquals("PARTIAL_REMOTE", granted.getDetailCode().orElseThrow());
    assertEquals(LocalDate.of(2026, 12, 31), granted.getDetailDate().orElseThrow());
    assertTrue(r.caseRecord().hasLetters(), "its letter is listed with the case");
    assertEquals(
        7, r.caseRecord().getInterim().days(LocalDate.of(2026, 11, 10)), "4 to 10 November");

    r.approve(REVIEWER1, null, on(11, 20));
    r.keepTime(DEADLINES);
    assertFalse(r.caseRecord().getInterim().inForce(), "the decision ends it");
    assertEquals(
        LocalDate.of(2026, 11, 20), r.caseRecord().getInterim().getEndedOn().orElseThrow());
    HistoryEntry ended = last(r);
    assertEquals(Action.END_INTERIM, ended.getAction());
    assertEquals(LocalDate.of(2026, 11, 20), ended.getDetailDate().orElseThrow());
    assertEquals(
        17, r.caseRecord().getInterim().days(LocalDate.of(2027, 1, 1)), "4 to 20 November");
    int entries = r.getHistory().size();
    r.keepTime(DEADLINES);
    assertEquals(entries, r.getHistory().size(), "it ends once");
  }

  @Test
  void anInterimArrangementEndsByItselfAfterItsLastDayAndAReplacementAddsUp() {
    AccommodationRequest r = filedOn(on(11, 2));
    LocalDate nov4 = LocalDate.of(2026, 11, 4);
    r.caseRecord()
        .grantInterim(
            REVIEWER1, Arrangement.partialRemote(2), nov4, nov4.plusDays(9), nov4, on(11, 4));
    // replaced from the 9th: the first applied 4 to 8 November (5 days)
    LocalDate nov9 = LocalDate.of(2026, 11, 9);
    r.caseRecord()
        .grantInterim(
            REVIEWER2,
            Arrangement.partialRemote(4),
            nov9,
            LocalDate.of(2026, 11, 20),
            nov9,
            on(11, 9));
    assertEquals(4, r.caseRecord().getInterim().getArrangement().getRemoteDaysPerWeek());
    assertThrows(
        TransitionNotAllowedException.class,
        () -> r.caseRecord().endInterim(LocalDate.of(2026, 11, 20), on(11, 20)),
        "not before its last day has passed");

    r.caseRecord().endInterim(LocalDate.of(2026, 11, 21), on(11, 21));
    assertFalse(r.caseRecord().getInterim().inForce());
    assertEquals(AccommodationRequest.SCHEDULE, last(r).getActor());
    assertEquals(
        5 + 12, r.caseRecord().getInterim().days(LocalDate.of(2027, 1, 1)), "5 days, then 9-20");
    assertThrows(
        TransitionNotAllowedException.class,
        () -> r.caseRecord().endInterim(LocalDate.of(2026, 11, 22), on(11, 22)),
        "it ended already");
  }

  @Test
  void anInterimArrangementNeedsWhatAndWhenAndOnlyHrGrantsIt() {
    AccommodationRequest r = filedOn(on(11, 2));
    LocalDate today = LocalDate.of(2026, 11, 4);
    InvalidInputException missing =
        assertThrows(
            InvalidInputException.class,
            () -> r.caseRecord().grantInterim(REVIEWER1, null, null, null, today, on(11, 4)));
    assertEquals(List.of("arrangement", "from", "until"), fields(missing));
    InvalidInputException backwards =
        assertThrows(
            InvalidInputException.class,
            () ->
                r.caseRecord()
                    .grantInterim(
                        REVIEWER1,
                        Arrangement.partialRemote(2),
                        today.plusDays(5),
                        today.plusDays(4),
                        today,
                        on(11, 4)));
    assertEquals(List.of("until.beforeFrom"), fields(backwards));
    InvalidInputException over =
        assertThrows(
            InvalidInputException.class,
            () ->
                r.caseRecord()
                    .grantInterim(
                        REVIEWER1,
                        Arrangement.partialRemote(2),
                        today.minusDays(20),
                        today.minusDays(1),
                        today,
                        on(11, 4)));
    assertEquals(List.of("until.past"), fields(over));
    assertThrows(
        ActionNotPermittedException.class,
        () ->
            r.caseRecord()
                .grantInterim(
                    EMPLOYEE, Arrangement.partialRemote(2), today, today, today, on(11, 4)));
    assertFalse(r.caseRecord().getInterim().granted(), "nothing refused was kept");
  }

  @Test
  void hrRecordsWhatTheSystemCannotKnowAsDataAndEachChangeIsInTheHistory() {
    AccommodationRequest r = filedOn(on(11, 2));
    r.startReview(REVIEWER1, on(11, 3));
    InvalidInputException early =
        assertThrows(
            InvalidInputException.class,
            () ->
                r.caseRecord()
                    .recordReporting(
                        REVIEWER2, NOV_2, true, null, -1L, java.util.Set.of(), on(11, 4)));
    assertEquals(
        List.of("effectiveOn.notGranted", "medicalInformationReason.missing", "cost.range"),
        fields(early));
    assertThrows(
        ActionNotPermittedException.class,
        () ->
            r.caseRecord()
                .recordReporting(EMPLOYEE, null, false, null, 0L, java.util.Set.of(), on(11, 4)));
    long revision = r.getRevision();

    assertTrue(
        r.caseRecord()
            .recordReporting(
                REVIEWER2, null, true, "NOT_OBVIOUS", 25_000L, java.util.Set.of("JAN"), on(11, 4)));
    HistoryEntry recorded = last(r);
    assertEquals(Action.RECORD_DETAILS, recorded.getAction());
    assertEquals("medicalInformation,cost,assistance", recorded.getDetailCode().orElseThrow());
    assertEquals(revision, r.getRevision(), "the employee's open page is not made stale");
    assertEquals(25_000L, r.caseRecord().getReporting().getCostCents().orElseThrow());
    assertEquals(java.util.Set.of("JAN"), r.caseRecord().getAssistanceSources());
    int entries = r.getHistory().size();
    assertFalse(
        r.caseRecord()
            .recordReporting(
                REVIEWER1, null, true, "NOT_OBVIOUS", 25_000L, java.util.Set.of("JAN"), on(11, 5)),
        "the same again changes nothing");
    assertEquals(entries, r.getHistory().size());

    r.approve(REVIEWER1, null, on(11, 6));
    assertEquals(
        on(11, 3),
        r.caseRecord().referredToDecider().orElseThrow(),
        "taken into review by its decider");
    assertTrue(
        r.caseRecord()
            .recordReporting(
                REVIEWER2,
                LocalDate.of(2026, 11, 9),
                false,
                "NOT_OBVIOUS",
                25_000L,
                java.util.Set.of("JAN"),
                on(11, 9)));
    assertEquals("effectiveOn,medicalInformation", last(r).getDetailCode().orElseThrow());
    assertEquals(
        null,
        r.caseRecord().getReporting().getMedicalInformationReason(),
        "no reason when not asked");
  }
}
