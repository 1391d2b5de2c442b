package org.accommodationdesk.application.requests;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.accommodationdesk.application.deadlines.DueDays;
import org.accommodationdesk.application.notices.LetterService;
import org.accommodationdesk.domain.request.AccommodationRequest;
import org.accommodationdesk.domain.request.Action;
import org.accommodationdesk.domain.request.Arrangement;
import org.accommodationdesk.domain.request.Decision;
import org.accommodationdesk.domain.request.HistoryEntry;
import org.accommodationdesk.domain.request.IssuedLetter;

/**
 * Everything about one request that its requester or an HR reviewer may see, including the
 * confidential details, and the actions the viewer may take now. {@code appealBy}: until when the
 * requester may appeal the decision (null when they may not); {@code requesterName}: for HR; {@code
 * deadline}: HR's decision clock while a decision is pending; {@code answerBy}: when the employee's
 * answer to a question is due; {@code firstActionDue}: when HR must first act; {@code renewalOf}:
 * the approval this request renews; {@code renewable}: the viewer may ask to renew it now; {@code
 * letters}: every letter issued, oldest first (each decision's, as issued); {@code neededBy},
 * {@code neededByReason}: by when the employee needs it and why (or the date HR set expediting it);
 * {@code expedited}: HR expedited it; {@code interim}: the temporary arrangement granted while it
 * waits (null when none was); {@code filedFor}: who filed it for the employee and whether the
 * employee confirmed it (null when the employee filed it); {@code people}: the names of the people
 * its history and assignment name by user name ({@link #nameOf}).
 */
public record RequestView(
    long id,
    long version,
    String requester,
    String requesterName,
    String category,
    ArrangementView arrangement,
    LocalDate startDate,
    LocalDate endDate,
    String workLocationCode,
    String workLocationName,
    String jobClassCode,
    String jobClassName,
    String relationship,
    Boolean attestation,
    String functionalLimitations,
    String justification,
    String status,
    String assignedReviewer,
    Instant submittedAt,
    Instant decidedAt,
    boolean sharedWithUnion,
    List<DecisionView> decisions,
    List<HistoryView> history,
    Set<Action> availableActions,
    boolean needsAnotherReviewer,
    boolean finalDecision,
    Instant appealBy,
    DeadlineView deadline,
    LocalDate answerBy,
    LocalDate firstActionDue,
    Long renewalOf,
    boolean renewable,
    List<LetterService.LetterSummary> letters,
    LocalDate neededBy,
    String neededByReason,
    boolean expedited,
    InterimView interim,
    ReportingView reporting,
    List<HoldView> holds,
    Instant purgedAt,
    String purgeRule,
    FiledForView filedFor,
    Map<String, String> people)
    implements java.io.Serializable {

  /** A person's name as people know it, for a user name of the history (else the user name). */
  public String nameOf(String username) {
    return people == null || username == null ? username : people.getOrDefault(username, username);
  }

  /**
   * A request someone filed for the employee: who ({@code filedBy}, a user name), in which capacity
   * ({@code filedAs}: HR or UNION), the consent a union rep recorded (HR and the employee only),
   * and whether it waits for the employee's confirmation.
   */
  public record FiledForView(
      String filedBy,
      String filedAs,
      String consent,
      boolean awaitingConfirmation,
      Instant confirmedAt)
      implements java.io.Serializable {
    public static FiledForView of(AccommodationRequest r) {
      var p = r.getProxy();
      if (!p.isProxy()) {
        return null;
      }
      return new FiledForView(
          p.getFiledBy().orElseThrow(),
          p.getFiledAs().orElseThrow().name(),
          p.getConsent().orElse(null),
          r.getStatus().isOpen() && r.awaitsConfirmation(),
          p.getConfirmedAt().orElse(null));
    }
  }

  /**
   * A legal hold in force on the request (HR only; null in the requester's own view): it keeps the
   * request from any purge until it is released.
   */
  public record HoldView(
      long id,
      String scope,
      String target,
      String reason,
      String reference,
      String placedBy,
      Instant placedAt)
      implements java.io.Serializable {
    public static HoldView of(org.accommodationdesk.domain.records.LegalHold h) {
      return new HoldView(
          h.getId(),
          h.getScope().name(),
          h.getTarget(),
          h.getReason(),
          h.getReference(),
          h.getPlacedBy(),
          h.getPlacedAt());
    }
  }

  /**
   * The reporting record, for HR only (null in the requester's own view): its version (send it back
   * as If-Match), who received the request (null: the system, filed online by the employee; else
   * who filed it for them), when it was referred to its deciding reviewer, when decided, when the
   * arrangement took effect, the arrangement requested and provided, whether medical information
   * was asked for and why, the cost in cents, the sources of technical assistance, and each
   * decision's time frames (on time, within the hard limit, the delay reason it came with).
   */
  public record ReportingView(
      long version,
      String receivedBy,
      Instant receivedAt,
      Instant referredAt,
      Instant decidedAt,
      LocalDate effectiveOn,
      ArrangementView requested,
      ArrangementView provided,
      Boolean medicalInformationRequested,
      String medicalInformationReason,
      Long costCents,
      List<String> assistance,
      List<TimeFrameView> timeFrames)
      implements java.io.Serializable {}

  /** A decision against its time frames, as the record keeps it. */
  public record TimeFrameView(
      String stage,
      LocalDate due,
      Integer businessDays,
      Boolean onTime,
      Boolean withinHardLimit,
      String delayReason)
      implements java.io.Serializable {}

  /**
   * HR's decision clock: due when, paused (waiting on the employee; the day moves by the time the
   * wait takes), overdue; the hard limit's last day, whether the employee was sent the notice of a
   * delay past it, and why the decision is late and when it is expected, as HR recorded (a delay
   * reason's code; null until recorded).
   */
  public record DeadlineView(
      LocalDate due,
      boolean paused,
      boolean overdue,
      LocalDate hardLimit,
      boolean delayNoticed,
      String delayReason,
      LocalDate expectedBy)
      implements java.io.Serializable {
    /** Whether the decision is late and HR has not yet said why: the decider is asked to. */
    public boolean delayReasonMissing() {
      return overdue && delayReason == null;
    }
  }

  /**
   * A temporary arrangement granted while the request waits: what, from and until when, the day it
   * ended (null while in force), and how many days interim arrangements applied so far.
   */
  public record InterimView(
      ArrangementView arrangement,
      LocalDate from,
      LocalDate until,
      LocalDate endedOn,
      boolean inForce,
      long days)
      implements java.io.Serializable {
    public static InterimView of(
        org.accommodationdesk.domain.request.InterimArrangement i, LocalDate today) {
      return i.granted()
          ? new InterimView(
              ArrangementView.of(i.getArrangement()),
              i.getFrom(),
              i.getUntil(),
              i.getEndedOn().orElse(null),
              i.inForce(),
              i.days(today))
          : null;
    }
  }

  /** An arrangement as shown. */
  public record ArrangementView(String type, Integer remoteDaysPerWeek, String description)
      implements java.io.Serializable {
    public static ArrangementView of(Arrangement a) {
      return a == null
          ? null
          : new ArrangementView(a.getType().name(), a.getRemoteDaysPerWeek(), a.getDescription());
    }
  }

  /** A decision as shown; {@code letterId}: the letter issued for it (null before it is). */
  public record DecisionView(
      String stage,
      String outcome,
      String reasonCode,
      String explanation,
      ArrangementView granted,
      String decidedBy,
      Instant decidedAt,
      Long letterId)
      implements java.io.Serializable {
    public static DecisionView of(Decision d, Map<Long, Long> letterOfDecision) {
      return new DecisionView(
          d.getStage().name(),
          d.getOutcome().name(),
          d.getReasonCode(),
          d.getExplanation(),
          ArrangementView.of(d.getGranted()),
          d.getDecidedBy(),
          d.getDecidedAt(),
          letterOfDecision.get(d.getId()));
    }
  }

  /**
   * One history entry as shown: the text the person wrote with it, or, for a decision, the decision
   * (reason code, arrangement granted, explanation) to render in the reader's language.
   */
  public record HistoryView(
      String action,
      String from,
      String to,
      String actor,
      Instant at,
      String comment,
      DecisionView decision,
      String detailCode,
      LocalDate detailDate)
      implements java.io.Serializable {
    public static HistoryView of(HistoryEntry h, Map<Long, Long> letterOfDecision, boolean sealed) {
      return new HistoryView(
          h.getAction().name(),
          h.getFromStatus() == null ? null : h.getFromStatus().name(),
          h.getToStatus().name(),
          h.getActor(),
          h.getAt(),
          sealed ? null : h.getComment(),
          h.getDecision().map(d -> DecisionView.of(d, letterOfDecision)).orElse(null),
          h.getDetailCode().orElse(null),
          h.getDetailDate().orElse(null));
    }
  }

  public static RequestView of(
      AccommodationRequest r,
      Set<Action> availableActions,
      boolean needsAnotherReviewer,
      boolean finalDecision,
      String requesterName,
      Instant appealBy,
      DueDays dueDays,
      boolean renewable,
      List<IssuedLetter> issued) {
    return of(
        r,
        availableActions,
        needsAnotherReviewer,
        finalDecision,
        requesterName,
        appealBy,
        dueDays,
        renewable,
        issued,
        false,
        null,
        Map.of());
  }

  /** The same, with the reporting record and the legal holds in force when {@code forHr}. */
  public static RequestView of(
      AccommodationRequest r,
      Set<Action> availableActions,
      boolean needsAnotherReviewer,
      boolean finalDecision,
      String requesterName,
      Instant appealBy,
      DueDays dueDays,
      boolean renewable,
      List<IssuedLetter> issued,
      boolean forHr,
      List<HoldView> holds,
      Map<String, String> people) {
    org.accommodationdesk.domain.request.CaseClock clock = r.clock();
    Map<Long, Long> letterOfDecision = new HashMap<>();
    issued.stream()
        .filter(l -> l.decisionId() != null)
        .forEach(l -> letterOfDecision.put(l.decisionId(), l.id()));
    boolean overdue =
        clock.decisionDue() != null && !clock.paused() && dueDays.overdue(clock.decisionDue());
    // filed for the employee and not confirmed: HR sees that it exists, never what it says
    boolean sealed = forHr && r.awaitsConfirmation();

    return new RequestView(
        r.getId(),
        r.getRevision(),
        r.getRequester(),
        requesterName,
        r.asked().getCategory().name(),
        ArrangementView.of(
            sealed ? r.asked().getArrangement().withoutDescription() : r.asked().getArrangement()),
        r.asked().getStartDate(),
        r.asked().getEndDate(),
        r.getWorkLocation().getCode(),
        r.getWorkLocation().getName(),
        r.getJobClass().getCode(),
        r.getJobClass().getName(),
        r.asked().getRelationship() == null ? null : r.asked().getRelationship().name(),
        r.asked().getAttestation(),
        sealed ? null : r.asked().getFunctionalLimitations(),
        sealed ? null : r.asked().getJustification(),
        r.getStatus().name(),
        r.getAssignedReviewer(),
        r.getSubmittedAt(),
        r.outcomes().getDecidedAt().orElse(null),
        r.isSharedWithUnion(),
        r.getDecisions().stream().map(d -> DecisionView.of(d, letterOfDecision)).toList(),
        r.getHistory().stream()
            // HR's reporting record is HR's: its steps are not in the requester's history
            .filter(h -> forHr || !h.getAction().isHrOnly())
            .map(h -> HistoryView.of(h, letterOfDecision, sealed))
            .toList(),
        availableActions,
        needsAnotherReviewer,
        finalDecision,
        appealBy,
        clock.decisionDue() == null
            ? null
            : new DeadlineView(
                clock.decisionDue(),
                clock.paused(),
                overdue,
                clock.hardLimit(),
                clock.delayNoticed(),
                r.urgency().getDelayReason().orElse(null),
                r.urgency().getDelayExpectedBy().orElse(null)),
        clock.answerBy(),
        clock.firstActionDue(),
        r.getRenewalOf().orElse(null),
        renewable,
        issued.stream().map(LetterService.LetterSummary::of).toList(),
        r.urgency().getNeededBy().orElse(null),
        sealed ? null : r.urgency().getNeededByReason(),
        r.urgency().isExpedited(),
        InterimView.of(r.caseRecord().getInterim(), dueDays.today()),
        forHr ? reporting(r) : null,
        forHr ? (holds == null ? List.of() : List.copyOf(holds)) : null,
        r.getPurge().getPurgedAt().orElse(null),
        r.getPurge().getPurgeRule().orElse(null),
        FiledForView.of(r),
        Map.copyOf(people));
  }

  private static ReportingView reporting(AccommodationRequest r) {
    var rec = r.caseRecord().getReporting();
    ArrangementView provided =
        r.latestDecision()
            .map(
                d ->
                    switch (d.getOutcome()) {
                      case APPROVED -> ArrangementView.of(r.asked().getArrangement());
                      case APPROVED_WITH_CHANGES -> ArrangementView.of(d.getGranted());
                      case DENIED -> null;
                    })
            .orElse(null);
    return new ReportingView(
        r.caseRecord().getReportingVersion(),
        r.getProxy().getFiledBy().orElse(null),
        r.getSubmittedAt(),
        r.caseRecord().referredToDecider().orElse(null),
        r.outcomes().getDecidedAt().orElse(null),
        rec.getEffectiveOn().orElse(null),
        ArrangementView.of(r.asked().getArrangement()),
        provided,
        rec.getMedicalInformationRequested().orElse(null),
        rec.getMedicalInformationReason(),
        rec.getCostCents().orElse(null),
        List.copyOf(new java.util.TreeSet<>(r.caseRecord().getAssistanceSources())),
        r.getDecisions().stream()
            .map(
                d ->
                    new TimeFrameView(
                        d.getStage().name(),
                        d.getDueDate().orElse(null),
                        d.getBusinessDays().orElse(null),
                        d.getOnTime().orElse(null),
                        d.getWithinHardLimit().orElse(null),
                        d.getDelayReason().orElse(null)))
            .toList());
  }

  /** The reviewer's latest question (for the employee to answer), or null. */
  public String lastQuestion() {
    HistoryView asked = latest(Action.REQUEST_INFO);
    return asked == null ? null : asked.comment();
  }

  /** The employee's appeal (its statement and when), or null when there is none. */
  public HistoryView appeal() {
    return latest(Action.APPEAL);
  }

  private HistoryView latest(Action action) {
    for (int i = history.size() - 1; i >= 0; i--) {
      if (history.get(i).action().equals(action.name())) {
        return history.get(i);
      }
    }
    return null;
  }

  /** Whether a decision letter was issued. */
  public boolean hasLetter() {
    return !letters.isEmpty();
  }

  /** The decision in force, or null. */
  public DecisionView latestDecision() {
    return decisions.isEmpty() ? null : decisions.get(decisions.size() - 1);
  }
}
