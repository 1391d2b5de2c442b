package org.accommodationdesk.application.ledger;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.accommodationdesk.application.ledger.LedgerStore.Entry;
import org.accommodationdesk.application.ledger.LedgerStore.Link;
import org.accommodationdesk.application.ledger.LedgerStore.Source;
import org.accommodationdesk.application.ledger.Verification.Kind;
import org.accommodationdesk.application.ledger.Verification.Problem;

/**
 * Replays the ledger from its first position: each entry's content against its seal, its free text
 * against its text digest (text removed only where the sealed audit log records a purge), each
 * position against the one before, the chain against every checkpoint (those stored and those an
 * operator supplies, their signatures first), then the entries not chained yet against their seals.
 * Reads in pages; holds only the checkpoints' sizes in memory.
 */
public final class LedgerVerifier {
  /** Problems listed in full; the rest are counted. */
  public static final int MAX_LISTED = 50;

  /** Entries read per page. */
  public static final int PAGE = 2_000;

  private final LedgerStore store;
  private final Sealer sealer;
  private final Clock clock;
  private final List<Problem> problems = new ArrayList<>();
  private Set<Long> purged = Set.of();
  private boolean purgesReread;
  private long problemCount;

  public LedgerVerifier(LedgerStore store, Sealer sealer, Clock clock) {
    this.store = store;
    this.sealer = sealer;
    this.clock = clock;
  }

  private void problem(Problem p) {
    problemCount++;
    if (problems.size() < MAX_LISTED) {
      problems.add(p);
    }
  }

  private void problem(Kind kind, Long position, Entry e) {
    problem(
        new Problem(
            kind,
            position,
            e.source(),
            e.id(),
            e.requestId(),
            e.source() == Source.HISTORY ? e.sequenceNumber() : null,
            null));
  }

  /** Verifies everything, with the stored checkpoints and {@code supplied} ones. */
  public Verification verify(List<Checkpoint> supplied) {
    Instant start = clock.instant();
    long began = System.nanoTime();
    Map<Long, Checkpoint> bySize = new TreeMap<>();
    List<Checkpoint> all = new ArrayList<>(store.checkpoints());
    all.addAll(supplied);
    int checked = 0;
    for (Checkpoint c : all) {
      checked++;
      if (!c.signedBy(sealer)) {
        problem(new Problem(Kind.CHECKPOINT_SIGNATURE, null, null, null, null, null, c.size()));
      } else {
        Checkpoint earlier = bySize.putIfAbsent(c.size(), c);
        if (earlier != null && !earlier.root().equals(c.root())) {
          problem(
              new Problem(Kind.CHECKPOINT_MISMATCH, c.size(), null, null, null, null, c.size()));
        }
      }
    }
    purged = purgedRequests();
    String empty = sealer.textDigest(Canonical.text(null, null, null));
    String chain = Canonical.GENESIS;
    long expected = 1;
    long after = 0;
    for (List<Link> page = store.links(after, PAGE);
        !page.isEmpty();
        page = store.links(after, PAGE)) {
      Map<Source, List<Long>> ids = new HashMap<>();
      for (Link l : page) {
        ids.computeIfAbsent(l.source(), s -> new ArrayList<>()).add(l.entryId());
      }
      Map<Long, Entry> history =
          store.entries(Source.HISTORY, ids.getOrDefault(Source.HISTORY, List.of()));
      Map<Long, Entry> audit =
          store.entries(Source.AUDIT, ids.getOrDefault(Source.AUDIT, List.of()));
      for (Link l : page) {
        if (l.position() != expected) {
          problem(new Problem(Kind.POSITION_GAP, expected, null, null, null, null, null));
        }
        Entry e = (l.source() == Source.HISTORY ? history : audit).get(l.entryId());
        if (e == null) {
          problem(
              new Problem(
                  Kind.MISSING_ENTRY, l.position(), l.source(), l.entryId(), null, null, null));
        } else {
          check(e, l, empty);
        }
        chain = sealer.chain(chain, l.seal());
        if (!chain.equals(l.chain())) {
          problem(
              new Problem(
                  Kind.CHAIN_BROKEN, l.position(), l.source(), l.entryId(), null, null, null));
          chain = l.chain(); // go on from the stored value, to find later problems too
        }
        Checkpoint c = bySize.get(l.position());
        if (c != null && !c.root().equals(chain)) {
          problem(
              new Problem(
                  Kind.CHECKPOINT_MISMATCH, l.position(), null, null, null, null, c.size()));
        }
        expected = l.position() + 1;
        after = l.position();
      }
    }
    long size = after;
    for (Checkpoint c : bySize.values()) {
      if (c.size() > size) {
        problem(new Problem(Kind.CHECKPOINT_TRUNCATED, size + 1, null, null, null, null, c.size()));
      }
    }
    long unchained = 0;
    for (Source source : Source.values()) {
      long afterId = Long.MIN_VALUE;
      for (List<Entry> page = store.unchained(source, afterId, PAGE);
          !page.isEmpty();
          page = store.unchained(source, afterId, PAGE)) {
        for (Entry e : page) {
          unchained++;
          check(e, null, empty);
          afterId = e.id();
        }
      }
    }
    for (Source source : Source.values()) {
      long afterId = Long.MIN_VALUE;
      for (List<Entry> page = store.strays(source, afterId, PAGE);
          !page.isEmpty();
          page = store.strays(source, afterId, PAGE)) {
        for (Entry e : page) {
          problem(Kind.NOT_IN_CHAIN, e.position(), e);
          afterId = e.id();
        }
      }
    }
    for (Long request : store.requestsWithMissingSteps(MAX_LISTED)) {
      problem(new Problem(Kind.STEP_MISSING, null, Source.HISTORY, null, request, null, null));
    }
    return new Verification(
        start,
        size,
        unchained,
        checked,
        problems,
        problemCount,
        (System.nanoTime() - began) / 1_000_000);
  }

  /**
   * The requests whose purge the audit log records in an entry that verifies. Read again once when
   * text is found missing, in case a purge committed while the verification ran.
   */
  private Set<Long> purgedRequests() {
    Set<Long> ids = new java.util.HashSet<>();
    for (LedgerStore.PurgeRecord r : store.purgeRecords()) {
      if (problemOf(r.entry(), sealer, "", false).isEmpty()) {
        ids.add(r.requestId());
      }
    }
    return ids;
  }

  private void check(Entry e, Link link, String emptyText) {
    Long position = link == null ? null : link.position();
    boolean wasPurged = e.requestId() != null && purged.contains(e.requestId());
    Optional<Kind> kind = problemOf(e, sealer, emptyText, wasPurged);
    if (kind.equals(Optional.of(Kind.TEXT_REMOVED)) && !purgesReread) {
      purgesReread = true;
      purged = purgedRequests();
      kind = problemOf(e, sealer, emptyText, purged.contains(e.requestId()));
    }
    if (kind.isEmpty() && link != null && !link.seal().equals(e.seal())) {
      kind = Optional.of(Kind.SEAL_MISMATCH);
    }
    if (kind.isEmpty() && link != null && e.position() != null && e.position() != link.position()) {
      kind = Optional.of(Kind.POSITION_MISMATCH);
    }
    kind.ifPresent(k -> problem(k, position, e));
  }

  /**
   * What is wrong with one entry by itself (its seal, its text), if anything.
   *
   * @param emptyText the text digest of an entry without text
   * @param purged whether the entry's request was purged (its text is gone by right)
   */
  public static Optional<Kind> problemOf(Entry e, Sealer sealer, String emptyText, boolean purged) {
    if (e.seal() == null) {
      return Optional.of(Kind.UNSEALED);
    }
    if (!sealer.seal(e.sealedContent(e.textDigest())).equals(e.seal())) {
      return Optional.of(Kind.SEAL_MISMATCH);
    }
    if (e.source() == Source.HISTORY) {
      boolean textGone = e.canonicalText().equals(Canonical.text(null, null, null));
      if (textGone) {
        if (!emptyText.equals(e.textDigest()) && !purged) {
          return Optional.of(Kind.TEXT_REMOVED);
        }
      } else if (!sealer.textDigest(e.canonicalText()).equals(e.textDigest())) {
        return Optional.of(Kind.TEXT_CHANGED);
      }
    }
    return Optional.empty();
  }
}
