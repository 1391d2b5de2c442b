package org.accommodationdesk.application.requests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.accommodationdesk.application.deadlines.DueDays;
import org.accommodationdesk.application.notices.LetterService;
import org.accommodationdesk.application.review.ReviewerPool;
import org.accommodationdesk.domain.AccommodationRequestWorkflowTest;
import org.accommodationdesk.domain.deadline.BusinessCalendar;
import org.accommodationdesk.domain.deadline.DeadlinePolicy;
import org.accommodationdesk.domain.deadline.Deadlines;
import org.accommodationdesk.domain.request.AccommodationRequest;
import org.accommodationdesk.domain.request.Action;
import org.accommodationdesk.domain.request.Actor;
import org.accommodationdesk.domain.request.AppealWindow;
import org.accommodationdesk.domain.request.Arrangement;
import org.accommodationdesk.domain.request.ArrangementType;
import org.accommodationdesk.domain.request.Category;
import org.accommodationdesk.domain.request.Decision;
import org.accommodationdesk.domain.request.DecisionOutcome;
import org.accommodationdesk.domain.request.DecisionStage;
import org.accommodationdesk.domain.request.IssuedLetter;
import org.accommodationdesk.domain.request.LetterKind;
import org.accommodationdesk.domain.request.Relationship;
import org.accommodationdesk.domain.request.RequestDetails;
import org.accommodationdesk.domain.request.RequestIntake;
import org.junit.jupiter.api.Test;

/** How a request is shown in a list (RequestSummary) and on its own page (RequestView). */
class RequestViewsTest {
  /** Monday 1 February 2021, 09:00 UTC: the workflow test's filing time. */
  static final Instant T0 = Instant.parse("2021-02-01T09:00:00Z");

  static final Actor EMPLOYEE = Actor.employee("employee1");
  static final Actor REVIEWER1 = Actor.reviewer("reviewer1");
  static final Actor REVIEWER2 = Actor.reviewer("reviewer2");
  static final AppealWindow WINDOW = AppealWindow.ofDays(15);
  static final Deadlines DEADLINES =
      new Deadlines(
          new BusinessCalendar(
              ZoneOffset.UTC, Set.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY), Set.of()),
          DeadlinePolicy.DEFAULT);

  /** Filed 1 Feb 2021 (a Monday): first action due 8 Feb, decision due 22 Feb. */
  static final LocalDate FIRST_ACTION_DUE = LocalDate.of(2021, 2, 8);

  static final LocalDate DECISION_DUE = LocalDate.of(2021, 2, 22);

  static DueDays on(LocalDate today) {
    return new DueDays(today, DEADLINES.calendar().plusBusinessDays(today, 2));
  }

  /** Sets a generated id as the database would on insert. */
  static <T> T withId(T entity, long id) {
    try {
      Field f = entity.getClass().getDeclaredField("id");
      f.setAccessible(true);
      f.set(entity, id);
      return entity;
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  static AccommodationRequest stored() {
    AccommodationRequest r = withId(AccommodationRequestWorkflowTest.submitted(), 41);
    r.keepTime(DEADLINES);
    return r;
  }

  static AccommodationRequest appealed() {
    AccommodationRequest r = stored();
    r.startReview(REVIEWER1, T0.plusSeconds(60));
    r.deny(REVIEWER1, "UNDUE_HARDSHIP", "Explained.", T0.plusSeconds(120));
    r.appeal(EMPLOYEE, "Please reconsider.", WINDOW, T0.plusSeconds(180));
    r.keepTime(DEADLINES);
    return r;
  }

  static RequestSummary summary(
      AccommodationRequest r, ReviewerPool pool, DueDays dueDays, String reader) {
    return RequestSummary.of(r, pool, false, Map.of("employee1", "Ann Employee"), dueDays, reader);
  }

  static final ReviewerPool BOTH = new ReviewerPool(List.of("reviewer1", "reviewer2"), Map.of());

  @Test
  void aSummaryShowsTheRequestWithoutDetailsAndHrsNextDueDay() {
    AccommodationRequest r = stored();
    RequestSummary s = summary(r, BOTH, on(LocalDate.of(2021, 2, 2)), "reviewer1");
    assertEquals(41, s.id());
    assertEquals(r.getRevision(), s.version());
    assertEquals("employee1", s.requester());
    assertEquals("Ann Employee", s.requesterName());
    assertEquals("HOUSEHOLD_MEMBER", s.category());
    assertEquals("SUBMITTED", s.status());
    assertEquals("LOC-1", s.workLocationCode());
    assertEquals("Lincoln Elementary", s.workLocationName());
    assertEquals(LocalDate.of(2021, 2, 8), s.startDate());
    assertEquals(LocalDate.of(2021, 6, 30), s.endDate());
    assertEquals(T0, s.submittedAt());
    assertNull(s.assignedReviewer());
    assertEquals(FIRST_ACTION_DUE, s.due(), "the first action comes before the decision");
    assertFalse(s.overdue());
    assertFalse(s.dueSoon());
    assertNull(s.answerBy());
    assertNull(s.mayNotTake());
    assertFalse(s.needsAnotherReviewer());
    assertNull(
        RequestSummary.of(r, BOTH, false, Map.of(), on(LocalDate.of(2021, 2, 2)), "reviewer1")
            .requesterName(),
        "no name known: none shown");
  }

  @Test
  void aSummaryIsDueSoonInTheLastTwoBusinessDaysAndOverdueAfter() {
    AccommodationRequest r = stored();
    RequestSummary thursday = summary(r, BOTH, on(LocalDate.of(2021, 2, 4)), "reviewer1");
    assertTrue(thursday.dueSoon(), "Monday is two business days from Thursday");
    assertFalse(thursday.overdue());
    RequestSummary onTheDay = summary(r, BOTH, on(FIRST_ACTION_DUE), "reviewer1");
    assertTrue(onTheDay.dueSoon());
    assertFalse(onTheDay.overdue(), "due that day, not late");
    RequestSummary after = summary(r, BOTH, on(FIRST_ACTION_DUE.plusDays(1)), "reviewer1");
    assertTrue(after.overdue());
    assertFalse(after.dueSoon(), "overdue is not also due soon");
  }

  @Test
  void whileTheEmployeeOwesAnAnswerHrIsNotDueButTheAnswerIs() {
    AccommodationRequest r = stored();
    r.startReview(REVIEWER1, T0.plusSeconds(60));
    r.requestInformation(REVIEWER1, "Which days?", T0.plusSeconds(120));
    r.keepTime(DEADLINES);
    RequestSummary s = summary(r, BOTH, on(LocalDate.of(2021, 3, 30)), "reviewer1");
    assertNull(s.due());
    assertFalse(s.overdue());
    assertEquals(LocalDate.of(2021, 2, 15), s.answerBy(), "10 business days after the question");
    assertEquals("reviewer1", s.assignedReviewer());
  }

  @Test
  void aRequestNobodyMayTakeNeedsAnotherReviewerButOnlyWhileItWaits() {
    ReviewerPool onlyTheFirstDecider = new ReviewerPool(List.of("reviewer1"), Map.of());
    AccommodationRequest appeal = appealed();
    assertTrue(
        summary(appeal, onlyTheFirstDecider, on(LocalDate.of(2021, 2, 2)), "reviewer1")
            .needsAnotherReviewer());
    assertFalse(
        summary(appeal, BOTH, on(LocalDate.of(2021, 2, 2)), "reviewer1").needsAnotherReviewer());
    ReviewerPool elsewhere =
        new ReviewerPool(List.of("reviewer2"), Map.of("reviewer2", Set.of("LOC-2")));
    assertTrue(
        summary(stored(), elsewhere, on(LocalDate.of(2021, 2, 2)), "reviewer2")
            .needsAnotherReviewer(),
        "nobody serves its location");

    AccommodationRequest inReview = stored();
    inReview.startReview(REVIEWER1, T0.plusSeconds(60));
    assertFalse(
        summary(
                inReview,
                new ReviewerPool(List.of(), Map.of()),
                on(LocalDate.of(2021, 2, 2)),
                "reviewer1")
            .needsAnotherReviewer(),
        "someone has it");
    assertFalse(
        summary(appeal, null, on(LocalDate.of(2021, 2, 2)), "employee1").needsAnotherReviewer(),
        "not asked when the reader is not HR");
  }

  @Test
  void hrIsToldWhyTheyMayNotTakeAWaitingRequest() {
    AccommodationRequest appeal = appealed();
    assertEquals("MADE_FIRST_DECISION", RequestSummary.mayNotTake(appeal, "reviewer1"));
    assertNull(RequestSummary.mayNotTake(appeal, "reviewer2"));
    assertEquals("OWN_REQUEST", RequestSummary.mayNotTake(stored(), "employee1"));
    assertNull(RequestSummary.mayNotTake(stored(), null));
    assertEquals(
        "MADE_FIRST_DECISION",
        summary(appeal, BOTH, on(LocalDate.of(2021, 2, 2)), "reviewer1").mayNotTake());
    assertNull(
        summary(appeal, null, on(LocalDate.of(2021, 2, 2)), "reviewer1").mayNotTake(),
        "only for HR");

    appeal.assign(Actor.reviewer("lead"), "reviewer2", T0.plusSeconds(240));
    assertNull(RequestSummary.mayNotTake(appeal, "reviewer1"), "assigned: not waiting for anyone");
    AccommodationRequest inReview = stored();
    inReview.startReview(REVIEWER2, T0.plusSeconds(60));
    assertNull(RequestSummary.mayNotTake(inReview, "employee1"), "not waiting");
  }

  /**
   * Filed for the employee and not confirmed: HR's view says that it exists and who filed it, never
   * what it says; the employee's own view has it all; once confirmed, HR reads it too.
   */
  @Test
  void hrSeesNothingAFilingSaysUntilTheEmployeeConfirmsIt() {
    AccommodationRequest r =
        withId(
            RequestIntake.fileFor(
                "employee1",
                Actor.employee("union1"),
                org.accommodationdesk.domain.request.ProxyFiling.FiledAs.UNION,
                "Asked at the union office.",
                new RequestDetails(
                    Category.OWN_CONDITION,
                    ArrangementType.OTHER,
                    null,
                    "Mornings at home",
                    LocalDate.of(2021, 2, 8),
                    null,
                    null,
                    null,
                    "Chemotherapy on Mondays.",
                    "Since January."),
                org.accommodationdesk.domain.request.Urgency.NONE,
                new org.accommodationdesk.domain.reference.WorkLocation("LOC-1", "Lincoln"),
                new org.accommodationdesk.domain.reference.JobClass("TEACHER", "Teacher"),
                null,
                T0),
            42);
    r.keepTime(DEADLINES);
    DueDays today = on(LocalDate.of(2021, 2, 2));
    RequestView hr = full(r, today, true);
    assertNull(hr.functionalLimitations());
    assertNull(hr.justification());
    assertNull(hr.arrangement().description());
    assertEquals("union1", hr.filedFor().filedBy());
    assertTrue(hr.filedFor().awaitingConfirmation());
    assertNull(hr.nameOf(null), "no one named (the system received it): no name, no failure");
    RequestView own = full(r, today, false);
    assertEquals("Chemotherapy on Mondays.", own.functionalLimitations());
    assertEquals("Mornings at home", own.arrangement().description());

    r.confirm(Actor.employee("employee1"), T0.plusSeconds(60));
    RequestView confirmed = full(r, today, true);
    assertEquals("Since January.", confirmed.justification());
    assertFalse(confirmed.filedFor().awaitingConfirmation());
  }

  private static RequestView full(AccommodationRequest r, DueDays dueDays, boolean forHr) {
    return RequestView.of(
        r,
        Set.of(),
        false,
        false,
        "Ann Employee",
        null,
        dueDays,
        false,
        List.of(),
        forHr,
        List.of(),
        Map.of());
  }

  static RequestView view(AccommodationRequest r, DueDays dueDays, List<IssuedLetter> letters) {
    return RequestView.of(
        r, Set.of(Action.WITHDRAW), true, false, "Ann Employee", null, dueDays, false, letters);
  }

  @Test
  void aViewShowsEveryDetailTheRequesterGave() {
    RequestView v = view(stored(), on(LocalDate.of(2021, 2, 2)), List.of());
    assertEquals(41, v.id());
    assertEquals("employee1", v.requester());
    assertEquals("Ann Employee", v.requesterName());
    assertEquals(new RequestView.ArrangementView("FULL_REMOTE", null, null), v.arrangement());
    assertEquals("TEACHER", v.jobClassCode());
    assertEquals("Classroom teacher", v.jobClassName());
    assertEquals("PARENT", v.relationship());
    assertEquals(true, v.attestation());
    assertNull(v.functionalLimitations(), "not asked for another person");
    assertEquals("My father lives with me and is at high risk.", v.justification());
    assertEquals("SUBMITTED", v.status());
    assertNull(v.decidedAt());
    assertFalse(v.sharedWithUnion());
    assertEquals(Set.of(Action.WITHDRAW), v.availableActions());
    assertTrue(v.needsAnotherReviewer());
    assertEquals(DECISION_DUE, v.deadline().due());
    assertFalse(v.deadline().paused());
    assertFalse(v.deadline().overdue());
    assertNull(v.deadline().delayReason(), "no delay recorded");
    assertEquals(FIRST_ACTION_DUE, v.firstActionDue());
    assertNull(v.answerBy());
    assertNull(v.renewalOf());
    assertFalse(v.hasLetter());
    assertNull(v.latestDecision());
    assertNull(v.lastQuestion());
    assertNull(v.appeal());
    RequestView.HistoryView filed = v.history().get(0);
    assertEquals(
        new RequestView.HistoryView(
            "SUBMIT", null, "SUBMITTED", "employee1", T0, null, null, null, null),
        filed,
        "filing comes from no status");
  }

  @Test
  void theDecisionClockIsOverdueOnlyWhileItRuns() {
    AccommodationRequest r = stored();
    LocalDate late = DECISION_DUE.plusDays(1);
    assertTrue(view(r, on(late), List.of()).deadline().overdue());
    assertFalse(view(r, on(DECISION_DUE), List.of()).deadline().overdue());
    r.startReview(REVIEWER1, T0.plusSeconds(60));
    r.requestInformation(REVIEWER1, " Which days? ", T0.plusSeconds(120));
    r.keepTime(DEADLINES);
    RequestView paused = view(r, on(late), List.of());
    assertTrue(paused.deadline().paused());
    assertFalse(paused.deadline().overdue(), "paused: waiting on the employee");
    assertEquals("Which days?", paused.lastQuestion());
    r.provideInformation(EMPLOYEE, "Mondays.", T0.plusSeconds(150));
    r.approve(REVIEWER1, null, T0.plusSeconds(180));
    r.keepTime(DEADLINES);
    assertNull(view(r, on(late), List.of()).deadline(), "decided: no clock");
  }

  @Test
  void eachDecisionNamesTheLetterIssuedForIt() {
    AccommodationRequest r = appealed();
    r.startReview(REVIEWER2, T0.plusSeconds(240));
    r.approveWithChanges(REVIEWER2, Arrangement.partialRemote(2), "Two days.", T0.plusSeconds(300));
    List<Decision> decisions = r.getDecisions();
    withId(decisions.get(0), 7);
    withId(decisions.get(1), 8);
    IssuedLetter first =
        new IssuedLetter(
            70, LetterKind.DECISION, 7L, DecisionStage.INITIAL, DecisionOutcome.DENIED, "en", T0);
    RequestView v = view(r, on(LocalDate.of(2021, 2, 2)), List.of(first));
    assertEquals(70L, v.decisions().get(0).letterId());
    assertNull(v.decisions().get(1).letterId(), "not issued yet");
    assertTrue(v.hasLetter());
    assertEquals(
        List.of(new LetterService.LetterSummary(70, "DECISION", "INITIAL", "DENIED", "en", T0)),
        v.letters());
    RequestView.DecisionView latest = v.latestDecision();
    assertEquals(
        new RequestView.DecisionView(
            "APPEAL",
            "APPROVED_WITH_CHANGES",
            null,
            "Two days.",
            new RequestView.ArrangementView("PARTIAL_REMOTE", 2, null),
            "reviewer2",
            T0.plusSeconds(300),
            null),
        latest);
    assertEquals("UNDUE_HARDSHIP", v.decisions().get(0).reasonCode());
    assertEquals("Please reconsider.", v.appeal().comment());
    assertEquals(T0.plusSeconds(180), v.appeal().at());
    RequestView.HistoryView denial =
        v.history().stream().filter(h -> h.action().equals("DENY")).findFirst().orElseThrow();
    assertEquals(v.decisions().get(0), denial.decision(), "the history points at its decision");
    assertEquals("IN_REVIEW", denial.from());
    assertEquals(T0.plusSeconds(300), v.decidedAt());
  }

  @Test
  void aRenewalShowsTheApprovalItRenews() {
    AccommodationRequest approval = stored();
    approval.startReview(REVIEWER1, T0.plusSeconds(60));
    approval.approve(REVIEWER1, null, T0.plusSeconds(120));
    AccommodationRequest renewal =
        withId(
            RequestIntake.renewal(
                approval,
                "employee1",
                householdAgain(),
                org.accommodationdesk.domain.request.Urgency.NONE,
                approval.getWorkLocation(),
                approval.getJobClass(),
                LocalDate.of(2021, 6, 20),
                T0.plusSeconds(180)),
            42);
    renewal.keepTime(DEADLINES);
    assertEquals(Optional.of(41L), renewal.getRenewalOf());
    assertEquals(41L, view(renewal, on(LocalDate.of(2021, 6, 21)), List.of()).renewalOf());
  }

  static RequestDetails householdAgain() {
    return new RequestDetails(
        Category.HOUSEHOLD_MEMBER,
        ArrangementType.FULL_REMOTE,
        null,
        null,
        LocalDate.of(2021, 7, 1),
        LocalDate.of(2021, 12, 31),
        Relationship.PARENT,
        true,
        null,
        "Still needed.");
  }
}
