package org.accommodationdesk.application.requests;

import java.time.Instant;
import java.util.Optional;

/**
 * The keys under which requests were filed (a form's own key, or an API client's {@code
 * Idempotency-Key}), kept for a day, so that the same filing sent again files nothing new.
 */
public interface SubmissionKeys {
  /** What was filed under {@code key} by {@code requester}, if anything. */
  Optional<Filed> find(String requester, String key);

  /**
   * Records that {@code requestId} was filed under {@code key}, in the filing's transaction.
   *
   * @throws DuplicateSubmissionException when another filing holds the key (a concurrent post)
   */
  void add(String requester, String key, String fingerprint, long requestId, Instant at);

  /** Forgets keys made before {@code before}; returns how many. */
  int forgetBefore(Instant before);

  /** A request filed under a key, with the fingerprint of what was sent. */
  record Filed(long requestId, String fingerprint) {}
}
