package org.accommodationdesk.application.ledger;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import org.accommodationdesk.application.accounts.AccountAdministration;
import org.accommodationdesk.application.accounts.CurrentUser;
import org.accommodationdesk.application.ledger.LedgerStore.Entry;
import org.accommodationdesk.application.ledger.LedgerStore.Link;
import org.accommodationdesk.application.ledger.LedgerStore.Source;
import org.accommodationdesk.domain.account.Role;
import org.accommodationdesk.domain.audit.AuditEntry;
import org.accommodationdesk.domain.audit.AuditLog;
import org.accommodationdesk.domain.request.FieldError;
import org.accommodationdesk.domain.request.InvalidInputException;

/**
 * The tamper-evident ledger over the history and the audit log (ADR 0022). Every entry is sealed as
 * it is written (keyed, in its own transaction, so nothing waits on anything else); this service
 * chains the sealed entries in the order it finds them ({@link #chainPending}, every few seconds on
 * any node, one at a time across nodes), writes signed {@link Checkpoint}s (daily, or by an
 * administrator), and {@link #verify verifies} everything for administrators.
 */
@Stateless
@DeclareRoles({Role.ADMIN})
public class LedgerService {
  private static final Logger LOG = Logger.getLogger(LedgerService.class.getName());

  /** Entries chained per transaction. */
  public static final int BATCH = 1_000;

  @Inject private LedgerStore store;
  @Inject private Sealer sealer;
  @Inject private Clock clock;
  @Inject private AuditLog audit;
  @Inject private CurrentUser currentUser;
  @jakarta.annotation.Resource private jakarta.ejb.SessionContext context;

  /**
   * Chains up to {@link #BATCH} sealed entries not chained yet, in one transaction that holds the
   * chain's lock (nodes take turns). The first time, seals the entries written before seals existed
   * (the genesis: they are trusted as they are on that day).
   *
   * @return how many were chained; 0 when none is left
   */
  @PermitAll
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public int chainPending() {
    store.lockForAppend();
    Optional<Link> last = store.last();
    if (last.isEmpty()) {
      int sealed = sealGenesis();
      if (sealed > 0) {
        return sealed;
      }
    }
    long position = last.map(Link::position).orElse(0L);
    String chain = last.map(Link::chain).orElse(Canonical.GENESIS);
    List<Link> links = new ArrayList<>();
    for (Source source : Source.values()) {
      long afterId = Long.MIN_VALUE;
      List<Entry> page = store.pending(source, afterId, BATCH);
      while (!page.isEmpty() && links.size() < BATCH) {
        for (Entry e : page) {
          afterId = e.id();
          if (links.size() == BATCH) {
            break;
          }
          if (!sealer.seal(e.sealedContent(e.textDigest())).equals(e.seal())) {
            // never chain a row someone wrote with a seal that does not fit it: it stays outside
            // the chain, where Verify names it
            long id = e.id();
            LOG.warning(
                () -> "Not chained: " + source + " entry " + id + " does not match its seal");
            continue;
          }
          position++;
          chain = sealer.chain(chain, e.seal());
          links.add(new Link(position, source, e.id(), e.seal(), chain));
        }
        page = links.size() < BATCH ? store.pending(source, afterId, BATCH) : List.of();
      }
    }
    store.append(links);
    return links.size();
  }

  private int sealGenesis() {
    int done = 0;
    for (Source source : Source.values()) {
      for (Entry e : store.unsealedFromBefore(source, BATCH)) {
        String digest = source == Source.HISTORY ? sealer.textDigest(e.canonicalText()) : null;
        store.storeSeal(source, e.id(), digest, sealer.seal(e.sealedContent(digest)));
        done++;
      }
    }
    if (done > 0) {
      int d = done;
      LOG.info(() -> "Sealed " + d + " entries written before the history was sealed");
    }
    return done;
  }

  /**
   * Writes a checkpoint of the ledger as it is, unless the last one already covers it.
   *
   * @return the checkpoint written; empty when there was nothing new
   */
  @PermitAll
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public Optional<Checkpoint> checkpointIfNew() {
    store.lockForAppend();
    Optional<Link> last = store.last();
    long size = last.map(Link::position).orElse(0L);
    List<Checkpoint> all = store.checkpoints();
    if (size == 0 || (!all.isEmpty() && all.get(all.size() - 1).size() >= size)) {
      return Optional.empty();
    }
    Checkpoint previous = all.isEmpty() ? null : all.get(all.size() - 1);
    if (!chainFollows(previous, size)) {
      LOG.severe(
          () ->
              "No checkpoint written: the chain after the last checkpoint does not follow from it"
                  + " (run Verify on the admin page)");
      return Optional.empty();
    }
    Checkpoint c = Checkpoint.sign(size, last.get().chain(), clock.instant(), sealer);
    store.addCheckpoint(c);
    return Optional.of(c);
  }

  /**
   * Whether every link after the {@code previous} checkpoint (or from the start) follows from the
   * one before it, up to {@code size}: a checkpoint never signs a chain someone rewrote.
   */
  private boolean chainFollows(Checkpoint previous, long size) {
    String chain = previous == null ? Canonical.GENESIS : previous.root();
    long after = previous == null ? 0 : previous.size();
    long expected = after + 1;
    for (List<Link> page = store.links(after, LedgerVerifier.PAGE);
        !page.isEmpty();
        page = store.links(after, LedgerVerifier.PAGE)) {
      for (Link l : page) {
        if (l.position() != expected || !sealer.chain(chain, l.seal()).equals(l.chain())) {
          return false;
        }
        chain = l.chain();
        expected++;
        after = l.position();
      }
    }
    return after == size;
  }

  /**
   * Writes a checkpoint when the last one is older than {@code maxAge} and entries were chained
   * since (the scheduler's step, so that what an attacker could remove unseen is at most that
   * much).
   */
  @PermitAll
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public Optional<Checkpoint> checkpointIfDue(java.time.Duration maxAge) {
    List<Checkpoint> all = store.checkpoints();
    if (!all.isEmpty()
        && all.get(all.size() - 1).issuedAt().isAfter(clock.instant().minus(maxAge))) {
      return Optional.empty();
    }
    return checkpointIfNew();
  }

  /**
   * An administrator chains what is pending and writes a checkpoint now (recorded in the audit log,
   * which the next checkpoint covers).
   *
   * @return the latest checkpoint, new or not
   */
  @RolesAllowed(Role.ADMIN)
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public Optional<Checkpoint> checkpointNow() {
    LedgerService self = context.getBusinessObject(LedgerService.class);
    while (self.chainPending() > 0) {
      // until every sealed entry is chained
    }
    Optional<Checkpoint> c = self.checkpointIfNew();
    c.ifPresent(cp -> self.recordCheckpoint(cp, currentUser.username()));
    return c.isPresent() ? c : self.latest();
  }

  /** Records a checkpoint written by hand in the audit log. */
  @RolesAllowed(Role.ADMIN)
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void recordCheckpoint(Checkpoint c, String by) {
    audit.append(
        new AuditEntry(
            clock.instant(),
            by,
            AuditEntry.Action.CHECKPOINT_WRITTEN,
            "ledger",
            null,
            AccountAdministration.json(
                Map.of("size", c.size(), "root", c.root(), "issuedAt", c.issuedAt()))));
  }

  /** The newest checkpoint. */
  @RolesAllowed(Role.ADMIN)
  public Optional<Checkpoint> latest() {
    List<Checkpoint> all = store.checkpoints();
    return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
  }

  /** The newest checkpoints, newest first, at most {@code limit}. */
  @RolesAllowed(Role.ADMIN)
  public List<Checkpoint> recent(int limit) {
    List<Checkpoint> all = new ArrayList<>(store.checkpoints());
    java.util.Collections.reverse(all);
    return all.subList(0, Math.min(limit, all.size()));
  }

  /**
   * Verifies the history and the audit log against their seals, the chain, the stored checkpoints
   * and the ones given (as copied off the machine, one per line).
   *
   * @throws InvalidInputException naming the line that is not a checkpoint
   */
  @RolesAllowed(Role.ADMIN)
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public Verification verify(List<String> supplied) {
    List<Checkpoint> checkpoints = new ArrayList<>();
    int line = 0;
    for (String s : supplied) {
      line++;
      if (s == null || s.isBlank()) {
        continue;
      }
      int n = line;
      checkpoints.add(
          Checkpoint.parse(s)
              .orElseThrow(
                  () ->
                      new InvalidInputException(
                          List.of(
                              new FieldError(
                                  "checkpoints",
                                  "checkpoint.unreadable",
                                  "line "
                                      + n
                                      + " is not a checkpoint as the admin page shows it"
                                      + " (accommodationdesk-checkpoint/1 size=... sig=...)")))));
    }
    Verification v = new LedgerVerifier(store, sealer, clock).verify(checkpoints);
    if (!v.intact()) {
      LOG.warning(
          () ->
              "Verification found "
                  + v.problemCount()
                  + " problems; the first: "
                  + v.first().map(Verification.Problem::describe).orElse(""));
    }
    return v;
  }
}
