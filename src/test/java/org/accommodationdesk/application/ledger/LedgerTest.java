package org.accommodationdesk.application.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.accommodationdesk.application.ledger.LedgerStore.Entry;
import org.accommodationdesk.application.ledger.LedgerStore.Link;
import org.accommodationdesk.application.ledger.LedgerStore.Source;
import org.accommodationdesk.application.ledger.Verification.Kind;
import org.accommodationdesk.application.memory.Fields;
import org.accommodationdesk.application.memory.MovableClock;
import org.accommodationdesk.domain.request.InvalidInputException;
import org.accommodationdesk.infrastructure.crypto.LedgerKeys;
import org.accommodationdesk.infrastructure.crypto.Secret;
import org.junit.jupiter.api.Test;

/**
 * The ledger against someone who can change every row of the database but does not hold the ledger
 * key: each way of tampering is named by the verification, and an untouched ledger, purges
 * included, verifies clean.
 */
class LedgerTest {
  final Sealer sealer = LedgerKeys.of(Secret.demo("ledger test"));
  final Sealer otherKey = LedgerKeys.of(Secret.demo("someone else"));
  final InMemoryLedger store = new InMemoryLedger(sealer);
  final MovableClock clock = new MovableClock(Instant.parse("2026-12-03T15:00:00Z"));
  final LedgerService service = new LedgerService();

  LedgerTest() {
    Fields.set(service, "store", store);
    Fields.set(service, "sealer", sealer);
    Fields.set(service, "clock", clock);
  }

  Entry history(long id, long request, int seq, String actor, String comment, Sealer by) {
    String content =
        Canonical.historyWithoutDigest(
            request,
            seq,
            "COMMENT",
            "IN_REVIEW",
            "IN_REVIEW",
            actor,
            Instant.parse("2026-11-01T10:00:00Z").plusSeconds(id),
            null,
            null,
            null);
    String text = Canonical.text(comment, null, null);
    String digest = by.textDigest(text);
    return new Entry(
        Source.HISTORY,
        id,
        request,
        seq,
        null,
        by.seal(Canonical.withDigest(content, digest)),
        digest,
        text,
        content);
  }

  Entry audit(long id, String subject) {
    String content =
        Canonical.audit(
            id, Instant.parse("2026-11-02T10:00:00Z"), "admin", "HOLD_PLACED", subject, null, "{}");
    return new Entry(Source.AUDIT, id, null, 0, null, sealer.seal(content), null, null, content);
  }

  /** Ten history entries over two requests and two audit entries, chained, with a checkpoint. */
  void tenEntriesChainedAndCheckpointed() {
    for (int i = 1; i <= 10; i++) {
      // requests 7 (even entries) and 8 (odd), each with steps 1 to 5
      store.put(
          history(100 + i, i % 2 == 0 ? 7 : 8, (i + 1) / 2, "reviewer1", "note " + i, sealer));
    }
    store.put(audit(50, "hold 1"));
    store.put(audit(51, "hold 2"));
    while (service.chainPending() > 0) {
      // until none is left
    }
    assertTrue(service.checkpointIfNew().isPresent());
  }

  Verification verify(String... supplied) {
    return new LedgerVerifier(store, sealer, clock)
        .verify(
            java.util.Arrays.stream(supplied).map(s -> Checkpoint.parse(s).orElseThrow()).toList());
  }

  Verification.Problem first(Verification v) {
    assertFalse(v.intact(), "the tampering is found");
    return v.first().orElseThrow();
  }

  @Test
  void anUntouchedLedgerVerifiesCleanAndChainsEveryEntryOnce() {
    tenEntriesChainedAndCheckpointed();
    Verification v = verify();
    assertTrue(v.intact(), () -> v.problems().toString());
    assertEquals(12, v.size());
    assertEquals(0, v.unchained());
    assertEquals(0, service.chainPending(), "nothing is chained twice");
    assertEquals(
        Optional.empty(), service.checkpointIfNew(), "no new checkpoint when nothing is new");
  }

  @Test
  void chainingFiresAgainAndAgainAsEntriesArriveAndEachCheckpointCoversWhatCameBefore() {
    tenEntriesChainedAndCheckpointed();
    for (int day = 1; day <= 3; day++) {
      clock.set(clock.instant().plusSeconds(86_400));
      store.put(history(200 + day, 9, day, "reviewer2", "day " + day, sealer));
      assertEquals(1, service.chainPending());
      Checkpoint c = service.checkpointIfNew().orElseThrow();
      assertEquals(12 + day, c.size());
      assertEquals(store.last().orElseThrow().chain(), c.root());
    }
    assertEquals(4, store.checkpoints().size());
    assertTrue(verify().intact());
  }

  @Test
  void anEditedHistoryEntryIsNamed() {
    tenEntriesChainedAndCheckpointed();
    Entry e = store.entries.get(Source.HISTORY).get(104L);
    store.put(
        new Entry(
            e.source(),
            e.id(),
            e.requestId(),
            e.sequenceNumber(),
            e.position(),
            e.seal(),
            e.textDigest(),
            e.canonicalText(),
            e.canonical().replace("reviewer1", "reviewer2")));
    Verification.Problem p = first(verify());
    assertEquals(Kind.SEAL_MISMATCH, p.kind());
    assertEquals(104L, p.entryId());
    assertEquals(7L, p.requestId());
    assertEquals(2, p.sequenceNumber());
  }

  @Test
  void anEditedAuditEntryIsNamed() {
    tenEntriesChainedAndCheckpointed();
    Entry e = store.entries.get(Source.AUDIT).get(51L);
    store.put(
        new Entry(
            e.source(),
            e.id(),
            null,
            0,
            e.position(),
            e.seal(),
            null,
            null,
            e.canonical().replace("hold 2", "hold 3")));
    Verification.Problem p = first(verify());
    assertEquals(Kind.SEAL_MISMATCH, p.kind());
    assertEquals(Source.AUDIT, p.source());
    assertEquals(51L, p.entryId());
  }

  @Test
  void anInsertedEntryIsNamedWhetherUnsealedOrSealedWithAnotherKey() {
    tenEntriesChainedAndCheckpointed();
    Entry bare = history(150, 7, 11, "reviewer1", "added later", sealer);
    store.put(
        new Entry(
            bare.source(),
            bare.id(),
            7L,
            11,
            null,
            null,
            null,
            bare.canonicalText(),
            bare.canonical()));
    assertEquals(Kind.UNSEALED, first(verify()).kind());
    store.put(history(150, 7, 11, "reviewer1", "added later", otherKey));
    Verification.Problem p = first(verify());
    assertEquals(Kind.SEAL_MISMATCH, p.kind());
    assertEquals(150L, p.entryId());
    assertEquals(null, p.position(), "not in the ledger");
  }

  @Test
  void aDeletedEntryIsNamed() {
    tenEntriesChainedAndCheckpointed();
    store.entries.get(Source.HISTORY).remove(106L);
    Verification.Problem p = first(verify());
    assertEquals(Kind.MISSING_ENTRY, p.kind());
    assertEquals(106L, p.entryId());
    assertEquals(6L, p.position());
  }

  @Test
  void aDeletedEntryWithItsLinkIsNamedByTheGapAndByTheCheckpoint() {
    tenEntriesChainedAndCheckpointed();
    store.entries.get(Source.HISTORY).remove(106L);
    store.links.remove(6L);
    Verification v = verify();
    assertEquals(Kind.POSITION_GAP, first(v).kind());
    assertEquals(6L, first(v).position());
  }

  @Test
  void twoEntriesSwappedAreNamed() {
    tenEntriesChainedAndCheckpointed();
    Entry a = store.entries.get(Source.HISTORY).get(103L);
    Entry b = store.entries.get(Source.HISTORY).get(105L);
    // the contents of the two rows exchanged, each keeping its own id and seal
    store.put(
        new Entry(
            a.source(),
            a.id(),
            b.requestId(),
            b.sequenceNumber(),
            a.position(),
            a.seal(),
            b.textDigest(),
            b.canonicalText(),
            b.canonical()));
    store.put(
        new Entry(
            b.source(),
            b.id(),
            a.requestId(),
            a.sequenceNumber(),
            b.position(),
            b.seal(),
            a.textDigest(),
            a.canonicalText(),
            a.canonical()));
    Verification v = verify();
    assertEquals(103L, first(v).entryId(), "the first of the two");
    assertEquals(2, v.problemCount(), "and the second");
  }

  @Test
  void linksSwappedWithTheChainRecomputedAreNamedByTheCheckpoint() {
    tenEntriesChainedAndCheckpointed();
    Link three = store.links.get(3L);
    Link five = store.links.get(5L);
    store.links.put(3L, new Link(3, five.source(), five.entryId(), five.seal(), ""));
    store.links.put(5L, new Link(5, three.source(), three.entryId(), three.seal(), ""));
    recomputeChain();
    Verification v = verify();
    assertTrue(
        v.problems().stream().anyMatch(p -> p.kind() == Kind.CHECKPOINT_MISMATCH),
        v.problems()::toString);
  }

  /** What someone without the key can try: compute every chain value again, with another key. */
  void recomputeChain() {
    String chain = Canonical.GENESIS;
    for (Link l : List.copyOf(store.links.values())) {
      chain = otherKey.chain(chain, l.seal());
      store.links.put(
          l.position(), new Link(l.position(), l.source(), l.entryId(), l.seal(), chain));
    }
  }

  @Test
  void theNewestEntriesRemovedBehindTheLastCheckpointAreNamed() {
    tenEntriesChainedAndCheckpointed();
    for (long position = 10; position <= 12; position++) {
      Link l = store.links.remove(position);
      store.entries.get(l.source()).remove(l.entryId());
    }
    Verification.Problem p = first(verify());
    assertEquals(Kind.CHECKPOINT_TRUNCATED, p.kind());
    assertEquals(12L, p.checkpointSize());
    assertEquals(10L, p.position(), "the first position missing");
  }

  @Test
  void theWholeLedgerRewrittenIsNamedByACheckpointCopiedOffTheMachine() {
    tenEntriesChainedAndCheckpointed();
    String copied = store.checkpoints().get(0).text();
    store.checkpoints.clear(); // the stored checkpoints deleted too
    store.links.remove(12L);
    store.entries.get(Source.AUDIT).remove(51L);
    assertTrue(verify().intact(), "without a checkpoint, a truncation cannot show");
    Verification.Problem p = first(verify(copied));
    assertEquals(Kind.CHECKPOINT_TRUNCATED, p.kind());
  }

  @Test
  void aForgedCheckpointIsNamed() {
    tenEntriesChainedAndCheckpointed();
    Checkpoint real = store.checkpoints().get(0);
    Checkpoint forged = Checkpoint.sign(real.size() - 2, real.root(), real.issuedAt(), otherKey);
    Verification.Problem p = first(verify(forged.text()));
    assertEquals(Kind.CHECKPOINT_SIGNATURE, p.kind());
  }

  @Test
  void changedTextIsNamedAndRemovedTextIsNamedUnlessTheRequestWasPurged() {
    tenEntriesChainedAndCheckpointed();
    Entry e = store.entries.get(Source.HISTORY).get(102L);
    store.put(
        new Entry(
            e.source(),
            e.id(),
            e.requestId(),
            e.sequenceNumber(),
            e.position(),
            e.seal(),
            e.textDigest(),
            Canonical.text("note 2, amended", null, null),
            e.canonical()));
    assertEquals(Kind.TEXT_CHANGED, first(verify()).kind());
    // the text removed, as a purge does, for every entry of request 7
    for (Entry h : store.historyOf(7)) {
      store.put(
          new Entry(
              h.source(),
              h.id(),
              h.requestId(),
              h.sequenceNumber(),
              h.position(),
              h.seal(),
              h.textDigest(),
              Canonical.text(null, null, null),
              h.canonical()));
    }
    Verification.Problem p = first(verify());
    assertEquals(Kind.TEXT_REMOVED, p.kind());
    assertEquals(7L, p.requestId());
    store.purged.add(7L);
    assertTrue(verify().intact(), "a purge recorded in the sealed audit log is no alarm");
  }

  @Test
  void theGenesisSealsOnlyWhatWasWrittenBeforeSealsExistedAndOnlyWhileTheChainIsEmpty() {
    for (int id = 1; id <= 3; id++) {
      Entry e = history(id, 3, id, "employee1", "step " + id, sealer);
      store.put(
          new Entry(e.source(), id, 3L, id, null, null, null, e.canonicalText(), e.canonical()));
    }
    store.genesisHistoryMax = 2; // what the migration recorded: entry 3 was written since
    assertEquals(2, service.chainPending(), "sealed: those written before, not the one since");
    assertEquals(2, service.chainPending(), "then chained");
    assertEquals(Kind.UNSEALED, first(verify()).kind(), "the one since is named");
    assertEquals(3L, first(verify()).entryId());
    // someone edits an old entry and clears its seal: once anything is chained, the genesis never
    // runs again, whatever the database says
    Entry chained = store.entries.get(Source.HISTORY).get(1L);
    store.put(
        new Entry(
            chained.source(),
            1,
            3L,
            1,
            chained.position(),
            null,
            null,
            Canonical.text("edited", null, null),
            chained.canonical()));
    assertEquals(0, service.chainPending(), "nothing is sealed again");
    assertEquals(Kind.UNSEALED, first(verify()).kind());
    assertEquals(1L, first(verify()).entryId());
  }

  @Test
  void aCopyOfARealEntryUnderANewNumberIsNamedWhetherOutsideTheChainOrClaimingAPlaceInIt() {
    tenEntriesChainedAndCheckpointed();
    Entry real = store.entries.get(Source.HISTORY).get(104L);
    // the same content and seal, a new row: the seal holds, the request's steps do not
    store.put(
        new Entry(
            real.source(),
            160,
            real.requestId(),
            real.sequenceNumber(),
            null,
            real.seal(),
            real.textDigest(),
            real.canonicalText(),
            real.canonical()));
    Verification.Problem p = first(verify());
    assertEquals(Kind.STEP_MISSING, p.kind());
    assertEquals(7L, p.requestId());
    store.put(
        new Entry(
            real.source(),
            160,
            real.requestId(),
            real.sequenceNumber(),
            4L,
            real.seal(),
            real.textDigest(),
            real.canonicalText(),
            real.canonical()));
    assertEquals(Kind.NOT_IN_CHAIN, first(verify()).kind(), "it claims position 4, entry 104's");
    assertEquals(160L, first(verify()).entryId());
  }

  @Test
  void aPurgeRecordInsertedWithoutTheKeyExcusesNoRemovedText() {
    tenEntriesChainedAndCheckpointed();
    for (Entry h : store.historyOf(8)) {
      store.put(
          new Entry(
              h.source(),
              h.id(),
              h.requestId(),
              h.sequenceNumber(),
              h.position(),
              h.seal(),
              h.textDigest(),
              Canonical.text(null, null, null),
              h.canonical()));
    }
    store.forgedPurges.add(8L);
    assertEquals(Kind.TEXT_REMOVED, first(verify()).kind());
    store.purged.add(8L);
    assertTrue(verify().intact(), "a sealed purge record does");
  }

  @Test
  void aCheckpointIsNotSignedOverAChainSomeoneRewroteAndIsWrittenWhenDue() {
    tenEntriesChainedAndCheckpointed();
    store.put(history(301, 9, 1, "reviewer2", "later", sealer));
    assertEquals(1, service.chainPending());
    assertEquals(
        Optional.empty(), service.checkpointIfDue(java.time.Duration.ofHours(1)), "not due");
    clock.set(clock.instant().plusSeconds(3_601));
    Link last = store.links.lastEntry().getValue();
    store.links.put(
        last.position(),
        new Link(
            last.position(),
            last.source(),
            last.entryId(),
            last.seal(),
            otherKey.chain(store.links.get(last.position() - 1).chain(), last.seal())));
    assertEquals(
        Optional.empty(),
        service.checkpointIfDue(java.time.Duration.ofHours(1)),
        "refused: the link does not follow");
    store.links.put(last.position(), last);
    Checkpoint c = service.checkpointIfDue(java.time.Duration.ofHours(1)).orElseThrow();
    assertEquals(13, c.size());
  }

  @Test
  void aRowWrittenWithACopiedSealIsNeverChainedAndDoesNotHoldUpTheOthers() {
    tenEntriesChainedAndCheckpointed();
    Entry real = store.entries.get(Source.HISTORY).get(104L);
    store.put(
        new Entry(
            real.source(),
            150,
            real.requestId(),
            9,
            null,
            real.seal(),
            real.textDigest(),
            real.canonicalText(),
            real.canonical().replace("reviewer1", "reviewer2")));
    store.put(history(151, 7, 6, "reviewer1", "a real step after it", sealer));
    assertEquals(1, service.chainPending(), "the real one only");
    assertEquals(0, service.chainPending());
    assertEquals(null, store.entries.get(Source.HISTORY).get(150L).position(), "left outside");
    Verification.Problem p = first(verify());
    assertEquals(Kind.SEAL_MISMATCH, p.kind());
    assertEquals(150L, p.entryId());
  }

  @Test
  void aCheckpointReadsBackFromItsTextAndAnythingElseIsRefusedByName() {
    tenEntriesChainedAndCheckpointed();
    Checkpoint c = store.checkpoints().get(0);
    assertEquals(Optional.of(c), Checkpoint.parse("  " + c.text() + "\n"));
    assertEquals(Optional.empty(), Checkpoint.parse(c.text().replace("size=12", "size=twelve")));
    assertEquals(Optional.empty(), Checkpoint.parse("hello"));
    InvalidInputException refused =
        assertThrows(InvalidInputException.class, () -> service.verify(List.of("", "hello")));
    assertTrue(refused.errors().get(0).message().contains("line 2"), refused::getMessage);
  }

  @Test
  void theCanonicalFormKeepsFieldsApartSoThatMovingTextBetweenFieldsChangesTheSeal() {
    assertFalse(Canonical.text("a|b", null, null).equals(Canonical.text("a", "b", null)));
    assertFalse(
        Canonical.audit(1, Instant.EPOCH, "ab", "c", "s", null, null)
            .equals(Canonical.audit(1, Instant.EPOCH, "a", "bc", "s", null, null)));
    assertFalse(
        Canonical.text(null, null, null).equals(Canonical.text("", null, null)),
        "no text and empty text differ");
    Instant at = Instant.parse("2026-11-02T10:00:00Z");
    assertFalse(
        Canonical.historyWithoutDigest(
                1,
                1,
                "APPROVE_WITH_CHANGES",
                "IN_REVIEW",
                "APPROVED_WITH_CHANGES",
                "reviewer1",
                at,
                new Canonical.DecisionPart(
                    "INITIAL", "APPROVED_WITH_CHANGES", null, "PARTIAL_REMOTE", 2, "reviewer1", at),
                null,
                null)
            .equals(
                Canonical.historyWithoutDigest(
                    1,
                    1,
                    "APPROVE_WITH_CHANGES",
                    "IN_REVIEW",
                    "APPROVED_WITH_CHANGES",
                    "reviewer1",
                    at,
                    new Canonical.DecisionPart(
                        "INITIAL",
                        "APPROVED_WITH_CHANGES",
                        null,
                        "PARTIAL_REMOTE",
                        5,
                        "reviewer1",
                        at),
                    null,
                    null)),
        "what was granted is sealed: two days are not five");
  }
}
