package org.accommodationdesk.infrastructure.persistence;

import jakarta.persistence.EntityManager;

/**
 * The lock that one-off start-up work takes in its transaction (demo data, the first administrator,
 * building the statistics), so that nodes starting together on one database do it once: the first
 * takes the lock and does the work; the others wait for its commit and then find the work done. A
 * row lock (an update of the {@code STARTUP} row of {@code scheduled_job}) works the same on
 * PostgreSQL and H2.
 */
public final class StartupLock {
  private StartupLock() {}

  /** Waits for, then holds until the end of the caller's transaction, the start-up lock. */
  public static void take(EntityManager em) {
    em.createNativeQuery("UPDATE scheduled_job SET job = job WHERE job = 'STARTUP'")
        .executeUpdate();
  }
}
