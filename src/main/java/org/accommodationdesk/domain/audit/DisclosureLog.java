package org.accommodationdesk.domain.audit;

import java.util.List;

/** The log of what union representatives were shown. */
public interface DisclosureLog {
  void append(DisclosureEntry entry);

  /** {@code size} entries from {@code first}, newest first; of one user, or all when null. */
  List<DisclosureEntry> newestFirst(String username, int first, int size);

  /** How many entries there are, of one user or all when null. */
  long count(String username);
}
