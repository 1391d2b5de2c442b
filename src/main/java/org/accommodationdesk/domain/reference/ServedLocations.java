package org.accommodationdesk.domain.reference;

import java.util.Set;

/**
 * The work locations whose requests an HR reviewer serves (need-to-know): those an administrator
 * named them for, or every location when named for none. The one home of that rule, for who may see
 * a request, whose list shows which requests, and who may take one.
 */
public record ServedLocations(Set<String> codes) implements java.io.Serializable {
  public ServedLocations {
    codes = Set.copyOf(codes);
  }

  /** Serves every location: named for none. */
  public boolean all() {
    return codes.isEmpty();
  }

  /** Whether a request at this location is served. */
  public boolean serves(String locationCode) {
    return all() || codes.contains(locationCode);
  }
}
