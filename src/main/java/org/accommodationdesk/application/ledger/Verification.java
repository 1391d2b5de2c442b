package org.accommodationdesk.application.ledger;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * What a verification found: whether the history and the audit log are as sealed, how much it
 * checked, and each problem (the first ones; all counted), first the one earliest in the ledger.
 *
 * @param size the ledger's length
 * @param unchained entries sealed but not chained yet (checked by their seals)
 * @param checkpoints checkpoints checked (stored and supplied)
 * @param problems the first {@link LedgerVerifier#MAX_LISTED} problems
 * @param problemCount all of them
 */
public record Verification(
    Instant at,
    long size,
    long unchained,
    int checkpoints,
    List<Problem> problems,
    long problemCount,
    long millis)
    implements Serializable {
  private static final long serialVersionUID = 1L;

  public Verification {
    problems = List.copyOf(problems);
  }

  /** True when nothing was found. */
  public boolean intact() {
    return problemCount == 0;
  }

  /** The first problem, the one to look at first. */
  public java.util.Optional<Problem> first() {
    return problems.stream().findFirst();
  }

  /** What does not match. */
  public enum Kind {
    /** The entry's content is not what was sealed (changed, inserted or moved). */
    SEAL_MISMATCH,
    /** The entry has no seal (inserted by someone without the key). */
    UNSEALED,
    /** The entry's free text is not what was sealed. */
    TEXT_CHANGED,
    /** The entry's free text is gone though its request was never purged. */
    TEXT_REMOVED,
    /** The ledger names an entry that is not in the database (deleted). */
    MISSING_ENTRY,
    /** The entry sits at another position than the ledger says. */
    POSITION_MISMATCH,
    /** A position of the ledger is missing or out of order. */
    POSITION_GAP,
    /** The chain's value at a position is not the one computed from the entries before it. */
    CHAIN_BROKEN,
    /** The entry claims a place in the chain the chain does not give it (inserted, or moved). */
    NOT_IN_CHAIN,
    /** A request's steps are not numbered 1 to n: a step was deleted, or one added twice. */
    STEP_MISSING,
    /** A checkpoint's signature is not the ledger key's. */
    CHECKPOINT_SIGNATURE,
    /** The chain at a checkpoint's size is not the checkpoint's root (entries rewritten). */
    CHECKPOINT_MISMATCH,
    /** The ledger is shorter than a checkpoint says it was (entries removed). */
    CHECKPOINT_TRUNCATED
  }

  /**
   * One thing that does not match.
   *
   * @param position the ledger position, if it has one
   * @param source the log of the entry, if an entry
   * @param entryId the entry, if an entry
   * @param requestId the request of a history entry
   * @param sequenceNumber the step's number in its request (history)
   * @param checkpointSize the size of the checkpoint concerned, if a checkpoint
   */
  public record Problem(
      Kind kind,
      Long position,
      LedgerStore.Source source,
      Long entryId,
      Long requestId,
      Integer sequenceNumber,
      Long checkpointSize)
      implements Serializable {
    private static final long serialVersionUID = 1L;

    /** The problem in plain English, for logs and the API. */
    public String describe() {
      StringBuilder b = new StringBuilder(kind.name());
      if (entryId == null && requestId != null) {
        b.append(": request ").append(requestId);
      } else if (source != null) {
        b.append(": ")
            .append(source.name().toLowerCase(java.util.Locale.ROOT))
            .append(" entry ")
            .append(entryId);
        if (requestId != null) {
          b.append(" (request ")
              .append(requestId)
              .append(", step ")
              .append(sequenceNumber)
              .append(')');
        }
      }
      if (position != null) {
        b.append(" at position ").append(position);
      }
      if (checkpointSize != null) {
        b.append(" (checkpoint of size ").append(checkpointSize).append(')');
      }
      return b.toString();
    }
  }
}
