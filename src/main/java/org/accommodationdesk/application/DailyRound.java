package org.accommodationdesk.application;

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
 * One round of the daily work: the approvals whose end date has passed expire (in batches), then
 * today's reminders and digest ({@link DailyWork}). The timer asks {@link #runIfDue} every few
 * minutes; an administrator may {@link #runNow} at any time.
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
  @Inject private ScheduledJobs jobs;
  @Inject private CaseDeadlines deadlines;
  @Inject private Clock clock;

  /** Everything the daily work does, now, whether or not it already ran today. */
  public DailyWork.Outcome runNow() {
    int expired = 0;
    for (int n = work.expireBatch(); n > 0; n = work.expireBatch()) {
      expired += n;
    }
    return work.run().withApprovalsExpired(expired);
  }

  /**
   * Runs today's work if it is {@code at} or later in the organisation's time zone and no node has
   * run it yet today. A round that fails gives the day back, so that the next check tries again.
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
