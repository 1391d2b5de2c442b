package org.accommodationdesk.application.ledger;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/** The ledger's tables in maps, with ways to tamper with them as someone with database access. */
public class InMemoryLedger implements LedgerStore {
  final Map<Source, TreeMap<Long, Entry>> entries = new EnumMap<>(Source.class);
  final TreeMap<Long, Link> links = new TreeMap<>();
  final List<Checkpoint> checkpoints = new ArrayList<>();
  final Set<Long> purged = new HashSet<>();

  /** Purge records someone without the key inserted. */
  final Set<Long> forgedPurges = new HashSet<>();

  long genesisHistoryMax;
  int locks;

  /** Seals the purge records, as the audit log would hold them: one per purged request. */
  final Sealer sealer;

  public InMemoryLedger(Sealer sealer) {
    this.sealer = sealer;
    for (Source s : Source.values()) {
      entries.put(s, new TreeMap<>());
    }
  }

  public void put(Entry e) {
    entries.get(e.source()).put(e.id(), e);
  }

  @Override
  public void lockForAppend() {
    locks++;
  }

  @Override
  public Optional<Link> last() {
    return links.isEmpty() ? Optional.empty() : Optional.of(links.lastEntry().getValue());
  }

  @Override
  public List<Entry> pending(Source source, long afterId, int limit) {
    return entries.get(source).tailMap(afterId, false).values().stream()
        .filter(e -> e.position() == null && e.seal() != null)
        .limit(Math.max(0, limit))
        .toList();
  }

  @Override
  public List<Entry> unsealedFromBefore(Source source, int limit) {
    long max = source == Source.HISTORY ? genesisHistoryMax : 0;
    return entries.get(source).values().stream()
        .filter(e -> e.seal() == null && e.id() <= max)
        .limit(limit)
        .toList();
  }

  @Override
  public void storeSeal(Source source, long id, String textDigest, String seal) {
    Entry e = entries.get(source).get(id);
    put(
        new Entry(
            e.source(),
            e.id(),
            e.requestId(),
            e.sequenceNumber(),
            e.position(),
            seal,
            textDigest,
            e.canonicalText(),
            e.canonical()));
  }

  @Override
  public void append(List<Link> added) {
    for (Link l : added) {
      if (links.containsKey(l.position())) {
        throw new IllegalStateException("position taken");
      }
      links.put(l.position(), l);
      Entry e = entries.get(l.source()).get(l.entryId());
      put(
          new Entry(
              e.source(),
              e.id(),
              e.requestId(),
              e.sequenceNumber(),
              l.position(),
              e.seal(),
              e.textDigest(),
              e.canonicalText(),
              e.canonical()));
    }
  }

  @Override
  public List<Link> links(long afterPosition, int limit) {
    return links.tailMap(afterPosition, false).values().stream().limit(limit).toList();
  }

  @Override
  public Map<Long, Entry> entries(Source source, Collection<Long> ids) {
    Map<Long, Entry> found = new HashMap<>();
    for (Long id : ids) {
      Entry e = entries.get(source).get(id);
      if (e != null) {
        found.put(id, e);
      }
    }
    return found;
  }

  @Override
  public List<Entry> historyOf(long requestId) {
    return entries.get(Source.HISTORY).values().stream()
        .filter(e -> e.requestId() == requestId)
        .toList();
  }

  @Override
  public List<Entry> unchained(Source source, long afterId, int limit) {
    return entries.get(source).tailMap(afterId, false).values().stream()
        .filter(e -> e.position() == null)
        .limit(limit)
        .toList();
  }

  @Override
  public List<PurgeRecord> purgeRecords() {
    Sealer forger =
        org.accommodationdesk.infrastructure.crypto.LedgerKeys.of(
            org.accommodationdesk.infrastructure.crypto.Secret.demo("forger"));
    return java.util.stream.Stream.concat(
            purged.stream().map(id -> record(id, sealer)),
            forgedPurges.stream().map(id -> record(id, forger)))
        .toList();
  }

  private static PurgeRecord record(long id, Sealer by) {
    String content =
        Canonical.audit(
            900_000 + id,
            java.time.Instant.EPOCH,
            "system",
            "REQUEST_PURGED",
            "request " + id,
            null,
            "{}");
    return new PurgeRecord(
        id,
        new Entry(
            Source.AUDIT, 900_000 + id, null, 0, null, by.seal(content), null, null, content));
  }

  @Override
  public List<Entry> strays(Source source, long afterId, int limit) {
    return entries.get(source).tailMap(afterId, false).values().stream()
        .filter(e -> e.position() != null)
        .filter(
            e -> {
              Link l = links.get(e.position());
              return l == null || l.source() != source || l.entryId() != e.id();
            })
        .limit(limit)
        .toList();
  }

  @Override
  public List<Long> requestsWithMissingSteps(int limit) {
    java.util.Map<Long, List<Integer>> steps = new TreeMap<>();
    entries
        .get(Source.HISTORY)
        .values()
        .forEach(
            e ->
                steps
                    .computeIfAbsent(e.requestId(), r -> new ArrayList<>())
                    .add(e.sequenceNumber()));
    return steps.entrySet().stream()
        .filter(
            s -> {
              List<Integer> seq = s.getValue().stream().sorted().toList();
              for (int i = 0; i < seq.size(); i++) {
                if (seq.get(i) != i + 1) {
                  return true;
                }
              }
              return false;
            })
        .map(java.util.Map.Entry::getKey)
        .limit(limit)
        .toList();
  }

  @Override
  public void addCheckpoint(Checkpoint checkpoint) {
    checkpoints.add(checkpoint);
  }

  @Override
  public List<Checkpoint> checkpoints() {
    return List.copyOf(checkpoints);
  }
}
