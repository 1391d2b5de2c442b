package org.accommodationdesk.application.deadlines;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.accommodationdesk.application.accounts.SignInRevocationRecords;
import org.accommodationdesk.application.accounts.SignInRevocations;
import org.accommodationdesk.application.notices.NoticeWriter;
import org.accommodationdesk.application.requests.CaseStep;
import org.accommodationdesk.application.requests.SubmissionKeys;
import org.accommodationdesk.application.stats.Footprint;
import org.accommodationdesk.domain.account.Role;
import org.accommodationdesk.domain.account.UserAccountRepository;
import org.accommodationdesk.domain.deadline.BusinessCalendar;
import org.accommodationdesk.domain.notice.NoticeKind;
import org.accommodationdesk.domain.request.AccommodationRequest;
import org.accommodationdesk.domain.request.Action;
import org.accommodationdesk.domain.request.AppealWindow;
import org.accommodationdesk.domain.request.RequestRepository;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * What happens once a day: reminders to employees (an answer due within two business days, an
 * appeal window ending within three days, an approval ending within 30 days: each configurable),
 * and the digest of overdue requests for HR leads. Reminders are written once per request and date,
 * so a second run on the same day reminds nobody twice; {@link ScheduledJobs#claimDay} makes one
 * node in a cluster run it. Also deletes sign-in revocations no node needs any more.
 */
@Stateless
@PermitAll
public class DailyWork {
  /** An answer due within this many business days is reminded of. */
  @Inject
  @ConfigProperty(name = "accommodationdesk.reminders.answer-business-days", defaultValue = "2")
  private int answerReminderBusinessDays;

  /** An appeal window ending within this many days is reminded of. */
  @Inject
  @ConfigProperty(name = "accommodationdesk.reminders.appeal-days", defaultValue = "3")
  private int appealReminderDays;

  /** An approval ending within this many days is announced. */
  @Inject
  @ConfigProperty(name = "accommodationdesk.reminders.approval-ending-days", defaultValue = "30")
  private int approvalEndingDays;

  @Inject private RequestRepository requests;
  @Inject private UserAccountRepository accounts;
  @Inject private NoticeWriter writer;
  @Inject private CaseDeadlines deadlines;
  @Inject private Clock clock;
  @Inject private org.accommodationdesk.application.stats.StatisticsLedger ledger;
  @Inject private SignInRevocationRecords revocations;
  @Inject private SubmissionKeys submissionKeys;
  @Inject private jakarta.enterprise.event.Event<CaseStep> steps;

  /** What one run did. */
  public record Outcome(
      LocalDate day,
      int answerReminders,
      int appealReminders,
      int approvalsEnding,
      long overdue,
      int approvalsExpired,
      int delayNotices,
      int interimsEnded,
      int purged,
      long checkpointSize) {
    /**
     * The same, with what the batches before it did: approvals expired, notices of delays sent,
     * interim arrangements ended.
     */
    Outcome withBatches(int expired, int noticed, int ended) {
      return new Outcome(
          day,
          answerReminders,
          appealReminders,
          approvalsEnding,
          overdue,
          expired,
          noticed,
          ended,
          purged,
          checkpointSize);
    }

    /**
     * The same, with what the records work after it did: requests purged, the size of the
     * checkpoint written (0: none).
     */
    Outcome withRecords(int purgedNow, long checkpoint) {
      return new Outcome(
          day,
          answerReminders,
          appealReminders,
          approvalsEnding,
          overdue,
          approvalsExpired,
          delayNotices,
          interimsEnded,
          purgedNow,
          checkpoint);
    }
  }

  /** Approvals expired per transaction. */
  public static final int EXPIRY_BATCH = 200;

  /**
   * Expires up to {@link #EXPIRY_BATCH} approvals whose end date has passed, in one transaction
   * (the statistics follow, as for any step).
   *
   * @return how many; 0 when none is left
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public int expireBatch() {
    Instant now = clock.instant();
    LocalDate today = deadlines.calendar().dateOf(now);
    int done = 0;
    for (Long id : requests.approvalsEndedBefore(today, EXPIRY_BATCH)) {
      AccommodationRequest r = requests.find(id).orElseThrow();
      Footprint before = Footprint.of(r);
      r.expire(today, now);
      requests.store(r);
      ledger.record(before, Footprint.of(r));
      done++;
    }
    return done;
  }

  /** Requests handled per transaction by the delay notices and the interim arrangements' ends. */
  public static final int CASE_BATCH = 100;

  /**
   * Sends up to {@link #CASE_BATCH} written notices of a delay (letter, notice, mail; HR leads
   * told) for requests whose decision passed its hard limit before today, unpaused and not yet
   * noticed, in one transaction.
   *
   * @return how many; 0 when none is left
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public int delayNoticeBatch() {
    Instant now = clock.instant();
    LocalDate today = deadlines.calendar().dateOf(now);
    int done = 0;
    for (Long id : requests.owingDelayNotice(today, CASE_BATCH)) {
      AccommodationRequest r = requests.find(id).orElseThrow();
      r.caseRecord().recordDelayNotice(today, now);
      r.keepTime(deadlines.current());
      requests.store(r);
      steps.fire(new CaseStep(r, Action.DELAY_NOTICE, r.getAssignedReviewer()));
      done++;
    }
    return done;
  }

  /**
   * Ends up to {@link #CASE_BATCH} interim arrangements whose last day passed, in one transaction.
   *
   * @return how many; 0 when none is left
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public int interimEndBatch() {
    Instant now = clock.instant();
    LocalDate today = deadlines.calendar().dateOf(now);
    int done = 0;
    for (Long id : requests.interimEndedBefore(today, CASE_BATCH)) {
      AccommodationRequest r = requests.find(id).orElseThrow();
      Footprint before = Footprint.of(r);
      r.caseRecord().endInterim(today, now);
      requests.store(r);
      ledger.record(before, Footprint.of(r));
      steps.fire(new CaseStep(r, Action.END_INTERIM, r.getAssignedReviewer()));
      done++;
    }
    return done;
  }

  /** Today's reminders and digest. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public Outcome run() {
    BusinessCalendar calendar = deadlines.calendar();
    Instant now = clock.instant();
    LocalDate today = calendar.dateOf(now);
    int answers = 0;
    LocalDate answerBy = calendar.plusBusinessDays(today, answerReminderBusinessDays);
    for (AccommodationRequest r : requests.answersDueBetween(today, answerBy)) {
      if (writer.remindOnce(
          r.getRequester(), NoticeKind.ANSWER_REMINDER, r.getId(), r.clock().answerBy())) {
        answers++;
      }
    }
    int appeals = 0;
    AppealWindow window = deadlines.appealWindow();
    Instant from = window.openSince(now);
    for (AccommodationRequest r :
        requests.appealableDecidedBetween(from, from.plus(Duration.ofDays(appealReminderDays)))) {
      LocalDate last = r.appealBy(window).map(calendar::dateOf).orElse(null);
      if (last != null
          && writer.remindOnce(r.getRequester(), NoticeKind.APPEAL_REMINDER, r.getId(), last)) {
        appeals++;
      }
    }
    int ending = 0;
    for (AccommodationRequest r :
        requests.approvalsEndingBetween(today, today.plusDays(approvalEndingDays))) {
      if (writer.remindOnce(
          r.getRequester(), NoticeKind.APPROVAL_ENDING, r.getId(), r.asked().getEndDate())) {
        ending++;
      }
    }
    revocations.forgetBefore(now.minus(SignInRevocations.KEPT));
    submissionKeys.forgetBefore(now.minus(Duration.ofDays(1)));
    long overdue = requests.countOverdue(today);
    List<String> leads = accounts.activeWithRole(Role.HR_LEAD);
    if (overdue > 0 && !leads.isEmpty()) {
      writer.digest(leads, NoticeKind.OVERDUE_DIGEST, (int) Math.min(overdue, Integer.MAX_VALUE));
    }
    return new Outcome(today, answers, appeals, ending, overdue, 0, 0, 0, 0, 0);
  }
}
