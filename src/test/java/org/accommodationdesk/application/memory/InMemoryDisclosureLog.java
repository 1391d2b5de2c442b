package org.accommodationdesk.application.memory;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.accommodationdesk.application.accounts.CurrentUser;
import org.accommodationdesk.application.stats.DisclosureChannel;
import org.accommodationdesk.application.stats.DisclosureRecords;
import org.accommodationdesk.domain.audit.DisclosureEntry;
import org.accommodationdesk.domain.audit.DisclosureLog;

/** The disclosure log in memory, and the recorder that writes to it. */
public class InMemoryDisclosureLog implements DisclosureLog {
  public final List<DisclosureEntry> entries = new ArrayList<>();

  /** A recorder writing here, as {@code user}, through a page, at {@code clock}'s time. */
  public DisclosureRecords records(CurrentUser user, Clock clock) {
    DisclosureRecords r = new DisclosureRecords();
    Fields.set(r, "log", this);
    Fields.set(r, "currentUser", user);
    Fields.set(r, "channel", new DisclosureChannel());
    Fields.set(r, "clock", clock);
    return r;
  }

  @Override
  public void append(DisclosureEntry entry) {
    entries.add(entry);
  }

  @Override
  public List<DisclosureEntry> newestFirst(String username, int first, int size) {
    return entries.stream()
        .filter(e -> username == null || e.getUsername().equals(username))
        .sorted(Comparator.comparing(DisclosureEntry::getOccurredAt).reversed())
        .skip(first)
        .limit(size)
        .toList();
  }

  @Override
  public long count(String username) {
    return entries.stream()
        .filter(e -> username == null || e.getUsername().equals(username))
        .count();
  }
}
