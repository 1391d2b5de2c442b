package org.accommodationdesk.domain.records;

import java.util.List;
import java.util.Optional;

/** Legal holds. */
public interface LegalHoldRepository {
  void add(LegalHold hold);

  Optional<LegalHold> find(long id);

  /** Holds in force, newest first. */
  List<LegalHold> inForce();

  /** Every hold, in force or released, newest first, at most {@code limit}. */
  List<LegalHold> recent(int limit);

  /** Holds in force that keep a request with this number, requester and work location. */
  List<LegalHold> holding(long requestId, String requester, String locationCode);
}
