package org.accommodationdesk.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.stream.Stream;
import org.accommodationdesk.domain.deadline.DeadlinePolicy;
import org.accommodationdesk.domain.deadline.Deadlines;
import org.accommodationdesk.domain.reference.JobClass;
import org.accommodationdesk.domain.reference.WorkLocation;
import org.accommodationdesk.domain.request.AccommodationRequest;
import org.accommodationdesk.domain.request.Action;
import org.accommodationdesk.domain.request.ActionNotPermittedException;
import org.accommodationdesk.domain.request.Actor;
import org.accommodationdesk.domain.request.AppealWindow;
import org.accommodationdesk.domain.request.Arrangement;
import org.accommodationdesk.domain.request.ArrangementType;
import org.accommodationdesk.domain.request.Category;
import org.accommodationdesk.domain.request.DecisionOutcome;
import org.accommodationdesk.domain.request.DecisionStage;
import org.accommodationdesk.domain.request.HistoryEntry;
import org.accommodationdesk.domain.request.InvalidInputException;
import org.accommodationdesk.domain.request.Relationship;
import org.accommodationdesk.domain.request.RequestDetails;
import org.accommodationdesk.domain.request.RequestIntake;
import org.accommodationdesk.domain.request.RequestStatus;
import org.accommodationdesk.domain.request.TextLimits;
import org.accommodationdesk.domain.request.TransitionNotAllowedException;
import org.accommodationdesk.domain.request.Urgency;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

public class AccommodationRequestWorkflowTest {

  static final Instant T0 = Instant.parse("2021-02-01T09:00:00Z");
  static final AppealWindow WINDOW = AppealWindow.ofDays(15);
  static final Actor EMPLOYEE = Actor.employee("employee1");
  static final Actor OTHER_EMPLOYEE = Actor.employee("employee2");
  static final Actor REVIEWER1 = Actor.reviewer("reviewer1");
  static final Actor REVIEWER2 = Actor.reviewer("reviewer2");
  static final WorkLocation SCHOOL = new WorkLocation("LOC-1", "Lincoln Elementary");
  static final JobClass TEACHER = new JobClass("TEACHER", "Classroom teacher");

  static RequestDetails household() {
    return new RequestDetails(
        Category.HOUSEHOLD_MEMBER,
        ArrangementType.FULL_REMOTE,
        null,
        null,
        LocalDate.of(2021, 2, 8),
        LocalDate.of(2021, 6, 30),
        Relationship.PARENT,
        true,
        null,
        "My father lives with me and is at high risk.");
  }

  public static AccommodationRequest submitted() {
    return RequestIntake.submit("employee1", household(), SCHOOL, TEACHER, T0);
  }

  /** A request brought to the given status along the usual path. */
  static AccommodationRequest inStatus(RequestStatus status) {
    AccommodationRequest r = submitted();
    Instant t = T0.plusSeconds(60);
    switch (status) {
      case SUBMITTED -> {}
      case WITHDRAWN -> r.withdraw(EMPLOYEE, null, t);
      default -> {
        r.startReview(REVIEWER1, t);
        switch (status) {
          case IN_REVIEW -> {}
          case INFO_REQUESTED -> r.requestInformation(REVIEWER1, "Which days?", t);
          case APPROVED -> r.approve(REVIEWER1, null, t);
          case APPROVED_WITH_CHANGES ->
              r.approveWithChanges(REVIEWER1, Arrangement.partialRemote(2), null, t);
          case DENIED -> r.deny(REVIEWER1, "UNDUE_HARDSHIP", "Explained.", t);
          case APPEALED -> {
            r.deny(REVIEWER1, "UNDUE_HARDSHIP", "Explained.", t);
            r.appeal(EMPLOYEE, "Please reconsider.", WINDOW, t);
          }
          case EXPIRED -> {
            r.approve(REVIEWER1, null, t);
            r.expire(household().endDate().plusDays(1), t);
          }
          default -> throw new IllegalArgumentException(status.name());
        }
      }
    }
    assertEquals(status, r.getStatus());
    return r;
  }

  /** Each action done by the person who may do it, with valid input. */
  static final Map<Action, BiConsumer<AccommodationRequest, Instant>> PERFORM =
      new EnumMap<>(Action.class);

  static {
    PERFORM.put(Action.START_REVIEW, (r, t) -> r.startReview(REVIEWER2, t));
    PERFORM.put(Action.REQUEST_INFO, (r, t) -> r.requestInformation(assigned(r), "Question?", t));
    PERFORM.put(Action.PROVIDE_INFO, (r, t) -> r.provideInformation(EMPLOYEE, "Answer.", t));
    PERFORM.put(Action.APPROVE, (r, t) -> r.approve(assigned(r), null, t));
    PERFORM.put(
        Action.APPROVE_WITH_CHANGES,
        (r, t) -> r.approveWithChanges(assigned(r), Arrangement.partialRemote(3), null, t));
    PERFORM.put(Action.DENY, (r, t) -> r.deny(assigned(r), "OTHER", "Because of X.", t));
    PERFORM.put(Action.WITHDRAW, (r, t) -> r.withdraw(EMPLOYEE, null, t));
    PERFORM.put(Action.APPEAL, (r, t) -> r.appeal(EMPLOYEE, "I disagree.", WINDOW, t));
  }

  static Actor assigned(AccommodationRequest r) {
    return r.getAssignedReviewer() == null ? REVIEWER1 : Actor.reviewer(r.getAssignedReviewer());
  }

  /** The workflow table of the foundation issue: action -> (from -> to). */
  static final Map<Action, Map<RequestStatus, RequestStatus>> ALLOWED = new EnumMap<>(Action.class);

  static {
    ALLOWED.put(
        Action.START_REVIEW,
        Map.of(
            RequestStatus.SUBMITTED, RequestStatus.IN_REVIEW,
            RequestStatus.APPEALED, RequestStatus.IN_REVIEW));
    ALLOWED.put(Action.REQUEST_INFO, Map.of(RequestStatus.IN_REVIEW, RequestStatus.INFO_REQUESTED));
    ALLOWED.put(Action.PROVIDE_INFO, Map.of(RequestStatus.INFO_REQUESTED, RequestStatus.IN_REVIEW));
    ALLOWED.put(Action.APPROVE, Map.of(RequestStatus.IN_REVIEW, RequestStatus.APPROVED));
    ALLOWED.put(
        Action.APPROVE_WITH_CHANGES,
        Map.of(RequestStatus.IN_REVIEW, RequestStatus.APPROVED_WITH_CHANGES));
    ALLOWED.put(Action.DENY, Map.of(RequestStatus.IN_REVIEW, RequestStatus.DENIED));
    ALLOWED.put(
        Action.WITHDRAW,
        Map.of(
            RequestStatus.SUBMITTED, RequestStatus.WITHDRAWN,
            RequestStatus.IN_REVIEW, RequestStatus.WITHDRAWN,
            RequestStatus.INFO_REQUESTED, RequestStatus.WITHDRAWN,
            RequestStatus.APPEALED, RequestStatus.WITHDRAWN));
    ALLOWED.put(
        Action.APPEAL,
        Map.of(
            RequestStatus.DENIED, RequestStatus.APPEALED,
            RequestStatus.APPROVED_WITH_CHANGES, RequestStatus.APPEALED));
  }

  static Stream<Arguments> everyStatusAndAction() {
    List<Arguments> all = new ArrayList<>();
    for (RequestStatus s : RequestStatus.values()) {
      for (Action a : PERFORM.keySet()) {
        all.add(Arguments.of(s, a));
      }
    }
    return all.stream();
  }

  @ParameterizedTest(name = "{1} from {0}")
  @MethodSource("everyStatusAndAction")
  void everyActionIsAllowedExactlyFromTheStatusesOfTheTable(RequestStatus from, Action action) {
    AccommodationRequest r = inStatus(from);
    int historyBefore = r.getHistory().size();
    RequestStatus expected = ALLOWED.get(action).get(from);
    Instant t = T0.plus(Duration.ofDays(1));
    if (expected != null) {
      PERFORM.get(action).accept(r, t);
      assertEquals(expected, r.getStatus());
      HistoryEntry last = r.getHistory().get(r.getHistory().size() - 1);
      assertEquals(action, last.getAction());
      assertEquals(from, last.getFromStatus());
      assertEquals(expected, last.getToStatus());
      assertEquals(t, last.getAt());
      assertEquals(historyBefore + 1, r.getHistory().size());
    } else {
      assertThrows(TransitionNotAllowedException.class, () -> PERFORM.get(action).accept(r, t));
      assertEquals(from, r.getStatus(), "a refused action changes nothing");
      assertEquals(historyBefore, r.getHistory().size(), "a refused action writes no history");
    }
  }

  @Test
  void submissionStartsTheHistory() {
    AccommodationRequest r = submitted();
    assertEquals(RequestStatus.SUBMITTED, r.getStatus());
    HistoryEntry first = r.getHistory().get(0);
    assertEquals(Action.SUBMIT, first.getAction());
    assertEquals(null, first.getFromStatus());
    assertEquals("employee1", first.getActor());
    assertEquals(T0, r.getSubmittedAt());
  }

  @Nested
  class Guards {
    @Test
    void anEmployeeCannotStartAReview() {
      AccommodationRequest r = submitted();
      assertThrows(ActionNotPermittedException.class, () -> r.startReview(OTHER_EMPLOYEE, T0));
      assertEquals(RequestStatus.SUBMITTED, r.getStatus());
    }

    @Test
    void aReviewerCannotReviewTheirOwnRequest() {
      AccommodationRequest own =
          RequestIntake.submit("reviewer1", household(), SCHOOL, TEACHER, T0);
      assertThrows(ActionNotPermittedException.class, () -> own.startReview(REVIEWER1, T0));
      assertEquals(RequestStatus.SUBMITTED, own.getStatus());
    }

    @Test
    void onlyTheAssignedReviewerDecides() {
      AccommodationRequest r = inStatus(RequestStatus.IN_REVIEW);
      assertThrows(ActionNotPermittedException.class, () -> r.approve(REVIEWER2, null, T0));
      assertThrows(ActionNotPermittedException.class, () -> r.deny(REVIEWER2, "OTHER", "x", T0));
      assertThrows(
          ActionNotPermittedException.class, () -> r.requestInformation(REVIEWER2, "?", T0));
      assertEquals(RequestStatus.IN_REVIEW, r.getStatus());
    }

    @Test
    void onlyTheRequesterWithdrawsAnswersAndAppeals() {
      AccommodationRequest info = inStatus(RequestStatus.INFO_REQUESTED);
      assertThrows(
          ActionNotPermittedException.class,
          () -> info.provideInformation(OTHER_EMPLOYEE, "x", T0));
      assertThrows(ActionNotPermittedException.class, () -> info.withdraw(REVIEWER1, null, T0));
      AccommodationRequest denied = inStatus(RequestStatus.DENIED);
      assertThrows(
          ActionNotPermittedException.class, () -> denied.appeal(OTHER_EMPLOYEE, "x", WINDOW, T0));
    }

    @Test
    void aDenialNeedsAReasonCodeAndAnExplanation() {
      AccommodationRequest r = inStatus(RequestStatus.IN_REVIEW);
      InvalidInputException e =
          assertThrows(InvalidInputException.class, () -> r.deny(REVIEWER1, null, "  ", T0));
      assertEquals(
          Set.of("reasonCode", "comment"),
          Set.copyOf(e.errors().stream().map(x -> x.field()).toList()));
      assertEquals(RequestStatus.IN_REVIEW, r.getStatus());
      assertTrue(r.getDecisions().isEmpty());
    }

    @Test
    void askingAndAnsweringNeedAMessage() {
      AccommodationRequest r = inStatus(RequestStatus.IN_REVIEW);
      assertThrows(InvalidInputException.class, () -> r.requestInformation(REVIEWER1, "", T0));
      AccommodationRequest info = inStatus(RequestStatus.INFO_REQUESTED);
      assertThrows(InvalidInputException.class, () -> info.provideInformation(EMPLOYEE, null, T0));
      assertEquals(RequestStatus.INFO_REQUESTED, info.getStatus());
    }

    @Test
    void approvingWithChangesNeedsTheArrangementGranted() {
      AccommodationRequest r = inStatus(RequestStatus.IN_REVIEW);
      InvalidInputException e =
          assertThrows(
              InvalidInputException.class, () -> r.approveWithChanges(REVIEWER1, null, null, T0));
      assertEquals("arrangement", e.errors().get(0).field());
    }

    @Test
    void anAppealNeedsAStatementAndComesOnlyOnce() {
      AccommodationRequest r = inStatus(RequestStatus.DENIED);
      assertThrows(InvalidInputException.class, () -> r.appeal(EMPLOYEE, " ", WINDOW, T0));
      r.appeal(EMPLOYEE, "Please.", WINDOW, T0.plus(Duration.ofDays(1)));
      r.startReview(REVIEWER2, T0.plus(Duration.ofDays(2)));
      r.deny(REVIEWER2, "UNDUE_HARDSHIP", "Still no.", T0.plus(Duration.ofDays(3)));
      assertThrows(
          TransitionNotAllowedException.class,
          () -> r.appeal(EMPLOYEE, "Again", WINDOW, T0.plus(Duration.ofDays(4))));
      assertEquals(RequestStatus.DENIED, r.getStatus());
    }

    @Test
    void anAppealMustComeWithinTheWindow() {
      AccommodationRequest r = inStatus(RequestStatus.DENIED);
      Instant decided = r.outcomes().getDecidedAt().orElseThrow();
      assertThrows(
          TransitionNotAllowedException.class,
          () -> r.appeal(EMPLOYEE, "Late", WINDOW, WINDOW.closesAt(decided).plusSeconds(1)));
      r.appeal(EMPLOYEE, "Just in time", WINDOW, WINDOW.closesAt(decided));
      assertEquals(RequestStatus.APPEALED, r.getStatus());
    }

    /** What My requests and the request page say next: one rule for both (issue 11 #3). */
    @Test
    void aDecisionIsFinalOnceDecidedOnAppealOrWhenTheWindowHasPassed() {
      AccommodationRequest denied = inStatus(RequestStatus.DENIED);
      Instant decided = denied.outcomes().getDecidedAt().orElseThrow();
      assertFalse(denied.isFinalDecision(WINDOW, decided), "may still be appealed");
      assertFalse(denied.isFinalDecision(WINDOW, WINDOW.closesAt(decided)), "on the last day too");
      assertTrue(denied.isFinalDecision(WINDOW, WINDOW.closesAt(decided).plusSeconds(1)));

      denied.appeal(EMPLOYEE, "Please.", WINDOW, decided.plusSeconds(60));
      assertFalse(denied.isFinalDecision(WINDOW, decided.plusSeconds(61)), "under appeal");
      denied.startReview(REVIEWER2, decided.plusSeconds(120));
      denied.approveWithChanges(
          REVIEWER2, Arrangement.partialRemote(2), "Two days.", decided.plusSeconds(180));
      assertTrue(
          denied.isFinalDecision(WINDOW, decided.plusSeconds(181)),
          "decided on appeal: final at once, within the window");

      for (RequestStatus other :
          List.of(RequestStatus.APPROVED, RequestStatus.SUBMITTED, RequestStatus.WITHDRAWN)) {
        assertFalse(
            inStatus(other).isFinalDecision(WINDOW, T0.plus(Duration.ofDays(400))),
            other + " is never an appealable decision");
      }
    }

    /** The assignment follows the same rule as taking it into review (issue 22: one home). */
    @Test
    void anAppealIsNeverAssignedToTheFirstDeciderNorAnyRequestToItsRequester() {
      Actor lead = Actor.reviewer("lead");
      AccommodationRequest appealed = inStatus(RequestStatus.APPEALED);
      ActionNotPermittedException e =
          assertThrows(
              ActionNotPermittedException.class, () -> appealed.assign(lead, "reviewer1", T0));
      assertTrue(e.getMessage().contains("first decision"), e.getMessage());
      assertEquals(null, appealed.getAssignedReviewer(), "nothing changed");
      assertFalse(appealed.reviewableBy("reviewer1"));
      assertTrue(appealed.assign(lead, "reviewer2", T0));
      assertEquals("reviewer2", appealed.getAssignedReviewer());

      AccommodationRequest waiting = submitted();
      assertThrows(ActionNotPermittedException.class, () -> waiting.assign(lead, "employee1", T0));
      assertTrue(waiting.assign(lead, "reviewer1", T0), "before an appeal, anyone but its owner");
      assertFalse(waiting.reviewableBy("employee1"));
      assertTrue(waiting.reviewableBy("reviewer1"));
    }

    /**
     * An arrangement granted with changes may be appealed or accepted until its window closes, and
     * is final only after (or once accepted).
     */
    @Test
    void anApprovalWithChangesIsFinalOnlyAfterItsWindowOrOnceAccepted() {
      AccommodationRequest r = inStatus(RequestStatus.APPROVED_WITH_CHANGES);
      Instant decided = r.outcomes().getDecidedAt().orElseThrow();
      Instant last = WINDOW.closesAt(decided);
      assertFalse(r.isFinalDecision(WINDOW, decided.plusSeconds(1)), "within its window");
      assertFalse(r.isFinalDecision(WINDOW, last), "on its last instant");
      assertTrue(r.isFinalDecision(WINDOW, last.plusSeconds(1)), "after it");
      assertEquals(last, r.appealBy(WINDOW).orElseThrow());
      assertEquals(
          EnumSet.of(Action.APPEAL, Action.ACCEPT), r.availableActions(EMPLOYEE, WINDOW, last));
      assertEquals(Set.of(), r.availableActions(EMPLOYEE, WINDOW, last.plusSeconds(1)));
      assertThrows(
          TransitionNotAllowedException.class,
          () -> r.accept(EMPLOYEE, WINDOW, last.plusSeconds(1)),
          "too late to accept: it is final");

      r.accept(EMPLOYEE, WINDOW, decided.plusSeconds(60));
      assertTrue(r.isFinalDecision(WINDOW, decided.plusSeconds(61)), "accepted: final at once");
      assertTrue(r.appealBy(WINDOW).isEmpty());
      TransitionNotAllowedException again =
          assertThrows(
              TransitionNotAllowedException.class,
              () -> r.accept(EMPLOYEE, WINDOW, decided.plusSeconds(62)));
      assertTrue(again.getMessage().contains("already accepted"), again.getMessage());
      assertThrows(
          TransitionNotAllowedException.class,
          () -> r.appeal(EMPLOYEE, "Changed my mind", WINDOW, decided.plusSeconds(63)));
    }

    @Test
    void theFirstDeciderCannotReviewTheAppeal() {
      AccommodationRequest r = inStatus(RequestStatus.APPEALED);
      assertThrows(ActionNotPermittedException.class, () -> r.startReview(REVIEWER1, T0));
      r.startReview(REVIEWER2, T0);
      assertEquals("reviewer2", r.getAssignedReviewer());
    }
  }

  @Nested
  class Decisions {
    @Test
    void decisionsRecordWhetherTheyWereInitialOrOnAppeal() {
      AccommodationRequest r = inStatus(RequestStatus.APPEALED);
      r.startReview(REVIEWER2, T0);
      r.approveWithChanges(REVIEWER2, Arrangement.partialRemote(3), "Three days.", T0);
      assertEquals(2, r.getDecisions().size());
      assertEquals(DecisionStage.INITIAL, r.getDecisions().get(0).getStage());
      assertEquals(DecisionOutcome.DENIED, r.getDecisions().get(0).getOutcome());
      assertEquals(DecisionStage.APPEAL, r.getDecisions().get(1).getStage());
      assertEquals(
          DecisionOutcome.APPROVED_WITH_CHANGES, r.outcomes().getLatestOutcome().orElseThrow());
      assertEquals(Arrangement.partialRemote(3), r.latestDecision().orElseThrow().getGranted());
      assertEquals("reviewer1", r.outcomes().getFirstDecider());
      assertTrue(
          DecisionOutcome.APPROVED_WITH_CHANGES.isMoreFavourableThan(DecisionOutcome.DENIED));
    }

    @Test
    void aDenialKeepsItsReasonAndExplanation() {
      AccommodationRequest r = inStatus(RequestStatus.DENIED);
      assertEquals("UNDUE_HARDSHIP", r.latestDecision().orElseThrow().getReasonCode());
      assertEquals("Explained.", r.latestDecision().orElseThrow().getExplanation());
    }
  }

  @Test
  void theHistoryOfADecisionPointsAtItAndStoresNoProse() {
    AccommodationRequest r = inStatus(RequestStatus.IN_REVIEW);
    String explanation = "x".repeat(TextLimits.TEXT);
    r.deny(REVIEWER1, "ESSENTIAL_FUNCTIONS_REQUIRE_PRESENCE", explanation, T0);
    HistoryEntry last = r.getHistory().get(r.getHistory().size() - 1);
    assertEquals(null, last.getComment(), "no 'REASON: explanation' text in the history");
    assertEquals(
        "ESSENTIAL_FUNCTIONS_REQUIRE_PRESENCE", last.getDecision().orElseThrow().getReasonCode());
    assertEquals(explanation, last.getDecision().orElseThrow().getExplanation());
  }

  @Test
  void anApprovalWithChangesKeepsTheArrangementAsData() {
    AccommodationRequest r = inStatus(RequestStatus.IN_REVIEW);
    r.approveWithChanges(REVIEWER1, Arrangement.partialRemote(3), "y".repeat(4000), T0);
    HistoryEntry last = r.getHistory().get(r.getHistory().size() - 1);
    assertEquals(null, last.getComment());
    assertEquals(3, last.getDecision().orElseThrow().getGranted().getRemoteDaysPerWeek());
  }

  @Nested
  class AvailableActions {
    @Test
    void theRequesterSeesOnlyWhatTheyMayDo() {
      assertEquals(
          EnumSet.of(Action.PROVIDE_INFO, Action.WITHDRAW),
          inStatus(RequestStatus.INFO_REQUESTED).availableActions(EMPLOYEE, WINDOW, T0));
      assertEquals(
          EnumSet.of(Action.APPEAL),
          inStatus(RequestStatus.DENIED).availableActions(EMPLOYEE, WINDOW, T0));
      assertTrue(inStatus(RequestStatus.APPROVED).availableActions(EMPLOYEE, WINDOW, T0).isEmpty());
    }

    @Test
    void reviewersSeeDecisionsOnlyWhenAssigned() {
      AccommodationRequest r = inStatus(RequestStatus.IN_REVIEW);
      assertTrue(r.availableActions(REVIEWER1, WINDOW, T0).contains(Action.DENY));
      assertEquals(
          EnumSet.of(Action.EXPEDITE),
          r.availableActions(REVIEWER2, WINDOW, T0),
          "another reviewer may expedite it, never decide it");
      assertFalse(
          inStatus(RequestStatus.APPEALED)
              .availableActions(REVIEWER1, WINDOW, T0)
              .contains(Action.START_REVIEW));
    }

    @Test
    void aReviewerSeesNoActionOnTheirOwnRequest() {
      AccommodationRequest own =
          RequestIntake.submit("reviewer1", household(), SCHOOL, TEACHER, T0);
      assertEquals(EnumSet.of(Action.WITHDRAW), own.availableActions(REVIEWER1, WINDOW, T0));
    }
  }

  /** Expedited handling (issue 23 #4): a date it is needed by, and HR's decision to honour it. */
  @Nested
  class Expedited {
    final LocalDate today = LocalDate.of(2021, 2, 1);

    AccommodationRequest filed(Urgency urgency) {
      return RequestIntake.submit("employee1", household(), urgency, SCHOOL, TEACHER, today, T0);
    }

    Set<String> wrong(Urgency urgency) {
      InvalidInputException e = assertThrows(InvalidInputException.class, () -> filed(urgency));
      return e.errors().stream().map(x -> x.field()).collect(java.util.stream.Collectors.toSet());
    }

    @Test
    void theDateItIsNeededByIsCheckedWhenFiled() {
      assertEquals(Set.of("neededBy"), wrong(new Urgency(today.minusDays(1), "A move.")));
      assertEquals(Set.of("neededByReason"), wrong(new Urgency(today.plusDays(9), " ")));
      assertEquals(Set.of("neededBy"), wrong(new Urgency(null, "Soon, please.")));
      assertEquals(Set.of("neededBy"), wrong(new Urgency(LocalDate.of(3000, 1, 1), "Far away.")));
      assertEquals(
          Set.of("neededByReason"), wrong(new Urgency(today, "x".repeat(TextLimits.TEXT + 1))));
      AccommodationRequest r = filed(new Urgency(today, " The term starts. "));
      assertEquals(today, r.urgency().getNeededBy().orElseThrow(), "today is not in the past");
      assertEquals("The term starts.", r.urgency().getNeededByReason());
      assertFalse(r.urgency().isExpedited(), "asking is not yet expediting");
      assertTrue(filed(Urgency.NONE).urgency().getNeededBy().isEmpty());
    }

    @Test
    void hrExpeditesAnOpenRequestByTheEmployeesDateOrItsOwn() {
      AccommodationRequest asked = filed(new Urgency(today.plusDays(7), "A move."));
      assertThrows(
          ActionNotPermittedException.class,
          () -> asked.caseRecord().expedite(EMPLOYEE, null, today, T0),
          "the employee asks; HR expedites");
      asked.caseRecord().expedite(REVIEWER2, null, today, T0.plusSeconds(60));
      assertTrue(asked.urgency().isExpedited());
      assertEquals(
          today.plusDays(7), asked.urgency().getNeededBy().orElseThrow(), "the employee's date");
      HistoryEntry last = asked.getHistory().get(asked.getHistory().size() - 1);
      assertEquals(Action.EXPEDITE, last.getAction());
      assertEquals(today.plusDays(7).toString(), last.getComment(), "the date, kept as data");
      assertEquals(RequestStatus.SUBMITTED, last.getToStatus(), "no change of status");
      asked.caseRecord().expedite(REVIEWER2, today.plusDays(3), today, T0.plusSeconds(120));
      assertEquals(
          today.plusDays(3), asked.urgency().getNeededBy().orElseThrow(), "HR may change it");

      AccommodationRequest none = filed(Urgency.NONE);
      InvalidInputException noDate =
          assertThrows(
              InvalidInputException.class,
              () -> none.caseRecord().expedite(REVIEWER1, null, today, T0));
      assertEquals("neededBy", noDate.errors().get(0).field());
      assertFalse(none.urgency().isExpedited(), "refused: nothing changed");
      assertThrows(
          TransitionNotAllowedException.class,
          () -> inStatus(RequestStatus.DENIED).caseRecord().expedite(REVIEWER2, today, today, T0),
          "only while it is open");
    }

    @Test
    void hrNeverExpeditesByADateInThePastAndAnAppealRunsItsOwnClock() {
      AccommodationRequest asked = filed(new Urgency(today.plusDays(2), "Surgery."));
      InvalidInputException past =
          assertThrows(
              InvalidInputException.class,
              () -> asked.caseRecord().expedite(REVIEWER1, today.minusDays(1), today, T0));
      assertEquals("neededBy", past.errors().get(0).field());
      assertThrows(
          InvalidInputException.class,
          () -> asked.caseRecord().expedite(REVIEWER1, null, today.plusDays(3), T0),
          "the employee's date has passed by then");
      assertFalse(asked.urgency().isExpedited(), "refused: nothing changed");

      Deadlines deadlines = new Deadlines(BusinessCalendarTest.CALENDAR, DeadlinePolicy.DEFAULT);
      asked.caseRecord().expedite(REVIEWER1, null, today, T0.plusSeconds(60));
      asked.startReview(REVIEWER1, T0.plusSeconds(120));
      asked.deny(REVIEWER1, "OTHER", "No.", T0.plusSeconds(180));
      asked.appeal(EMPLOYEE, "Please.", WINDOW, T0.plus(Duration.ofDays(5)));
      asked.keepTime(deadlines);
      assertFalse(
          asked.urgency().isExpedited(), "the appeal is not expedited by the first clock's date");
      assertTrue(
          asked.clock().decisionDue().isAfter(today.plusDays(5)),
          "the appeal's own limit: " + asked.clock().decisionDue());
    }

    @Test
    void anExpeditedRequestIsDueByItsDateWhenThatComesBeforeTheNormalLimit() {
      Deadlines deadlines = new Deadlines(BusinessCalendarTest.CALENDAR, DeadlinePolicy.DEFAULT);
      AccommodationRequest soon = filed(new Urgency(today.plusDays(9), "The term starts."));
      soon.keepTime(deadlines);
      LocalDate normal = soon.clock().decisionDue();
      assertTrue(normal.isAfter(today.plusDays(9)), "the normal limit is later: " + normal);
      assertEquals(normal, soon.clock().decisionDue(), "asked, not yet expedited");
      soon.caseRecord().expedite(REVIEWER1, null, today, T0.plusSeconds(60));
      soon.keepTime(deadlines);
      assertEquals(today.plusDays(9), soon.clock().decisionDue());
      AccommodationRequest sooner = filed(new Urgency(today.plusDays(2), "Surgery on Wednesday."));
      sooner.caseRecord().expedite(REVIEWER1, null, today, T0.plusSeconds(60));
      sooner.keepTime(deadlines);
      assertEquals(today.plusDays(2), sooner.clock().decisionDue());
      assertEquals(
          today.plusDays(2), sooner.clock().firstActionDue(), "nor is the first action due later");
      soon.startReview(REVIEWER1, T0.plusSeconds(120));
      soon.keepTime(deadlines);
      assertEquals(today.plusDays(9), soon.clock().hrDue(), "in review: the queue sorts by it");

      AccommodationRequest late = filed(new Urgency(normal.plusDays(10), "Next year."));
      late.caseRecord().expedite(REVIEWER1, null, today, T0.plusSeconds(60));
      late.keepTime(deadlines);
      assertEquals(normal, late.clock().decisionDue(), "the earlier of the two");
    }
  }

  @Nested
  class Expiry {
    @Test
    void anApprovalExpiresOnlyAfterItsEndDate() {
      AccommodationRequest r = inStatus(RequestStatus.APPROVED);
      LocalDate end = r.asked().getEndDate();
      assertThrows(TransitionNotAllowedException.class, () -> r.expire(end, T0));
      r.expire(end.plusDays(1), T0.plusSeconds(120));
      assertEquals(RequestStatus.EXPIRED, r.getStatus());
      HistoryEntry last = r.getHistory().get(r.getHistory().size() - 1);
      assertEquals(Action.EXPIRE, last.getAction());
      assertEquals(AccommodationRequest.SCHEDULE, last.getActor());
      assertTrue(r.availableActions(EMPLOYEE, WINDOW, T0).isEmpty(), "nothing more to do");
    }

    @Test
    void onlyApprovalsWithAnEndDateExpire() {
      for (RequestStatus s : List.of(RequestStatus.DENIED, RequestStatus.IN_REVIEW)) {
        AccommodationRequest r = inStatus(s);
        assertThrows(
            TransitionNotAllowedException.class, () -> r.expire(LocalDate.of(2099, 1, 1), T0));
      }
    }
  }
}
