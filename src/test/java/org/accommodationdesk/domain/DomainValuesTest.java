package org.accommodationdesk.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import org.accommodationdesk.domain.request.Action;
import org.accommodationdesk.domain.request.Actor;
import org.accommodationdesk.domain.request.AppealWindow;
import org.accommodationdesk.domain.request.DecisionOutcome;
import org.accommodationdesk.domain.request.DomainException;
import org.accommodationdesk.domain.request.FieldError;
import org.accommodationdesk.domain.request.FieldErrors;
import org.accommodationdesk.domain.request.InvalidInputException;
import org.accommodationdesk.domain.request.RequestStatus;
import org.accommodationdesk.domain.request.TransitionNotAllowedException;
import org.junit.jupiter.api.Test;

/** The small values of the domain: problems collected, refusals named, outcomes ordered. */
class DomainValuesTest {
  @Test
  void problemsAreCollectedInOneChainAndRefusedTogether() {
    FieldErrors errors = new FieldErrors();
    assertSame(errors, errors.add("a", "is wrong"));
    assertSame(errors, errors.add("b", "b.code", "is wrong too"));
    assertSame(errors, errors.require(true, "c", "never added"));
    assertSame(errors, errors.require(false, "d", "is required"));
    assertSame(errors, errors.text("e", "x".repeat(11), 10));
    assertSame(errors, errors.text("f", null, 10));
    assertFalse(errors.isEmpty());
    InvalidInputException e = assertThrows(InvalidInputException.class, errors::throwIfAny);
    assertEquals(
        "Invalid input: a: is wrong; b: is wrong too; d: is required; e: must be at most 10"
            + " characters",
        e.getMessage());
    assertEquals(DomainException.Kind.INVALID, e.kind());
    assertEquals("b.code", e.errors().get(1).code());
    assertEquals("a", e.errors().get(0).code(), "the field when no code is given");
    assertTrue(new FieldErrors().isEmpty());
    new FieldErrors().throwIfAny();
  }

  @Test
  void aStepNotPossibleNowNamesTheStepAndTheStatus() {
    TransitionNotAllowedException e =
        new TransitionNotAllowedException(Action.APPROVE, RequestStatus.WITHDRAWN);
    assertEquals("APPROVE is not possible while the request is WITHDRAWN.", e.getMessage());
    assertEquals(DomainException.Kind.NOT_NOW, e.kind());
    assertEquals(
        List.of(new FieldError("x", "is wrong")),
        InvalidInputException.of("x", "is wrong").errors());
  }

  @Test
  void anOutcomeIsMoreFavourableOnlyWhenStrictlyBetter() {
    assertTrue(
        DecisionOutcome.APPROVED.isMoreFavourableThan(DecisionOutcome.APPROVED_WITH_CHANGES));
    assertTrue(DecisionOutcome.APPROVED_WITH_CHANGES.isMoreFavourableThan(DecisionOutcome.DENIED));
    for (DecisionOutcome o : DecisionOutcome.values()) {
      assertFalse(o.isMoreFavourableThan(o), "the same outcome is no better: " + o);
    }
    assertFalse(DecisionOutcome.DENIED.isMoreFavourableThan(DecisionOutcome.APPROVED));
  }

  @Test
  void openStatusesAreThoseStillWaitingForADecision() {
    for (RequestStatus s : RequestStatus.values()) {
      assertEquals(
          EnumSet.of(
                  RequestStatus.SUBMITTED,
                  RequestStatus.IN_REVIEW,
                  RequestStatus.INFO_REQUESTED,
                  RequestStatus.APPEALED)
              .contains(s),
          s.isOpen(),
          s.name());
    }
  }

  @Test
  void anEmployeeIsNoReviewerAndEveryActorHasAName() {
    Actor ann = Actor.employee("ann");
    assertEquals("ann", ann.username());
    assertFalse(ann.reviewer());
    assertTrue(Actor.reviewer("rev").reviewer());
    assertThrows(IllegalArgumentException.class, () -> Actor.employee(" "));
  }

  @Test
  void theAppealWindowIsCountedBackFromNowForTheDecisionsStillOpen() {
    AppealWindow window = AppealWindow.ofDays(15);
    Instant now = Instant.parse("2026-11-30T12:00:00Z");
    assertEquals(Instant.parse("2026-11-15T12:00:00Z"), window.openSince(now));
    assertTrue(window.isOpen(window.openSince(now), now), "decided then: open to its last instant");
    assertEquals(15, window.days());
    assertThrows(
        IllegalArgumentException.class, () -> new AppealWindow(java.time.Duration.ofDays(-1)));
  }
}
