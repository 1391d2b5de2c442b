package org.accommodationdesk.domain.request;

import java.time.Instant;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The workflow's rules, written once: who may take which step in which status, who may review a
 * request, and until when a decision is open to an appeal. The aggregate asks here before every
 * step; listing the steps one may take, telling a final decision and the assignment read the same
 * rules.
 */
final class Workflow {
  private Workflow() {}

  /** Who may take an action. */
  private enum Party {
    REQUESTER,
    REVIEWER,
    ASSIGNED_REVIEWER,
    REQUESTER_OR_REVIEWER
  }

  /** Who may take an action and in which statuses. */
  private record Rule(Party party, Set<RequestStatus> from) {}

  private static final Set<RequestStatus> ANY = EnumSet.allOf(RequestStatus.class);

  /** Waiting for a reviewer, or with one: what may be given to a reviewer. */
  private static final Set<RequestStatus> ASSIGNABLE =
      EnumSet.of(
          RequestStatus.SUBMITTED,
          RequestStatus.APPEALED,
          RequestStatus.IN_REVIEW,
          RequestStatus.INFO_REQUESTED);

  private static final Set<RequestStatus> IN_REVIEW = EnumSet.of(RequestStatus.IN_REVIEW);

  /** The status machine. */
  private static final Map<Action, Rule> RULES =
      new EnumMap<>(
          Map.ofEntries(
              Map.entry(
                  Action.START_REVIEW,
                  new Rule(
                      Party.REVIEWER, EnumSet.of(RequestStatus.SUBMITTED, RequestStatus.APPEALED))),
              Map.entry(Action.REQUEST_INFO, new Rule(Party.ASSIGNED_REVIEWER, IN_REVIEW)),
              Map.entry(Action.APPROVE, new Rule(Party.ASSIGNED_REVIEWER, IN_REVIEW)),
              Map.entry(Action.APPROVE_WITH_CHANGES, new Rule(Party.ASSIGNED_REVIEWER, IN_REVIEW)),
              Map.entry(Action.DENY, new Rule(Party.ASSIGNED_REVIEWER, IN_REVIEW)),
              Map.entry(
                  Action.PROVIDE_INFO,
                  new Rule(Party.REQUESTER, EnumSet.of(RequestStatus.INFO_REQUESTED))),
              Map.entry(Action.WITHDRAW, new Rule(Party.REQUESTER, RequestStatus.OPEN)),
              Map.entry(Action.APPEAL, new Rule(Party.REQUESTER, RequestStatus.APPEALABLE)),
              Map.entry(
                  Action.ACCEPT,
                  new Rule(Party.REQUESTER, EnumSet.of(RequestStatus.APPROVED_WITH_CHANGES))),
              Map.entry(Action.ASSIGN, new Rule(Party.REVIEWER, ASSIGNABLE)),
              Map.entry(Action.EXPEDITE, new Rule(Party.REVIEWER, RequestStatus.OPEN)),
              Map.entry(Action.RECORD_DELAY, new Rule(Party.ASSIGNED_REVIEWER, RequestStatus.OPEN)),
              Map.entry(
                  Action.GRANT_INTERIM, new Rule(Party.ASSIGNED_REVIEWER, RequestStatus.OPEN)),
              Map.entry(Action.RECORD_DETAILS, new Rule(Party.REVIEWER, ANY)),
              Map.entry(Action.CONSISTENCY_REVIEWED, new Rule(Party.REVIEWER, ANY)),
              Map.entry(Action.DOCUMENT_ADDED, new Rule(Party.REQUESTER, RequestStatus.OPEN)),
              Map.entry(Action.DOCUMENT_DOWNLOADED, new Rule(Party.REQUESTER_OR_REVIEWER, ANY)),
              Map.entry(Action.UNION_ACCESS_GRANTED, new Rule(Party.REQUESTER, ANY)),
              Map.entry(Action.UNION_ACCESS_REVOKED, new Rule(Party.REQUESTER, ANY)),
              Map.entry(Action.CONFIRM, new Rule(Party.REQUESTER, RequestStatus.OPEN))));

  /**
   * What HR may not do with a request someone filed for an employee until the employee confirms it:
   * read its documents, take it into review, ask, decide, grant or record anything of its
   * decision's, or compare it with another. (Assigning it, expediting it and the reporting record
   * stay HR's own business.)
   */
  private static final Set<Action> AFTER_CONFIRMATION =
      EnumSet.of(
          Action.START_REVIEW,
          Action.REQUEST_INFO,
          Action.APPROVE,
          Action.APPROVE_WITH_CHANGES,
          Action.DENY,
          Action.RECORD_DELAY,
          Action.GRANT_INTERIM,
          Action.CONSISTENCY_REVIEWED,
          Action.DOCUMENT_DOWNLOADED);

  static final String NOT_CONFIRMED =
      "The employee has not confirmed this request yet: until they do, HR may neither read its"
          + " documents nor act on it.";

  static final String OWN_REQUEST = "Nobody may review their own request.";

  static final String FIRST_DECIDER =
      "An appeal must be reviewed by someone other than the reviewer who made the first decision.";

  /**
   * Why a step is refused: a person who may not take it (permission), or a status or time that does
   * not allow it (transition). Exceptions are made only when thrown.
   */
  record Refusal(boolean permission, String message) {
    DomainException exception() {
      return permission
          ? new ActionNotPermittedException(message)
          : new TransitionNotAllowedException(message);
    }
  }

  /**
   * The one rule of who may review a request: never its requester, and once it was appealed, never
   * the reviewer who made the first decision. Empty when {@code reviewer} may.
   */
  static Optional<String> reviewRefusal(AccommodationRequest r, String reviewer) {
    return reviewerRefusal(r, reviewer)
        .map(why -> why == AssignmentRefusal.OWN_REQUEST ? OWN_REQUEST : FIRST_DECIDER);
  }

  private static Optional<AssignmentRefusal> reviewerRefusal(
      AccommodationRequest r, String reviewer) {
    if (r.isRequestedBy(reviewer)) {
      return Optional.of(AssignmentRefusal.OWN_REQUEST);
    }
    if (r.outcomes().getAppealedAt().isPresent()
        && reviewer.equals(r.outcomes().getFirstDecider())) {
      return Optional.of(AssignmentRefusal.FIRST_DECIDER);
    }
    return Optional.empty();
  }

  /**
   * Why the request cannot be given to {@code reviewer} now (its status, then {@link
   * #reviewRefusal}'s rule); empty when it can.
   */
  static Optional<AssignmentRefusal> assignmentRefusal(AccommodationRequest r, String reviewer) {
    if (!ASSIGNABLE.contains(r.getStatus())) {
      return Optional.of(AssignmentRefusal.NOT_OPEN);
    }
    return reviewerRefusal(r, reviewer);
  }

  /** Whether the request's status is one whose decision may be appealed (in time, once). */
  static boolean isAppealableStatus(RequestStatus status) {
    return RULES.get(Action.APPEAL).from().contains(status);
  }

  /**
   * Until when the decision in force may be appealed: empty when it is not a decision one may
   * appeal, was appealed once already, or was accepted.
   */
  static Optional<Instant> appealBy(AccommodationRequest r, AppealWindow window) {
    if (!isAppealableStatus(r.getStatus())
        || r.outcomes().getAppealedAt().isPresent()
        || r.outcomes().getAcceptedAt().isPresent()
        || r.outcomes().getDecidedAt().isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(window.closesAt(r.outcomes().getDecidedAt().get()));
  }

  /** Why this actor may not take this action now; empty when they may. */
  static Optional<Refusal> refusal(
      AccommodationRequest r, Action action, Actor actor, AppealWindow window, Instant now) {
    Rule rule = RULES.get(action);
    if (rule == null) {
      return transition(TransitionNotAllowedException.message(action, r.getStatus()));
    }
    Optional<Refusal> party = partyRefusal(r, rule.party(), action, actor);
    if (party.isPresent()) {
      return party;
    }
    if (!rule.from().contains(r.getStatus())) {
      return transition(TransitionNotAllowedException.message(action, r.getStatus()));
    }
    if (AFTER_CONFIRMATION.contains(action) && !r.contentReadableBy(actor.username())) {
      return transition(NOT_CONFIRMED);
    }
    return switch (action) {
      case CONFIRM ->
          r.awaitsConfirmation()
              ? Optional.empty()
              : transition(
                  "This request waits for no confirmation: you filed it, or confirmed it.");
      case START_REVIEW -> startReviewRefusal(r, actor.username());
      // a delay's reason and an interim arrangement are the decider's: the same reviewers
      case RECORD_DELAY, GRANT_INTERIM ->
          Workflow.reviewRefusal(r, actor.username()).map(Workflow::permissionRefusal);
      case APPEAL, ACCEPT -> appealRefusal(r, action, window, now);
      default -> Optional.empty();
    };
  }

  private static Optional<Refusal> partyRefusal(
      AccommodationRequest r, Party party, Action action, Actor actor) {
    String who = actor.username();
    boolean isRequester = r.isRequestedBy(who);
    switch (party) {
      case REQUESTER -> {
        if (!isRequester) {
          return permission("Only the employee who filed the request may " + verb(action) + ".");
        }
      }
      case REVIEWER, ASSIGNED_REVIEWER -> {
        if (!actor.reviewer()) {
          return permission("Only an HR reviewer may " + verb(action) + ".");
        }
        if (isRequester) {
          return permission(OWN_REQUEST);
        }
        if (party == Party.ASSIGNED_REVIEWER
            && r.getAssignedReviewer() != null
            && !r.getAssignedReviewer().equals(who)) {
          return permission("Only the reviewer assigned to this request may " + verb(action) + ".");
        }
      }
      case REQUESTER_OR_REVIEWER -> {
        if (!isRequester && !actor.reviewer()) {
          return permission("Only the requester and HR reviewers see documents.");
        }
      }
    }
    return Optional.empty();
  }

  /**
   * Who takes a request into review: someone {@link #reviewRefusal} allows (the assignment checks
   * whom it gives the request to by the same rule) and, when it is assigned, its reviewer.
   */
  private static Optional<Refusal> startReviewRefusal(AccommodationRequest r, String who) {
    Optional<String> notTheirs = reviewRefusal(r, who);
    if (notTheirs.isPresent()) {
      return permission(notTheirs.get());
    }
    if (r.getAssignedReviewer() != null && !r.getAssignedReviewer().equals(who)) {
      return permission("This request is assigned to another reviewer.");
    }
    return Optional.empty();
  }

  /** Appealing and accepting both need the decision still open to an appeal. */
  private static Optional<Refusal> appealRefusal(
      AccommodationRequest r, Action action, AppealWindow window, Instant now) {
    boolean accept = action == Action.ACCEPT;
    if (r.outcomes().getAcceptedAt().isPresent()) {
      return transition(
          accept
              ? "The arrangement granted was already accepted."
              : "The arrangement granted was accepted, so the decision can no longer be"
                  + " appealed.");
    }
    if (r.outcomes().getAppealedAt().isPresent()) {
      return transition(
          accept
              ? "The decision on appeal is final: there is nothing to accept."
              : "This request has already been appealed once.");
    }
    Optional<Instant> decided = r.outcomes().getDecidedAt();
    if (decided.isPresent() && !window.isOpen(decided.get(), now)) {
      return transition(
          accept
              ? "The decision is final: the appeal window has passed."
              : "The appeal window of " + window.days() + " days after the decision has passed.");
    }
    return Optional.empty();
  }

  private static Refusal permissionRefusal(String message) {
    return new Refusal(true, message);
  }

  private static Optional<Refusal> permission(String message) {
    return Optional.of(new Refusal(true, message));
  }

  private static Optional<Refusal> transition(String message) {
    return Optional.of(new Refusal(false, message));
  }

  private static String verb(Action action) {
    return action.name().toLowerCase().replace('_', ' ');
  }
}
