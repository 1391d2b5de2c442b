package org.accommodationdesk.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.accommodationdesk.application.stats.Footprint;
import org.accommodationdesk.application.stats.StatisticsLedger;
import org.accommodationdesk.domain.account.Role;
import org.accommodationdesk.domain.account.UserAccount;
import org.accommodationdesk.domain.account.UserAccountRepository;
import org.accommodationdesk.domain.reference.DenialReason;
import org.accommodationdesk.domain.reference.JobClass;
import org.accommodationdesk.domain.reference.ListedReason;
import org.accommodationdesk.domain.reference.ReasonList;
import org.accommodationdesk.domain.reference.ReferenceDataRepository;
import org.accommodationdesk.domain.reference.WorkLocation;
import org.accommodationdesk.domain.request.AccommodationRequest;
import org.accommodationdesk.domain.request.Action;
import org.accommodationdesk.domain.request.Actor;
import org.accommodationdesk.domain.request.AppealWindow;
import org.accommodationdesk.domain.request.Arrangement;
import org.accommodationdesk.domain.request.AssignmentRefusal;
import org.accommodationdesk.domain.request.DecisionLetterRepository;
import org.accommodationdesk.domain.request.FieldErrors;
import org.accommodationdesk.domain.request.InvalidInputException;
import org.accommodationdesk.domain.request.ProxyFiling;
import org.accommodationdesk.domain.request.RequestFilter;
import org.accommodationdesk.domain.request.RequestNotFoundException;
import org.accommodationdesk.domain.request.RequestOrder;
import org.accommodationdesk.domain.request.RequestRepository;
import org.accommodationdesk.domain.request.RequestStatus;
import org.accommodationdesk.domain.request.StaleVersionException;

/**
 * The case use cases: file, read, list and move a request through its workflow. Holds the
 * transaction and who-may-see-what; the request itself decides what its status allows.
 *
 * <p>Visibility: a request is visible to its requester and to HR reviewers. To anyone else it does
 * not exist ({@link RequestNotFoundException}), so that its existence is not revealed.
 */
@Stateless
@DeclareRoles({Role.EMPLOYEE, Role.REVIEWER, Role.UNION_REP, Role.ADMIN})
public class RequestService {
  public static final int MAX_PAGE_SIZE = PageResult.MAX_SIZE;

  @Inject private RequestRepository requests;
  @Inject private org.accommodationdesk.domain.records.LegalHoldRepository holds;
  @Inject private UserAccountRepository accounts;
  @Inject private ReferenceDataRepository referenceData;
  @Inject private CurrentUser currentUser;
  @Inject private RequestAccess access;
  @Inject private Clock clock;
  @Inject private DocumentService documentService;
  @Inject private StatisticsLedger ledger;
  @Inject private CaseDeadlines deadlines;
  @Inject private jakarta.enterprise.event.Event<CaseStep> steps;
  @Inject private DecisionLetterRepository letters;
  @Resource private SessionContext session;
  @Inject private SubmissionKeys submissionKeys;

  /** Who assigns requests to reviewers: HR leads ("hr-lead", the default) or any reviewer. */
  @Inject
  @org.eclipse.microprofile.config.inject.ConfigProperty(
      name = "accommodationdesk.assignment.by",
      defaultValue = "hr-lead")
  private String assignmentBy;

  /** An employee files a request for themself. */
  @RolesAllowed(Role.EMPLOYEE)
  public RequestView submit(NewRequest input) {
    return submit(input, List.of());
  }

  /**
   * An employee files a request with supporting documents, all or nothing: a document that is
   * refused leaves no request behind.
   */
  @RolesAllowed(Role.EMPLOYEE)
  public RequestView submit(NewRequest input, List<Upload> uploads) {
    return submit(input, uploads, null).view();
  }

  /**
   * Files a request once per {@code key} (a form's own key, an API client's Idempotency-Key; null:
   * no key): the same filing sent again answers with the request filed the first time, a different
   * filing under a used key is refused. A concurrent post under the same key fails with {@link
   * DuplicateSubmissionException} ({@link Submissions} answers it with the winner).
   */
  @RolesAllowed(Role.EMPLOYEE)
  public Submissions.Filed submit(NewRequest input, List<Upload> uploads, String key) {
    String username = currentUser.username();
    String fingerprint = key == null ? null : Submissions.fingerprint(input, uploads);
    if (key != null) {
      Optional<Submissions.Filed> earlier = earlierFiling(key, fingerprint);
      if (earlier.isPresent()) {
        return earlier.get();
      }
    }
    UserAccount.Placement account =
        accounts
            .placement(username)
            .orElseThrow(() -> InvalidInputException.of("requester", "has no employee profile"));
    WorkLocation location = location(input, account);
    JobClass jobClass = jobClass(input, account);
    AccommodationRequest request;
    if (input.renewalOf() == null) {
      request =
          AccommodationRequest.submit(
              username,
              input.details(),
              input.urgency(),
              location,
              jobClass,
              deadlines.today(),
              clock.instant());
    } else {
      AccommodationRequest original = access.visible(input.renewalOf());
      List<Long> renewals = requests.renewalsOf(original.getId());
      if (!renewals.isEmpty()) {
        throw InvalidInputException.of(
            "renewalOf",
            "request " + original.getId() + " is renewed by request " + renewals.get(0));
      }
      request =
          AccommodationRequest.renewal(
              original,
              username,
              input.details(),
              input.urgency(),
              location,
              jobClass,
              deadlines.today(),
              clock.instant());
    }
    add(request);
    for (Upload upload : uploads) {
      documentService.attach(request.getId(), upload.fileName(), upload.content());
    }
    if (key != null) {
      submissionKeys.add(username, key, fingerprint, request.getId(), clock.instant());
    }
    return new Submissions.Filed(view(request), false);
  }

  /**
   * Files a request for an employee (proxy intake): an HR reviewer entering a paper or telephone
   * request, or a union rep with the employee's consent ({@code consent}: how and when it was
   * given). The employee is told at once and must confirm it before HR reads or decides anything; a
   * union rep's filing is shared with the union from the start (never its documents or free text).
   * No documents: the employee adds them once they see it.
   *
   * @return the request's number
   * @throws InvalidInputException naming the employee, the consent or the request's details
   */
  @RolesAllowed({Role.REVIEWER, Role.UNION_REP})
  public long fileFor(String employee, NewRequest input, String consent) {
    ProxyFiling.FiledAs filedAs =
        currentUser.isReviewer() ? ProxyFiling.FiledAs.HR : ProxyFiling.FiledAs.UNION;
    Optional<UserAccount> found =
        employee == null || employee.isBlank()
            ? Optional.empty()
            : accounts
                .find(employee.strip())
                .filter(UserAccount::isEnabled)
                .filter(a -> a.getRoles().contains(Role.EMPLOYEE));
    if (found.isEmpty()) {
      // every other problem first, and the user name only once the rest is right: a form sent
      // with a missing consent does not tell a union rep whether a name is an employee's
      boolean blank = employee == null || employee.isBlank();
      FieldErrors errors = new FieldErrors();
      if (blank) {
        errors.add("employee", "employee.missing", "give the employee's user name");
      }
      errors.addAll(ProxyFiling.problems(filedAs, consent));
      errors.addAll(input.details().problems());
      if (errors.isEmpty()) {
        errors.add("employee", "employee.unknown", "no active employee has this user name");
      }
      errors.throwIfAny();
    }
    UserAccount account = found.orElseThrow();
    if (input.renewalOf() != null) {
      throw InvalidInputException.of("renewalOf", "only the employee may ask to renew");
    }
    UserAccount.Placement placement =
        new UserAccount.Placement(account.getWorkLocation(), account.getJobClass());
    AccommodationRequest request =
        AccommodationRequest.fileFor(
            account.getUsername(),
            currentUser.actor(),
            filedAs,
            consent,
            input.details(),
            input.urgency(),
            location(input, placement),
            jobClass(input, placement),
            deadlines.today(),
            clock.instant());
    add(request);
    return request.getId();
  }

  /** A new request: its clocks, stored, counted, and its notices written, in this transaction. */
  private void add(AccommodationRequest request) {
    request.keepTime(deadlines.current());
    requests.add(request);
    requests.store(request);
    ledger.record(Footprint.NONE, Footprint.of(request));
    steps.fire(new CaseStep(request, Action.SUBMIT, null));
  }

  private WorkLocation location(NewRequest input, UserAccount.Placement account) {
    return input.workLocationCode() == null
        ? account.workLocation()
        : referenceData
            .findLocation(input.workLocationCode())
            .orElseThrow(
                () ->
                    new InvalidInputException(
                        List.of(
                            new org.accommodationdesk.domain.request.FieldError(
                                "workLocation",
                                "workLocation.unknown",
                                "unknown work location " + input.workLocationCode()))));
  }

  private JobClass jobClass(NewRequest input, UserAccount.Placement account) {
    return input.jobClassCode() == null
        ? account.jobClass()
        : referenceData
            .findJobClass(input.jobClassCode())
            .orElseThrow(
                () ->
                    InvalidInputException.of(
                        "jobClass", "unknown job class " + input.jobClassCode()));
  }

  /**
   * What the caller filed under {@code key} before, if anything, as filed again. Only the caller's
   * own keys: whether someone else used a key is nobody else's business.
   *
   * @throws InvalidInputException when that filing was a different one
   */
  @RolesAllowed(Role.EMPLOYEE)
  public Optional<Submissions.Filed> earlierFiling(String key, String fingerprint) {
    Optional<SubmissionKeys.Filed> filed = submissionKeys.find(currentUser.username(), key);
    if (filed.isEmpty()) {
      return Optional.empty();
    }
    if (!filed.get().fingerprint().equals(fingerprint)) {
      throw InvalidInputException.of(
          "Idempotency-Key", "was used for a different request; use a new key for a new request");
    }
    return Optional.of(new Submissions.Filed(view(access.visible(filed.get().requestId())), true));
  }

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
    return uploads.isEmpty() ? after : get(id);
  }

  /** One request with its history, for its requester or an HR reviewer. */
  @RolesAllowed({Role.EMPLOYEE, Role.REVIEWER, Role.UNION_REP, Role.ADMIN})
  public RequestView get(long id) {
    return view(access.visible(id));
  }

  /**
   * A union rep's view of a request its employee shared with the union; any other request does not
   * exist for them.
   */
  @RolesAllowed(Role.UNION_REP)
  public UnionRequestView getForUnion(long id) {
    AccommodationRequest request =
        requests.find(id).orElseThrow(() -> new RequestNotFoundException(id));
    if (!request.isSharedWithUnion()) {
      throw new RequestNotFoundException(id);
    }
    return UnionRequestView.of(request, displayName(request.getRequester()));
  }

  /** The requests employees shared with the union, newest first; for union reps. */
  @RolesAllowed(Role.UNION_REP)
  public PageResult<UnionRequestView.Summary> listShared(int page, int size) {
    PageResult.check(page, size);
    return new PageResult<>(
        requests.sharedWithUnion(page * size, size).stream()
            .map(r -> UnionRequestView.summary(r, displayName(r.getRequester())))
            .toList(),
        requests.countSharedWithUnion());
  }

  private String displayName(String username) {
    return accounts.find(username).map(UserAccount::getDisplayName).orElse(username);
  }

  /** The requester shares the request with the union, or stops sharing it. */
  @RolesAllowed(Role.EMPLOYEE)
  public RequestView shareWithUnion(long id, boolean shared) {
    AccommodationRequest request = access.visible(id);
    request.shareWithUnion(currentUser.actor(), shared, clock.instant());
    requests.store(request);
    return view(request);
  }

  /** Reviewers list the requests of the locations they serve; everybody else lists their own. */
  @RolesAllowed({Role.EMPLOYEE, Role.REVIEWER})
  public PageResult<RequestSummary> list(RequestFilter filter, int page, int size) {
    return list(filter, RequestOrder.OLDEST_FIRST, page, size);
  }

  /** The same, in this order. */
  @RolesAllowed({Role.EMPLOYEE, Role.REVIEWER})
  public PageResult<RequestSummary> list(
      RequestFilter filter, RequestOrder order, int page, int size) {
    PageResult.check(page, size);
    RequestFilter effective =
        currentUser.isReviewer()
            ? access.withinServedLocations(filter)
            : filter.ofRequester(currentUser.username());
    ReviewerPool reviewers = reviewersIfReviewer();
    List<AccommodationRequest> found = requests.search(effective, page * size, size, order);
    return new PageResult<>(
        summaries(found, reviewers, reviewers == null ? Map.of() : names(found)),
        requests.count(effective));
  }

  /** A page of requests as listed: no confidential details, names only for HR. */
  private List<RequestSummary> summaries(
      List<AccommodationRequest> found, ReviewerPool reviewers, Map<String, String> names) {
    Instant now = clock.instant();
    DueDays due = dueDays();
    String reader = currentUser.username();
    return found.stream()
        .map(
            r ->
                RequestSummary.of(
                    r, reviewers, r.isFinalDecision(appealWindow(), now), names, due, reader))
        .toList();
  }

  /**
   * The reviewers' queue: any window of the requests matching the filter, in this order. Only the
   * rows asked for are loaded.
   */
  @RolesAllowed(Role.REVIEWER)
  public List<RequestSummary> queue(RequestFilter filter, int first, int max, RequestOrder order) {
    int size = Math.max(1, Math.min(max, MAX_PAGE_SIZE));
    ReviewerPool reviewers = reviewerPool();
    List<AccommodationRequest> found =
        requests.search(access.withinServedLocations(filter), Math.max(0, first), size, order);
    return summaries(found, reviewers, names(found));
  }

  /** Today and the last day that counts as "due soon", for flagging requests. */
  public DueDays dueDays() {
    LocalDate today = deadlines.today();
    return new DueDays(
        today, deadlines.calendar().plusBusinessDays(today, DueDays.SOON_BUSINESS_DAYS));
  }

  /** The display names of these requests' requesters, in one query. */
  private Map<String, String> names(List<AccommodationRequest> found) {
    return found.isEmpty()
        ? Map.of()
        : accounts.displayNames(
            found.stream().map(AccommodationRequest::getRequester).collect(Collectors.toSet()));
  }

  /** How many requests match the queue's filter. */
  @RolesAllowed(Role.REVIEWER)
  public long queueSize(RequestFilter filter) {
    return requests.count(access.withinServedLocations(filter));
  }

  /** How many requests are in each status, for the top of the queue. */
  @RolesAllowed(Role.REVIEWER)
  public Map<RequestStatus, Long> statusCounts() {
    Map<RequestStatus, Long> counts = new EnumMap<>(RequestStatus.class);
    for (RequestStatus s : RequestStatus.values()) {
      counts.put(s, 0L);
    }
    counts.putAll(requests.countByStatus());
    return counts;
  }

  /** The work locations and job classes to choose from. */
  @RolesAllowed({Role.EMPLOYEE, Role.REVIEWER, Role.UNION_REP, Role.ADMIN})
  public List<ReferenceItem> locations() {
    return referenceData.locations().stream()
        .map(l -> new ReferenceItem(l.getCode(), l.getName()))
        .toList();
  }

  /** The codes of the denial reasons a reviewer may choose, in their order. */
  @RolesAllowed(Role.REVIEWER)
  public List<String> denialReasons() {
    return referenceData.denialReasons().stream()
        .filter(DenialReason::isActive)
        .map(DenialReason::getCode)
        .toList();
  }

  /** A denial reason in use, by its code; none given: the domain names the missing reason. */
  private String denialReason(String code) {
    if (code == null) {
      return null;
    }
    return referenceData
        .findDenialReason(code)
        .filter(DenialReason::isActive)
        .map(DenialReason::getCode)
        .orElseThrow(
            () ->
                InvalidInputException.of(
                    "reasonCode", "must be one of " + String.join(", ", denialReasons())));
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
    if (expectedVersion != null && expectedVersion != request.getReportingVersion()) {
      throw new StaleVersionException(expectedVersion, request.getReportingVersion());
    }
    String reason =
        Boolean.TRUE.equals(input.medicalInformationRequested())
            ? reason(ReasonList.MEDICAL_INFORMATION, input.medicalInformationReason())
            : null;
    java.util.Set<String> sources = new java.util.TreeSet<>();
    for (String code : input.assistance() == null ? List.<String>of() : input.assistance()) {
      try {
        sources.add(reason(ReasonList.ASSISTANCE, code));
      } catch (InvalidInputException e) {
        throw InvalidInputException.of(
            "assistance",
            "must name sources of technical assistance: "
                + String.join(", ", reasons(ReasonList.ASSISTANCE)));
      }
    }
    if (request.recordReporting(
        currentUser.actor(),
        input.effectiveOn(),
        input.medicalInformationRequested(),
        reason,
        input.costCents(),
        sources,
        clock.instant())) {
      requests.store(request);
    }
    return view(request);
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
   * The code of a reason of that list HR may choose now; null when none is given.
   *
   * @throws InvalidInputException naming the codes in use when it is not one of them
   */
  private String reason(ReasonList list, String code) {
    if (code == null) {
      return null;
    }
    return referenceData
        .findReason(list, code)
        .filter(ListedReason::isActive)
        .map(ListedReason::getCode)
        .orElseThrow(
            () ->
                InvalidInputException.of(
                    list == ReasonList.MEDICAL_INFORMATION
                        ? "medicalInformationReason"
                        : "reasonCode",
                    "must be one of " + String.join(", ", reasons(list))));
  }

  /** The codes of the reasons of a list HR may choose now, in their order. */
  @RolesAllowed(Role.REVIEWER)
  public List<String> reasons(ReasonList list) {
    return referenceData.reasons(list).stream()
        .filter(ListedReason::isActive)
        .map(ListedReason::getCode)
        .toList();
  }

  /** A code with its name, for choosing. */
  public record ReferenceItem(String code, String name) implements java.io.Serializable {}

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
    return view(request);
  }

  /**
   * An HR lead (or, when so configured, any reviewer) gives requests to a reviewer, all or nothing:
   * each must be visible to the caller, waiting or in review, and one the reviewer may decide (an
   * active reviewer serving its location, not its requester, not the first decider of an appeal).
   * The reviewer is told by a notice.
   *
   * @return how many requests changed hands (one already theirs does not count)
   */
  @RolesAllowed(Role.REVIEWER)
  public int assign(List<Long> ids, String reviewer) {
    if (!mayAssign()) {
      throw new org.accommodationdesk.domain.request.ActionNotPermittedException(
          "Only an HR lead may assign requests.");
    }
    if (ids == null || ids.isEmpty() || ids.size() > PageResult.MAX_SIZE) {
      throw InvalidInputException.of(
          "requests", "give 1 to " + PageResult.MAX_SIZE + " request numbers");
    }
    if (ids.stream().distinct().count() != ids.size()) {
      throw InvalidInputException.of("requests", "names a request more than once");
    }
    ReviewerPool pool = reviewerPool();
    if (reviewer == null || !pool.active().contains(reviewer)) {
      throw InvalidInputException.of("reviewer", "is not an active reviewer");
    }
    List<AccommodationRequest> batch = new ArrayList<>();
    FieldErrors refused = new FieldErrors();
    for (long id : ids) {
      AccommodationRequest request = access.visible(id);
      batch.add(request);
      Optional<AssignmentRefusal> why = request.assignmentRefusal(reviewer);
      if (why.isEmpty() && !pool.mayTake(reviewer, request)) {
        why = Optional.of(AssignmentRefusal.NOT_SERVED);
      }
      // every request refused is named, with its reason, and nothing changes
      why.ifPresent(
          w -> refused.add("requests[" + id + "]", w.code(), "request " + id + ": " + w.words()));
    }
    refused.throwIfAny();
    Actor actor = currentUser.actor();
    Instant now = clock.instant();
    int changed = 0;
    for (AccommodationRequest request : batch) {
      String before = request.getAssignedReviewer();
      if (!request.assign(actor, reviewer, now)) {
        continue;
      }
      requests.store(request);
      steps.fire(new CaseStep(request, Action.ASSIGN, before));
      changed++;
    }
    return changed;
  }

  /** Open requests (waiting or in review) given to each reviewer: the team's workload. */
  @RolesAllowed(Role.REVIEWER)
  public Map<String, Long> workload() {
    return requests.openByAssignee();
  }

  /** Whether the caller may assign requests ({@link #assign}). */
  @RolesAllowed(Role.REVIEWER)
  public boolean mayAssign() {
    return "any-reviewer".equals(assignmentBy)
        || accounts.activeWithRole(Role.HR_LEAD).contains(currentUser.username());
  }

  /** The active reviewers by name (code: user name), for choosing whom to give requests to. */
  @RolesAllowed(Role.REVIEWER)
  public List<ReferenceItem> reviewers() {
    List<String> active = accounts.activeReviewers();
    Map<String, String> names = accounts.displayNames(active);
    return active.stream()
        .map(u -> new ReferenceItem(u, names.getOrDefault(u, u)))
        .sorted(java.util.Comparator.comparing(ReferenceItem::name))
        .toList();
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
      case DENY -> request.deny(actor, denialReason(command.reasonCode()), comment, now);
      case WITHDRAW -> request.withdraw(actor, comment, now);
      case APPEAL -> request.appeal(actor, comment, appealWindow(), now);
      case ACCEPT -> request.accept(actor, appealWindow(), now);
      case EXPEDITE -> request.expedite(actor, command.neededBy(), deadlines.today(), now);
      case RECORD_DELAY ->
          request.recordDelay(
              actor,
              reason(ReasonList.DELAY, command.reasonCode()),
              command.expectedBy(),
              comment,
              deadlines.today(),
              now);
      case GRANT_INTERIM ->
          request.grantInterim(
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

  private AppealWindow appealWindow() {
    return deadlines.appealWindow();
  }

  private RequestView view(AccommodationRequest request) {
    Instant now = clock.instant();
    Set<Action> actions = request.availableActions(currentUser.actor(), appealWindow(), now);
    boolean hr = currentUser.isReviewer() && !request.isRequestedBy(currentUser.username());
    // the people its history names, by name (one query): HR sees who asked, everyone who acted
    Set<String> named = new java.util.TreeSet<>();
    named.add(request.getRequester());
    request.getHistory().forEach(h -> named.add(h.getActor()));
    if (request.getAssignedReviewer() != null) {
      named.add(request.getAssignedReviewer());
    }
    Map<String, String> people = accounts.displayNames(named);
    return RequestView.of(
        request,
        actions,
        RequestSummary.needsAnotherReviewer(request, reviewersIfReviewer()),
        request.isFinalDecision(appealWindow(), now),
        hr ? people.getOrDefault(request.getRequester(), request.getRequester()) : null,
        // until when the requester may appeal, while they may
        actions.contains(Action.APPEAL) ? request.appealBy(appealWindow()).orElse(null) : null,
        dueDays(),
        // the employee may ask to renew it (one renewal at a time)
        request.renewableBy(currentUser.username(), deadlines.today())
            && requests.renewalsOf(request.getId()).isEmpty(),
        request.hasLetters() ? letters.issuedFor(request.getId()) : List.of(),
        hr,
        hr
            ? holds
                .holding(
                    request.getId(), request.getRequester(), request.getWorkLocation().getCode())
                .stream()
                .map(RequestView.HoldView::of)
                .toList()
            : null,
        people);
  }

  /**
   * The active reviewers, to tell a request no reviewer may take; only HR sees that, so employees'
   * pages do not pay the query.
   */
  private ReviewerPool reviewersIfReviewer() {
    return currentUser.isReviewer() ? reviewerPool() : null;
  }

  private ReviewerPool reviewerPool() {
    return new ReviewerPool(accounts.activeReviewers(), referenceData.reviewerLocations());
  }
}
