package org.accommodationdesk.domain.records;

import java.util.List;
import java.util.Optional;

/** Legal holds. */
public interface LegalHoldRepository {
  void add(LegalHold hold);

  /**
   * Waits for, then holds until the end of the transaction, the lock that placing a hold and each
   * batch of a purge take in turn: a hold committed while a purge runs is seen by its next batch,
   * never missed by one under way.
   */
  void lockAgainstPurge();

  Optional<LegalHold> find(long id);

  /** Holds in force, newest first. */
  List<LegalHold> inForce();

  /** Every hold, in force or released, newest first, at most {@code limit}. */
  List<LegalHold> recent(int limit);

  /**
   * Holds in force that keep a request with this number, requester and work location (by {@link
   * LegalHold#holds}, the one rule of what a hold keeps).
   */
  List<LegalHold> holding(long requestId, String requester, String locationCode);
}
