package org.accommodationdesk.application.memory;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.accommodationdesk.domain.records.LegalHold;
import org.accommodationdesk.domain.records.LegalHoldRepository;

/** Legal holds in a list, ids given on {@code add}. */
public class InMemoryHolds implements LegalHoldRepository {
  public final List<LegalHold> all = new ArrayList<>();

  @Override
  public void add(LegalHold hold) {
    Fields.set(hold, "id", all.size() + 1L);
    all.add(hold);
  }

  /** How many times the lock was taken. */
  public int locks;

  @Override
  public void lockAgainstPurge() {
    locks++;
  }

  @Override
  public Optional<LegalHold> find(long id) {
    return all.stream().filter(h -> h.getId() == id).findFirst();
  }

  @Override
  public List<LegalHold> inForce() {
    return recent(Integer.MAX_VALUE).stream().filter(LegalHold::inForce).toList();
  }

  @Override
  public List<LegalHold> recent(int limit) {
    return all.stream()
        .sorted(
            Comparator.comparing(LegalHold::getPlacedAt).thenComparing(LegalHold::getId).reversed())
        .limit(limit)
        .toList();
  }

  @Override
  public List<LegalHold> holding(long requestId, String requester, String locationCode) {
    return all.stream().filter(h -> h.holds(requestId, requester, locationCode)).toList();
  }
}
