package org.accommodationdesk.domain.request;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.accommodationdesk.domain.deadline.BusinessCalendar;
import org.accommodationdesk.domain.deadline.DeadlinePolicy;
import org.accommodationdesk.domain.deadline.Deadlines;

/**
 * Where a request's clocks stand, worked out from its history alone (so that it can be worked out
 * again when the calendar changes):
 *
 * <ul>
 *   <li>HR's first action is due {@code firstActionDays} business days after filing, until a
 *       reviewer takes the request into review;
 *   <li>HR's decision is due {@code decisionDays} business days after filing, or {@code
 *       appealDecisionDays} after an appeal (a clock of its own); the clock <b>pauses</b> while the
 *       request waits on the employee and the due date moves by the business days the wait took;
 *   <li>the employee's answer is due {@code answerDays} business days after the question;
 *   <li>the hard limit falls {@code hardLimitDays} business days after the decision clock started,
 *       paused as the decision's: past it, the employee is sent a written notice of the delay (once
 *       per clock).
 * </ul>
 *
 * @param firstActionDue when HR must first act; null once a reviewer has
 * @param decisionDue when HR's decision is due; null when no decision is pending
 * @param paused whether the decision clock is paused (information requested)
 * @param answerBy when the employee's answer is due; null unless a question waits
 * @param hardLimit the last day of the hard limit of the running decision clock; null when none
 *     runs
 * @param delayNoticed whether the employee was sent the notice of a delay past the running clock's
 *     hard limit
 * @param timings the due date and business days taken of each decision, in order
 */
public record CaseClock(
    LocalDate firstActionDue,
    LocalDate decisionDue,
    boolean paused,
    LocalDate answerBy,
    LocalDate hardLimit,
    boolean delayNoticed,
    List<Timing> timings) {

  /**
   * A decision against its clock: due when, how many business days the clock ran, whether it was
   * decided by the due day, and whether within the hard limit.
   */
  public record Timing(LocalDate due, int businessDays, boolean onTime, boolean withinHardLimit) {}

  /** Clocks without a hard limit kept (before any is worked out). */
  public CaseClock(
      LocalDate firstActionDue,
      LocalDate decisionDue,
      boolean paused,
      LocalDate answerBy,
      List<Timing> timings) {
    this(firstActionDue, decisionDue, paused, answerBy, null, false, timings);
  }

  public CaseClock {
    timings = List.copyOf(timings);
  }

  /** When HR must act next: their first action, or the decision; null while waiting on others. */
  public LocalDate hrDue() {
    if (paused) {
      return null;
    }
    if (firstActionDue != null && decisionDue != null) {
      return firstActionDue.isBefore(decisionDue) ? firstActionDue : decisionDue;
    }
    return decisionDue;
  }

  /** Whether the running decision is late on {@code today}: its due day has passed. */
  public boolean decisionLate(LocalDate today) {
    return decisionDue != null && today.isAfter(decisionDue);
  }

  /**
   * Whether the employee is owed the written notice of a delay on {@code today}: the running clock
   * passed its hard limit, is not paused, and no notice was sent for it.
   */
  public boolean owesDelayNotice(LocalDate today) {
    return hardLimit != null && !paused && !delayNoticed && today.isAfter(hardLimit);
  }

  /** Whether HR is late on {@code today}. */
  public boolean overdue(LocalDate today) {
    LocalDate due = hrDue();
    return due != null && today.isAfter(due);
  }

  /**
   * The same clocks for an expedited request: a pending decision (and a first action still to come)
   * is due by {@code neededBy} when that comes before its normal due day (the timings of past
   * decisions stay against the normal limits).
   */
  CaseClock dueBy(LocalDate neededBy) {
    if (decisionDue == null || !neededBy.isBefore(decisionDue)) {
      return this;
    }
    // nor may the first action come after the decision it leads to
    LocalDate firstAction =
        firstActionDue != null && neededBy.isBefore(firstActionDue) ? neededBy : firstActionDue;
    return new CaseClock(firstAction, neededBy, paused, answerBy, hardLimit, delayNoticed, timings);
  }

  /** Works the clocks out from the history, step by step. */
  static CaseClock of(List<HistoryEntry> history, Deadlines deadlines) {
    BusinessCalendar calendar = deadlines.calendar();
    DeadlinePolicy policy = deadlines.policy();
    LocalDate started = null; // the day the running decision clock started
    int allowed = 0; // business days that clock allows
    int pausedDays = 0; // business days it was paused so far
    LocalDate pausedOn = null;
    LocalDate firstActionDue = null;
    LocalDate answerBy = null;
    boolean noticed = false;
    List<Timing> timings = new ArrayList<>();
    for (HistoryEntry h : history) {
      LocalDate day = calendar.dateOf(h.getAt());
      switch (h.getAction()) {
        case SUBMIT -> {
          started = day;
          allowed = policy.decisionDays();
          pausedDays = 0;
          noticed = false;
          if (h.getDetailCode().isPresent()) {
            // filed for the employee by someone else: the clock waits for them to confirm
            pausedOn = day;
            firstActionDue = null;
          } else {
            firstActionDue = calendar.plusBusinessDays(day, policy.firstActionDays());
          }
        }
        case CONFIRM -> {
          if (pausedOn != null) {
            pausedDays += calendar.businessDaysBetween(pausedOn, day);
          }
          pausedOn = null;
          firstActionDue = calendar.plusBusinessDays(day, policy.firstActionDays());
        }
        case APPEAL -> {
          started = day;
          allowed = policy.appealDecisionDays();
          pausedDays = 0;
          noticed = false;
          firstActionDue = null;
        }
        case START_REVIEW -> firstActionDue = null;
        case DELAY_NOTICE -> noticed = true;
        case REQUEST_INFO -> {
          pausedOn = day;
          answerBy = calendar.plusBusinessDays(day, policy.answerDays());
        }
        case PROVIDE_INFO -> {
          if (pausedOn != null) {
            pausedDays += calendar.businessDaysBetween(pausedOn, day);
          }
          pausedOn = null;
          answerBy = null;
        }
        case APPROVE, APPROVE_WITH_CHANGES, DENY -> {
          if (started != null) {
            LocalDate due = calendar.plusBusinessDays(started, allowed + pausedDays);
            int ran = Math.max(0, calendar.businessDaysBetween(started, day) - pausedDays);
            LocalDate hard =
                calendar.plusBusinessDays(started, policy.hardLimitDays() + pausedDays);
            timings.add(new Timing(due, ran, !day.isAfter(due), !day.isAfter(hard)));
          }
          started = null;
          firstActionDue = null;
          pausedOn = null;
          answerBy = null;
        }
        case WITHDRAW -> {
          started = null;
          firstActionDue = null;
          pausedOn = null;
          answerBy = null;
        }
        default -> {
          // documents and union access do not touch the clocks
        }
      }
    }
    LocalDate decisionDue =
        started == null ? null : calendar.plusBusinessDays(started, allowed + pausedDays);
    LocalDate hardLimit =
        started == null
            ? null
            : calendar.plusBusinessDays(started, policy.hardLimitDays() + pausedDays);
    return new CaseClock(
        firstActionDue,
        decisionDue,
        pausedOn != null,
        answerBy,
        hardLimit,
        started != null && noticed,
        timings);
  }
}
