package org.accommodationdesk.domain;

import static org.accommodationdesk.domain.AccommodationRequestWorkflowTest.EMPLOYEE;
import static org.accommodationdesk.domain.AccommodationRequestWorkflowTest.REVIEWER1;
import static org.accommodationdesk.domain.AccommodationRequestWorkflowTest.REVIEWER2;
import static org.accommodationdesk.domain.AccommodationRequestWorkflowTest.T0;
import static org.accommodationdesk.domain.AccommodationRequestWorkflowTest.WINDOW;
import static org.accommodationdesk.domain.AccommodationRequestWorkflowTest.inStatus;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.accommodationdesk.domain.records.Disposition;
import org.accommodationdesk.domain.records.HoldScope;
import org.accommodationdesk.domain.records.LegalHold;
import org.accommodationdesk.domain.records.RetentionSchedule;
import org.accommodationdesk.domain.request.AccommodationRequest;
import org.accommodationdesk.domain.request.Arrangement;
import org.accommodationdesk.domain.request.FieldError;
import org.accommodationdesk.domain.request.HistoryEntry;
import org.accommodationdesk.domain.request.InvalidInputException;
import org.accommodationdesk.domain.request.RequestStatus;
import org.accommodationdesk.domain.request.StaleVersionException;
import org.junit.jupiter.api.Test;

/** How long records last: final dispositions, the schedule, legal holds, and what a purge keeps. */
class RecordsLifecycleTest {
  static final Instant T1 = T0.plusSeconds(60);

  @Test
  void aDenialBecomesFinalWhenItsAppealWindowClosesOrItsAppealIsDecided() {
    AccommodationRequest denied = inStatus(RequestStatus.DENIED);
    assertEquals(Optional.of(WINDOW.closesAt(T1)), Disposition.finalAt(denied, WINDOW));
    AccommodationRequest appealed = inStatus(RequestStatus.APPEALED);
    assertEquals(Optional.empty(), Disposition.finalAt(appealed, WINDOW), "the appeal is open");
    Instant later = T1.plusSeconds(86_400);
    appealed.startReview(REVIEWER2, later);
    appealed.deny(REVIEWER2, "UNDUE_HARDSHIP", "Upheld.", later);
    assertEquals(Optional.of(later), Disposition.finalAt(appealed, WINDOW), "no second appeal");
  }

  @Test
  void aWithdrawalOrAnExpiryIsFinalWhenItHappenedAndAnApprovalInForceOrAnOpenRequestNever() {
    assertEquals(Optional.of(T1), Disposition.finalAt(inStatus(RequestStatus.WITHDRAWN), WINDOW));
    assertEquals(Optional.of(T1), Disposition.finalAt(inStatus(RequestStatus.EXPIRED), WINDOW));
    for (RequestStatus s :
        List.of(
            RequestStatus.SUBMITTED,
            RequestStatus.IN_REVIEW,
            RequestStatus.INFO_REQUESTED,
            RequestStatus.APPEALED,
            RequestStatus.APPROVED,
            RequestStatus.APPROVED_WITH_CHANGES)) {
      assertEquals(Optional.empty(), Disposition.finalAt(inStatus(s), WINDOW), s.name());
    }
  }

  @Test
  void theScheduleKeepsMedicalContentItsMonthsAfterTheFinalDayAndRefusesLessThanTheLawAllows() {
    RetentionSchedule twoYears = RetentionSchedule.DEFAULT;
    LocalDate finalOn = LocalDate.of(2024, 2, 29);
    assertEquals(LocalDate.of(2026, 3, 1), twoYears.purgeableFrom(finalOn));
    assertFalse(twoYears.pastRetention(Optional.of(finalOn), LocalDate.of(2026, 2, 28)));
    assertTrue(twoYears.pastRetention(Optional.of(finalOn), LocalDate.of(2026, 3, 1)));
    assertFalse(twoYears.pastRetention(Optional.empty(), LocalDate.of(2099, 1, 1)), "never final");
    assertEquals("MEDICAL_24M", twoYears.medicalRule());
    for (Integer wrong : new Integer[] {null, 11, 1201, -24}) {
      InvalidInputException e =
          assertThrows(InvalidInputException.class, () -> RetentionSchedule.of(wrong));
      assertEquals(List.of("medicalMonths"), e.errors().stream().map(FieldError::field).toList());
    }
    assertEquals(12, RetentionSchedule.of(12).medicalMonths());
  }

  @Test
  void aHoldNeedsAReasonAndAReferenceAndKeepsWhatItNamesUntilReleasedOnce() {
    InvalidInputException e =
        assertThrows(
            InvalidInputException.class,
            () -> LegalHold.place(null, " ", "", null, "reviewer2", T1));
    assertEquals(
        List.of("scope", "target", "reason", "reference"),
        e.errors().stream().map(FieldError::field).toList());
    assertThrows(
        InvalidInputException.class,
        () -> LegalHold.place(HoldScope.REQUEST, "7", "x".repeat(501), "C-1", "reviewer2", T1));
    LegalHold onEmployee =
        LegalHold.place(
            HoldScope.EMPLOYEE, " employee1 ", " Charge 440-2026 ", "440-2026", "reviewer2", T1);
    assertEquals("employee1", onEmployee.getTarget());
    assertTrue(onEmployee.holds(7, "employee1", "SCHOOL1"));
    assertFalse(onEmployee.holds(7, "employee2", "SCHOOL1"));
    LegalHold onLocation =
        LegalHold.place(HoldScope.LOCATION, "SCHOOL1", "Grievance", "G-9", "admin", T1);
    assertTrue(onLocation.holds(8, "employee2", "SCHOOL1"));
    assertFalse(onLocation.holds(8, "employee2", "SCHOOL2"));
    LegalHold onRequest =
        LegalHold.place(HoldScope.REQUEST, "7", "Lawsuit", "1:26-cv-1", "admin", T1);
    assertTrue(onRequest.holds(7, "anyone", "ANY"));
    assertFalse(onRequest.holds(17, "anyone", "ANY"));
    assertThrows(StaleVersionException.class, () -> onRequest.release("admin", T1, 3));
    onRequest.release("admin", T1, 0);
    assertFalse(onRequest.holds(7, "anyone", "ANY"), "released");
    assertEquals(Optional.of("admin"), onRequest.getReleasedBy());
    assertThrows(IllegalStateException.class, () -> onRequest.release("admin", T1, 0));
  }

  @Test
  void aPurgeRemovesEveryFreeTextAndKeepsTheSkeletonOnce() {
    AccommodationRequest r = inStatus(RequestStatus.IN_REVIEW);
    r.requestInformation(REVIEWER1, "Which days are hardest?", T1);
    r.provideInformation(EMPLOYEE, "Mondays, after dialysis.", T1);
    r.approveWithChanges(
        REVIEWER1,
        Arrangement.granted(
            org.accommodationdesk.domain.request.ArrangementType.OTHER,
            null,
            "A quiet room near the nurse"),
        "See note.",
        T1);
    int steps = r.getHistory().size();
    long revision = r.getRevision();
    RequestStatus status = r.getStatus();
    r.purgeMedicalContent("MEDICAL_24M", T1.plusSeconds(5));
    assertNull(r.asked().getJustification());
    assertNull(r.asked().getFunctionalLimitations());
    assertTrue(r.getHistory().stream().map(HistoryEntry::getComment).allMatch(c -> c == null));
    r.getDecisions()
        .forEach(
            d -> {
              assertNull(d.getExplanation());
              assertNull(d.getGranted() == null ? null : d.getGranted().getDescription());
            });
    assertEquals(steps, r.getHistory().size(), "every step kept");
    assertEquals(status, r.getStatus());
    assertEquals(revision, r.getRevision());
    assertEquals(
        org.accommodationdesk.domain.request.ArrangementType.OTHER,
        r.getDecisions().get(0).getGranted().getType(),
        "the type kept");
    assertEquals(Optional.of("MEDICAL_24M"), r.getPurge().getPurgeRule());
    assertThrows(IllegalStateException.class, () -> r.purgeMedicalContent("MEDICAL_24M", T1));
  }
}
