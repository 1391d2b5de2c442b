package org.accommodationdesk.domain;

import static org.accommodationdesk.domain.CaseClockTest.DEADLINES;
import static org.accommodationdesk.domain.CaseClockTest.EMPLOYEE;
import static org.accommodationdesk.domain.CaseClockTest.REVIEWER1;
import static org.accommodationdesk.domain.CaseClockTest.on;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.accommodationdesk.domain.request.AccommodationRequest;
import org.accommodationdesk.domain.request.Action;
import org.accommodationdesk.domain.request.Actor;
import org.accommodationdesk.domain.request.AppealWindow;
import org.accommodationdesk.domain.request.FieldError;
import org.accommodationdesk.domain.request.HistoryEntry;
import org.accommodationdesk.domain.request.InvalidInputException;
import org.accommodationdesk.domain.request.ProxyFiling.FiledAs;
import org.accommodationdesk.domain.request.RequestIntake;
import org.accommodationdesk.domain.request.TransitionNotAllowedException;
import org.accommodationdesk.domain.request.Urgency;
import org.junit.jupiter.api.Test;

/**
 * Proxy intake: HR or a union rep files for an employee, who confirms before HR reads or decides
 * anything; the decision clock waits for the confirmation (on the calendar with Thanksgiving).
 */
class ProxyFilingTest {
  static final Actor UNION = Actor.employee("union1");
  static final AppealWindow WINDOW = AppealWindow.ofDays(15);

  static AccommodationRequest filedBy(Actor by, FiledAs as, String consent, Instant at) {
    AccommodationRequest r =
        RequestIntake.fileFor(
            "employee1",
            by,
            as,
            consent,
            AccommodationRequestWorkflowTest.household(),
            Urgency.NONE,
            AccommodationRequestWorkflowTest.SCHOOL,
            AccommodationRequestWorkflowTest.TEACHER,
            null,
            at);
    r.keepTime(DEADLINES);
    return r;
  }

  private static List<String> codes(InvalidInputException e) {
    return e.errors().stream().map(FieldError::code).toList();
  }

  @Test
  void aUnionRepFilesOnlyWithTheEmployeesConsentAndTheRequestIsSharedWithTheUnion() {
    InvalidInputException none =
        assertThrows(
            InvalidInputException.class, () -> filedBy(UNION, FiledAs.UNION, "  ", on(11, 2)));
    assertEquals(List.of("consent.missing"), codes(none));
    AccommodationRequest r =
        filedBy(UNION, FiledAs.UNION, " Asked at the union office, 2 November. ", on(11, 2));
    assertEquals("employee1", r.getRequester(), "the employee is the requester");
    assertEquals("union1", r.getProxy().getFiledBy().orElseThrow());
    assertEquals("Asked at the union office, 2 November.", r.getProxy().getConsent().orElseThrow());
    assertTrue(r.isSharedWithUnion(), "filed with the union's help: the union follows it");
    HistoryEntry submitted = r.getHistory().get(0);
    assertEquals(Action.SUBMIT, submitted.getAction());
    assertEquals("union1", submitted.getActor(), "the history names who filed it");
    assertEquals("UNION", submitted.getDetailCode().orElseThrow());
  }

  @Test
  void hrFilesWithoutConsentButNobodyFilesForThemselfAndEveryProblemComesInOneRound() {
    AccommodationRequest r = filedBy(REVIEWER1, FiledAs.HR, null, on(11, 2));
    assertFalse(r.isSharedWithUnion());
    assertTrue(r.awaitsConfirmation());
    InvalidInputException self =
        assertThrows(
            InvalidInputException.class, () -> filedBy(EMPLOYEE, FiledAs.HR, null, on(11, 2)));
    assertEquals(List.of("employee.self"), codes(self));
    InvalidInputException both =
        assertThrows(
            InvalidInputException.class,
            () ->
                RequestIntake.fileFor(
                    "employee1",
                    UNION,
                    FiledAs.UNION,
                    null,
                    AccommodationRequestWorkflowTest.household(),
                    Urgency.NONE,
                    null,
                    AccommodationRequestWorkflowTest.TEACHER,
                    null,
                    on(11, 2)));
    assertEquals(
        Set.of("workLocation", "consent"),
        Set.copyOf(both.errors().stream().map(FieldError::field).toList()));
  }

  @Test
  void untilTheEmployeeConfirmsHrMayNeitherReadNorActAndTheClockWaits() {
    AccommodationRequest r = filedBy(REVIEWER1, FiledAs.HR, null, on(11, 2));
    assertEquals(
        Set.of(Action.EXPEDITE),
        r.availableActions(REVIEWER1, WINDOW, on(11, 3)),
        "HR may expedite it, nothing that reads or decides it");
    TransitionNotAllowedException refused =
        assertThrows(
            TransitionNotAllowedException.class, () -> r.startReview(REVIEWER1, on(11, 3)));
    assertTrue(refused.getMessage().contains("has not confirmed"), refused.getMessage());
    assertThrows(
        TransitionNotAllowedException.class,
        () -> r.recordDocumentDownloaded(REVIEWER1, "form.pdf", on(11, 3)));
    assertEquals(
        Set.of(Action.CONFIRM, Action.WITHDRAW),
        r.availableActions(EMPLOYEE, WINDOW, on(11, 3)),
        "the employee confirms or withdraws");
    assertTrue(r.clock().paused(), "the clock waits for the employee");
    assertNull(r.clock().firstActionDue(), "nothing is due of HR yet");

    // confirmed a week later (5 business days): every limit moves by those days
    r.confirm(EMPLOYEE, on(11, 9));
    r.keepTime(DEADLINES);
    assertFalse(r.awaitsConfirmation());
    assertFalse(r.clock().paused());
    assertEquals(LocalDate.of(2026, 11, 16), r.clock().firstActionDue(), "5 business days on");
    AccommodationRequest own = CaseClockTest.filedOn(on(11, 2));
    assertEquals(LocalDate.of(2026, 11, 23), own.clock().decisionDue(), "filed by the employee");
    // five business days later: 24, 25, 27 (after Thanksgiving), 30 November, 1 December
    assertEquals(LocalDate.of(2026, 12, 1), r.clock().decisionDue(), "the wait is not counted");
    assertThrows(TransitionNotAllowedException.class, () -> r.confirm(EMPLOYEE, on(11, 10)));
    r.startReview(REVIEWER1, on(11, 10));
    r.recordDocumentDownloaded(REVIEWER1, "form.pdf", on(11, 10));
  }

  @Test
  void onlyTheEmployeeConfirmsAndTheirOwnRequestNeedsNoConfirmation() {
    AccommodationRequest r = filedBy(UNION, FiledAs.UNION, "By telephone.", on(11, 2));
    assertThrows(RuntimeException.class, () -> r.confirm(UNION, on(11, 3)));
    assertThrows(RuntimeException.class, () -> r.confirm(REVIEWER1, on(11, 3)));
    AccommodationRequest own = CaseClockTest.filedOn(on(11, 2));
    assertThrows(TransitionNotAllowedException.class, () -> own.confirm(EMPLOYEE, on(11, 3)));
  }

  @Test
  void aRequestWithdrawnUnconfirmedStaysClosedToHrAndItsConsentIsPurgedWithTheRest() {
    AccommodationRequest r = filedBy(UNION, FiledAs.UNION, "By telephone.", on(11, 2));
    r.withdraw(EMPLOYEE, "I did not ask for this.", on(11, 3));
    assertTrue(r.awaitsConfirmation(), "never confirmed");
    assertThrows(
        TransitionNotAllowedException.class,
        () -> r.recordDocumentDownloaded(REVIEWER1, "form.pdf", on(11, 4)));
    r.purgeMedicalContent("WITHDRAWN", on(11, 30));
    assertTrue(r.getProxy().getConsent().isEmpty(), "free text is purged");
    assertEquals("union1", r.getProxy().getFiledBy().orElseThrow(), "who filed it stays");
  }
}
