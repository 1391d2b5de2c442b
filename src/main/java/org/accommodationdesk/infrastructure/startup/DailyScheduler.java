package org.accommodationdesk.infrastructure.startup;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.accommodationdesk.application.deadlines.DailyRound;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Runs the daily work ({@link DailyRound}) once a day, from {@code daily-at} in the organisation's
 * time zone: every node checks every few minutes, and the one that claims the day runs it.
 */
@ApplicationScoped
public class DailyScheduler {
  private static final Logger LOG = Logger.getLogger(DailyScheduler.class.getName());

  @Resource private ManagedScheduledExecutorService executor;
  @Inject private DailyRound round;

  @Inject
  @ConfigProperty(name = "accommodationdesk.schedule.daily-at", defaultValue = "07:00")
  private String dailyAt;

  /** How often each node checks whether the day's work is due. */
  @Inject
  @ConfigProperty(name = "accommodationdesk.schedule.check-seconds", defaultValue = "600")
  private int checkSeconds;

  /** The first check after start-up; later ones follow every {@code check-seconds}. */
  @Inject
  @ConfigProperty(name = "accommodationdesk.schedule.first-check-seconds", defaultValue = "60")
  private int firstCheckSeconds;

  private LocalTime at;
  private volatile ScheduledFuture<?> checking;

  /**
   * Starts checking.
   *
   * @throws IllegalStateException naming a setting that is wrong
   */
  public void start() {
    if (org.eclipse.microprofile.config.ConfigProvider.getConfig()
        .getOptionalValue("accommodationdesk.schedule.check-minutes", String.class)
        .isPresent()) {
      LOG.warning(
          "accommodationdesk.schedule.check-minutes is no longer read: set"
              + " accommodationdesk.schedule.check-seconds (default 600)");
    }
    try {
      at = LocalTime.parse(dailyAt.strip());
    } catch (DateTimeParseException e) {
      throw new IllegalStateException(
          "accommodationdesk.schedule.daily-at: not a time of day as 07:00: \"" + dailyAt + "\"",
          e);
    }
    checking =
        executor.scheduleWithFixedDelay(
            this::check,
            Math.max(0, firstCheckSeconds),
            Math.max(1, checkSeconds),
            TimeUnit.SECONDS);
  }

  @PreDestroy
  void stop() {
    ScheduledFuture<?> c = checking;
    if (c != null) {
      c.cancel(false);
    }
  }

  /**
   * One check, on the executor's thread. Everything that touches the database happens inside the
   * enterprise bean {@link DailyRound}; a failure is logged and the next check tries again (an
   * exception escaping here would end the schedule for good).
   */
  void check() {
    try {
      round
          .runIfDue(at)
          .ifPresent(done -> LOG.info(() -> "Daily work for " + done.day() + ": " + done));
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "The daily work failed; the next check tries again", e);
    }
  }
}
