package org.accommodationdesk.domain.reference;

import java.util.Map;

/**
 * An entry of the reference data that administrators create and change by its code: a work
 * location, a job class, a denial reason, a reason of another list. Its code never changes once
 * made; its version guards changes; its snapshot is what the audit log keeps of it.
 */
public interface ReferenceEntry {
  String getCode();

  long getVersion();

  /** As data for the audit log. */
  Map<String, Object> snapshot();
}
