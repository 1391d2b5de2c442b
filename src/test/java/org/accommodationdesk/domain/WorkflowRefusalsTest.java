package org.accommodationdesk.domain;

import static org.accommodationdesk.domain.AccommodationRequestWorkflowTest.EMPLOYEE;
import static org.accommodationdesk.domain.AccommodationRequestWorkflowTest.OTHER_EMPLOYEE;
import static org.accommodationdesk.domain.AccommodationRequestWorkflowTest.REVIEWER1;
import static org.accommodationdesk.domain.AccommodationRequestWorkflowTest.REVIEWER2;
import static org.accommodationdesk.domain.AccommodationRequestWorkflowTest.T0;
import static org.accommodationdesk.domain.AccommodationRequestWorkflowTest.WINDOW;
import static org.accommodationdesk.domain.AccommodationRequestWorkflowTest.inStatus;
import static org.accommodationdesk.domain.AccommodationRequestWorkflowTest.submitted;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import org.accommodationdesk.domain.request.AccommodationRequest;
import org.accommodationdesk.domain.request.ActionNotPermittedException;
import org.accommodationdesk.domain.request.Actor;
import org.accommodationdesk.domain.request.Arrangement;
import org.accommodationdesk.domain.request.RequestStatus;
import org.accommodationdesk.domain.request.TransitionNotAllowedException;
import org.junit.jupiter.api.Test;

/** A refused step says why, in words the person refused can act on. */
class WorkflowRefusalsTest {
  static final Instant T1 = T0.plusSeconds(60);

  @Test
  void anEmployeeIsToldOnlyAReviewerMayTakeTheStepNamedInWords() {
    AccommodationRequest r = submitted();
    assertEquals(
        "Only an HR reviewer may start review.",
        assertThrows(ActionNotPermittedException.class, () -> r.startReview(OTHER_EMPLOYEE, T1))
            .getMessage());
    assertEquals(
        "Only the employee who filed the request may withdraw.",
        assertThrows(ActionNotPermittedException.class, () -> r.withdraw(REVIEWER1, null, T1))
            .getMessage());
  }

  @Test
  void anAssignedRequestIsTakenIntoReviewOnlyByItsReviewer() {
    AccommodationRequest r = submitted();
    r.assign(Actor.reviewer("lead"), "reviewer1", T1);
    assertEquals(
        "This request is assigned to another reviewer.",
        assertThrows(ActionNotPermittedException.class, () -> r.startReview(REVIEWER2, T1))
            .getMessage());
    r.startReview(REVIEWER1, T1);
    assertEquals(RequestStatus.IN_REVIEW, r.getStatus());
  }

  @Test
  void aSecondAppealIsRefusedAndADecisionOnAppealHasNothingToAccept() {
    AccommodationRequest r = inStatus(RequestStatus.APPEALED);
    r.startReview(REVIEWER2, T1);
    r.approveWithChanges(REVIEWER2, Arrangement.partialRemote(2), null, T1);
    assertEquals(
        "This request has already been appealed once.",
        assertThrows(
                TransitionNotAllowedException.class,
                () -> r.appeal(EMPLOYEE, "Again.", WINDOW, T1.plusSeconds(1)))
            .getMessage());
    assertEquals(
        "The decision on appeal is final: there is nothing to accept.",
        assertThrows(
                TransitionNotAllowedException.class,
                () -> r.accept(EMPLOYEE, WINDOW, T1.plusSeconds(1)))
            .getMessage());
  }

  @Test
  void afterTheWindowAnAppealNamesItsDaysAndAnAcceptanceTheFinalDecision() {
    AccommodationRequest r = inStatus(RequestStatus.APPROVED_WITH_CHANGES);
    Instant late = WINDOW.closesAt(r.outcomes().getDecidedAt().orElseThrow()).plusSeconds(1);
    assertEquals(
        "The appeal window of 15 days after the decision has passed.",
        assertThrows(
                TransitionNotAllowedException.class,
                () -> r.appeal(EMPLOYEE, "Late.", WINDOW, late))
            .getMessage());
    assertEquals(
        "The decision is final: the appeal window has passed.",
        assertThrows(TransitionNotAllowedException.class, () -> r.accept(EMPLOYEE, WINDOW, late))
            .getMessage());
  }

  @Test
  void anAcceptedArrangementCannotBeAppealed() {
    AccommodationRequest r = inStatus(RequestStatus.APPROVED_WITH_CHANGES);
    r.accept(EMPLOYEE, WINDOW, T1);
    assertEquals(
        "The arrangement granted was accepted, so the decision can no longer be appealed.",
        assertThrows(
                TransitionNotAllowedException.class,
                () -> r.appeal(EMPLOYEE, "Changed my mind.", WINDOW, T1))
            .getMessage());
  }
}
