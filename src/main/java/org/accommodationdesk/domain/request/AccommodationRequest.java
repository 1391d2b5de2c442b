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
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.accommodationdesk.domain.deadline.Deadlines;
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

  private static final java.security.SecureRandom RECORD_KEYS = new java.security.SecureRandom();

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "request_seq")
  @SequenceGenerator(name = "request_seq", sequenceName = "request_seq", allocationSize = 50)
  private Long id;

  @Version private long version;

  @Column(nullable = false, length = 64)
  private String requester;

  /** What the employee asked for, as filed. */
  @Embedded private AskedFor asked;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "work_location_code")
  private WorkLocation workLocation;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "job_class_code")
  private JobClass jobClass;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 32)
  private RequestStatus status;

  @Column(name = "assigned_reviewer", length = 64)
  private String assignedReviewer;

  @Column(name = "submitted_at", nullable = false)
  private Instant submittedAt;

  /** What came of it so far; null (as JPA loads it) until the first decision. */
  @Embedded private Outcomes outcomes;

  @Column(name = "shared_with_union", nullable = false)
  private boolean sharedWithUnion;

  /**
   * A fixed random number in [0, 2^31) that protects the union's statistics (cell-key perturbation,
   * ADR 0007); it says nothing about the request.
   */
  @Column(name = "record_key", nullable = false)
  private long recordKey;

  /**
   * How many history entries there are: the next entry's number. Every step changes it, so two
   * concurrent steps on one request (even two downloads) meet the version check and the numbers
   * stay unique and in order.
   */
  @Column(name = "history_length", nullable = false)
  private int historyLength;

  /**
   * What a reader saw: counts every step except downloads. A client (a page, an API If-Match) that
   * acts on revision n is refused once another step made it n+1; someone reading a document in the
   * meantime does not make their page stale. Lost updates are prevented by {@code version}.
   */
  @Column(nullable = false)
  private long revision;

  /** The clocks, worked out from the history and kept for the queue and the daily work. */
  @Embedded KeptClock clock = new KeptClock();

  /** The approval this request renews, if it is a renewal. */
  @Column(name = "renewal_of")
  private Long renewalOf;

  /** How pressing it is, and why its decision is late. */
  @Embedded private CaseUrgency urgency;

  /** The temporary arrangement granted while the request waits, if any. */
  @Embedded InterimArrangement interim = new InterimArrangement();

  /** Who filed it for the employee, if someone did, and whether the employee confirmed it. */
  @Embedded private ProxyFiling proxy = ProxyFiling.none();

  /** When and under which rule its medical content was purged; null (as loaded) until then. */
  @Embedded private Purge purge;

  /** What HR records that the system cannot know (the reporting record). */
  @Embedded ReportingRecord reporting = new ReportingRecord();

  /** The sources of technical assistance HR consulted (codes of that reason list). */
  @jakarta.persistence.ElementCollection
  @jakarta.persistence.CollectionTable(
      name = "request_assistance",
      joinColumns = @JoinColumn(name = "request_id"))
  @Column(name = "source_code", length = 48)
  Set<String> assistanceSources = new java.util.TreeSet<>();

  @OneToMany(mappedBy = "request", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("sequenceNumber ASC")
  List<HistoryEntry> history = new ArrayList<>();

  @OneToMany(mappedBy = "request", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("decidedAt ASC")
  List<Decision> decisions = new ArrayList<>();

  protected AccommodationRequest() {
    // for JPA
  }

  /** A new request of checked details ({@link RequestIntake} checks them), with no history yet. */
  AccommodationRequest(
      String requester,
      RequestDetails details,
      Urgency urgency,
      WorkLocation workLocation,
      JobClass jobClass,
      Instant now) {
    this.requester = requester;
    this.asked = new AskedFor(details);
    this.workLocation = workLocation;
    this.jobClass = jobClass;
    this.urgency = CaseUrgency.filed(urgency);
    this.status = RequestStatus.SUBMITTED;
    this.submittedAt = now;
    this.recordKey = RECORD_KEYS.nextInt(Integer.MAX_VALUE);
  }

  /**
   * The first step: filed by its employee or, for them, by {@code filer} ({@link RequestIntake}).
   */
  void filed(String filer, ProxyFiling filing, Long renews, Instant now) {
    this.proxy = filing;
    // a union rep files with the employee's consent to the union following it: shared from the
    // start
    this.sharedWithUnion = filing.getFiledAs().orElse(null) == ProxyFiling.FiledAs.UNION;
    this.renewalOf = renews;
    HistoryEntry entry =
        record(Action.SUBMIT, null, RequestStatus.SUBMITTED, filer, now, null, null);
    filing.getFiledAs().ifPresent(as -> entry.withDetail(as.name(), null));
  }

  /**
   * The employee confirms a request someone filed for them: from now on HR may read it and act on
   * it, and its decision clock runs.
   *
   * @throws TransitionNotAllowedException when it waits for no confirmation
   */
  public void confirm(Actor actor, Instant now) {
    require(Action.CONFIRM, actor, null, now);
    proxy.confirm(now); // require() found it awaiting confirmation: not null
    record(Action.CONFIRM, status, status, actor.username(), now, null, null);
  }

  /**
   * Who filed it for the employee, if someone did. (JPA loads an embeddable whose columns are all
   * empty as null: the employee's own filing.)
   */
  public ProxyFiling getProxy() {
    return proxy == null ? ProxyFiling.none() : proxy;
  }

  /**
   * Whether someone filed it for its employee, who has not confirmed it: HR reads and acts on
   * nothing of it, also once it is withdrawn unconfirmed.
   */
  public boolean awaitsConfirmation() {
    return getProxy().awaitsConfirmation();
  }

  /**
   * The one rule of who may read what the request says (its free text, its documents, its case
   * file): its employee always; anyone else once the employee confirmed what someone filed for
   * them. (Who may see the request at all is the application's need-to-know.)
   */
  public boolean contentReadableBy(String username) {
    return isRequestedBy(username) || !awaitsConfirmation();
  }

  /** Whether this employee may ask to renew this approval on {@code today}. */
  public boolean renewableBy(String username, LocalDate today) {
    if (!isRequestedBy(username) || asked.getEndDate() == null) {
      return false;
    }
    return status == RequestStatus.EXPIRED
        || (status.isApproval()
            && asked.endsBefore(today.plusDays(RequestIntake.RENEWAL_WINDOW_DAYS + 1)));
  }

  /** The approval this request renews. */
  public Optional<Long> getRenewalOf() {
    return Optional.ofNullable(renewalOf);
  }

  // ---- workflow (its rules: Workflow) ------------------------------------------------------

  /** A reviewer takes the request into review and becomes its assigned reviewer. */
  public void startReview(Actor actor, Instant now) {
    require(Action.START_REVIEW, actor, null, now);
    assignedReviewer = actor.username();
    moveTo(Action.START_REVIEW, RequestStatus.IN_REVIEW, actor, now, null);
  }

  /** The assigned reviewer asks the employee for information (the interactive process). */
  public void requestInformation(Actor actor, String message, Instant now) {
    require(Action.REQUEST_INFO, actor, null, now);
    String text =
        FieldErrors.requiredText("comment", message, "write the question for the employee");
    moveTo(Action.REQUEST_INFO, RequestStatus.INFO_REQUESTED, actor, now, text);
  }

  /** The requester answers the reviewer's question; the request goes back into review. */
  public void provideInformation(Actor actor, String message, Instant now) {
    require(Action.PROVIDE_INFO, actor, null, now);
    String text =
        FieldErrors.requiredText(
            "comment", message, "write your answer to the reviewer's question");
    moveTo(Action.PROVIDE_INFO, RequestStatus.IN_REVIEW, actor, now, text);
  }

  /** The assigned reviewer grants the request as asked. */
  public void approve(Actor actor, String comment, Instant now) {
    require(Action.APPROVE, actor, null, now);
    decide(
        actor,
        Action.APPROVE,
        DecisionOutcome.APPROVED,
        null,
        FieldErrors.optionalText("comment", comment),
        null,
        now);
  }

  /** The assigned reviewer grants a different arrangement from the one asked for. */
  public void approveWithChanges(Actor actor, Arrangement granted, String comment, Instant now) {
    require(Action.APPROVE_WITH_CHANGES, actor, null, now);
    if (granted == null) {
      throw InvalidInputException.of("arrangement", "state the arrangement granted");
    }
    decide(
        actor,
        Action.APPROVE_WITH_CHANGES,
        DecisionOutcome.APPROVED_WITH_CHANGES,
        null,
        FieldErrors.optionalText("comment", comment),
        granted,
        now);
  }

  /** The assigned reviewer denies the request, citing a reason code and explaining it. */
  public void deny(Actor actor, String reason, String explanation, Instant now) {
    require(Action.DENY, actor, null, now);
    FieldErrors errors = new FieldErrors();
    errors.require(reason != null, "reasonCode", "choose the reason for the denial");
    errors.require(
        explanation != null && !explanation.isBlank(),
        "comment",
        "explain the denial to the employee");
    errors.text("comment", explanation, TextLimits.TEXT);
    errors.throwIfAny();
    decide(actor, Action.DENY, DecisionOutcome.DENIED, reason, explanation.strip(), null, now);
  }

  /** The requester withdraws a request that is still open. */
  public void withdraw(Actor actor, String comment, Instant now) {
    require(Action.WITHDRAW, actor, null, now);
    String text = FieldErrors.optionalText("comment", comment);
    assignedReviewer = null;
    moveTo(Action.WITHDRAW, RequestStatus.WITHDRAWN, actor, now, text);
  }

  /**
   * The requester appeals a denial or an approval with changes: once per request, within {@code
   * window} of the decision.
   */
  public void appeal(Actor actor, String statement, AppealWindow window, Instant now) {
    Objects.requireNonNull(window, "window");
    require(Action.APPEAL, actor, window, now);
    String text = FieldErrors.requiredText("comment", statement, "write your appeal statement");
    outcomesToWrite().appealed(now);
    assignedReviewer = null;
    urgency().restart();
    moveTo(Action.APPEAL, RequestStatus.APPEALED, actor, now, text);
  }

  /**
   * The requester accepts the arrangement granted with changes while they could still appeal it:
   * recorded in the history, the status stays, and the decision is final (no appeal afterwards).
   */
  public void accept(Actor actor, AppealWindow appealWindow, Instant now) {
    Objects.requireNonNull(appealWindow, "appealWindow");
    require(Action.ACCEPT, actor, appealWindow, now);
    outcomesToWrite().accepted(now);
    record(Action.ACCEPT, status, status, actor.username(), now, null, null);
  }

  /**
   * An HR reviewer (the application lets HR leads) gives the request to a reviewer who may decide
   * it: waiting or in review, the status stays; only the assigned reviewer then takes it into
   * review and decides. Giving it to whom it is already given changes nothing.
   *
   * @return whether the assignment changed
   */
  public boolean assign(Actor by, String reviewer, Instant now) {
    require(Action.ASSIGN, by, null, now);
    Objects.requireNonNull(reviewer, "reviewer");
    Optional<String> notTheirs = Workflow.reviewRefusal(this, reviewer);
    if (notTheirs.isPresent()) {
      throw new ActionNotPermittedException(notTheirs.get());
    }
    if (reviewer.equals(assignedReviewer)) {
      return false;
    }
    assignedReviewer = reviewer;
    record(Action.ASSIGN, status, status, by.username(), now, reviewer, null);
    return true;
  }

  /** The requester attached a supporting document; only while the request is open. */
  public void recordDocumentAdded(Actor actor, String fileName, Instant now) {
    require(Action.DOCUMENT_ADDED, actor, null, now);
    record(Action.DOCUMENT_ADDED, status, status, actor.username(), now, fileName, null);
  }

  /** Someone who may see the request downloaded one of its documents. */
  public void recordDocumentDownloaded(Actor actor, String fileName, Instant now) {
    require(Action.DOCUMENT_DOWNLOADED, actor, null, now);
    record(Action.DOCUMENT_DOWNLOADED, status, status, actor.username(), now, fileName, null);
  }

  /**
   * The requester shares the request with the union, or stops sharing it. Both are recorded in the
   * history; asking for what is already the case changes nothing.
   */
  public void shareWithUnion(Actor actor, boolean shared, Instant now) {
    Action action = shared ? Action.UNION_ACCESS_GRANTED : Action.UNION_ACCESS_REVOKED;
    require(action, actor, null, now);
    if (sharedWithUnion == shared) {
      return;
    }
    sharedWithUnion = shared;
    record(action, status, status, actor.username(), now, null, null);
  }

  /**
   * Sets the clocks from the history under these deadlines: after every step, and again when the
   * calendar or the policy changes. After a decision or a withdrawal, it also ends the interim
   * arrangement in force (on that step's day). The timing of each decision against its clock is
   * kept with it.
   */
  public CaseClock keepTime(Deadlines deadlines) {
    endInterimOnceClosed(deadlines);
    CaseClock worked = CaseClock.of(history, deadlines);
    worked = urgency().applyTo(worked);
    clock.keep(worked);
    for (int i = 0; i < decisions.size() && i < worked.timings().size(); i++) {
      decisions.get(i).recordTiming(worked.timings().get(i));
    }
    return worked;
  }

  /** The clocks as last kept. */
  public CaseClock clock() {
    return clock.asClock();
  }

  /** Who the history names for what the application does by itself (expiry). */
  public static final String SCHEDULE = "(schedule)";

  /**
   * An approval whose end date is before {@code today} expires: the arrangement no longer applies.
   *
   * @throws TransitionNotAllowedException when it is no approval, has no end date or has not ended
   */
  public void expire(LocalDate today, Instant now) {
    if (!status.isApproval() || !asked.endsBefore(today)) {
      throw new TransitionNotAllowedException(
          "Only an approval whose end date has passed expires.");
    }
    RequestStatus from = status;
    status = RequestStatus.EXPIRED;
    record(Action.EXPIRE, from, status, SCHEDULE, now, null, null);
  }

  /**
   * Whether this reviewer could take the request into review were it waiting: not their own
   * request, and not one appealed from their own decision ({@link Workflow#reviewRefusal}). A
   * request that no active reviewer may review needs another reviewer.
   */
  public boolean reviewableBy(String reviewer) {
    return Workflow.reviewRefusal(this, reviewer).isEmpty();
  }

  /**
   * Why this request cannot be given to {@code reviewer} now ({@link #assign} would refuse); empty
   * when it can.
   */
  public Optional<AssignmentRefusal> assignmentRefusal(String reviewer) {
    return Workflow.assignmentRefusal(this, reviewer);
  }

  /**
   * A decision the requester could appeal in principle, but no longer can: it was decided on
   * appeal, accepted, or the appeal window has passed. Nothing more will happen to the request.
   */
  public boolean isFinalDecision(AppealWindow appealWindow, Instant now) {
    return Workflow.isAppealableStatus(status)
        && Workflow.refusal(this, Action.APPEAL, new Actor(requester, false), appealWindow, now)
            .isPresent();
  }

  /**
   * Until when the requester may appeal the decision in force: empty when it cannot be appealed
   * (not a decision one may appeal, appealed once already, or accepted).
   */
  public Optional<Instant> appealBy(AppealWindow appealWindow) {
    return Workflow.appealBy(this, appealWindow);
  }

  /** The workflow steps this actor may take now; for showing only the buttons that will work. */
  public Set<Action> availableActions(Actor actor, AppealWindow appealWindow, Instant now) {
    Objects.requireNonNull(appealWindow, "appealWindow");
    Set<Action> actions = EnumSet.noneOf(Action.class);
    for (Action action : Action.values()) {
      if (action.isWorkflowStep()
          && Workflow.refusal(this, action, actor, appealWindow, now).isEmpty()) {
        actions.add(action);
      }
    }
    return actions;
  }

  /**
   * Removes the request's medical content under the retention schedule: every free text (the
   * functional limitations, the justification, the reason it is needed by a date, the descriptions
   * of the arrangements asked for, granted and given in the meantime, every comment, question,
   * answer, statement and explanation in the history). Keeps the skeleton (category, location, job
   * class, dates, types, outcomes, reason codes) that the statistics and the annual report read;
   * the status and the revision do not change. Documents are removed by their repository.
   *
   * @throws IllegalStateException when it was purged already
   */
  public void purgeMedicalContent(String rule, Instant now) {
    if (getPurge().getPurgedAt().isPresent()) {
      throw new IllegalStateException("request " + id + " was purged already");
    }
    asked.removeText();
    urgency().removeText();
    interim.removeText();
    getProxy().removeText();
    history.forEach(HistoryEntry::removeText);
    decisions.forEach(Decision::removeText);
    purge = new Purge(rule, now);
  }

  /** What the employee asked for, as filed. */
  public AskedFor asked() {
    return asked;
  }

  /** Its case record: what HR and the application record beside the workflow. */
  public CaseRecord caseRecord() {
    return new CaseRecord(this);
  }

  /**
   * The reporting record to change, kept from now on. Assigned here, in the entity's own code:
   * JPA's change tracking sees what the entity's methods set, not what another class sets in its
   * fields.
   */
  ReportingRecord reportingToWrite() {
    if (reporting == null) {
      reporting = new ReportingRecord();
    }
    return reporting;
  }

  /** What came of it so far: its first decision and the one in force (empty until decided). */
  public Outcomes outcomes() {
    // JPA loads an embeddable whose columns are all empty as null; reading must not change it
    return outcomes == null ? new Outcomes() : outcomes;
  }

  private Outcomes outcomesToWrite() {
    if (outcomes == null) {
      outcomes = new Outcomes();
    }
    return outcomes;
  }

  /** How pressing it is: the date it is needed by, HR's expedition, the delay's reason. */
  public CaseUrgency urgency() {
    return urgency; // never null: set when filed, and loaded so (its expedited column is never
    // null)
  }

  /** When and under which rule its medical content was purged (empty until it was). */
  public Purge getPurge() {
    return purge == null ? Purge.none() : purge;
  }

  // ---- internals --------------------------------------------------------------------------

  void require(Action action, Actor actor, AppealWindow appealWindow, Instant now) {
    Optional<Workflow.Refusal> refused = Workflow.refusal(this, action, actor, appealWindow, now);
    if (refused.isPresent()) {
      throw refused.get().exception();
    }
  }

  private void decide(
      Actor actor,
      Action action,
      DecisionOutcome outcome,
      String reason,
      String explanation,
      Arrangement granted,
      Instant now) {
    Decision decision =
        new Decision(
            this,
            outcomesToWrite().nextStage(),
            outcome,
            reason,
            explanation,
            granted,
            actor.username(),
            now,
            urgency().getDelayReason().orElse(null));
    decisions.add(decision);
    outcomes.decided(decision, submittedAt);
    RequestStatus from = status;
    status = outcome.status();
    // The history points at the decision; its words are rendered from that data, in the reader's
    // language, never stored as prose here.
    record(action, from, status, actor.username(), now, null, decision);
  }

  /**
   * A decision or a withdrawal ends the interim arrangement in force: it applied up to the day of
   * that step (in the organisation's calendar, hence here, where the calendar is known).
   */
  private void endInterimOnceClosed(Deadlines deadlines) {
    if (interim.inForce() && !status.isOpen()) {
      Instant closed = history.get(history.size() - 1).getAt();
      endInterimOn(deadlines.calendar().dateOf(closed), closed);
    }
  }

  void endInterimOn(LocalDate lastDay, Instant now) {
    LocalDate ended = interim.end(lastDay);
    record(Action.END_INTERIM, status, status, SCHEDULE, now, null, null).withDetail(null, ended);
  }

  private void moveTo(Action action, RequestStatus to, Actor actor, Instant now, String comment) {
    RequestStatus from = status;
    status = to;
    record(action, from, to, actor.username(), now, comment, null);
  }

  HistoryEntry record(
      Action action,
      RequestStatus from,
      RequestStatus to,
      String actor,
      Instant at,
      String comment,
      Decision decision) {
    historyLength++;
    if (action != Action.DOCUMENT_DOWNLOADED
        && action != Action.CASE_FILE_EXPORTED
        && !action.isHrOnly()) {
      revision++;
    }
    HistoryEntry entry =
        new HistoryEntry(this, historyLength, action, from, to, actor, at, comment, decision);
    history.add(entry);
    return entry;
  }

  // ---- read access ------------------------------------------------------------------------

  public Long getId() {
    return id;
  }

  public long getVersion() {
    return version;
  }

  /** What a reader saw: changes with every step but downloads (for If-Match and stale pages). */
  public long getRevision() {
    return revision;
  }

  public String getRequester() {
    return requester;
  }

  public boolean isRequestedBy(String username) {
    return requester.equals(username);
  }

  public WorkLocation getWorkLocation() {
    return workLocation;
  }

  public JobClass getJobClass() {
    return jobClass;
  }

  public RequestStatus getStatus() {
    return status;
  }

  public String getAssignedReviewer() {
    return assignedReviewer;
  }

  public Instant getSubmittedAt() {
    return submittedAt;
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
