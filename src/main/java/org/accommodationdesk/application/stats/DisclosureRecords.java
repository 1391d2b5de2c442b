package org.accommodationdesk.application.stats;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.inject.Inject;
import java.time.Clock;
import org.accommodationdesk.application.accounts.CurrentUser;
import org.accommodationdesk.domain.audit.DisclosureEntry;
import org.accommodationdesk.domain.audit.DisclosureLog;

/**
 * Writes what a union representative was shown to the disclosure log (issue 26): one entry per
 * statistic computed through the union's protection, in the transaction that computed it, with the
 * query and how many figures it published and hid, never a value. Exact (HR) figures are not logged
 * here.
 */
@ApplicationScoped
public class DisclosureRecords {
  @Inject private DisclosureLog log;
  @Inject private CurrentUser currentUser;
  @Inject private DisclosureChannel channel;
  @Inject private Clock clock;

  /** Logs the figures {@code d} gave out for {@code query} over {@code filter}, if protected. */
  public void log(String query, StatsFilter filter, Disclosure d) {
    log(query + (filter == null ? "" : " " + filter.describe()), d);
  }

  /** Logs the figures {@code d} gave out for {@code query}, if protected. */
  public void log(String query, Disclosure d) {
    if (!d.applied()) {
      return;
    }
    log.append(
        new DisclosureEntry(
            currentUser.username(),
            channel(),
            query,
            d.figures(),
            d.hiddenFigures(),
            clock.instant()));
  }

  private DisclosureEntry.Channel channel() {
    try {
      return channel.get();
    } catch (ContextNotActiveException outsideARequest) {
      return DisclosureEntry.Channel.PAGE;
    }
  }
}
