package org.accommodationdesk.infrastructure.startup;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.accommodationdesk.application.deadlines.ClockMaintenance;

/**
 * Sets, in the background, the clocks of the requests that need it: at start-up (requests filed
 * before deadlines existed) and after the holidays change. One run at a time per node; two nodes
 * running at once only do the same work twice (each batch is its own transaction, and a request
 * changed by both is refused to one by its version and set again by the next run).
 */
@ApplicationScoped
public class ClockKeeper {
  private static final Logger LOG = Logger.getLogger(ClockKeeper.class.getName());

  /** Batches that may fail in a row before a run gives up (until the next start or change). */
  private static final int MAX_FAILURES = 5;

  @Resource private ManagedExecutorService executor;
  @Inject private ClockMaintenance maintenance;

  private final AtomicBoolean running = new AtomicBoolean();

  /** The holidays changed: every open request's clocks are set again. */
  void calendarChanged(
      @jakarta.enterprise.event.Observes(
              during = jakarta.enterprise.event.TransactionPhase.AFTER_SUCCESS)
          org.accommodationdesk.application.deadlines.BusinessCalendarChanged change) {
    int open = maintenance.forgetClocksOfOpen();
    LOG.info(() -> "The holidays changed: setting the clocks of " + open + " open requests again");
    catchUp();
  }

  /** Starts a run in the background unless one is under way. */
  public void catchUp() {
    if (running.compareAndSet(false, true)) {
      executor.execute(this::run);
    }
  }

  private void run() {
    int total = 0;
    int failures = 0;
    try {
      while (failures < MAX_FAILURES) {
        try {
          int done = maintenance.setNextBatch();
          if (done == 0) {
            break;
          }
          total += done;
          failures = 0;
        } catch (RuntimeException e) {
          failures++;
          LOG.log(Level.WARNING, "Setting the clocks of a batch of requests failed; retrying", e);
        }
      }
    } finally {
      running.set(false);
    }
    if (total > 0) {
      int set = total;
      LOG.info(() -> "Clocks set for " + set + " requests");
    }
  }
}
