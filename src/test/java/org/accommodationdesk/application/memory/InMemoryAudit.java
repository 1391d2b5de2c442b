package org.accommodationdesk.application.memory;

import java.util.ArrayList;
import java.util.List;
import org.accommodationdesk.domain.audit.AuditEntry;
import org.accommodationdesk.domain.audit.AuditLog;

/** The audit log as a list, oldest first ({@link #entries}); ids given on append. */
public class InMemoryAudit implements AuditLog {
  public final List<AuditEntry> entries = new ArrayList<>();

  @Override
  public void append(AuditEntry entry) {
    Fields.set(entry, "id", entries.size() + 1L);
    entries.add(entry);
  }

  @Override
  public List<AuditEntry> newestFirst(int first, int size) {
    List<AuditEntry> reversed = new ArrayList<>(entries);
    java.util.Collections.reverse(reversed);
    return reversed.stream().skip(first).limit(size).toList();
  }

  @Override
  public long count() {
    return entries.size();
  }

  /** The last entry appended. */
  public AuditEntry last() {
    if (entries.isEmpty()) {
      throw new AssertionError("nothing audited");
    }
    return entries.get(entries.size() - 1);
  }
}
