package org.accommodationdesk.application.memory;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.accommodationdesk.application.SubmissionKeys;

/** Submission keys in a map by requester and key. */
public class InMemorySubmissionKeys implements SubmissionKeys {
  private final Map<String, Filed> byKey = new HashMap<>();

  @Override
  public Optional<Filed> find(String requester, String key) {
    return Optional.ofNullable(byKey.get(requester + "\n" + key));
  }

  @Override
  public void add(String requester, String key, String fingerprint, long requestId, Instant at) {
    byKey.put(requester + "\n" + key, new Filed(requestId, fingerprint));
  }

  @Override
  public int forgetBefore(Instant before) {
    throw new UnsupportedOperationException();
  }
}
