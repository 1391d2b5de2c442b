package org.accommodationdesk.domain.request;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.accommodationdesk.domain.reference.JobClass;
import org.accommodationdesk.domain.reference.WorkLocation;

/**
 * The aggregate root: one employee's request for a remote-work accommodation, its status, its
 * decisions and the full history of how it got there. Every change goes through a method here,
 * which checks who acts, whether the status allows it, and what the step needs.
 */
@Entity
@Table(name = "accommodation_request")
public class AccommodationRequest {

  public static final int MAX_COMMENT = 4000;

  private static final java.security.SecureRandom RECORD_KEYS = new java.security.SecureRandom();

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "request_seq")
  @SequenceGenerator(name = "request_seq", sequenceName = "request_seq", allocationSize = 50)
  private Long id;

  @Version private long version;

  @Column(nullable = false, length = 64)
  private String requester;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 32)
  private Category category;

  @Embedded private Arrangement arrangement;

  @Column(name = "start_date", nullable = false)
  private LocalDate startDate;

  @Column(name = "end_date")
  private LocalDate endDate;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "work_location_code")
  private WorkLocation workLocation;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "job_class_code")
  private JobClass jobClass;

  @Enumerated(EnumType.STRING)
  @Column(length = 32)
  private Relationship relationship;

  private Boolean attestation;

  @Column(name = "functional_limitations", length = MAX_COMMENT)
  private String functionalLimitations;

  @Column(length = MAX_COMMENT)
  private String justification;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 32)
  private RequestStatus status;

  @Column(name = "assigned_reviewer", length = 64)
  private String assignedReviewer;

  @Column(name = "first_decider", length = 64)
  private String firstDecider;

  @Enumerated(EnumType.STRING)
  @Column(name = "latest_outcome", length = 32)
  private DecisionOutcome latestOutcome;

  @Column(name = "latest_decider", length = 64)
  private String latestDecider;

  @Column(name = "first_decision_seconds")
  private Long firstDecisionSeconds;

  @Column(name = "submitted_at", nullable = false)
  private Instant submittedAt;

  @Column(name = "decided_at")
  private Instant decidedAt;

  @Column(name = "appealed_at")
  private Instant appealedAt;

  @Column(name = "shared_with_union", nullable = false)
  private boolean sharedWithUnion;

  /**
   * A fixed random number in [0, 2^31) that protects the union's statistics (cell-key perturbation,
   * ADR 0007); it says nothing about the request.
   */
  @Column(name = "record_key", nullable = false)
  private long recordKey;

  @OneToMany(mappedBy = "request", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("sequenceNumber ASC")
  private List<HistoryEntry> history = new ArrayList<>();

  @OneToMany(mappedBy = "request", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("decidedAt ASC")
  private List<Decision> decisions = new ArrayList<>();

  protected AccommodationRequest() {
    // for JPA
  }

  /**
   * An employee files a request.
   *
   * @throws InvalidInputException naming every problem with the details
   */
  public static AccommodationRequest submit(
      String requester,
      RequestDetails details,
      WorkLocation workLocation,
      JobClass jobClass,
      Instant now) {
    Objects.requireNonNull(requester, "requester");
    Objects.requireNonNull(details, "details");
    Objects.requireNonNull(now, "now");
    FieldErrors errors = details.problems();
    errors.require(workLocation != null, "workLocation", "is required");
    errors.require(jobClass != null, "jobClass", "is required");
    errors.throwIfAny();

    AccommodationRequest r = new AccommodationRequest();
    r.requester = requester;
    r.category = details.category();
    r.arrangement = details.arrangement();
    r.startDate = details.startDate();
    r.endDate = details.endDate();
    r.workLocation = workLocation;
    r.jobClass = jobClass;
    boolean aboutAnother = details.category().concernsAnotherPerson();
    r.relationship = aboutAnother ? details.relationship() : null;
    r.attestation = aboutAnother ? Boolean.TRUE : null;
    r.functionalLimitations =
        details.category() == Category.OWN_CONDITION
            ? details.functionalLimitations().strip()
            : null;
    r.justification = blankToNull(details.justification());
    r.status = RequestStatus.SUBMITTED;
    r.submittedAt = now;
    r.recordKey = RECORD_KEYS.nextInt(Integer.MAX_VALUE);
    r.record(Action.SUBMIT, null, RequestStatus.SUBMITTED, requester, now, null);
    return r;
  }

  // ---- workflow -------------------------------------------------------------------------

  /** A reviewer takes the request into review and becomes its assigned reviewer. */
  public void startReview(Actor actor, Instant now) {
    requireReviewer(actor, Action.START_REVIEW);
    requireStatus(Action.START_REVIEW, RequestStatus.SUBMITTED, RequestStatus.APPEALED);
    if (status == RequestStatus.APPEALED && actor.username().equals(firstDecider)) {
      throw new ActionNotPermittedException(
          "An appeal must be reviewed by someone other than the reviewer who made the first"
              + " decision.");
    }
    assignedReviewer = actor.username();
    moveTo(Action.START_REVIEW, RequestStatus.IN_REVIEW, actor, now, null);
  }

  /** The assigned reviewer asks the employee for information (the interactive process). */
  public void requestInformation(Actor actor, String message, Instant now) {
    requireAssignedReviewer(actor, Action.REQUEST_INFO);
    requireStatus(Action.REQUEST_INFO, RequestStatus.IN_REVIEW);
    String text = requireText("comment", message, "write the question for the employee");
    moveTo(Action.REQUEST_INFO, RequestStatus.INFO_REQUESTED, actor, now, text);
  }

  /** The requester answers the reviewer's question; the request goes back into review. */
  public void provideInformation(Actor actor, String message, Instant now) {
    requireRequester(actor, Action.PROVIDE_INFO);
    requireStatus(Action.PROVIDE_INFO, RequestStatus.INFO_REQUESTED);
    String text = requireText("comment", message, "write your answer to the reviewer's question");
    moveTo(Action.PROVIDE_INFO, RequestStatus.IN_REVIEW, actor, now, text);
  }

  /** The assigned reviewer grants the request as asked. */
  public void approve(Actor actor, String comment, Instant now) {
    decide(actor, Action.APPROVE, DecisionOutcome.APPROVED, null, optionalText(comment), null, now);
  }

  /** The assigned reviewer grants a different arrangement from the one asked for. */
  public void approveWithChanges(Actor actor, Arrangement granted, String comment, Instant now) {
    requireAssignedReviewer(actor, Action.APPROVE_WITH_CHANGES);
    requireStatus(Action.APPROVE_WITH_CHANGES, RequestStatus.IN_REVIEW);
    if (granted == null) {
      throw InvalidInputException.of("arrangement", "state the arrangement granted");
    }
    decide(
        actor,
        Action.APPROVE_WITH_CHANGES,
        DecisionOutcome.APPROVED_WITH_CHANGES,
        null,
        optionalText(comment),
        granted,
        now);
  }

  /** The assigned reviewer denies the request, citing a reason code and explaining it. */
  public void deny(Actor actor, DenialReason reason, String explanation, Instant now) {
    requireAssignedReviewer(actor, Action.DENY);
    requireStatus(Action.DENY, RequestStatus.IN_REVIEW);
    FieldErrors errors = new FieldErrors();
    errors.require(reason != null, "reasonCode", "choose the reason for the denial");
    errors.require(
        explanation != null && !explanation.isBlank(),
        "comment",
        "explain the denial to the employee");
    checkLength(explanation, errors);
    errors.throwIfAny();
    decide(actor, Action.DENY, DecisionOutcome.DENIED, reason, explanation.strip(), null, now);
  }

  /** The requester withdraws a request that is still open. */
  public void withdraw(Actor actor, String comment, Instant now) {
    requireRequester(actor, Action.WITHDRAW);
    requireStatus(
        Action.WITHDRAW,
        RequestStatus.SUBMITTED,
        RequestStatus.IN_REVIEW,
        RequestStatus.INFO_REQUESTED,
        RequestStatus.APPEALED);
    assignedReviewer = null;
    moveTo(Action.WITHDRAW, RequestStatus.WITHDRAWN, actor, now, optionalText(comment));
  }

  /**
   * The requester appeals a denial or an approval with changes: once per request, within {@code
   * window} of the decision.
   */
  public void appeal(Actor actor, String statement, Duration window, Instant now) {
    requireRequester(actor, Action.APPEAL);
    requireStatus(Action.APPEAL, RequestStatus.DENIED, RequestStatus.APPROVED_WITH_CHANGES);
    if (appealedAt != null) {
      throw new TransitionNotAllowedException("This request has already been appealed once.");
    }
    if (decidedAt != null && now.isAfter(decidedAt.plus(window))) {
      throw new TransitionNotAllowedException(
          "The appeal window of " + window.toDays() + " days after the decision has passed.");
    }
    String text = requireText("comment", statement, "write your appeal statement");
    appealedAt = now;
    assignedReviewer = null;
    moveTo(Action.APPEAL, RequestStatus.APPEALED, actor, now, text);
  }

  /** The requester attached a supporting document; only while the request is open. */
  public void recordDocumentAdded(Actor actor, String fileName, Instant now) {
    requireRequester(actor, Action.DOCUMENT_ADDED);
    if (!status.isOpen()) {
      throw new TransitionNotAllowedException(
          "Documents can be added only while the request is open (it is " + status + ").");
    }
    record(Action.DOCUMENT_ADDED, status, status, actor.username(), now, fileName);
  }

  /** Someone who may see the request downloaded one of its documents. */
  public void recordDocumentDownloaded(Actor actor, String fileName, Instant now) {
    if (!isRequestedBy(actor.username()) && !actor.reviewer()) {
      throw new ActionNotPermittedException("Only the requester and HR reviewers see documents.");
    }
    record(Action.DOCUMENT_DOWNLOADED, status, status, actor.username(), now, fileName);
  }

  /**
   * The requester shares the request with the union, or stops sharing it. Both are recorded in the
   * history; asking for what is already the case changes nothing.
   */
  public void shareWithUnion(Actor actor, boolean shared, Instant now) {
    requireRequester(actor, shared ? Action.UNION_ACCESS_GRANTED : Action.UNION_ACCESS_REVOKED);
    if (sharedWithUnion == shared) {
      return;
    }
    sharedWithUnion = shared;
    record(
        shared ? Action.UNION_ACCESS_GRANTED : Action.UNION_ACCESS_REVOKED,
        status,
        status,
        actor.username(),
        now,
        null);
  }

  /** Whether the requester may still add documents. */
  public boolean acceptsDocumentsFrom(Actor actor) {
    return isRequestedBy(actor.username()) && status.isOpen();
  }

  /** The actions this actor may take now; for showing only the buttons that will work. */
  public Set<Action> availableActions(Actor actor, Duration appealWindow, Instant now) {
    Set<Action> actions = EnumSet.noneOf(Action.class);
    boolean isRequester = actor.username().equals(requester);
    if (isRequester) {
      switch (status) {
        case INFO_REQUESTED -> actions.addAll(Set.of(Action.PROVIDE_INFO, Action.WITHDRAW));
        case SUBMITTED, IN_REVIEW, APPEALED -> actions.add(Action.WITHDRAW);
        case DENIED, APPROVED_WITH_CHANGES -> {
          if (appealedAt == null && !now.isAfter(decidedAt.plus(appealWindow))) {
            actions.add(Action.APPEAL);
          }
        }
        default -> {
          // nothing left to do
        }
      }
    } else if (actor.reviewer()) {
      if (status == RequestStatus.SUBMITTED
          || (status == RequestStatus.APPEALED && !actor.username().equals(firstDecider))) {
        actions.add(Action.START_REVIEW);
      }
      if (status == RequestStatus.IN_REVIEW && actor.username().equals(assignedReviewer)) {
        actions.addAll(
            Set.of(Action.REQUEST_INFO, Action.APPROVE, Action.APPROVE_WITH_CHANGES, Action.DENY));
      }
    }
    return actions;
  }

  // ---- internals --------------------------------------------------------------------------

  private void decide(
      Actor actor,
      Action action,
      DecisionOutcome outcome,
      DenialReason reason,
      String explanation,
      Arrangement granted,
      Instant now) {
    requireAssignedReviewer(actor, action);
    requireStatus(action, RequestStatus.IN_REVIEW);
    if (explanation != null && explanation.length() > MAX_COMMENT) {
      throw InvalidInputException.of("comment", "must be at most " + MAX_COMMENT + " characters");
    }
    DecisionStage stage = appealedAt == null ? DecisionStage.INITIAL : DecisionStage.APPEAL;
    decisions.add(
        new Decision(this, stage, outcome, reason, explanation, granted, actor.username(), now));
    if (stage == DecisionStage.INITIAL) {
      firstDecider = actor.username();
      firstDecisionSeconds = Math.max(0, Duration.between(submittedAt, now).getSeconds());
    }
    latestOutcome = outcome;
    latestDecider = actor.username();
    decidedAt = now;
    String comment =
        reason == null ? explanation : reason + (explanation == null ? "" : ": " + explanation);
    if (granted != null) {
      comment = "Granted: " + granted + (explanation == null ? "" : ". " + explanation);
    }
    moveTo(action, outcome.status(), actor, now, comment);
  }

  private void moveTo(Action action, RequestStatus to, Actor actor, Instant now, String comment) {
    RequestStatus from = status;
    status = to;
    record(action, from, to, actor.username(), now, comment);
  }

  private void record(
      Action action,
      RequestStatus from,
      RequestStatus to,
      String actor,
      Instant at,
      String comment) {
    history.add(new HistoryEntry(this, history.size() + 1, action, from, to, actor, at, comment));
  }

  private void requireStatus(Action action, RequestStatus... allowed) {
    for (RequestStatus s : allowed) {
      if (status == s) {
        return;
      }
    }
    throw new TransitionNotAllowedException(action, status);
  }

  private void requireReviewer(Actor actor, Action action) {
    if (!actor.reviewer()) {
      throw new ActionNotPermittedException("Only an HR reviewer may " + verb(action) + ".");
    }
    if (actor.username().equals(requester)) {
      throw new ActionNotPermittedException("Nobody may review their own request.");
    }
  }

  private void requireAssignedReviewer(Actor actor, Action action) {
    requireReviewer(actor, action);
    if (assignedReviewer != null && !assignedReviewer.equals(actor.username())) {
      throw new ActionNotPermittedException(
          "Only the reviewer assigned to this request may " + verb(action) + ".");
    }
  }

  private void requireRequester(Actor actor, Action action) {
    if (!actor.username().equals(requester)) {
      throw new ActionNotPermittedException(
          "Only the employee who filed the request may " + verb(action) + ".");
    }
  }

  private static String verb(Action action) {
    return action.name().toLowerCase().replace('_', ' ');
  }

  private static String requireText(String field, String text, String message) {
    FieldErrors errors = new FieldErrors();
    errors.require(text != null && !text.isBlank(), field, message);
    checkLength(text, errors);
    errors.throwIfAny();
    return text.strip();
  }

  private static void checkLength(String text, FieldErrors errors) {
    errors.require(
        text == null || text.length() <= MAX_COMMENT,
        "comment",
        "must be at most " + MAX_COMMENT + " characters");
  }

  private static String optionalText(String text) {
    if (text != null && text.length() > MAX_COMMENT) {
      throw InvalidInputException.of("comment", "must be at most " + MAX_COMMENT + " characters");
    }
    return blankToNull(text);
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  // ---- read access ------------------------------------------------------------------------

  public Long getId() {
    return id;
  }

  public long getVersion() {
    return version;
  }

  public String getRequester() {
    return requester;
  }

  public boolean isRequestedBy(String username) {
    return requester.equals(username);
  }

  public Category getCategory() {
    return category;
  }

  public Arrangement getArrangement() {
    return arrangement;
  }

  public LocalDate getStartDate() {
    return startDate;
  }

  public LocalDate getEndDate() {
    return endDate;
  }

  public WorkLocation getWorkLocation() {
    return workLocation;
  }

  public JobClass getJobClass() {
    return jobClass;
  }

  public Relationship getRelationship() {
    return relationship;
  }

  public Boolean getAttestation() {
    return attestation;
  }

  public String getFunctionalLimitations() {
    return functionalLimitations;
  }

  public String getJustification() {
    return justification;
  }

  public RequestStatus getStatus() {
    return status;
  }

  public String getAssignedReviewer() {
    return assignedReviewer;
  }

  public String getFirstDecider() {
    return firstDecider;
  }

  public String getLatestDecider() {
    return latestDecider;
  }

  /** Seconds from submission to the first decision, once there is one. */
  public Optional<Long> getFirstDecisionSeconds() {
    return Optional.ofNullable(firstDecisionSeconds);
  }

  public Optional<DecisionOutcome> getLatestOutcome() {
    return Optional.ofNullable(latestOutcome);
  }

  public Instant getSubmittedAt() {
    return submittedAt;
  }

  public Optional<Instant> getDecidedAt() {
    return Optional.ofNullable(decidedAt);
  }

  public Optional<Instant> getAppealedAt() {
    return Optional.ofNullable(appealedAt);
  }

  /** The fixed random number that protects the union's statistics (ADR 0007). */
  public long getRecordKey() {
    return recordKey;
  }

  public boolean isSharedWithUnion() {
    return sharedWithUnion;
  }

  public List<HistoryEntry> getHistory() {
    return List.copyOf(history);
  }

  public List<Decision> getDecisions() {
    return List.copyOf(decisions);
  }

  /** The decision in force: the latest one, if any. */
  public Optional<Decision> latestDecision() {
    return decisions.isEmpty()
        ? Optional.empty()
        : Optional.of(decisions.get(decisions.size() - 1));
  }
}
