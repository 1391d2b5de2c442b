package org.accommodationdesk.application.deadlines;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.Optional;

/**
 * One round of the daily work: the approvals whose end date has passed expire, the employees whose
 * decision passed its hard limit are sent the notice of the delay, interim arrangements whose last
 * day passed end (each in batches), then today's reminders and digest ({@link DailyWork}), then the
 * requests past their retention are purged, the sealed history is chained and a checkpoint is
 * written. The timer asks {@link #runIfDue} every few minutes; an administrator may {@link #runNow}
 * at any time.
 *
 * <p>An enterprise bean, not a plain CDI bean, on purpose: the timer calls it from a managed
 * thread, where the container-managed entity manager (reading the holidays for today's date) only
 * works inside an invocation of the container. Every step it calls runs in a transaction of its
 * own.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DailyRound {
  @Inject private DailyWork work;
  @Inject private org.accommodationdesk.application.records.RetentionService retention;
  @Inject private org.accommodationdesk.application.ledger.LedgerService ledger;
  @Inject private ScheduledJobs jobs;
  @Inject private CaseDeadlines deadlines;
  @Inject private Clock clock;

  private static final java.util.logging.Logger LOG =
      java.util.logging.Logger.getLogger(DailyRound.class.getName());

  /**
   * Everything the daily work does, now, whether or not it already ran today. A batch of expiries
   * that fails (its own transaction, rolled back) does not keep the reminders and the digest from
   * going out; those approvals expire at the next round.
   */
  public DailyWork.Outcome runNow() {
    int expired = drain(work::expireBatch, "Expiring ended approvals");
    int noticed = drain(work::delayNoticeBatch, "Sending the notices of delays");
    int interimsEnded = drain(work::interimEndBatch, "Ending interim arrangements");
    DailyWork.Outcome outcome = work.run().withBatches(expired, noticed, interimsEnded);
    int purged = 0;
    try {
      purged =
          org.accommodationdesk.application.records.RetentionService.purgeAll(
                  retention, org.accommodationdesk.application.records.RetentionService.SCHEDULE)
              .purged()
              .size();
    } catch (RuntimeException e) {
      LOG.log(java.util.logging.Level.WARNING, "The purge failed; the next round tries again", e);
    }
    drain(ledger::chainPending, "Chaining the sealed history");
    long checkpoint = 0;
    try {
      checkpoint =
          ledger
              .checkpointIfNew()
              .map(org.accommodationdesk.application.ledger.Checkpoint::size)
              .orElse(0L);
    } catch (RuntimeException e) {
      LOG.log(
          java.util.logging.Level.WARNING, "The checkpoint failed; the next round tries again", e);
    }
    return outcome.withRecords(purged, checkpoint);
  }

  /**
   * Runs batches (each its own transaction) until one does nothing. A batch that fails is rolled
   * back and left for the next round; the rest of the round goes on.
   *
   * @return how many were handled
   */
  private static int drain(java.util.function.IntSupplier batch, String what) {
    int done = 0;
    try {
      for (int n = batch.getAsInt(); n > 0; n = batch.getAsInt()) {
        done += n;
      }
    } catch (RuntimeException e) {
      LOG.log(
          java.util.logging.Level.WARNING,
          what + " failed after " + done + "; the next round tries again",
          e);
    }
    return done;
  }

  /**
   * Runs today's work if it is {@code at} or later in the organisation's time zone and no node has
   * run it yet today. A round whose reminders and digest fail (one transaction, rolled back, so
   * nothing was sent) gives the day back, so that the next check tries again.
   *
   * @return what the round did; empty when it was not due or another node had it
   */
  public Optional<DailyWork.Outcome> runIfDue(LocalTime at) {
    ZonedDateTime now = clock.instant().atZone(deadlines.calendar().zone());
    LocalDate today = now.toLocalDate();
    if (now.toLocalTime().isBefore(at) || !jobs.claimDay(ScheduledJobs.DAILY, today)) {
      return Optional.empty();
    }
    try {
      return Optional.of(runNow());
    } catch (RuntimeException e) {
      jobs.releaseDay(ScheduledJobs.DAILY, today);
      throw e;
    }
  }
}
