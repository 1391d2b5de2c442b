package org.accommodationdesk.infrastructure.startup;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.accommodationdesk.application.CaseDeadlines;
import org.accommodationdesk.application.DailyWork;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Runs the daily work ({@link DailyWork}) once a day, from {@code daily-at} in the organisation's
 * time zone: every node checks every few minutes, and the one that claims the day runs it.
 */
@ApplicationScoped
public class DailyScheduler {
  private static final Logger LOG = Logger.getLogger(DailyScheduler.class.getName());

  @Resource private ManagedScheduledExecutorService executor;
  @Inject private DailyWork work;
  @Inject private org.accommodationdesk.application.ScheduledJobs jobs;
  @Inject private CaseDeadlines deadlines;
  @Inject private Clock clock;

  @Inject
  @ConfigProperty(name = "accommodationdesk.schedule.daily-at", defaultValue = "07:00")
  private String dailyAt;

  @Inject
  @ConfigProperty(name = "accommodationdesk.schedule.check-minutes", defaultValue = "10")
  private int checkMinutes;

  /** The first check after start-up; later ones follow every {@code check-minutes}. */
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
            Math.max(1, checkMinutes) * 60L,
            TimeUnit.SECONDS);
  }

  @PreDestroy
  void stop() {
    ScheduledFuture<?> c = checking;
    if (c != null) {
      c.cancel(false);
    }
  }

  void check() {
    try {
      var now = clock.instant().atZone(deadlines.calendar().zone());
      LocalDate today = now.toLocalDate();
      if (now.toLocalTime().isBefore(at)
          || !jobs.claimDay(org.accommodationdesk.application.ScheduledJobs.DAILY, today)) {
        return;
      }
      int expired = 0;
      for (int n = work.expireBatch(); n > 0; n = work.expireBatch()) {
        expired += n;
      }
      DailyWork.Outcome done = work.run();
      int total = expired;
      LOG.info(() -> "Daily work for " + today + ": " + done + ", " + total + " approvals expired");
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "The daily work failed; the next check tries again tomorrow", e);
    }
  }
}
