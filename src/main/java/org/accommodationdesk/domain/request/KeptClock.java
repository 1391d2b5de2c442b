package org.accommodationdesk.domain.request;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;
import java.util.List;

/**
 * The request's clocks as last worked out from its history ({@link CaseClock}), kept in its row so
 * that the queue can sort and filter by them and the daily work can find what is due. {@code
 * upToDate} is false until they are first worked out, and again after the calendar or the policy
 * changed.
 */
@Embeddable
public class KeptClock {
  @Column(name = "first_action_due")
  private LocalDate firstActionDue;

  @Column(name = "decision_due")
  private LocalDate decisionDue;

  @Column(name = "answer_by")
  private LocalDate answerBy;

  @Column(name = "clock_paused", nullable = false)
  private boolean paused;

  /** When HR must act next (first action or decision); null while waiting on others. */
  @Column(name = "hr_due")
  private LocalDate hrDue;

  /** The last day of the running decision clock's hard limit; null when none runs. */
  @Column(name = "hard_limit")
  private LocalDate hardLimit;

  /** Whether the employee was sent the notice of a delay past that limit. */
  @Column(name = "delay_noticed", nullable = false)
  private boolean delayNoticed;

  @Column(name = "clock_set", nullable = false)
  private boolean upToDate;

  /** Keeps what the history says now. */
  void keep(CaseClock clock) {
    firstActionDue = clock.firstActionDue();
    decisionDue = clock.decisionDue();
    answerBy = clock.answerBy();
    paused = clock.paused();
    hrDue = clock.hrDue();
    hardLimit = clock.hardLimit();
    delayNoticed = clock.delayNoticed();
    upToDate = true;
  }

  /** The clocks as kept (without the timings of past decisions, which the decisions keep). */
  CaseClock asClock() {
    return new CaseClock(
        firstActionDue, decisionDue, paused, answerBy, hardLimit, delayNoticed, List.of());
  }
}
