package org.accommodationdesk.domain.request;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * What came of a request so far, kept beside it for the queries that read one table (the
 * consistency funnel, the statistics, the reminders): its first decision (outcome, decider, how
 * long it took), the decision in force, and when it was decided, appealed or accepted. The
 * decisions themselves are {@link Decision}s; this is their summary, written by the same step.
 */
@Embeddable
public class Outcomes {
  @Column(name = "first_decider", length = 64)
  private String firstDecider;

  @Enumerated(EnumType.STRING)
  @Column(name = "first_outcome", length = 32)
  private DecisionOutcome firstOutcome;

  @Column(name = "first_decision_seconds")
  private Long firstDecisionSeconds;

  @Enumerated(EnumType.STRING)
  @Column(name = "latest_outcome", length = 32)
  private DecisionOutcome latestOutcome;

  @Column(name = "latest_decider", length = 64)
  private String latestDecider;

  @Column(name = "decided_at")
  private Instant decidedAt;

  @Column(name = "appealed_at")
  private Instant appealedAt;

  /** When the requester accepted the arrangement granted with changes; null until they do. */
  @Column(name = "accepted_at")
  private Instant acceptedAt;

  /** The stage of a decision taken now: on appeal once the request was appealed. */
  DecisionStage nextStage() {
    return appealedAt == null ? DecisionStage.INITIAL : DecisionStage.APPEAL;
  }

  /** A decision was taken, of a request filed at {@code submittedAt}. */
  void decided(Decision decision, Instant submittedAt) {
    if (decision.getStage() == DecisionStage.INITIAL) {
      firstDecider = decision.getDecidedBy();
      firstOutcome = decision.getOutcome();
      firstDecisionSeconds =
          Math.max(0, Duration.between(submittedAt, decision.getDecidedAt()).getSeconds());
    }
    latestOutcome = decision.getOutcome();
    latestDecider = decision.getDecidedBy();
    decidedAt =
        decision.getDecidedAt(); // the same instant as the decision's row: queries join on it
  }

  void appealed(Instant at) {
    appealedAt = at;
  }

  void accepted(Instant at) {
    acceptedAt = at;
  }

  /** Who took the first decision; null until someone did. */
  public String getFirstDecider() {
    return firstDecider;
  }

  public Optional<DecisionOutcome> getFirstOutcome() {
    return Optional.ofNullable(firstOutcome);
  }

  /** How long the first decision took from the filing, in seconds. */
  public Optional<Long> getFirstDecisionSeconds() {
    return Optional.ofNullable(firstDecisionSeconds);
  }

  public Optional<DecisionOutcome> getLatestOutcome() {
    return Optional.ofNullable(latestOutcome);
  }

  /** Who took the decision in force; null until someone did. */
  public String getLatestDecider() {
    return latestDecider;
  }

  public Optional<Instant> getDecidedAt() {
    return Optional.ofNullable(decidedAt);
  }

  public Optional<Instant> getAppealedAt() {
    return Optional.ofNullable(appealedAt);
  }

  public Optional<Instant> getAcceptedAt() {
    return Optional.ofNullable(acceptedAt);
  }
}
