package org.accommodationdesk.application.requests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.accommodationdesk.application.memory.Desk;
import org.accommodationdesk.application.requests.UnionRequestView.DecisionSummary;
import org.accommodationdesk.application.requests.UnionRequestView.Step;
import org.accommodationdesk.domain.account.Role;
import org.accommodationdesk.domain.request.AccommodationRequest;
import org.accommodationdesk.domain.request.Action;
import org.accommodationdesk.domain.request.Actor;
import org.accommodationdesk.domain.request.ArrangementType;
import org.junit.jupiter.api.Test;

/**
 * What a union rep reads of a request its employee shared: the steps without their messages, who
 * acted only as EMPLOYEE or HR, HR's downloads and exports not at all, and each decision by its
 * outcome, reason code and the arrangement granted without its free-text description.
 */
class UnionRequestViewTest {
  static final Instant NOW = Instant.parse("2026-12-02T15:00:00Z");

  final Desk desk = new Desk(NOW);

  /** Employee1's request, shared with the union, then taken step by step a minute apart. */
  long shared() {
    long id = desk.file("employee1").id();
    desk.user.as("employee1", Role.EMPLOYEE);
    desk.service.shareWithUnion(id, true);
    desk.clock.advance(Duration.ofMinutes(1));
    desk.review("reviewer1", id, Action.START_REVIEW);
    return id;
  }

  UnionRequestView asTheUnion(long id) {
    desk.user.as("rep", Role.UNION_REP);
    return desk.queries.getForUnion(id);
  }

  @Test
  void theUnionSeesEachStepWithoutItsMessageAndOnlyWhetherTheEmployeeOrHrTookIt() {
    long id = shared();
    desk.clock.advance(Duration.ofMinutes(1));
    desk.as(
        "reviewer1",
        Role.REVIEWER,
        id,
        new TransitionCommand(
            Action.APPROVE_WITH_CHANGES,
            null,
            "Because of the condition we discussed",
            ArrangementType.PARTIAL_REMOTE,
            2,
            "Mondays and Fridays, as the doctor advised"));
    AccommodationRequest r = desk.requests.find(id).orElseThrow();
    r.recordDocumentDownloaded(Actor.reviewer("reviewer1"), "note.pdf", NOW);
    r.caseRecord().recordCaseFileExported("reviewer2", "Grievance", NOW);

    UnionRequestView view = asTheUnion(id);
    assertEquals(
        List.of(
            new Step("SUBMIT", null, "SUBMITTED", "EMPLOYEE", NOW),
            new Step("UNION_ACCESS_GRANTED", "SUBMITTED", "SUBMITTED", "EMPLOYEE", NOW),
            new Step("START_REVIEW", "SUBMITTED", "IN_REVIEW", "HR", NOW.plusSeconds(60)),
            new Step(
                "APPROVE_WITH_CHANGES",
                "IN_REVIEW",
                "APPROVED_WITH_CHANGES",
                "HR",
                NOW.plusSeconds(120))),
        view.timeline(),
        "no download, no export, no message, no reviewer's name");
    assertEquals(
        List.of(
            new DecisionSummary(
                "INITIAL",
                "APPROVED_WITH_CHANGES",
                null,
                "PARTIAL_REMOTE",
                2,
                NOW.plusSeconds(120))),
        view.decisions(),
        "the arrangement granted without its description");
    assertEquals("Erin Employee", view.requesterName());
    assertEquals("HOUSEHOLD_MEMBER", view.category());
    assertEquals("APPROVED_WITH_CHANGES", view.status());
    assertEquals("Lincoln Elementary", view.workLocationName());
  }

  @Test
  void aDenialIsShownByItsReasonCodeWithNothingGranted() {
    long id = shared();
    desk.deny("reviewer1", id);
    assertEquals(
        List.of(
            new DecisionSummary(
                "INITIAL", "DENIED", "UNDUE_HARDSHIP", null, null, NOW.plusSeconds(60))),
        asTheUnion(id).decisions());
  }
}
