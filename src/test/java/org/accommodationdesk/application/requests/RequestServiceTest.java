package org.accommodationdesk.application.requests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.LongStream;
import org.accommodationdesk.application.deadlines.DueDays;
import org.accommodationdesk.application.memory.ActingUser;
import org.accommodationdesk.application.memory.Desk;
import org.accommodationdesk.application.memory.Fields;
import org.accommodationdesk.application.memory.InMemoryAccounts;
import org.accommodationdesk.application.memory.InMemoryDocuments;
import org.accommodationdesk.application.memory.InMemoryLetters;
import org.accommodationdesk.application.memory.InMemoryReferenceData;
import org.accommodationdesk.application.memory.InMemoryRequests;
import org.accommodationdesk.application.memory.InMemorySubmissionKeys;
import org.accommodationdesk.application.memory.MagicBytes;
import org.accommodationdesk.application.memory.MovableClock;
import org.accommodationdesk.application.memory.RecordedEvents;
import org.accommodationdesk.application.reference.ReferenceChoices;
import org.accommodationdesk.application.reference.ReferenceItem;
import org.accommodationdesk.application.review.Assignment;
import org.accommodationdesk.application.stats.Footprint;
import org.accommodationdesk.domain.account.Role;
import org.accommodationdesk.domain.reference.JobClass;
import org.accommodationdesk.domain.reference.WorkLocation;
import org.accommodationdesk.domain.request.AccommodationRequest;
import org.accommodationdesk.domain.request.Action;
import org.accommodationdesk.domain.request.ActionNotPermittedException;
import org.accommodationdesk.domain.request.ArrangementType;
import org.accommodationdesk.domain.request.Category;
import org.accommodationdesk.domain.request.DecisionOutcome;
import org.accommodationdesk.domain.request.DecisionStage;
import org.accommodationdesk.domain.request.FieldError;
import org.accommodationdesk.domain.request.InvalidInputException;
import org.accommodationdesk.domain.request.IssuedLetter;
import org.accommodationdesk.domain.request.LetterKind;
import org.accommodationdesk.domain.request.Relationship;
import org.accommodationdesk.domain.request.RequestDetails;
import org.accommodationdesk.domain.request.RequestFilter;
import org.accommodationdesk.domain.request.RequestNotFoundException;
import org.accommodationdesk.domain.request.RequestOrder;
import org.accommodationdesk.domain.request.RequestStatus;
import org.accommodationdesk.domain.request.StaleVersionException;
import org.accommodationdesk.domain.request.TransitionNotAllowedException;
import org.accommodationdesk.domain.request.Urgency;
import org.junit.jupiter.api.Test;

/**
 * The case use cases against in-memory repositories, without a container: filing, steps of the
 * workflow, who sees a request, who gives requests to whom, and lists.
 */
class RequestServiceTest {
  /** Wednesday 2 December 2026, 09:00 in Chicago. */
  static final Instant NOW = Instant.parse("2026-12-02T15:00:00Z");

  static final LocalDate TODAY = LocalDate.of(2026, 12, 2);

  final Desk desk = new Desk(NOW);
  final WorkLocation lincoln = desk.lincoln;
  final WorkLocation washington = desk.washington;
  final JobClass teacher = desk.teacher;
  final JobClass clerk = desk.clerk;

  final InMemoryRequests requests = desk.requests;
  final InMemoryAccounts accounts = desk.accounts;
  final InMemoryReferenceData referenceData = desk.referenceData;
  final InMemoryLetters letters = desk.letters;
  final InMemorySubmissionKeys keys = desk.keys;
  final InMemoryDocuments documents = desk.documents;
  final MovableClock clock = desk.clock;
  final ActingUser user = desk.user;
  final RecordedEvents<CaseStep> steps = desk.steps;
  final List<Footprint[]> ledger = desk.ledger;
  final AtomicBoolean rolledBack = desk.rolledBack;
  final RequestService service = desk.service;
  final RequestFiling filing = desk.filing;
  final RequestQueries queries = desk.queries;
  final Assignment assignment = desk.assignment;
  final ReferenceChoices choices = desk.choices;

  void account(
      String username, String name, WorkLocation location, JobClass jobClass, String... roles) {
    desk.account(username, name, location, jobClass, roles);
  }

  static RequestDetails household() {
    return Desk.household();
  }

  RequestView file(String employee) {
    return desk.file(employee);
  }

  RequestView as(String username, String role, long id, TransitionCommand command) {
    return desk.as(username, role, id, command);
  }

  static TransitionCommand step(Action action) {
    return TransitionCommand.of(action, "a comment");
  }

  /** A request of employee1's, approved by reviewer1 until {@code end}. */
  long approvedUntil(LocalDate end) {
    user.as("employee1", Role.EMPLOYEE);
    RequestDetails details =
        new RequestDetails(
            Category.HOUSEHOLD_MEMBER,
            ArrangementType.FULL_REMOTE,
            null,
            null,
            LocalDate.of(2026, 6, 1),
            end,
            Relationship.PARENT,
            true,
            null,
            null);
    long id = filing.submit(new NewRequest(details, null, null)).id();
    as("reviewer1", Role.REVIEWER, id, step(Action.START_REVIEW));
    as("reviewer1", Role.REVIEWER, id, step(Action.APPROVE));
    return id;
  }

  static FieldError onlyError(InvalidInputException e) {
    assertEquals(1, e.errors().size(), e.errors().toString());
    return e.errors().get(0);
  }

  // ---- filing ---------------------------------------------------------------------------------

  @Test
  void aRequestFiledWithoutLocationOrJobClassTakesThoseOfTheEmployeesPlacement() {
    RequestView filed = file("employee1");
    assertEquals("LOC-1", filed.workLocationCode());
    assertEquals("TEACHER", filed.jobClassCode());
    assertEquals("employee1", filed.requester());
    assertEquals(RequestStatus.SUBMITTED.name(), filed.status());
    assertEquals(NOW, filed.submittedAt());
  }

  @Test
  void aRequestFiledForAnotherLocationAndJobClassKeepsThoseChosen() {
    user.as("employee1", Role.EMPLOYEE);
    RequestView filed = filing.submit(new NewRequest(household(), "LOC-2", "CLERK"));
    assertEquals("LOC-2", filed.workLocationCode());
    assertEquals("Washington High", filed.workLocationName());
    assertEquals("CLERK", filed.jobClassCode());
  }

  @Test
  void aFiledRequestIsStoredCountedAndAnnouncedOnce() {
    RequestView filed = file("employee1");
    AccommodationRequest stored = requests.find(filed.id()).orElseThrow();
    assertEquals(stored.getRevision(), requests.storedRevision(filed.id()).orElseThrow());
    assertEquals(1, steps.fired.size());
    CaseStep step = steps.fired.get(0);
    assertEquals(Action.SUBMIT, step.action());
    assertEquals(stored, step.request());
    assertNull(step.assignedBefore());
    assertEquals(1, ledger.size());
    assertEquals(Footprint.NONE, ledger.get(0)[0], "a new request: nothing before");
    assertEquals(Footprint.of(stored), ledger.get(0)[1]);
  }

  @Test
  void aFiledRequestHasItsDeadlinesSetFromTheBusinessCalendar() {
    RequestView filed = file("employee1");
    // filed Wednesday 2 December: five business days to first act
    assertEquals(LocalDate.of(2026, 12, 9), filed.firstActionDue());
  }

  @Test
  void anUnknownWorkLocationIsRefusedNamingItsCodeAndNothingIsFiled() {
    user.as("employee1", Role.EMPLOYEE);
    InvalidInputException e =
        assertThrows(
            InvalidInputException.class,
            () -> filing.submit(new NewRequest(household(), "LOC-9", null)));
    assertEquals("workLocation", onlyError(e).field());
    assertTrue(onlyError(e).message().contains("LOC-9"), onlyError(e).message());
    assertTrue(requests.all().isEmpty());
    assertTrue(steps.fired.isEmpty());
  }

  @Test
  void anUnknownJobClassIsRefusedNamingItsCodeAndNothingIsFiled() {
    user.as("employee1", Role.EMPLOYEE);
    InvalidInputException e =
        assertThrows(
            InvalidInputException.class,
            () -> filing.submit(new NewRequest(household(), null, "PILOT")));
    assertEquals("jobClass", onlyError(e).field());
    assertTrue(onlyError(e).message().contains("PILOT"), onlyError(e).message());
    assertTrue(requests.all().isEmpty());
  }

  @Test
  void someoneWithoutAnEmployeeProfileCannotFile() {
    user.as("stranger", Role.EMPLOYEE);
    InvalidInputException e =
        assertThrows(
            InvalidInputException.class,
            () -> filing.submit(new NewRequest(household(), "LOC-1", "TEACHER")));
    assertEquals("requester", onlyError(e).field());
    assertTrue(requests.all().isEmpty());
  }

  @Test
  void aRequestFiledWithADateItIsNeededByKeepsTheDateAndTheReason() {
    user.as("employee1", Role.EMPLOYEE);
    RequestView filed =
        filing.submit(
            new NewRequest(
                household(),
                null,
                null,
                null,
                new Urgency(LocalDate.of(2026, 12, 14), "Term starts")));
    assertEquals(LocalDate.of(2026, 12, 14), filed.neededBy());
    assertEquals("Term starts", filed.neededByReason());
  }

  @Test
  void anApprovalEndingWithinThirtyDaysIsRenewedByANewRequestLinkedToIt() {
    long original = approvedUntil(TODAY.plusDays(20));
    user.as("employee1", Role.EMPLOYEE);
    assertTrue(queries.get(original).renewable(), "the requester may renew it");
    RequestView renewal = filing.submit(new NewRequest(household(), null, null, original));
    assertEquals(original, renewal.renewalOf());
    assertEquals(RequestStatus.SUBMITTED.name(), renewal.status());
    assertFalse(queries.get(original).renewable(), "one renewal at a time");
  }

  @Test
  void anApprovalRenewedOnceIsRefusedASecondRenewalNamingTheFirst() {
    long original = approvedUntil(TODAY.plusDays(20));
    user.as("employee1", Role.EMPLOYEE);
    long first = filing.submit(new NewRequest(household(), null, null, original)).id();
    InvalidInputException e =
        assertThrows(
            InvalidInputException.class,
            () -> filing.submit(new NewRequest(household(), null, null, original)));
    assertEquals("renewalOf", onlyError(e).field());
    assertEquals("request " + original + " is renewed by request " + first, onlyError(e).message());
    assertEquals(2, requests.all().size(), "no second renewal");
  }

  @Test
  void anApprovalEndingInMoreThanThirtyDaysCannotBeRenewedYet() {
    long original = approvedUntil(TODAY.plusDays(31));
    user.as("employee1", Role.EMPLOYEE);
    assertFalse(queries.get(original).renewable());
    InvalidInputException e =
        assertThrows(
            InvalidInputException.class,
            () -> filing.submit(new NewRequest(household(), null, null, original)));
    assertEquals("renewalOf", onlyError(e).field());
  }

  @Test
  void anotherEmployeesApprovalCannotBeRenewedAndIsNotRevealed() {
    long original = approvedUntil(TODAY.plusDays(20));
    user.as("employee2", Role.EMPLOYEE);
    assertThrows(
        RequestNotFoundException.class,
        () -> filing.submit(new NewRequest(household(), null, null, original)));
  }

  @Test
  void theSameFilingSentTwiceUnderOneKeyFilesOneRequest() {
    user.as("employee1", Role.EMPLOYEE);
    NewRequest input = new NewRequest(household(), null, null);
    Submissions.Filed first = filing.submit(input, List.of(), "key-1");
    Submissions.Filed again = filing.submit(input, List.of(), "key-1");
    assertFalse(first.replayed());
    assertTrue(again.replayed());
    assertEquals(first.view().id(), again.view().id());
    assertEquals(1, requests.all().size());
    assertEquals(1, steps.fired.size(), "announced once");
  }

  @Test
  void aDifferentFilingUnderAUsedKeyIsRefused() {
    user.as("employee1", Role.EMPLOYEE);
    filing.submit(new NewRequest(household(), null, null), List.of(), "key-1");
    InvalidInputException e =
        assertThrows(
            InvalidInputException.class,
            () -> filing.submit(new NewRequest(household(), "LOC-2", null), List.of(), "key-1"));
    assertEquals("Idempotency-Key", onlyError(e).field());
    assertEquals(1, requests.all().size());
  }

  @Test
  void filingsWithoutAKeyAreEachANewRequest() {
    user.as("employee1", Role.EMPLOYEE);
    NewRequest input = new NewRequest(household(), null, null);
    long a = filing.submit(input, List.of(), null).view().id();
    long b = filing.submit(input, List.of(), null).view().id();
    assertTrue(a != b);
    assertEquals(2, requests.all().size());
  }

  // ---- steps ----------------------------------------------------------------------------------

  @Test
  void aReviewerTakesARequestIntoReviewAndTheStepIsStoredAndAnnounced() {
    long id = file("employee1").id();
    steps.fired.clear();
    ledger.clear();
    RequestView after = as("reviewer1", Role.REVIEWER, id, step(Action.START_REVIEW));
    assertEquals(RequestStatus.IN_REVIEW.name(), after.status());
    assertEquals("reviewer1", after.assignedReviewer());
    AccommodationRequest stored = requests.find(id).orElseThrow();
    assertEquals(stored.getRevision(), requests.storedRevision(id).orElseThrow());
    assertEquals(stored.getRevision(), after.version());
    assertEquals(1, steps.fired.size());
    assertEquals(Action.START_REVIEW, steps.fired.get(0).action());
    assertNull(steps.fired.get(0).assignedBefore());
    assertEquals(1, ledger.size());
    assertEquals(Footprint.of(stored), ledger.get(0)[1]);
    assertFalse(ledger.get(0)[0].equals(ledger.get(0)[1]), "the status moved in the figures");
  }

  @Test
  void theAnnouncedStepNamesTheReviewerAssignedBeforeIt() {
    long id = file("employee1").id();
    as("reviewer1", Role.REVIEWER, id, step(Action.START_REVIEW));
    user.as("employee1", Role.EMPLOYEE);
    service.transition(id, step(Action.WITHDRAW), null);
    CaseStep withdrawn = steps.fired.get(steps.fired.size() - 1);
    assertEquals(Action.WITHDRAW, withdrawn.action());
    assertEquals("reviewer1", withdrawn.assignedBefore());
    assertNull(withdrawn.request().getAssignedReviewer(), "a withdrawn request has nobody");
  }

  @Test
  void aStepOnTheVersionTheCallerSawIsTaken() {
    long id = file("employee1").id();
    long seen = requests.find(id).orElseThrow().getRevision();
    user.as("reviewer1", Role.REVIEWER);
    RequestView after = service.transition(id, step(Action.START_REVIEW), seen);
    assertEquals(RequestStatus.IN_REVIEW.name(), after.status());
    assertEquals(seen + 1, after.version());
  }

  @Test
  void aStepOnAnOlderVersionIsRefusedAsStaleAndChangesNothing() {
    long id = file("employee1").id();
    long seen = requests.find(id).orElseThrow().getRevision();
    as("reviewer1", Role.REVIEWER, id, step(Action.START_REVIEW));
    steps.fired.clear();
    user.as("reviewer1", Role.REVIEWER);
    assertThrows(
        StaleVersionException.class, () -> service.transition(id, step(Action.REQUEST_INFO), seen));
    assertEquals(RequestStatus.IN_REVIEW, requests.find(id).orElseThrow().getStatus());
    assertTrue(steps.fired.isEmpty());
  }

  @Test
  void aCommandWithoutAWorkflowStepIsRefusedNamingTheAction() {
    long id = file("employee1").id();
    user.as("reviewer1", Role.REVIEWER);
    for (Action notAStep : new Action[] {null, Action.ASSIGN, Action.SUBMIT}) {
      InvalidInputException e =
          assertThrows(
              InvalidInputException.class,
              () -> service.transition(id, TransitionCommand.of(notAStep, null), null),
              String.valueOf(notAStep));
      assertEquals("action", onlyError(e).field());
    }
    assertEquals(RequestStatus.SUBMITTED, requests.find(id).orElseThrow().getStatus());
  }

  @Test
  void checkingAnAllowedStepTakesItOnlyOnTrialRolledBackAndUnannounced() {
    long id = file("employee1").id();
    long storedBefore = requests.storedRevision(id).orElseThrow();
    steps.fired.clear();
    ledger.clear();
    user.as("reviewer1", Role.REVIEWER);
    service.check(id, step(Action.START_REVIEW), storedBefore);
    assertTrue(rolledBack.get(), "the trial is rolled back");
    assertEquals(storedBefore, requests.storedRevision(id).orElseThrow(), "nothing stored");
    assertTrue(steps.fired.isEmpty(), "nothing announced");
    assertTrue(ledger.isEmpty(), "nothing counted");
  }

  @Test
  void checkingAStepRefusesItForTheReasonTheStepWouldBeRefused() {
    long id = file("employee1").id();
    user.as("employee1", Role.EMPLOYEE);
    assertThrows(
        ActionNotPermittedException.class, () -> service.check(id, step(Action.APPROVE), null));
    assertTrue(rolledBack.get());
    user.as("reviewer1", Role.REVIEWER);
    assertThrows(
        TransitionNotAllowedException.class,
        () -> service.check(id, step(Action.APPROVE), null),
        "not in review yet");
    assertThrows(
        StaleVersionException.class, () -> service.check(id, step(Action.START_REVIEW), 99L));
  }

  @Test
  void aDenialCitesAReasonInUse() {
    long id = file("employee1").id();
    as("reviewer1", Role.REVIEWER, id, step(Action.START_REVIEW));
    RequestView denied =
        service.transition(
            id,
            new TransitionCommand(
                Action.DENY, "ESSENTIAL_FUNCTION", "Needs presence", null, null, null),
            null);
    assertEquals(RequestStatus.DENIED.name(), denied.status());
    assertEquals(
        "ESSENTIAL_FUNCTION",
        requests.find(id).orElseThrow().latestDecision().orElseThrow().getReasonCode());
  }

  @Test
  void aDenialCitingARetiredOrUnknownReasonIsRefusedListingTheReasonsInUse() {
    long id = file("employee1").id();
    as("reviewer1", Role.REVIEWER, id, step(Action.START_REVIEW));
    for (String code : new String[] {"OLD", "NOPE"}) {
      InvalidInputException e =
          assertThrows(
              InvalidInputException.class,
              () ->
                  service.transition(
                      id, new TransitionCommand(Action.DENY, code, "No", null, null, null), null));
      assertEquals("reasonCode", onlyError(e).field());
      assertEquals("must be one of UNDUE_HARDSHIP, ESSENTIAL_FUNCTION", onlyError(e).message());
    }
    assertEquals(RequestStatus.IN_REVIEW, requests.find(id).orElseThrow().getStatus());
  }

  @Test
  void aDenialWithoutAReasonIsRefusedByTheRequestNamingTheMissingReason() {
    long id = file("employee1").id();
    as("reviewer1", Role.REVIEWER, id, step(Action.START_REVIEW));
    InvalidInputException e =
        assertThrows(
            InvalidInputException.class,
            () ->
                service.transition(
                    id, new TransitionCommand(Action.DENY, null, "No", null, null, null), null));
    assertEquals("reasonCode", onlyError(e).field());
    assertEquals("choose the reason for the denial", onlyError(e).message());
  }

  @Test
  void anApprovalWithChangesGrantsTheArrangementGiven() {
    long id = file("employee1").id();
    as("reviewer1", Role.REVIEWER, id, step(Action.START_REVIEW));
    RequestView approved =
        service.transition(
            id,
            new TransitionCommand(
                Action.APPROVE_WITH_CHANGES,
                null,
                "Two days",
                ArrangementType.PARTIAL_REMOTE,
                2,
                null),
            null);
    assertEquals(RequestStatus.APPROVED_WITH_CHANGES.name(), approved.status());
    RequestView.ArrangementView granted = approved.latestDecision().granted();
    assertEquals(ArrangementType.PARTIAL_REMOTE.name(), granted.type());
    assertEquals(2, granted.remoteDaysPerWeek());
  }

  @Test
  void anApprovalWithChangesWithoutTheArrangementIsRefused() {
    long id = file("employee1").id();
    as("reviewer1", Role.REVIEWER, id, step(Action.START_REVIEW));
    InvalidInputException e =
        assertThrows(
            InvalidInputException.class,
            () -> service.transition(id, step(Action.APPROVE_WITH_CHANGES), null));
    assertEquals("arrangement", onlyError(e).field());
  }

  @Test
  void theRequesterAnswersAQuestionAndTheRequestIsBackInReview() {
    long id = file("employee1").id();
    as("reviewer1", Role.REVIEWER, id, step(Action.START_REVIEW));
    as("reviewer1", Role.REVIEWER, id, step(Action.REQUEST_INFO));
    user.as("employee1", Role.EMPLOYEE);
    RequestView answered = service.provideInformation(id, "Here it is", List.of(), null);
    assertEquals(RequestStatus.IN_REVIEW.name(), answered.status());
    assertEquals(Action.PROVIDE_INFO, steps.fired.get(steps.fired.size() - 1).action());
  }

  @Test
  void theRequesterAppealsADenialWithinTheWindowButNotAfterIt() {
    long id = file("employee1").id();
    as("reviewer1", Role.REVIEWER, id, step(Action.START_REVIEW));
    service.transition(
        id, new TransitionCommand(Action.DENY, "UNDUE_HARDSHIP", "No", null, null, null), null);
    user.as("employee1", Role.EMPLOYEE);
    RequestView denied = queries.get(id);
    assertTrue(denied.availableActions().contains(Action.APPEAL));
    assertEquals(NOW.plus(Duration.ofDays(15)), denied.appealBy(), "fifteen days to appeal");
    assertFalse(denied.finalDecision());

    clock.advance(Duration.ofDays(16));
    RequestView late = queries.get(id);
    assertNull(late.appealBy(), "no longer open to an appeal");
    assertTrue(late.finalDecision());
    assertThrows(
        TransitionNotAllowedException.class,
        () -> service.appeal(id, "I disagree", List.of(), null));

    clock.set(NOW.plus(Duration.ofDays(1)));
    RequestView appealed = service.appeal(id, "I disagree", List.of(), null);
    assertEquals(RequestStatus.APPEALED.name(), appealed.status());
  }

  @Test
  void anAppealIsDecidedBySomeoneOtherThanTheFirstDecider() {
    long id = file("employee1").id();
    as("reviewer1", Role.REVIEWER, id, step(Action.START_REVIEW));
    service.transition(
        id, new TransitionCommand(Action.DENY, "UNDUE_HARDSHIP", "No", null, null, null), null);
    user.as("employee1", Role.EMPLOYEE);
    service.appeal(id, "I disagree", List.of(), null);
    assertThrows(
        ActionNotPermittedException.class,
        () -> as("reviewer1", Role.REVIEWER, id, step(Action.START_REVIEW)));
    RequestView inReview = as("reviewer2", Role.REVIEWER, id, step(Action.START_REVIEW));
    assertEquals("reviewer2", inReview.assignedReviewer());
  }

  @Test
  void hrExpeditesARequestToBeDecidedByADate() {
    long id = file("employee1").id();
    user.as("reviewer1", Role.REVIEWER);
    RequestView expedited =
        service.transition(id, TransitionCommand.expedite(LocalDate.of(2026, 12, 4)), null);
    assertTrue(expedited.expedited());
    assertEquals(LocalDate.of(2026, 12, 4), expedited.neededBy());
  }

  // ---- who sees a request -------------------------------------------------------------------

  @Test
  void anotherEmployeeIsToldTheRequestDoesNotExist() {
    long id = file("employee1").id();
    user.as("employee2", Role.EMPLOYEE);
    assertThrows(RequestNotFoundException.class, () -> queries.get(id));
    assertThrows(
        RequestNotFoundException.class, () -> service.transition(id, step(Action.WITHDRAW), null));
    assertThrows(RequestNotFoundException.class, () -> service.shareWithUnion(id, true));
    assertEquals(RequestStatus.SUBMITTED, requests.find(id).orElseThrow().getStatus());
  }

  @Test
  void aRequestThatDoesNotExistIsNotFound() {
    user.as("reviewer1", Role.REVIEWER);
    assertThrows(RequestNotFoundException.class, () -> queries.get(404));
  }

  @Test
  void aReviewerNamedForOtherLocationsIsToldTheRequestDoesNotExist() {
    washington.changeReviewers(Set.of("reviewer2"));
    long id = file("employee1").id(); // at Lincoln
    user.as("reviewer2", Role.REVIEWER);
    assertThrows(RequestNotFoundException.class, () -> queries.get(id));
    user.as("reviewer1", Role.REVIEWER);
    assertEquals(id, queries.get(id).id(), "named for none: serves every location");
  }

  @Test
  void hrSeesTheRequestersNameButTheRequestersOwnViewDoesNotCarryIt() {
    long id = file("employee1").id();
    user.as("reviewer1", Role.REVIEWER);
    assertEquals("Erin Employee", queries.get(id).requesterName());
    user.as("employee1", Role.EMPLOYEE);
    assertNull(queries.get(id).requesterName());
  }

  @Test
  void aViewShowsTheStepsTheReaderMayTake() {
    long id = file("employee1").id();
    user.as("employee1", Role.EMPLOYEE);
    assertEquals(Set.of(Action.WITHDRAW), queries.get(id).availableActions());
    user.as("reviewer1", Role.REVIEWER);
    assertEquals(
        Set.of(Action.START_REVIEW, Action.EXPEDITE, Action.RECORD_DELAY, Action.GRANT_INTERIM),
        queries.get(id).availableActions());
  }

  @Test
  void aDecidedRequestShowsItsLettersAnUndecidedOneNone() {
    long id = file("employee1").id();
    letters.issued.add(
        new IssuedLetter(
            7,
            LetterKind.DECISION,
            1L,
            DecisionStage.INITIAL,
            DecisionOutcome.APPROVED,
            "en",
            NOW));
    user.as("employee1", Role.EMPLOYEE);
    assertTrue(queries.get(id).letters().isEmpty(), "no decision: no letters looked up");
    as("reviewer1", Role.REVIEWER, id, step(Action.START_REVIEW));
    as("reviewer1", Role.REVIEWER, id, step(Action.APPROVE));
    user.as("employee1", Role.EMPLOYEE);
    assertEquals(1, queries.get(id).letters().size());
  }

  @Test
  void theRequesterSharesARequestWithTheUnionWhoThenSeesItByName() {
    long id = file("employee1").id();
    user.as("rep", Role.UNION_REP);
    assertThrows(RequestNotFoundException.class, () -> queries.getForUnion(id));
    assertEquals(0, queries.listShared(0, 10).total());

    user.as("employee1", Role.EMPLOYEE);
    assertTrue(service.shareWithUnion(id, true).sharedWithUnion());
    assertEquals(
        requests.find(id).orElseThrow().getRevision(), requests.storedRevision(id).orElseThrow());

    user.as("rep", Role.UNION_REP);
    assertEquals("Erin Employee", queries.getForUnion(id).requesterName());
    PageResult<UnionRequestView.Summary> shared = queries.listShared(0, 10);
    assertEquals(1, shared.total());
    assertEquals(id, shared.items().get(0).id());
    assertTrue(queries.listShared(1, 2).items().isEmpty(), "the second page of one is empty");
    assertThrows(RequestNotFoundException.class, () -> queries.getForUnion(404));

    user.as("employee1", Role.EMPLOYEE);
    assertFalse(service.shareWithUnion(id, false).sharedWithUnion());
    user.as("rep", Role.UNION_REP);
    assertThrows(RequestNotFoundException.class, () -> queries.getForUnion(id));
  }

  // ---- assignment -----------------------------------------------------------------------------

  @Test
  void onlyAnHrLeadMayAssignUnlessAnyReviewerIsConfigured() {
    long id = file("employee1").id();
    user.as("reviewer1", Role.REVIEWER);
    assertFalse(assignment.mayAssign());
    assertThrows(
        ActionNotPermittedException.class, () -> assignment.assign(List.of(id), "reviewer2"));
    assertNull(requests.find(id).orElseThrow().getAssignedReviewer());
    user.as("lead", Role.REVIEWER, Role.HR_LEAD);
    assertTrue(assignment.mayAssign());

    Fields.set(assignment, "assignmentBy", "any-reviewer");
    user.as("reviewer1", Role.REVIEWER);
    assertTrue(assignment.mayAssign());
    assertEquals(1, assignment.assign(List.of(id), "reviewer2"));
  }

  @Test
  void aDisabledHrLeadMayNotAssign() {
    accounts.find("lead").orElseThrow().disable();
    user.as("lead", Role.REVIEWER, Role.HR_LEAD);
    assertFalse(assignment.mayAssign());
  }

  @Test
  void anHrLeadGivesRequestsToAReviewerWhoIsToldOfEachOnce() {
    long a = file("employee1").id();
    long b = file("employee2").id();
    steps.fired.clear();
    user.as("lead", Role.REVIEWER, Role.HR_LEAD);
    assertEquals(2, assignment.assign(List.of(a, b), "reviewer1"));
    assertEquals("reviewer1", requests.find(a).orElseThrow().getAssignedReviewer());
    assertEquals("reviewer1", requests.find(b).orElseThrow().getAssignedReviewer());
    assertEquals(
        requests.find(b).orElseThrow().getRevision(), requests.storedRevision(b).orElseThrow());
    assertEquals(2, steps.fired.size());
    assertTrue(steps.fired.stream().allMatch(s -> s.action() == Action.ASSIGN));
    assertTrue(steps.fired.stream().allMatch(s -> s.assignedBefore() == null));
    assertEquals(Map.of("reviewer1", 2L), assignment.workload());

    steps.fired.clear();
    assertEquals(0, assignment.assign(List.of(a), "reviewer1"), "already theirs: no change");
    assertTrue(steps.fired.isEmpty());

    assertEquals(1, assignment.assign(List.of(a), "reviewer2"));
    assertEquals("reviewer1", steps.fired.get(0).assignedBefore());
  }

  @Test
  void hrRecordsTheReportingRecordWithReasonsInUseOnlyAndAStaleFormIsRefused() {
    referenceData.add(
        new org.accommodationdesk.domain.reference.ListedReason(
            org.accommodationdesk.domain.reference.ReasonList.ASSISTANCE,
            "JAN",
            "Job Accommodation Network",
            null,
            true,
            1));
    referenceData.add(
        new org.accommodationdesk.domain.reference.ListedReason(
            org.accommodationdesk.domain.reference.ReasonList.MEDICAL_INFORMATION,
            "UNCLEAR",
            "The need was unclear",
            null,
            true,
            1));
    long id = file("employee1").id();
    user.as("reviewer1", Role.REVIEWER);
    InvalidInputException unknownSource =
        assertThrows(
            InvalidInputException.class,
            () ->
                service.recordReporting(
                    id,
                    new RequestService.Reporting(null, null, null, null, List.of("NOPE")),
                    null));
    assertEquals("assistance", unknownSource.errors().get(0).field());
    assertTrue(unknownSource.getMessage().contains("JAN"), "names the sources in use");
    InvalidInputException unknownReason =
        assertThrows(
            InvalidInputException.class,
            () ->
                service.recordReporting(
                    id, new RequestService.Reporting(null, true, "NOPE", null, List.of()), null));
    assertEquals("medicalInformationReason", unknownReason.errors().get(0).field());

    RequestView.ReportingView recorded =
        service
            .recordReporting(
                id,
                new RequestService.Reporting(null, true, "UNCLEAR", 10_050L, List.of("JAN")),
                0L)
            .reporting();
    assertEquals(1, recorded.version());
    assertEquals("UNCLEAR", recorded.medicalInformationReason());
    assertEquals(10_050L, recorded.costCents());
    assertEquals(List.of("JAN"), recorded.assistance());
    assertThrows(
        org.accommodationdesk.domain.request.StaleVersionException.class,
        () ->
            service.recordReporting(
                id, new RequestService.Reporting(null, false, null, null, List.of()), 0L),
        "another reviewer recorded it since this form was drawn");
    user.as("employee1", Role.EMPLOYEE);
    assertNull(service.shareWithUnion(id, false).reporting(), "the employee never sees it");
  }

  @Test
  void theQueueNamesTheAssignedReviewerByNameAndEveryRequesterByName() {
    long a = file("employee1").id();
    file("employee2");
    user.as("lead", Role.REVIEWER, Role.HR_LEAD);
    assignment.assign(List.of(a), "reviewer1");
    List<RequestSummary> queue =
        queries.queue(RequestFilter.all(), 0, 10, RequestOrder.OLDEST_FIRST);
    RequestSummary given = queue.stream().filter(r -> r.id() == a).findFirst().orElseThrow();
    assertEquals("reviewer1", given.assignedReviewer());
    assertEquals("Rita Reviewer", given.assignedReviewerName());
    assertEquals("Erin Employee", given.requesterName());
    RequestSummary waiting = queue.stream().filter(r -> r.id() != a).findFirst().orElseThrow();
    assertNull(waiting.assignedReviewerName(), "nobody assigned, nobody named");
    assertEquals("Eli Employee", waiting.requesterName());
  }

  @Test
  void aReviewerWhoDoesNotServeTheLocationIsRefusedNamingIt() {
    washington.changeReviewers(Set.of("reviewer2"));
    long id = file("employee1").id(); // at Lincoln
    user.as("lead", Role.REVIEWER, Role.HR_LEAD);
    InvalidInputException e =
        assertThrows(
            InvalidInputException.class, () -> assignment.assign(List.of(id), "reviewer2"));
    assertEquals(
        List.of(
            new FieldError(
                "requests[" + id + "]",
                "assign.NOT_SERVED",
                "request " + id + ": the reviewer does not serve its work location")),
        e.errors());
    assertNull(requests.find(id).orElseThrow().getAssignedReviewer());
  }

  @Test
  void aReviewerCannotBeGivenTheirOwnRequest() {
    account("hr-employee", "Hal", lincoln, teacher, Role.EMPLOYEE, Role.REVIEWER);
    long id = file("hr-employee").id();
    long other = file("employee1").id();
    user.as("lead", Role.REVIEWER, Role.HR_LEAD);
    InvalidInputException e =
        assertThrows(
            InvalidInputException.class,
            () -> assignment.assign(List.of(other, id), "hr-employee"));
    assertEquals("requests[" + id + "]", onlyError(e).field(), "only the refused one named");
    assertEquals("assign.OWN_REQUEST", onlyError(e).code());
    assertNull(requests.find(id).orElseThrow().getAssignedReviewer());
    assertNull(requests.find(other).orElseThrow().getAssignedReviewer(), "all or nothing");
  }

  @Test
  void anAssignmentNamesOneToTwoHundredRequestsEachOnce() {
    long id = file("employee1").id();
    user.as("lead", Role.REVIEWER, Role.HR_LEAD);
    List<Long> tooMany = LongStream.rangeClosed(1, 201).boxed().toList();
    for (List<Long> ids : Arrays.asList(null, List.<Long>of(), tooMany, List.of(id, id))) {
      InvalidInputException e =
          assertThrows(
              InvalidInputException.class,
              () -> assignment.assign(ids, "reviewer1"),
              String.valueOf(ids == null ? null : ids.size()));
      assertEquals("requests", onlyError(e).field());
    }
    assertNull(requests.find(id).orElseThrow().getAssignedReviewer());
  }

  @Test
  void twoHundredRequestsMayBeGivenAtOnce() {
    user.as("employee1", Role.EMPLOYEE);
    List<Long> ids = new ArrayList<>();
    for (int i = 0; i < PageResult.MAX_SIZE; i++) {
      ids.add(filing.submit(new NewRequest(household(), null, null)).id());
    }
    user.as("lead", Role.REVIEWER, Role.HR_LEAD);
    assertEquals(PageResult.MAX_SIZE, assignment.assign(ids, "reviewer1"));
  }

  @Test
  void requestsAreGivenOnlyToAnActiveReviewer() {
    long id = file("employee1").id();
    accounts.find("reviewer2").orElseThrow().disable();
    user.as("lead", Role.REVIEWER, Role.HR_LEAD);
    for (String whom : new String[] {null, "nobody", "employee2", "reviewer2"}) {
      InvalidInputException e =
          assertThrows(
              InvalidInputException.class, () -> assignment.assign(List.of(id), whom), whom);
      assertEquals("reviewer", onlyError(e).field());
    }
  }

  @Test
  void aRequestTheLeadMayNotSeeCannotBeAssigned() {
    lincoln.changeReviewers(Set.of("reviewer1"));
    washington.changeReviewers(Set.of("lead"));
    long id = file("employee1").id(); // at Lincoln
    user.as("lead", Role.REVIEWER, Role.HR_LEAD);
    assertThrows(RequestNotFoundException.class, () -> assignment.assign(List.of(id), "reviewer1"));
  }

  @Test
  void theReviewersToChooseFromAreTheActiveOnesByName() {
    accounts.find("reviewer2").orElseThrow().disable();
    user.as("lead", Role.REVIEWER, Role.HR_LEAD);
    assertEquals(
        List.of(
            new ReferenceItem("lead", "Lee Lead"), new ReferenceItem("reviewer1", "Rita Reviewer")),
        assignment.reviewers());
  }

  // ---- lists ----------------------------------------------------------------------------------

  @Test
  void anEmployeeListsOnlyTheirOwnRequestsWhateverRequesterTheFilterNames() {
    long mine = file("employee1").id();
    file("employee2");
    user.as("employee1", Role.EMPLOYEE);
    PageResult<RequestSummary> page =
        queries.list(new RequestFilter("employee2", Set.of(), null, null, null), 0, 10);
    assertEquals(1, page.total());
    assertEquals(List.of(mine), page.items().stream().map(RequestSummary::id).toList());
    assertNull(page.items().get(0).requesterName(), "no names in an employee's list");
  }

  @Test
  void aReviewerListsTheRequestsOfTheLocationsTheyServeWithNames() {
    washington.changeReviewers(Set.of("reviewer2"));
    file("employee1");
    long there = file("employee2").id();
    user.as("reviewer2", Role.REVIEWER);
    PageResult<RequestSummary> page = queries.list(RequestFilter.all(), 0, 10);
    assertEquals(1, page.total());
    assertEquals(there, page.items().get(0).id());
    assertEquals("Eli Employee", page.items().get(0).requesterName());
    assertEquals(1, queries.queueSize(RequestFilter.all()));

    user.as("reviewer1", Role.REVIEWER);
    assertEquals(2, queries.list(RequestFilter.all(), 0, 10).total(), "named for none: all");
  }

  @Test
  void aListIsPagedInTheOrderAskedForWithTheWholeCount() {
    long first = file("employee1").id();
    clock.advance(Duration.ofMinutes(1));
    long second = file("employee1").id();
    clock.advance(Duration.ofMinutes(1));
    long third = file("employee1").id();
    user.as("employee1", Role.EMPLOYEE);
    PageResult<RequestSummary> page = queries.list(RequestFilter.all(), 1, 2);
    assertEquals(3, page.total());
    assertEquals(List.of(third), page.items().stream().map(RequestSummary::id).toList());
    assertEquals(
        List.of(second),
        queries.list(RequestFilter.all(), 1, 1).items().stream().map(RequestSummary::id).toList());
    assertEquals(
        List.of(third, second, first),
        queries.list(RequestFilter.all(), RequestOrder.NEWEST_FIRST, 0, 10).items().stream()
            .map(RequestSummary::id)
            .toList());
  }

  @Test
  void aPageOutsideTheLimitsIsRefused() {
    user.as("employee1", Role.EMPLOYEE);
    assertEquals(
        "page",
        onlyError(
                assertThrows(
                    InvalidInputException.class, () -> queries.list(RequestFilter.all(), -1, 10)))
            .field());
    assertEquals(
        "size",
        onlyError(
                assertThrows(
                    InvalidInputException.class, () -> queries.list(RequestFilter.all(), 0, 201)))
            .field());
    user.as("rep", Role.UNION_REP);
    assertThrows(InvalidInputException.class, () -> queries.listShared(0, 0));
  }

  @Test
  void theQueueTakesAnyWindowWithinOneToTwoHundredRows() {
    long first = file("employee1").id();
    long second = file("employee2").id();
    user.as("reviewer1", Role.REVIEWER);
    assertEquals(
        List.of(first),
        queries.queue(RequestFilter.all(), -5, 0, RequestOrder.OLDEST_FIRST).stream()
            .map(RequestSummary::id)
            .toList(),
        "from the start, at least one row");
    assertEquals(
        List.of(second),
        queries.queue(RequestFilter.all(), 1, 500, RequestOrder.OLDEST_FIRST).stream()
            .map(RequestSummary::id)
            .toList());
    assertEquals(
        "Erin Employee",
        queries.queue(RequestFilter.all(), 0, 1, RequestOrder.OLDEST_FIRST).get(0).requesterName());
  }

  @Test
  void theQueueSaysWhenNoReviewerMayTakeARequest() {
    lincoln.changeReviewers(Set.of("nobody-active"));
    washington.changeReviewers(Set.of("reviewer1", "reviewer2", "lead"));
    file("employee1"); // at Lincoln, served by nobody active
    user.as("nobody-active", Role.REVIEWER);
    assertTrue(
        queries
            .queue(RequestFilter.all(), 0, 10, RequestOrder.OLDEST_FIRST)
            .get(0)
            .needsAnotherReviewer());
  }

  @Test
  void theStatusCountsNameEveryStatusWithZerosForThoseWithoutRequests() {
    long id = file("employee1").id();
    file("employee2");
    as("reviewer1", Role.REVIEWER, id, step(Action.START_REVIEW));
    Map<RequestStatus, Long> counts = queries.statusCounts();
    assertEquals(RequestStatus.values().length, counts.size());
    assertEquals(1L, counts.get(RequestStatus.SUBMITTED));
    assertEquals(1L, counts.get(RequestStatus.IN_REVIEW));
    assertEquals(0L, counts.get(RequestStatus.DENIED));
  }

  @Test
  void theDenialReasonsToChooseFromAreThoseInUseInTheirOrder() {
    user.as("reviewer1", Role.REVIEWER);
    assertEquals(List.of("UNDUE_HARDSHIP", "ESSENTIAL_FUNCTION"), choices.denialReasons());
  }

  @Test
  void theLocationsToChooseFromAreListedByNameWithTheirCodes() {
    user.as("employee1", Role.EMPLOYEE);
    assertEquals(
        List.of(
            new ReferenceItem("LOC-1", "Lincoln Elementary"),
            new ReferenceItem("LOC-2", "Washington High")),
        choices.locations());
  }

  @Test
  void dueSoonMeansWithinTwoBusinessDaysOfToday() {
    assertEquals(new DueDays(TODAY, LocalDate.of(2026, 12, 4)), queries.dueDays());
    clock.set(Instant.parse("2026-12-04T15:00:00Z")); // a Friday
    assertEquals(
        new DueDays(LocalDate.of(2026, 12, 4), LocalDate.of(2026, 12, 8)),
        queries.dueDays(),
        "over the weekend");
  }

  @Test
  void aListedRequestIsFlaggedOverdueOnceItsFirstActionIsLate() {
    file("employee1"); // first action due 9 December
    user.as("reviewer1", Role.REVIEWER);
    RequestSummary fresh = queries.list(RequestFilter.all(), 0, 1).items().get(0);
    assertFalse(fresh.overdue());
    assertFalse(fresh.dueSoon());
    clock.set(Instant.parse("2026-12-10T15:00:00Z"));
    RequestSummary late = queries.list(RequestFilter.all(), 0, 1).items().get(0);
    assertTrue(late.overdue());
  }

  @Test
  void theRequesterAcceptsAnArrangementGrantedWithChangesWhichMakesTheDecisionFinal() {
    long id = file("employee1").id();
    as("reviewer1", Role.REVIEWER, id, step(Action.START_REVIEW));
    service.transition(
        id,
        new TransitionCommand(
            Action.APPROVE_WITH_CHANGES, null, null, ArrangementType.PARTIAL_REMOTE, 2, null),
        null);
    user.as("employee1", Role.EMPLOYEE);
    RequestView accepted = service.transition(id, TransitionCommand.of(Action.ACCEPT, null), null);
    assertEquals(RequestStatus.APPROVED_WITH_CHANGES.name(), accepted.status());
    assertTrue(accepted.finalDecision());
    assertFalse(accepted.availableActions().contains(Action.APPEAL));
    assertEquals(Action.ACCEPT, steps.fired.get(steps.fired.size() - 1).action());
  }

  // ---- documents with a filing or a step ----------------------------------------------------

  @Test
  void aRequestFiledWithDocumentsHasThemAttached() {
    user.as("employee1", Role.EMPLOYEE);
    RequestView filed =
        filing.submit(
            new NewRequest(household(), null, null),
            List.of(
                new Upload("note.pdf", MagicBytes.PDF), new Upload("scan.png", MagicBytes.PNG)));
    assertEquals(2, documents.forRequest(filed.id()).size());
  }

  @Test
  void anAnswerWithADocumentShowsTheDocumentInTheHistoryItReturns() {
    long id = file("employee1").id();
    as("reviewer1", Role.REVIEWER, id, step(Action.START_REVIEW));
    as("reviewer1", Role.REVIEWER, id, step(Action.REQUEST_INFO));
    user.as("employee1", Role.EMPLOYEE);
    RequestView answered =
        service.provideInformation(
            id, "Here it is", List.of(new Upload("letter.pdf", MagicBytes.PDF)), null);
    assertEquals(1, documents.forRequest(id).size());
    assertEquals("DOCUMENT_ADDED", answered.history().get(answered.history().size() - 1).action());
    assertEquals(requests.find(id).orElseThrow().getRevision(), answered.version());
  }

  @Test
  void anAppealWithARefusedDocumentIsRefusedNamingTheFile() {
    long id = file("employee1").id();
    as("reviewer1", Role.REVIEWER, id, step(Action.START_REVIEW));
    service.transition(
        id, new TransitionCommand(Action.DENY, "UNDUE_HARDSHIP", "No", null, null, null), null);
    user.as("employee1", Role.EMPLOYEE);
    InvalidInputException e =
        assertThrows(
            InvalidInputException.class,
            () ->
                service.appeal(
                    id, "I disagree", List.of(new Upload("page.html", MagicBytes.TEXT)), null));
    assertEquals("document", onlyError(e).field());
    assertEquals(0, documents.size());
  }
}
