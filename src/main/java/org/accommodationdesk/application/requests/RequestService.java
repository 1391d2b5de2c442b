package org.accommodationdesk.application.requests;

import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.accommodationdesk.application.accounts.CurrentUser;
import org.accommodationdesk.application.deadlines.CaseDeadlines;
import org.accommodationdesk.application.reference.ReasonsInUse;
import org.accommodationdesk.application.stats.Footprint;
import org.accommodationdesk.application.stats.StatisticsLedger;
import org.accommodationdesk.domain.account.Role;
import org.accommodationdesk.domain.reference.ReasonList;
import org.accommodationdesk.domain.request.AccommodationRequest;
import org.accommodationdesk.domain.request.Action;
import org.accommodationdesk.domain.request.Actor;
import org.accommodationdesk.domain.request.Arrangement;
import org.accommodationdesk.domain.request.DomainException;
import org.accommodationdesk.domain.request.InvalidInputException;
import org.accommodationdesk.domain.request.RequestRepository;
import org.accommodationdesk.domain.request.StaleVersionException;

/**
 * The steps of a request's workflow: the reviewer's and the employee's steps (with documents where
 * they carry some), sharing with the union, and HR's reporting record. Holds the transaction and
 * who-may-see-what; the request itself decides what its status allows, and each step is counted in
 * the statistics and announced (notices) in its transaction.
 */
@Stateless
@DeclareRoles({Role.EMPLOYEE, Role.REVIEWER, Role.UNION_REP, Role.ADMIN})
public class RequestService {
  @Inject private RequestRepository requests;
  @Inject private CurrentUser currentUser;
  @Inject private RequestAccess access;
  @Inject private Clock clock;
  @Inject private DocumentService documentService;
  @Inject private StatisticsLedger ledger;
  @Inject private CaseDeadlines deadlines;
  @Inject private Event<CaseStep> steps;
  @Resource private SessionContext session;
  @Inject private ReasonsInUse choices;
  @Inject private RequestViews views;

  /** The requester answers the reviewer's question with a message and, optionally, documents. */
  @RolesAllowed(Role.EMPLOYEE)
  public RequestView provideInformation(
      long id, String message, List<Upload> uploads, Long expectedVersion) {
    return withDocuments(
        id, TransitionCommand.of(Action.PROVIDE_INFO, message), uploads, expectedVersion);
  }

  /**
   * The requester appeals the decision with a statement and, optionally, documents, all or nothing:
   * a document that is refused leaves no appeal behind.
   */
  @RolesAllowed(Role.EMPLOYEE)
  public RequestView appeal(long id, String statement, List<Upload> uploads, Long expectedVersion) {
    return withDocuments(
        id, TransitionCommand.of(Action.APPEAL, statement), uploads, expectedVersion);
  }

  private RequestView withDocuments(
      long id, TransitionCommand command, List<Upload> uploads, Long expectedVersion) {
    RequestView after = transition(id, command, expectedVersion);
    for (Upload upload : uploads) {
      documentService.attach(id, upload.fileName(), upload.content());
    }
    return uploads.isEmpty() ? after : views.view(access.visible(id));
  }

  /** The requester shares the request with the union, or stops sharing it. */
  @RolesAllowed(Role.EMPLOYEE)
  public RequestView shareWithUnion(long id, boolean shared) {
    AccommodationRequest request = access.visible(id);
    request.shareWithUnion(currentUser.actor(), shared, clock.instant());
    requests.store(request);
    return views.view(request);
  }

  /**
   * HR records what the system cannot know about a request (the reporting record): any HR reviewer
   * who may see it, in any status, never on their own request. The codes must be reasons in use of
   * their lists. {@code expectedVersion}: the record's version the caller saw (null: not checked).
   *
   * @throws StaleVersionException when another HR reviewer recorded it since
   * @throws InvalidInputException naming what is wrong
   */
  @RolesAllowed(Role.REVIEWER)
  public RequestView recordReporting(long id, Reporting input, Long expectedVersion) {
    AccommodationRequest request = access.visible(id);
    if (expectedVersion != null && expectedVersion != request.caseRecord().getReportingVersion()) {
      throw new StaleVersionException(expectedVersion, request.caseRecord().getReportingVersion());
    }
    String reason =
        Boolean.TRUE.equals(input.medicalInformationRequested())
            ? choices.reason(ReasonList.MEDICAL_INFORMATION, input.medicalInformationReason())
            : null;
    java.util.Set<String> sources = new java.util.TreeSet<>();
    for (String code : input.assistance() == null ? List.<String>of() : input.assistance()) {
      try {
        sources.add(choices.reason(ReasonList.ASSISTANCE, code));
      } catch (InvalidInputException e) {
        throw InvalidInputException.of(
            "assistance",
            "must name sources of technical assistance: "
                + String.join(", ", choices.reasons(ReasonList.ASSISTANCE)));
      }
    }
    if (request
        .caseRecord()
        .recordReporting(
            currentUser.actor(),
            input.effectiveOn(),
            input.medicalInformationRequested(),
            reason,
            input.costCents(),
            sources,
            clock.instant())) {
      requests.store(request);
    }
    return views.view(request);
  }

  /**
   * The reporting record as HR gives it: when the arrangement took effect, whether medical
   * information was asked for and why, the cost in cents, the sources of technical assistance.
   */
  public record Reporting(
      java.time.LocalDate effectiveOn,
      Boolean medicalInformationRequested,
      String medicalInformationReason,
      Long costCents,
      List<String> assistance) {}

  /**
   * Takes one step of the workflow.
   *
   * @param expectedVersion the version the caller saw, or null not to check
   * @throws StaleVersionException when the caller saw an older version
   */
  @RolesAllowed({Role.EMPLOYEE, Role.REVIEWER})
  public RequestView transition(long id, TransitionCommand command, Long expectedVersion) {
    AccommodationRequest request = loadFor(id, command, expectedVersion);
    Footprint before = Footprint.of(request);
    String assignedBefore = request.getAssignedReviewer();
    apply(request, command);
    request.keepTime(deadlines.current());
    requests.store(request);
    ledger.record(before, Footprint.of(request));
    steps.fire(new CaseStep(request, command.action(), assignedBefore));
    return views.view(request);
  }

  /**
   * Whether this step would be taken, without taking it: the same checks as {@link #transition}
   * (who may, in which status, with what input), then the transaction is rolled back. A page uses
   * it to restate a decision for confirmation only once the decision is one the request accepts.
   *
   * @throws DomainException what {@link #transition} would refuse, for the same reason
   */
  @RolesAllowed({Role.EMPLOYEE, Role.REVIEWER})
  public void check(long id, TransitionCommand command, Long expectedVersion) {
    AccommodationRequest request = loadFor(id, command, expectedVersion);
    try {
      apply(request, command);
    } finally {
      // nothing of the trial reaches the database
      session.setRollbackOnly();
    }
  }

  private AccommodationRequest loadFor(long id, TransitionCommand command, Long expectedVersion) {
    if (command.action() == null || !command.action().isWorkflowStep()) {
      throw InvalidInputException.of(
          "action",
          "is required: one of START_REVIEW, REQUEST_INFO, PROVIDE_INFO, APPROVE,"
              + " APPROVE_WITH_CHANGES, DENY, WITHDRAW, APPEAL, ACCEPT");
    }
    AccommodationRequest request = access.visible(id);
    if (expectedVersion != null && expectedVersion != request.getRevision()) {
      throw new StaleVersionException(expectedVersion, request.getRevision());
    }
    return request;
  }

  /** The one place where a command becomes a step of the request's workflow. */
  private void apply(AccommodationRequest request, TransitionCommand command) {
    Actor actor = currentUser.actor();
    Instant now = clock.instant();
    String comment = command.comment();
    switch (command.action()) {
      case START_REVIEW -> request.startReview(actor, now);
      case REQUEST_INFO -> request.requestInformation(actor, comment, now);
      case PROVIDE_INFO -> request.provideInformation(actor, comment, now);
      case APPROVE -> request.approve(actor, comment, now);
      case APPROVE_WITH_CHANGES ->
          request.approveWithChanges(actor, granted(command), comment, now);
      case DENY -> request.deny(actor, choices.denialReason(command.reasonCode()), comment, now);
      case WITHDRAW -> request.withdraw(actor, comment, now);
      case APPEAL -> request.appeal(actor, comment, views.appealWindow(), now);
      case ACCEPT -> request.accept(actor, views.appealWindow(), now);
      case EXPEDITE ->
          request.caseRecord().expedite(actor, command.neededBy(), deadlines.today(), now);
      case RECORD_DELAY ->
          request
              .caseRecord()
              .recordDelay(
                  actor,
                  choices.reason(ReasonList.DELAY, command.reasonCode()),
                  command.expectedBy(),
                  comment,
                  deadlines.today(),
                  now);
      case GRANT_INTERIM ->
          request
              .caseRecord()
              .grantInterim(
                  actor, granted(command), command.from(), command.until(), deadlines.today(), now);
      case CONFIRM -> request.confirm(actor, now);
      default -> throw new IllegalStateException(command.action().name());
    }
  }

  private static Arrangement granted(TransitionCommand c) {
    if (c.grantedType() == null) {
      return null;
    }
    return Arrangement.granted(
        c.grantedType(), c.grantedRemoteDaysPerWeek(), c.grantedDescription());
  }
}
