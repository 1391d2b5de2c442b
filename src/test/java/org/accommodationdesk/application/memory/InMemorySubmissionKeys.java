package org.accommodationdesk.application.memory;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.accommodationdesk.application.requests.SubmissionKeys;

/** Submission keys in a map by requester and key. */
public class InMemorySubmissionKeys implements SubmissionKeys {
  private final Map<String, Filed> byKey = new HashMap<>();
  private final Map<String, Instant> madeAt = new HashMap<>();

  @Override
  public Optional<Filed> find(String requester, String key) {
    return Optional.ofNullable(byKey.get(requester + "\n" + key));
  }

  @Override
  public void add(String requester, String key, String fingerprint, long requestId, Instant at) {
    byKey.put(requester + "\n" + key, new Filed(requestId, fingerprint));
    madeAt.put(requester + "\n" + key, at);
  }

  @Override
  public int forgetBefore(Instant before) {
    List<String> old =
        madeAt.keySet().stream().filter(k -> madeAt.get(k).isBefore(before)).toList();
    old.forEach(byKey::remove);
    old.forEach(madeAt::remove);
    return old.size();
  }
}
