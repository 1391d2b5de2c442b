package org.accommodationdesk.application.ledger;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Where the ledger lives: the sealed history and audit entries, the order they were chained in
 * ({@code ledger_entry}), and the checkpoints. Runs in the caller's transaction.
 */
public interface LedgerStore {
  /** Which log an entry belongs to. */
  enum Source {
    HISTORY,
    AUDIT
  }

  /**
   * One position of the ledger: the entry there, its seal as chained, the chain's value after it.
   */
  record Link(long position, Source source, long entryId, String seal, String chain) {}

  /**
   * An entry as stored now, with its content in canonical form ({@link Canonical}): for a history
   * entry without its text digest ({@link Canonical#historyWithoutDigest}), for an audit entry
   * whole.
   *
   * @param requestId the request of a history entry; null for an audit entry
   * @param sequenceNumber the step's number in its request; 0 for an audit entry
   * @param position its ledger position, null when not chained yet
   * @param seal its stored seal (null when it has none)
   * @param textDigest its stored text digest (history only)
   * @param canonicalText its free text now, as {@link Canonical#text} (history only)
   */
  record Entry(
      Source source,
      long id,
      Long requestId,
      int sequenceNumber,
      Long position,
      String seal,
      String textDigest,
      String canonicalText,
      String canonical) {
    /** The content its seal covers, with this text digest (history) or as it is (audit). */
    public String sealedContent(String digest) {
      return source == Source.HISTORY ? Canonical.withDigest(canonical, digest) : canonical;
    }
  }

  /** Waits for, then holds until the end of the transaction, the right to append to the chain. */
  void lockForAppend();

  /** The last link; empty when the ledger is empty. */
  java.util.Optional<Link> last();

  /**
   * Up to {@code limit} sealed entries not chained yet, from id {@code afterId} up, in id order.
   */
  List<Entry> pending(Source source, long afterId, int limit);

  /** Seals an entry that had none (genesis only). */
  void storeSeal(Source source, long id, String textDigest, String seal);

  /** Appends links and marks their entries chained. */
  void append(List<Link> links);

  /** Up to {@code limit} links after {@code position}, in order. */
  List<Link> links(long afterPosition, int limit);

  /** The entries of one log with these ids, by id. */
  Map<Long, Entry> entries(Source source, Collection<Long> ids);

  /** The history entries of one request, in order. */
  List<Entry> historyOf(long requestId);

  /** Up to {@code limit} entries of one log that are not chained, from id {@code afterId} up. */
  List<Entry> unchained(Source source, long afterId, int limit);

  /** An audit entry that records a purge, and the request it names. */
  record PurgeRecord(long requestId, Entry entry) {}

  /**
   * The audit entries that record purges (their seals are checked by whoever relies on them: a
   * request's text is gone by right only where one of them verifies).
   */
  List<PurgeRecord> purgeRecords();

  /**
   * Up to {@code limit} entries of one log, from id {@code afterId} up, that claim a place in the
   * chain ({@code ledger_position}) which the chain does not give them.
   */
  List<Entry> strays(Source source, long afterId, int limit);

  /**
   * Requests whose steps are not numbered 1 to n without a gap or a repeat, at most {@code limit}.
   */
  List<Long> requestsWithMissingSteps(int limit);

  void addCheckpoint(Checkpoint checkpoint);

  /** The checkpoints, oldest first. */
  List<Checkpoint> checkpoints();

  /**
   * Up to {@code limit} entries of one log without a seal that were written before seals existed
   * (ids up to those recorded by the migration that brought seals), to seal once.
   */
  List<Entry> unsealedFromBefore(Source source, int limit);
}
