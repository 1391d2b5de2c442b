package org.accommodationdesk.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.accommodationdesk.domain.reference.JobClass;
import org.accommodationdesk.domain.reference.WorkLocation;
import org.accommodationdesk.domain.request.AccommodationRequest;
import org.accommodationdesk.domain.request.Action;
import org.accommodationdesk.domain.request.Actor;
import org.accommodationdesk.domain.request.AppealWindow;
import org.accommodationdesk.domain.request.Arrangement;
import org.accommodationdesk.domain.request.ArrangementType;
import org.accommodationdesk.domain.request.Category;
import org.accommodationdesk.domain.request.Decision;
import org.accommodationdesk.domain.request.DecisionStage;
import org.accommodationdesk.domain.request.DomainException;
import org.accommodationdesk.domain.request.HistoryEntry;
import org.accommodationdesk.domain.request.RequestDetails;
import org.accommodationdesk.domain.request.RequestIntake;
import org.accommodationdesk.domain.request.RequestStatus;
import org.junit.jupiter.api.Test;

/**
 * Random action sequences by random actors (10,000 of them, up to 30 steps each) against the
 * workflow's invariants. Valid input only, so an action fails only because a rule refuses it. The
 * sequences come from a seeded generator: the same ones on every run (set {@code -Dworkflow.seed}
 * to try others), and a failure names its seed, its try and its steps.
 */
class WorkflowPropertiesTest {

  static final Instant T0 = Instant.parse("2026-02-02T09:00:00Z");
  static final AppealWindow WINDOW = AppealWindow.ofDays(15);
  static final List<Actor> ACTORS =
      List.of(
          Actor.employee("employee1"),
          Actor.employee("employee2"),
          Actor.reviewer("reviewer1"),
          Actor.reviewer("reviewer2"),
          Actor.reviewer("reviewer3"));

  /**
   * One attempt: who, how long after the previous attempt (in hours), and what: mostly one of the
   * steps the request offers this actor (so that sequences get deep: appeals, second reviews), else
   * any action at all (so that refusals are tried too).
   */
  record Step(Actor actor, int hoursLater, boolean pickOffered, int pick, Action anyAction) {
    Action choose(Set<Action> offered) {
      if (pickOffered && !offered.isEmpty()) {
        return offered.stream().sorted().toList().get(pick % offered.size());
      }
      return anyAction;
    }
  }

  static final int TRIES = 10_000;

  /**
   * Who files: sometimes a reviewer, whose appeal may then need a third reviewer; sometimes HR or a
   * union rep files for employee1 ("employee1 by reviewer3", "employee1 by union1"), and the
   * request waits for employee1 to confirm it.
   */
  static final List<String> REQUESTERS =
      List.of(
          "employee1",
          "employee1",
          "employee1",
          "reviewer2",
          "employee1 by reviewer3",
          "employee1 by union1");

  /** What HR may not do with a request filed for an employee before the employee confirms it. */
  static final Set<Action> AFTER_CONFIRMATION =
      java.util.EnumSet.of(
          Action.START_REVIEW,
          Action.REQUEST_INFO,
          Action.APPROVE,
          Action.APPROVE_WITH_CHANGES,
          Action.DENY,
          Action.RECORD_DELAY,
          Action.GRANT_INTERIM,
          Action.CONSISTENCY_REVIEWED,
          Action.DOCUMENT_DOWNLOADED);

  static List<Step> steps(SplittableRandom random) {
    Action[] actions =
        java.util.Arrays.stream(Action.values())
            .filter(a -> a != Action.SUBMIT)
            .toArray(Action[]::new);
    int n = random.nextInt(1, 31);
    List<Step> steps = new java.util.ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      steps.add(
          new Step(
              ACTORS.get(random.nextInt(ACTORS.size())),
              random.nextInt(0, 24 * 8 + 1),
              random.nextInt(10) < 8,
              random.nextInt(12),
              actions[random.nextInt(actions.length)]));
    }
    return steps;
  }

  @Test
  void everySequenceKeepsTheWorkflowRules() {
    long seed = Long.getLong("workflow.seed", 20_260_202L);
    SplittableRandom random = new SplittableRandom(seed);
    for (int i = 0; i < TRIES; i++) {
      List<Step> steps = steps(random);
      String requester = REQUESTERS.get(random.nextInt(REQUESTERS.size()));
      try {
        keepsTheRules(steps, requester);
      } catch (AssertionError e) {
        throw new AssertionError(
            "try " + i + " of seed " + seed + ", filed by " + requester + ": " + steps, e);
      }
    }
  }

  private static void keepsTheRules(List<Step> steps, String filing) {
    String requester = filing.split(" ")[0];
    AccommodationRequest r =
        filing.contains(" by ")
            ? RequestIntake.fileFor(
                requester,
                filing.endsWith("union1") ? Actor.employee("union1") : Actor.reviewer("reviewer3"),
                filing.endsWith("union1")
                    ? org.accommodationdesk.domain.request.ProxyFiling.FiledAs.UNION
                    : org.accommodationdesk.domain.request.ProxyFiling.FiledAs.HR,
                "Asked at the union office on 2 February.",
                details(),
                org.accommodationdesk.domain.request.Urgency.NONE,
                LOC,
                JOB,
                null,
                T0)
            : RequestIntake.submit(requester, details(), LOC, JOB, T0);
    Instant t = T0;
    for (Step step : steps) {
      t = t.plus(Duration.ofHours(step.hoursLater()));
      Set<Action> offered = r.availableActions(step.actor(), WINDOW, t);
      Action action = step.choose(offered);
      int entriesBefore = r.getHistory().size();
      boolean recordedBefore =
          r.getHistory().stream().anyMatch(h -> h.getAction() == Action.RECORD_DETAILS);
      boolean sharedBefore = r.isSharedWithUnion();
      String assignedBefore = r.getAssignedReviewer();
      RequestStatus before = r.getStatus();
      boolean done;
      try {
        perform(r, step.actor(), action, t);
        done = true;
      } catch (DomainException refused) {
        done = false;
      }
      int beforeKeeping = r.getHistory().size();
      r.keepTime(DEADLINES);
      // keeping time ends an interim arrangement once the request is closed (one entry of its own)
      int ended = r.getHistory().size() - beforeKeeping;
      if (action.isWorkflowStep()) {
        assertEquals(
            offered.contains(action),
            done,
            () -> action + " by " + step.actor() + " from " + before + ": offered = allowed");
      }
      boolean noOp =
          (action == Action.RECORD_DETAILS && recordedBefore)
              || (action == Action.UNION_ACCESS_GRANTED && sharedBefore)
              || (action == Action.UNION_ACCESS_REVOKED && !sharedBefore)
              || (action == Action.ASSIGN && assignee(t).equals(assignedBefore));
      if (action == Action.ASSIGN && done) {
        assertEquals(assignee(t), r.getAssignedReviewer(), "assigned to whom it was given");
      }
      int expectedEntries = entriesBefore + (done && !noOp ? 1 : 0) + ended;
      assertTrue(
          ended == 0
              || (ended == 1
                  && r.getHistory().get(r.getHistory().size() - 1).getAction()
                      == Action.END_INTERIM),
          "keeping time adds at most the end of an interim arrangement");
      assertEquals(expectedEntries, r.getHistory().size(), () -> "one entry per step: " + action);
      if (!done) {
        assertEquals(before, r.getStatus(), "a refused step changes nothing");
      }
      checkInvariants(r, t);
    }
  }

  /** Whom an assignment at this moment gives the request to (one of the three reviewers). */
  private static String assignee(Instant t) {
    return "reviewer" + (1 + Math.floorMod(t.getEpochSecond() / 3600, 3));
  }

  private static void checkInvariants(AccommodationRequest r, Instant now) {
    List<Decision> decisions = r.getDecisions();
    assertTrue(
        decisions.stream().filter(d -> d.getStage() == DecisionStage.INITIAL).count() <= 1,
        "at most one first decision");
    assertTrue(
        decisions.stream().filter(d -> d.getStage() == DecisionStage.APPEAL).count() <= 1,
        "at most one decision on appeal");
    List<HistoryEntry> history = r.getHistory();
    assertTrue(
        history.stream().filter(h -> h.getAction() == Action.APPEAL).count() <= 1,
        "appealed at most once");
    List<Action> actions = history.stream().map(HistoryEntry::getAction).toList();
    if (r.getProxy().isProxy()) {
      int confirmed = actions.indexOf(Action.CONFIRM);
      assertTrue(
          history.subList(0, confirmed < 0 ? history.size() : confirmed).stream()
              .noneMatch(
                  h ->
                      AFTER_CONFIRMATION.contains(h.getAction())
                          && !h.getActor().equals(r.getRequester())),
          "nobody but the employee reads or acts on it before they confirm it");
      assertTrue(actions.lastIndexOf(Action.CONFIRM) == confirmed, "confirmed at most once");
    } else {
      assertFalse(actions.contains(Action.CONFIRM), "their own request needs no confirmation");
    }
    int accepted = actions.indexOf(Action.ACCEPT);
    assertTrue(
        accepted < 0
            || (actions.lastIndexOf(Action.ACCEPT) == accepted
                && !actions.subList(accepted, actions.size()).contains(Action.APPEAL)),
        "accepted at most once, and never appealed after");
    decisions.stream()
        .filter(d -> d.getStage() == DecisionStage.APPEAL)
        .forEach(d -> assertNotEquals(r.outcomes().getFirstDecider(), d.getDecidedBy()));
    for (int i = 0; i < history.size(); i++) {
      HistoryEntry h = history.get(i);
      assertEquals(i + 1, h.getSequenceNumber(), "entries numbered 1..n in order");
      assertTrue(i == 0 || !h.getAt().isBefore(history.get(i - 1).getAt()), "in time order");
      assertTrue(h.getComment() == null || h.getComment().length() <= 4000);
      assertEquals(
          Set.of(Action.APPROVE, Action.APPROVE_WITH_CHANGES, Action.DENY, Action.LETTER_ISSUED)
              .contains(h.getAction()),
          h.getDecision().isPresent(),
          "a decision step (and its letter) points at its decision, and only those");
    }
    for (Decision d : decisions) {
      assertTrue(
          history.stream()
                  .filter(h -> h.getAction() == Action.LETTER_ISSUED && h.getDecision().get() == d)
                  .count()
              <= 1,
          "at most one letter per decision");
    }
    assertEquals(history.get(history.size() - 1).getToStatus(), r.getStatus());
    assertTrue(
        !r.caseRecord().getInterim().inForce() || r.getStatus().isOpen(),
        "an interim arrangement is in force only while the request waits");
    if (r.getStatus().isOpen()) {
      assertTrue(
          ACTORS.stream().anyMatch(a -> !r.availableActions(a, WINDOW, now).isEmpty()),
          "an open request always has someone who may act on it");
    }
  }

  private static void perform(AccommodationRequest r, Actor a, Action action, Instant t) {
    switch (action) {
      case START_REVIEW -> r.startReview(a, t);
      case REQUEST_INFO -> r.requestInformation(a, "Which days?", t);
      case PROVIDE_INFO -> r.provideInformation(a, "Mondays and Fridays.", t);
      case APPROVE -> r.approve(a, null, t);
      case APPROVE_WITH_CHANGES -> r.approveWithChanges(a, Arrangement.partialRemote(2), "x", t);
      case DENY -> r.deny(a, "UNDUE_HARDSHIP", "The reason.", t);
      case WITHDRAW -> r.withdraw(a, null, t);
      case APPEAL -> r.appeal(a, "Please look again.", WINDOW, t);
      case DOCUMENT_ADDED -> r.recordDocumentAdded(a, "letter.pdf", t);
      case DOCUMENT_DOWNLOADED -> r.recordDocumentDownloaded(a, "letter.pdf", t);
      case UNION_ACCESS_GRANTED -> r.shareWithUnion(a, true, t);
      case UNION_ACCESS_REVOKED -> r.shareWithUnion(a, false, t);
      case LETTER_ISSUED -> r.caseRecord().recordLetterIssued(t);
      case EXPIRE -> r.expire(LocalDate.ofInstant(t, java.time.ZoneOffset.UTC), t);
      case ACCEPT -> r.accept(a, WINDOW, t);
      case ASSIGN -> r.assign(a, assignee(t), t);
      case EXPEDITE ->
          r.caseRecord()
              .expedite(
                  a,
                  LocalDate.ofInstant(t, java.time.ZoneOffset.UTC).plusDays(3),
                  LocalDate.ofInstant(t, java.time.ZoneOffset.UTC),
                  t);
      case CASE_FILE_EXPORTED ->
          r.caseRecord().recordCaseFileExported(a.username(), "Grievance 12.", t);
      case RECORD_DELAY ->
          r.caseRecord().recordDelay(a, "AWAITING_MEDICAL", day(t).plusDays(5), null, day(t), t);
      case DELAY_NOTICE -> r.caseRecord().recordDelayNotice(day(t), t);
      case GRANT_INTERIM ->
          r.caseRecord()
              .grantInterim(
                  a, Arrangement.partialRemote(3), day(t), day(t).plusDays(10), day(t), t);
      case END_INTERIM -> r.caseRecord().endInterim(day(t), t);
      case RECORD_DETAILS ->
          r.caseRecord().recordReporting(a, null, true, "NOT_OBVIOUS", 12_500L, Set.of("JAN"), t);
      case CONSISTENCY_REVIEWED ->
          r.caseRecord().recordConsistencyReview(a, 99L, "Alike; both right.", t);
      case CONFIRM -> r.confirm(a, t);
      case SUBMIT -> throw new IllegalArgumentException("not generated");
    }
  }

  private static LocalDate day(Instant t) {
    return LocalDate.ofInstant(t, java.time.ZoneOffset.UTC);
  }

  /** The clocks as the application keeps them after every step (UTC, no holidays). */
  static final org.accommodationdesk.domain.deadline.Deadlines DEADLINES =
      new org.accommodationdesk.domain.deadline.Deadlines(
          new org.accommodationdesk.domain.deadline.BusinessCalendar(
              java.time.ZoneOffset.UTC,
              java.util.EnumSet.of(java.time.DayOfWeek.SATURDAY, java.time.DayOfWeek.SUNDAY),
              Set.of()),
          org.accommodationdesk.domain.deadline.DeadlinePolicy.DEFAULT);

  static final WorkLocation LOC = new WorkLocation("LOC-1", "Lincoln Elementary");
  static final JobClass JOB = new JobClass("TEACHER", "Classroom teacher");

  static RequestDetails details() {
    return new RequestDetails(
        Category.OWN_CONDITION,
        ArrangementType.FULL_REMOTE,
        null,
        null,
        LocalDate.of(2026, 3, 2),
        null,
        null,
        null,
        "Immunocompromised; cannot be in a crowded room.",
        null);
  }
}
