package org.accommodationdesk.application.accounts;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.accommodationdesk.domain.account.SignInRevocation;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Accounts whose sign-ins must end now: deactivated, or their roles or password changed. A page
 * session keeps its user's name and groups from sign-in; the authentication mechanism asks here on
 * every request (a map lookup, no database) and ends a session that began before the change.
 *
 * <p>A revocation is stored with the change that causes it, so that every node of a cluster learns
 * it: this node at once, the others within {@code accommodationdesk.cluster.refresh-seconds} (they
 * read the new rows that often), and a node that starts later from the rows of the last {@link
 * #KEPT} (older rows no longer matter: a session that outlived its revocation was ended by it, and
 * an idle one has expired).
 */
@ApplicationScoped
public class SignInRevocations {
  private static final Logger LOG = Logger.getLogger(SignInRevocations.class.getName());

  /** How long revocations are kept; the daily work deletes older ones. */
  public static final Duration KEPT = Duration.ofDays(2);

  /** Read again with each refresh: transactions commit late and node clocks differ a little. */
  private static final Duration OVERLAP = Duration.ofMinutes(1);

  private final Map<String, Instant> since = new ConcurrentHashMap<>();

  @Inject private SignInRevocationRecords records;
  @Resource private ManagedScheduledExecutorService executor;
  @Inject private Clock clock;

  @Inject
  @ConfigProperty(name = "accommodationdesk.cluster.refresh-seconds", defaultValue = "5")
  private int refreshSeconds;

  private volatile Instant readUpTo;
  private volatile ScheduledFuture<?> refreshing;

  /** Reads the recent revocations, then the new ones every few seconds. Called at start-up. */
  public void start() {
    readUpTo = clock.instant().minus(KEPT);
    refresh();
    long every = Math.max(1, refreshSeconds);
    refreshing =
        executor.scheduleWithFixedDelay(this::refreshQuietly, every, every, TimeUnit.SECONDS);
  }

  @PreDestroy
  void stop() {
    ScheduledFuture<?> r = refreshing;
    if (r != null) {
      r.cancel(false);
    }
  }

  /**
   * Sign-ins of {@code username} made before {@code at} no longer count, on every node. Joins the
   * caller's transaction: the revocation stands or falls with the change that caused it.
   */
  public void revoke(String username, Instant at) {
    records.store(new SignInRevocation(username, at));
    remember(username, at);
  }

  /** Whether a sign-in of {@code username} made at {@code signedInAt} was revoked since. */
  public boolean isRevoked(String username, Instant signedInAt) {
    Instant at = since.get(username);
    return at != null && !signedInAt.isAfter(at);
  }

  /** Reads the revocations stored since the last read (by any node). */
  void refresh() {
    Instant now = clock.instant();
    for (SignInRevocation r : records.after(readUpTo.minus(OVERLAP))) {
      remember(r.getUsername(), r.getRevokedAt());
    }
    readUpTo = now;
    Instant forgotten = now.minus(KEPT);
    since.values().removeIf(at -> at.isBefore(forgotten));
  }

  private void refreshQuietly() {
    try {
      refresh();
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Reading the sign-in revocations failed; trying again", e);
    }
  }

  private void remember(String username, Instant at) {
    since.merge(username, at, (a, b) -> a.isAfter(b) ? a : b);
  }
}
