package org.accommodationdesk.application.deadlines;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;

/**
 * Work that every node schedules but only one may do per period (the daily work, the statistics
 * fold): a node takes the period with a conditional update of the job's row in {@code
 * scheduled_job}, which exactly one caller per period wins, whatever the number of nodes, their
 * clocks' small differences or a node dying half-way (its period is simply not done again). The
 * database is the only thing the nodes must share; no lock is held while the work runs.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class ScheduledJobs {
  /** The daily work (reminders, digest, expiry): periods are days. */
  public static final String DAILY = "DAILY";

  /** The statistics fold: periods are numbered cycles of minutes. */
  public static final String STATS_FOLD = "STATS_FOLD";

  @PersistenceContext private EntityManager em;

  /** Takes {@code day} of {@code job} for this node: true for exactly one caller per day. */
  public boolean claimDay(String job, LocalDate day) {
    return claim(job, "last_day", day);
  }

  /**
   * Gives {@code day} of {@code job} back after its work failed, so that the next check (on any
   * node) takes it again; nothing changes when another day has been taken since.
   */
  public void releaseDay(String job, LocalDate day) {
    em.createNativeQuery(
            "UPDATE scheduled_job SET last_day = NULL WHERE job = ?1 AND last_day = ?2")
        .setParameter(1, job)
        .setParameter(2, day)
        .executeUpdate();
  }

  /**
   * Takes cycle number {@code cycle} (a count of periods since an epoch, rising) of {@code job} for
   * this node: true for exactly one caller per cycle.
   */
  public boolean claimCycle(String job, long cycle) {
    return claim(job, "last_cycle", cycle);
  }

  /** Moves {@code column} of the job's row forward to {@code period} unless it is there already. */
  private boolean claim(String job, String column, Object period) {
    return em.createNativeQuery(
                "UPDATE scheduled_job SET "
                    + column
                    + " = ?1 WHERE job = ?2 AND ("
                    + column
                    + " IS NULL OR "
                    + column
                    + " < ?1)")
            .setParameter(1, period)
            .setParameter(2, job)
            .executeUpdate()
        == 1;
  }
}
