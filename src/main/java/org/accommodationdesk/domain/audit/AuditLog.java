package org.accommodationdesk.domain.audit;

import java.util.List;

/** The audit log: appended to, read newest first. */
public interface AuditLog {
  void append(AuditEntry entry);

  /** {@code size} entries from the {@code first}, newest first. */
  List<AuditEntry> newestFirst(int first, int size);

  long count();
}
