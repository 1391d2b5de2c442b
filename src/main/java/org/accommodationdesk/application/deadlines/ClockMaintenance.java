package org.accommodationdesk.application.deadlines;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.accommodationdesk.application.stats.Footprint;
import org.accommodationdesk.application.stats.StatisticsLedger;
import org.accommodationdesk.domain.deadline.Deadlines;
import org.accommodationdesk.domain.request.RequestRepository;

/**
 * Sets the clocks of requests that have none yet (filed before deadlines existed) or whose calendar
 * changed, a batch per transaction so that a large backlog does not hold one long transaction. Run
 * by the application itself, never by a caller.
 */
@Stateless
@PermitAll
public class ClockMaintenance {
  /** Requests per transaction. */
  public static final int BATCH = 200;

  @Inject private RequestRepository requests;
  @Inject private CaseDeadlines deadlines;
  @Inject private StatisticsLedger ledger;

  /**
   * Sets the clocks of up to {@link #BATCH} requests.
   *
   * @return how many were set; 0 when none is left
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public int setNextBatch() {
    Deadlines now = deadlines.current();
    int done = 0;
    for (Long id : requests.withoutClock(BATCH)) {
      requests
          .find(id)
          .ifPresent(
              r -> {
                // a decision's timing counts in the statistics: they follow its change
                Footprint before = Footprint.of(r);
                r.keepTime(now);
                ledger.record(before, Footprint.of(r));
              });
      done++;
    }
    return done;
  }

  /** Marks every open request's clocks to be set again: the holidays changed. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public int forgetClocksOfOpen() {
    deadlines.changed();
    return requests.forgetClocksOfOpen();
  }
}
