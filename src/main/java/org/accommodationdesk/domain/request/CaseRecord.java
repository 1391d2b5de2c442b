package org.accommodationdesk.domain.request;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The case record of a request (ADR 0021): what HR records beside the workflow and what the
 * application records by itself. Expediting, the delay's reason and its written notice, interim
 * arrangements, the reporting record, consistency reviews, letters issued and case files exported.
 * Part of the {@link AccommodationRequest} aggregate: each step is checked by the request's
 * workflow rules, written to its history and kept by its version; only the request hands it out
 * ({@link AccommodationRequest#caseRecord()}).
 */
public final class CaseRecord {
  private final AccommodationRequest request;

  CaseRecord(AccommodationRequest request) {
    this.request = request;
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
    request.require(Action.EXPEDITE, actor, null, now);
    LocalDate date = request.urgency().expedite(neededBy, today);
    // the history keeps the date as data (ISO), rendered in the reader's language
    request.record(
        Action.EXPEDITE,
        request.getStatus(),
        request.getStatus(),
        actor.username(),
        now,
        date.toString(),
        null);
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
    request.require(Action.RECORD_DELAY, actor, null, now);
    request.urgency().recordDelay(reasonCode, expectedBy, note, today);
    request
        .record(
            Action.RECORD_DELAY,
            request.getStatus(),
            request.getStatus(),
            actor.username(),
            now,
            FieldErrors.stripped(note),
            null)
        .withDetail(reasonCode, expectedBy);
  }

  /**
   * The employee is sent the written notice that the decision passed its hard limit (the daily
   * work, once per clock; the application writes the letter in the same transaction).
   *
   * @throws TransitionNotAllowedException when no notice is owed on {@code today}
   */
  public void recordDelayNotice(LocalDate today, Instant now) {
    if (!request.getStatus().isOpen() || !request.clock.asClock().owesDelayNotice(today)) {
      throw new TransitionNotAllowedException(
          "No notice of a delay is owed: the decision is within its hard limit or was noticed.");
    }
    request
        .record(
            Action.DELAY_NOTICE,
            request.getStatus(),
            request.getStatus(),
            AccommodationRequest.SCHEDULE,
            now,
            null,
            null)
        .withDetail(
            request.urgency().getDelayReason().orElse(null),
            request.urgency().getDelayExpectedBy().orElse(null));
  }

  /**
   * An HR lead records what the review of this request beside an alike one with a different outcome
   * found (issue 26); the other request's number is kept as data.
   *
   * @throws InvalidInputException when the note is missing or too long
   */
  public void recordConsistencyReview(Actor actor, long otherRequest, String note, Instant now) {
    request.require(Action.CONSISTENCY_REVIEWED, actor, null, now);
    String text = FieldErrors.requiredText("note", note, "write what the review found");
    request
        .record(
            Action.CONSISTENCY_REVIEWED,
            request.getStatus(),
            request.getStatus(),
            actor.username(),
            now,
            text,
            null)
        .withDetail(String.valueOf(otherRequest), null);
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
    request.require(Action.GRANT_INTERIM, actor, null, now);
    request.interim.grant(arrangement, from, until, today);
    request
        .record(
            Action.GRANT_INTERIM,
            request.getStatus(),
            request.getStatus(),
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
    if (!request.interim.inForce() || !request.interim.getUntil().isBefore(today)) {
      throw new TransitionNotAllowedException(
          "Only an interim arrangement whose last day has passed ends by itself.");
    }
    request.endInterimOn(request.interim.getUntil(), now);
  }

  /** The temporary arrangement granted while the request waits, if any was. */
  public InterimArrangement getInterim() {
    return request.interim;
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
    request.require(Action.RECORD_DETAILS, actor, null, now);
    ReportingRecord.check(
        request.getStatus(),
        effectiveOn,
        medicalInformationRequested,
        medicalInformationReason,
        costCents);
    Set<String> sources = new java.util.TreeSet<>(assistance == null ? Set.of() : assistance);
    ReportingRecord reporting = getReporting();
    List<String> changed =
        reporting.changes(
            effectiveOn, medicalInformationRequested, medicalInformationReason, costCents);
    if (!sources.equals(request.assistanceSources)) {
      changed.add("assistance");
    }
    if (changed.isEmpty()) {
      return false;
    }
    request
        .reportingToWrite()
        .set(effectiveOn, medicalInformationRequested, medicalInformationReason, costCents);
    request.assistanceSources.clear();
    request.assistanceSources.addAll(sources);
    // like a download, HR's record does not make the employee's open page stale
    request
        .record(
            Action.RECORD_DETAILS,
            request.getStatus(),
            request.getStatus(),
            actor.username(),
            now,
            null,
            null)
        .withDetail(String.join(",", changed), effectiveOn);
    return true;
  }

  /**
   * When the request was referred to the reviewer who decides it (or is to): the first time they
   * were given it or took it into review after it was filed; empty while nobody has.
   */
  public Optional<Instant> referredToDecider() {
    String decider =
        request.outcomes().getFirstDecider() != null
            ? request.outcomes().getFirstDecider()
            : request.getAssignedReviewer();
    if (decider == null) {
      return Optional.empty();
    }
    return request.history.stream()
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
    return request.reporting == null ? new ReportingRecord() : request.reporting;
  }

  /**
   * The version of the reporting record a reader saw: how many times HR recorded it. A stale form
   * (another HR reviewer recorded since) is refused instead of overwriting what they recorded.
   */
  public long getReportingVersion() {
    return request.history.stream().filter(h -> h.getAction() == Action.RECORD_DETAILS).count();
  }

  /** The sources of technical assistance HR consulted, by code. */
  public Set<String> getAssistanceSources() {
    return Set.copyOf(request.assistanceSources);
  }

  /**
   * The letter of the decision in force was issued: recorded after it, by the person who decided.
   *
   * @throws TransitionNotAllowedException when there is no decision, or its letter was issued
   */
  public void recordLetterIssued(Instant now) {
    Decision decision =
        request
            .latestDecision()
            .orElseThrow(
                () -> new TransitionNotAllowedException("There is no decision to write to."));
    boolean issued =
        request.history.stream()
            .anyMatch(
                h ->
                    h.getAction() == Action.LETTER_ISSUED
                        && h.getDecision().orElse(null) == decision);
    if (issued) {
      throw new TransitionNotAllowedException("The letter of this decision was issued already.");
    }
    request.record(
        Action.LETTER_ISSUED,
        request.getStatus(),
        request.getStatus(),
        decision.getDecidedBy(),
        now,
        null,
        decision);
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
    request.record(
        Action.CASE_FILE_EXPORTED,
        request.getStatus(),
        request.getStatus(),
        exporter,
        now,
        why,
        null);
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

  /**
   * Whether a letter was issued to the employee about this request (a decision's, a delay's, an
   * interim arrangement's): a reader lists the letters only then.
   */
  public boolean hasLetters() {
    return !request.decisions.isEmpty()
        || request.history.stream()
            .anyMatch(
                h -> h.getAction() == Action.DELAY_NOTICE || h.getAction() == Action.GRANT_INTERIM);
  }
}
