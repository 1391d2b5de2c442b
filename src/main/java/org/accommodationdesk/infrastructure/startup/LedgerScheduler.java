package org.accommodationdesk.infrastructure.startup;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.accommodationdesk.application.ledger.LedgerService;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Chains the sealed history and audit entries every {@code chain-seconds} on every node (the
 * chain's lock makes nodes take turns, so each entry is chained once), and writes a checkpoint when
 * the last is older than {@code checkpoint-minutes} (default 60): what someone with database access
 * could remove unseen is at most the entries since. The daily work chains and checkpoints too.
 */
@ApplicationScoped
public class LedgerScheduler {
  private static final Logger LOG = Logger.getLogger(LedgerScheduler.class.getName());

  @Resource private ManagedScheduledExecutorService executor;
  @Inject private LedgerService ledger;

  @Inject
  @ConfigProperty(name = "accommodationdesk.ledger.chain-seconds", defaultValue = "30")
  private int chainSeconds;

  /** A checkpoint at least this often while entries are written (the daily work writes one too). */
  @Inject
  @ConfigProperty(name = "accommodationdesk.ledger.checkpoint-minutes", defaultValue = "60")
  private int checkpointMinutes;

  private volatile ScheduledFuture<?> chaining;

  public void start() {
    chaining =
        executor.scheduleWithFixedDelay(
            this::chain, 5, Math.max(1, chainSeconds), TimeUnit.SECONDS);
  }

  @PreDestroy
  void stop() {
    ScheduledFuture<?> c = chaining;
    if (c != null) {
      c.cancel(false);
    }
  }

  /**
   * Chains every sealed entry waiting, in batches. A failure is logged and the next run tries again
   * (an exception escaping here would end the schedule for good).
   */
  int chain() {
    int done = 0;
    try {
      for (int n = ledger.chainPending(); n > 0; n = ledger.chainPending()) {
        done += n;
      }
      ledger.checkpointIfDue(java.time.Duration.ofMinutes(Math.max(1, checkpointMinutes)));
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Chaining the sealed history failed; the next run tries again", e);
    }
    return done;
  }
}
