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

  @Column(name = "functional_limitations", length = TextLimits.TEXT)
  private String functionalLimitations;

  @Column(length = TextLimits.TEXT)
  private String justification;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 32)
  private RequestStatus status;

  @Column(name = "assigned_reviewer", length = 64)
  private String assignedReviewer;

  @Column(name = "first_decider", length = 64)
  private String firstDecider;

  /** The first decision's outcome, beside its decider (the consistency funnel reads one table). */
  @Enumerated(EnumType.STRING)
  @Column(name = "first_outcome", length = 32)
  private DecisionOutcome firstOutcome;

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

  /** When the requester accepted the arrangement granted with changes; null until they do. */
  @Column(name = "accepted_at")
  private Instant acceptedAt;

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
  @Embedded private KeptClock clock = new KeptClock();

  /** The approval this request renews, if it is a renewal. */
  @Column(name = "renewal_of")
  private Long renewalOf;

  /** By when the employee needs the arrangement (their own date, or HR's when it expedited). */
  @Column(name = "needed_by")
  private LocalDate neededBy;

  @Column(name = "needed_by_reason", length = TextLimits.TEXT)
  private String neededByReason;

  /** HR expedites it: decided by the needed-by date when that comes before the normal limit. */
  @Column(nullable = false)
  private boolean expedited;

  /**
   * Why the running decision is late, as HR recorded it (a delay reason's code); null until
   * recorded. A new clock (an appeal) starts without one; each decision keeps the one it came with.
   */
  @Column(name = "delay_reason", length = 48)
  private String delayReason;

  /** When HR expects to decide, as recorded with the delay's reason. */
  @Column(name = "delay_expected_by")
  private LocalDate delayExpectedBy;

  /** The temporary arrangement granted while the request waits, if any. */
  @Embedded private InterimArrangement interim = new InterimArrangement();

  /** Who filed it for the employee, if someone did, and whether the employee confirmed it. */
  @Embedded private ProxyFiling proxy = ProxyFiling.none();

  /** When the medical content was purged under the retention schedule; null until then. */
  @Column(name = "purged_at")
  private Instant purgedAt;

  /** The retention rule it was purged under. */
  @Column(name = "purge_rule", length = 32)
  private String purgeRule;

  /** What HR records that the system cannot know (the reporting record). */
  @Embedded private ReportingRecord reporting = new ReportingRecord();

  /** The sources of technical assistance HR consulted (codes of that reason list). */
  @jakarta.persistence.ElementCollection
  @jakarta.persistence.CollectionTable(
      name = "request_assistance",
      joinColumns = @JoinColumn(name = "request_id"))
  @Column(name = "source_code", length = 48)
  private Set<String> assistanceSources = new java.util.TreeSet<>();

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
   * An employee files a request, with no date it is needed by.
   *
   * @throws InvalidInputException naming every problem with the details
   */
  public static AccommodationRequest submit(
      String requester,
      RequestDetails details,
      WorkLocation workLocation,
      JobClass jobClass,
      Instant now) {
    return submit(requester, details, Urgency.NONE, workLocation, jobClass, null, now);
  }

  /**
   * An employee files a request, possibly with the date it is needed by (on {@code today}, the
   * organisation's date of {@code now}; only read when a date is given).
   *
   * @throws InvalidInputException naming every problem with the details and the date
   */
  public static AccommodationRequest submit(
      String requester,
      RequestDetails details,
      Urgency urgency,
      WorkLocation workLocation,
      JobClass jobClass,
      LocalDate today,
      Instant now) {
    problems(requester, details, urgency, workLocation, jobClass, today, now).throwIfAny();
    AccommodationRequest r = build(requester, details, urgency, workLocation, jobClass, now);
    r.record(Action.SUBMIT, null, RequestStatus.SUBMITTED, requester, now, null, null);
    return r;
  }

  private static FieldErrors problems(
      String requester,
      RequestDetails details,
      Urgency urgency,
      WorkLocation workLocation,
      JobClass jobClass,
      LocalDate today,
      Instant now) {
    Objects.requireNonNull(requester, "requester");
    Objects.requireNonNull(details, "details");
    Objects.requireNonNull(urgency, "urgency");
    Objects.requireNonNull(now, "now");
    FieldErrors errors = details.problems();
    if (urgency != Urgency.NONE) {
      errors.addAll(urgency.problems(Objects.requireNonNull(today, "today")));
    }
    errors.require(workLocation != null, "workLocation", "is required");
    errors.require(jobClass != null, "jobClass", "is required");
    return errors;
  }

  /** A new request of checked details, with no history yet. */
  private static AccommodationRequest build(
      String requester,
      RequestDetails details,
      Urgency urgency,
      WorkLocation workLocation,
      JobClass jobClass,
      Instant now) {
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
    r.neededBy = urgency.neededBy();
    r.neededByReason = urgency.given() ? urgency.reason().strip() : null;
    r.status = RequestStatus.SUBMITTED;
    r.submittedAt = now;
    r.recordKey = RECORD_KEYS.nextInt(Integer.MAX_VALUE);
    return r;
  }

  /**
   * Someone files a request for an employee ({@code requester}): an HR reviewer entering a paper or
   * telephone request, or a union rep with the employee's consent. The employee is its requester
   * from the start; the history names who filed it. Until the employee confirms it, its decision
   * clock waits and HR neither reads its documents nor acts on it.
   *
   * @throws InvalidInputException naming every problem with the details, the date and the consent;
   *     or when someone files for themself
   */
  public static AccommodationRequest fileFor(
      String requester,
      Actor filedBy,
      ProxyFiling.FiledAs filedAs,
      String consent,
      RequestDetails details,
      Urgency urgency,
      WorkLocation workLocation,
      JobClass jobClass,
      LocalDate today,
      Instant now) {
    Objects.requireNonNull(filedBy, "filedBy");
    Objects.requireNonNull(filedAs, "filedAs");
    if (filedBy.username().equals(requester)) {
      throw new InvalidInputException(
          List.of(
              new FieldError(
                  "employee",
                  "employee.self",
                  "you cannot file for yourself here: use the new request page")));
    }
    FieldErrors errors = problems(requester, details, urgency, workLocation, jobClass, today, now);
    errors.addAll(ProxyFiling.problems(filedAs, consent));
    errors.throwIfAny();
    AccommodationRequest r = build(requester, details, urgency, workLocation, jobClass, now);
    r.proxy = ProxyFiling.by(filedBy.username(), filedAs, consent);
    // a union rep files with the employee's consent to the union following it: shared from the
    // start
    r.sharedWithUnion = filedAs == ProxyFiling.FiledAs.UNION;
    r.record(Action.SUBMIT, null, RequestStatus.SUBMITTED, filedBy.username(), now, null, null)
        .withDetail(filedAs.name(), null);
    return r;
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

  /** How long before an approval ends its employee may ask to renew it. */
  public static final int RENEWAL_WINDOW_DAYS = 30;

  /**
   * An employee asks to renew an approval that ends within {@link #RENEWAL_WINDOW_DAYS} days or has
   * ended: a request of its own, linked to the original.
   *
   * @throws InvalidInputException when the original may not be renewed by this employee now
   */
  public static AccommodationRequest renewal(
      AccommodationRequest original,
      String requester,
      RequestDetails details,
      Urgency urgency,
      WorkLocation workLocation,
      JobClass jobClass,
      LocalDate today,
      Instant now) {
    if (!original.renewableBy(requester, today)) {
      throw InvalidInputException.of(
          "renewalOf",
          "request "
              + original.getId()
              + " cannot be renewed: only your own approval with an end date, from "
              + RENEWAL_WINDOW_DAYS
              + " days before it ends");
    }
    AccommodationRequest r =
        submit(requester, details, urgency, workLocation, jobClass, today, now);
    r.renewalOf = original.getId();
    return r;
  }

  /** Whether this employee may ask to renew this approval on {@code today}. */
  public boolean renewableBy(String username, LocalDate today) {
    if (!isRequestedBy(username) || endDate == null) {
      return false;
    }
    return status == RequestStatus.EXPIRED
        || (status.isApproval() && !endDate.isAfter(today.plusDays(RENEWAL_WINDOW_DAYS)));
  }

  /** By when the employee (or HR, expediting) said the arrangement is needed. */
  public Optional<LocalDate> getNeededBy() {
    return Optional.ofNullable(neededBy);
  }

  /** Why the employee needs it by then. */
  public String getNeededByReason() {
    return neededByReason;
  }

  /** Whether HR expedited it. */
  public boolean isExpedited() {
    return expedited;
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
    String text = requireText("comment", message, "write the question for the employee");
    moveTo(Action.REQUEST_INFO, RequestStatus.INFO_REQUESTED, actor, now, text);
  }

  /** The requester answers the reviewer's question; the request goes back into review. */
  public void provideInformation(Actor actor, String message, Instant now) {
    require(Action.PROVIDE_INFO, actor, null, now);
    String text = requireText("comment", message, "write your answer to the reviewer's question");
    moveTo(Action.PROVIDE_INFO, RequestStatus.IN_REVIEW, actor, now, text);
  }

  /** The assigned reviewer grants the request as asked. */
  public void approve(Actor actor, String comment, Instant now) {
    require(Action.APPROVE, actor, null, now);
    decide(actor, Action.APPROVE, DecisionOutcome.APPROVED, null, optionalText(comment), null, now);
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
        optionalText(comment),
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
    checkLength(explanation, errors);
    errors.throwIfAny();
    decide(actor, Action.DENY, DecisionOutcome.DENIED, reason, explanation.strip(), null, now);
  }

  /** The requester withdraws a request that is still open. */
  public void withdraw(Actor actor, String comment, Instant now) {
    require(Action.WITHDRAW, actor, null, now);
    String text = optionalText(comment);
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
    String text = requireText("comment", statement, "write your appeal statement");
    appealedAt = now;
    assignedReviewer = null;
    // the appeal has a clock of its own: an earlier expedition does not shorten it, and an earlier
    // delay does not explain a delay of this one
    expedited = false;
    delayReason = null;
    delayExpectedBy = null;
    moveTo(Action.APPEAL, RequestStatus.APPEALED, actor, now, text);
  }

  /**
   * The requester accepts the arrangement granted with changes while they could still appeal it:
   * recorded in the history, the status stays, and the decision is final (no appeal afterwards).
   */
  public void accept(Actor actor, AppealWindow appealWindow, Instant now) {
    Objects.requireNonNull(appealWindow, "appealWindow");
    require(Action.ACCEPT, actor, appealWindow, now);
    acceptedAt = now;
    record(Action.ACCEPT, status, status, actor.username(), now, null, null);
  }

  public Optional<Instant> getAcceptedAt() {
    return Optional.ofNullable(acceptedAt);
  }

  /**
   * An HR reviewer expedites an open request: it is to be decided by {@code neededBy} (or, when
   * that is null, by the date the employee gave; never a date before {@code today}) when that comes
   * before the normal limit. Setting it again changes the date; the history keeps each date set. An
   * appeal starts a clock of its own, not expedited until HR expedites it again.
   *
   * @throws InvalidInputException when there is no date: none given, and the employee gave none
   */
  public void expedite(Actor actor, LocalDate neededBy, LocalDate today, Instant now) {
    require(Action.EXPEDITE, actor, null, now);
    LocalDate date = neededBy != null ? neededBy : this.neededBy;
    FieldErrors errors = new FieldErrors();
    errors.require(date != null, "neededBy", "give the date the arrangement is needed by");
    if (date != null && date.isBefore(today)) {
      errors.add("neededBy", "neededBy.past", "must not be in the past: give a new date");
    }
    RequestDetails.inRange("neededBy", date, errors);
    errors.throwIfAny();
    this.neededBy = date;
    expedited = true;
    // the history keeps the date as data (ISO), rendered in the reader's language
    record(Action.EXPEDITE, status, status, actor.username(), now, date.toString(), null);
  }

  /**
   * HR records why the decision is (or will be) late and by when it is expected: a code of the
   * delay reasons the application checked, a date from {@code today} on, an optional note. The
   * pages ask for it once the decision's due day has passed; a reviewer who knows sooner may record
   * it sooner (a decision made on time then counts as on time). Recording it again replaces it; the
   * history keeps each.
   *
   * @throws InvalidInputException naming what is missing or wrong
   */
  public void recordDelay(
      Actor actor,
      String reasonCode,
      LocalDate expectedBy,
      String note,
      LocalDate today,
      Instant now) {
    require(Action.RECORD_DELAY, actor, null, now);
    FieldErrors errors = new FieldErrors();
    if (reasonCode == null) {
      errors.add("reasonCode", "delayReason.missing", "choose why the decision is late");
    }
    errors.require(expectedBy != null, "expectedBy", "give the date you expect to decide by");
    if (expectedBy != null && expectedBy.isBefore(today)) {
      errors.add("expectedBy", "expectedBy.past", "must not be in the past: give a new date");
    }
    RequestDetails.inRange("expectedBy", expectedBy, errors);
    errors.text("comment", note, TextLimits.TEXT);
    errors.throwIfAny();
    delayReason = reasonCode;
    delayExpectedBy = expectedBy;
    record(Action.RECORD_DELAY, status, status, actor.username(), now, blankToNull(note), null)
        .withDetail(reasonCode, expectedBy);
  }

  /**
   * The employee is sent the written notice that the decision passed its hard limit (the daily
   * work, once per clock; the application writes the letter in the same transaction).
   *
   * @throws TransitionNotAllowedException when no notice is owed on {@code today}
   */
  public void recordDelayNotice(LocalDate today, Instant now) {
    if (!status.isOpen() || !clock.asClock().owesDelayNotice(today)) {
      throw new TransitionNotAllowedException(
          "No notice of a delay is owed: the decision is within its hard limit or was noticed.");
    }
    record(Action.DELAY_NOTICE, status, status, SCHEDULE, now, null, null)
        .withDetail(delayReason, delayExpectedBy);
  }

  /**
   * An HR lead records what the review of this request beside an alike one with a different outcome
   * found (issue 26); the other request's number is kept as data.
   *
   * @throws InvalidInputException when the note is missing or too long
   */
  public void recordConsistencyReview(Actor actor, long otherRequest, String note, Instant now) {
    require(Action.CONSISTENCY_REVIEWED, actor, null, now);
    String text = requireText("note", note, "write what the review found");
    record(Action.CONSISTENCY_REVIEWED, status, status, actor.username(), now, text, null)
        .withDetail(String.valueOf(otherRequest), null);
  }

  /** Why the running decision is late, as HR recorded it; empty until recorded. */
  public Optional<String> getDelayReason() {
    return Optional.ofNullable(delayReason);
  }

  /** When HR expects to decide, as recorded with the delay's reason. */
  public Optional<LocalDate> getDelayExpectedBy() {
    return Optional.ofNullable(delayExpectedBy);
  }

  /**
   * HR grants a temporary arrangement while the request waits, without deciding it: from {@code
   * from} to {@code until} (not before {@code today}). Granting another replaces it.
   *
   * @throws InvalidInputException naming what is missing or wrong
   */
  public void grantInterim(
      Actor actor,
      Arrangement arrangement,
      LocalDate from,
      LocalDate until,
      LocalDate today,
      Instant now) {
    require(Action.GRANT_INTERIM, actor, null, now);
    FieldErrors errors = new FieldErrors();
    errors.require(arrangement != null, "arrangement", "choose the temporary arrangement");
    errors.require(from != null, "from", "give the first day it applies");
    errors.require(until != null, "until", "give the last day it applies");
    RequestDetails.inRange("from", from, errors);
    RequestDetails.inRange("until", until, errors);
    if (from != null && until != null && until.isBefore(from)) {
      errors.add("until", "until.beforeFrom", "must not come before the first day");
    } else if (until != null && until.isBefore(today)) {
      errors.add("until", "until.past", "must not be in the past");
    }
    errors.throwIfAny();
    interim.grant(arrangement, from, until, today);
    record(
            Action.GRANT_INTERIM,
            status,
            status,
            actor.username(),
            now,
            arrangement.getDescription(),
            null)
        .withDetail(arrangement.getType().name(), until);
  }

  /**
   * The interim arrangement in force ends because its last day passed before {@code today} (the
   * daily work).
   *
   * @throws TransitionNotAllowedException when none is in force or it has not run out
   */
  public void endInterim(LocalDate today, Instant now) {
    if (!interim.inForce() || !interim.getUntil().isBefore(today)) {
      throw new TransitionNotAllowedException(
          "Only an interim arrangement whose last day has passed ends by itself.");
    }
    endInterimOn(interim.getUntil(), now);
  }

  /** The temporary arrangement granted while the request waits, if any was. */
  public InterimArrangement getInterim() {
    return interim;
  }

  /**
   * HR records what the system cannot know: when the arrangement took effect (only once one was
   * granted, not before the request was filed), whether medical information was asked for and why
   * (a reason code the application checked; required when it was), the cost in cents, and the
   * sources of technical assistance consulted (codes the application checked). Any HR reviewer who
   * may see the request, in any status but never on their own; each change is a history entry that
   * names the fields changed (as data). Recording what is already recorded changes nothing.
   *
   * @return whether anything changed
   * @throws InvalidInputException naming what is wrong
   */
  public boolean recordReporting(
      Actor actor,
      LocalDate effectiveOn,
      Boolean medicalInformationRequested,
      String medicalInformationReason,
      Long costCents,
      Set<String> assistance,
      Instant now) {
    require(Action.RECORD_DETAILS, actor, null, now);
    FieldErrors errors = new FieldErrors();
    if (effectiveOn != null && !status.isApproval() && status != RequestStatus.EXPIRED) {
      errors.add(
          "effectiveOn", "effectiveOn.notGranted", "is recorded once an arrangement was granted");
    }
    RequestDetails.inRange("effectiveOn", effectiveOn, errors);
    if (Boolean.TRUE.equals(medicalInformationRequested) && medicalInformationReason == null) {
      errors.add(
          "medicalInformationReason",
          "medicalInformationReason.missing",
          "say why medical information was asked for");
    }
    if (costCents != null && (costCents < 0 || costCents > ReportingRecord.MAX_COST_CENTS)) {
      errors.add("cost", "cost.range", "must be from 0 to 10,000,000.00");
    }
    errors.throwIfAny();
    Set<String> sources = new java.util.TreeSet<>(assistance == null ? Set.of() : assistance);
    List<String> changed = new ArrayList<>();
    ReportingRecord reporting = getReporting();
    if (!Objects.equals(reporting.getEffectiveOn().orElse(null), effectiveOn)) {
      changed.add("effectiveOn");
    }
    if (!Objects.equals(
            reporting.getMedicalInformationRequested().orElse(null), medicalInformationRequested)
        || !Objects.equals(
            reporting.getMedicalInformationReason(),
            Boolean.TRUE.equals(medicalInformationRequested) ? medicalInformationReason : null)) {
      changed.add("medicalInformation");
    }
    if (!Objects.equals(reporting.getCostCents().orElse(null), costCents)) {
      changed.add("cost");
    }
    if (!sources.equals(assistanceSources)) {
      changed.add("assistance");
    }
    if (changed.isEmpty()) {
      return false;
    }
    if (this.reporting == null) {
      this.reporting = reporting;
    }
    reporting.set(effectiveOn, medicalInformationRequested, medicalInformationReason, costCents);
    assistanceSources.clear();
    assistanceSources.addAll(sources);
    // like a download, HR's record does not make the employee's open page stale
    record(Action.RECORD_DETAILS, status, status, actor.username(), now, null, null)
        .withDetail(String.join(",", changed), effectiveOn);
    return true;
  }

  /**
   * When the request was referred to the reviewer who decides it (or is to): the first time they
   * were given it or took it into review after it was filed; empty while nobody has.
   */
  public Optional<Instant> referredToDecider() {
    String decider = firstDecider != null ? firstDecider : assignedReviewer;
    if (decider == null) {
      return Optional.empty();
    }
    return history.stream()
        .filter(
            h ->
                (h.getAction() == Action.ASSIGN && decider.equals(h.getComment()))
                    || (h.getAction() == Action.START_REVIEW && decider.equals(h.getActor())))
        .map(HistoryEntry::getAt)
        .findFirst();
  }

  /** What HR recorded that the system cannot know (all empty until HR records something). */
  public ReportingRecord getReporting() {
    // JPA leaves an embeddable whose columns are all empty null when it loads the row; reading it
    // must not change the entity (an empty one is handed out, kept only when HR records)
    return reporting == null ? new ReportingRecord() : reporting;
  }

  /**
   * The version of the reporting record a reader saw: how many times HR recorded it. A stale form
   * (another HR reviewer recorded since) is refused instead of overwriting what they recorded.
   */
  public long getReportingVersion() {
    return history.stream().filter(h -> h.getAction() == Action.RECORD_DETAILS).count();
  }

  /** The sources of technical assistance HR consulted, by code. */
  public Set<String> getAssistanceSources() {
    return Set.copyOf(assistanceSources);
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
    if (expedited && neededBy != null) {
      worked = worked.dueBy(neededBy);
    }
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

  /**
   * The letter of the decision in force was issued: recorded after it, by the person who decided.
   *
   * @throws TransitionNotAllowedException when there is no decision, or its letter was issued
   */
  public void recordLetterIssued(Instant now) {
    Decision decision =
        latestDecision()
            .orElseThrow(
                () -> new TransitionNotAllowedException("There is no decision to write to."));
    boolean issued =
        history.stream()
            .anyMatch(
                h ->
                    h.getAction() == Action.LETTER_ISSUED
                        && h.getDecision().orElse(null) == decision);
    if (issued) {
      throw new TransitionNotAllowedException("The letter of this decision was issued already.");
    }
    record(Action.LETTER_ISSUED, status, status, decision.getDecidedBy(), now, null, decision);
  }

  /**
   * The whole case file was exported by {@code exporter} (HR or an administrator; the application
   * checks who), for the reason given: recorded, in any status. Like a download, it does not make
   * an open page stale.
   *
   * @throws InvalidInputException when no reason is given, or it is too long
   */
  public void recordCaseFileExported(String exporter, String reason, Instant now) {
    Objects.requireNonNull(exporter, "exporter");
    checkCaseFileReason(reason);
    String why = reason.strip();
    record(Action.CASE_FILE_EXPORTED, status, status, exporter, now, why, null);
  }

  /**
   * The reason an export needs: given, at most {@link TextLimits#REASON} characters of text.
   *
   * @throws InvalidInputException naming the reason when it is not
   */
  public void checkCaseFileReason(String reason) {
    FieldErrors errors = new FieldErrors();
    errors.require(
        reason != null && !reason.isBlank(), "reason", "say why the case file is exported");
    errors.text("reason", reason, TextLimits.REASON);
    errors.throwIfAny();
  }

  /** Who the history names for what the application does by itself (expiry). */
  public static final String SCHEDULE = "(schedule)";

  /**
   * An approval whose end date is before {@code today} expires: the arrangement no longer applies.
   *
   * @throws TransitionNotAllowedException when it is no approval, has no end date or has not ended
   */
  public void expire(LocalDate today, Instant now) {
    if (!status.isApproval() || endDate == null || !endDate.isBefore(today)) {
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
    if (purgedAt != null) {
      throw new IllegalStateException("request " + id + " was purged already");
    }
    functionalLimitations = null;
    justification = null;
    neededByReason = null;
    if (arrangement != null) {
      arrangement = arrangement.withoutDescription();
    }
    interim.removeText();
    getProxy().removeText();
    history.forEach(HistoryEntry::removeText);
    decisions.forEach(Decision::removeText);
    purgedAt = Objects.requireNonNull(now);
    purgeRule = Objects.requireNonNull(rule);
  }

  /** When the medical content was purged, if it was. */
  public Optional<Instant> getPurgedAt() {
    return Optional.ofNullable(purgedAt);
  }

  /** The retention rule it was purged under, if it was. */
  public Optional<String> getPurgeRule() {
    return Optional.ofNullable(purgeRule);
  }

  // ---- internals --------------------------------------------------------------------------

  private void require(Action action, Actor actor, AppealWindow appealWindow, Instant now) {
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
    DecisionStage stage = appealedAt == null ? DecisionStage.INITIAL : DecisionStage.APPEAL;
    Decision decision =
        new Decision(
            this, stage, outcome, reason, explanation, granted, actor.username(), now, delayReason);
    decisions.add(decision);
    if (stage == DecisionStage.INITIAL) {
      firstDecider = actor.username();
      firstOutcome = outcome;
      firstDecisionSeconds = Math.max(0, Duration.between(submittedAt, now).getSeconds());
    }
    latestOutcome = outcome;
    latestDecider = actor.username();
    decidedAt =
        decision.getDecidedAt(); // the same instant as the decision's row: queries join on it
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

  private void endInterimOn(LocalDate lastDay, Instant now) {
    LocalDate ended = interim.end(lastDay);
    record(Action.END_INTERIM, status, status, SCHEDULE, now, null, null).withDetail(null, ended);
  }

  private void moveTo(Action action, RequestStatus to, Actor actor, Instant now, String comment) {
    RequestStatus from = status;
    status = to;
    record(action, from, to, actor.username(), now, comment, null);
  }

  private HistoryEntry record(
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

  private static String requireText(String field, String text, String message) {
    FieldErrors errors = new FieldErrors();
    errors.require(text != null && !text.isBlank(), field, message);
    errors.text(field, text, TextLimits.TEXT);
    errors.throwIfAny();
    return text.strip();
  }

  private static void checkLength(String text, FieldErrors errors) {
    errors.text("comment", text, TextLimits.TEXT);
  }

  private static String optionalText(String text) {
    FieldErrors errors = new FieldErrors();
    checkLength(text, errors);
    errors.throwIfAny();
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

  /** The first decision's outcome; empty until the first decision. */
  public Optional<DecisionOutcome> getFirstOutcome() {
    return Optional.ofNullable(firstOutcome);
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

  /**
   * Whether a letter was issued to the employee about this request (a decision's, a delay's, an
   * interim arrangement's): a reader lists the letters only then.
   */
  public boolean hasLetters() {
    return !decisions.isEmpty()
        || history.stream()
            .anyMatch(
                h -> h.getAction() == Action.DELAY_NOTICE || h.getAction() == Action.GRANT_INTERIM);
  }

  /** The decision in force: the latest one, if any. */
  public Optional<Decision> latestDecision() {
    return decisions.isEmpty()
        ? Optional.empty()
        : Optional.of(decisions.get(decisions.size() - 1));
  }
}
