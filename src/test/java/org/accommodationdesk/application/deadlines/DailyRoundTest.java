package org.accommodationdesk.application.deadlines;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import org.accommodationdesk.application.memory.Deadlines;
import org.accommodationdesk.application.memory.Fields;
import org.accommodationdesk.application.memory.InMemoryReferenceData;
import org.accommodationdesk.application.memory.InMemoryScheduledJobs;
import org.accommodationdesk.application.memory.MovableClock;
import org.junit.jupiter.api.Test;

/**
 * The daily round: ended approvals expire in batches, then the reminders and digest go out; once a
 * day on one node, from a time of day in the organisation's zone; a round that fails gives its day
 * back. The work itself is DailyWorkTest's; here it only counts what it is asked.
 */
class DailyRoundTest {
  /** Wednesday 2 December 2026, 09:00 in Chicago. */
  static final Instant NOW = Instant.parse("2026-12-02T15:00:00Z");

  static final LocalDate TODAY = LocalDate.of(2026, 12, 2);
  static final LocalTime SEVEN = LocalTime.of(7, 0);

  final MovableClock clock = new MovableClock(NOW);
  final InMemoryScheduledJobs jobs = new InMemoryScheduledJobs();
  final ScriptedWork work = new ScriptedWork();
  final DailyRound round = new DailyRound();

  /**
   * Daily work that expires batches of the sizes given, sends notices of delay and ends interim
   * arrangements in batches of the sizes given, and counts its rounds.
   */
  static final class ScriptedWork extends DailyWork {
    final Deque<Object> batches = new ArrayDeque<>();
    final Deque<Object> delayBatches = new ArrayDeque<>();
    final Deque<Object> interimBatches = new ArrayDeque<>();

    @Override
    public int delayNoticeBatch() {
      return next(delayBatches);
    }

    @Override
    public int interimEndBatch() {
      return next(interimBatches);
    }

    private static int next(Deque<Object> batches) {
      Object next = batches.isEmpty() ? 0 : batches.pop();
      if (next instanceof RuntimeException e) {
        throw e;
      }
      return (Integer) next;
    }

    RuntimeException roundFails;
    int rounds;

    @Override
    public int expireBatch() {
      Object next = batches.isEmpty() ? 0 : batches.pop();
      if (next instanceof RuntimeException e) {
        throw e;
      }
      return (Integer) next;
    }

    @Override
    public Outcome run() {
      if (roundFails != null) {
        throw roundFails;
      }
      rounds++;
      return new Outcome(TODAY, 1, 2, 3, 4, 0, 0, 0, 0, 0);
    }
  }

  DailyRoundTest() {
    Fields.set(round, "work", work);
    Fields.set(round, "jobs", jobs);
    Fields.set(round, "deadlines", Deadlines.byDefault(new InMemoryReferenceData(), clock));
    Fields.set(round, "clock", clock);
    Fields.set(round, "retention", retention);
    Fields.set(round, "ledger", ledger);
  }

  /** The purge's batches as scripted: each returns how many it purged, or fails. */
  final Deque<Object> purgeBatches = new ArrayDeque<>();

  final org.accommodationdesk.application.records.RetentionService retention =
      new org.accommodationdesk.application.records.RetentionService() {
        @Override
        public Batch purgeBatch(long afterId, String by) {
          Object next = purgeBatches.isEmpty() ? 0 : purgeBatches.pop();
          if (next instanceof RuntimeException e) {
            throw e;
          }
          int n = (Integer) next;
          List<Long> ids =
              java.util.stream.LongStream.rangeClosed(afterId + 1, afterId + n).boxed().toList();
          return new Batch(afterId + n, n, ids, List.of(), List.of());
        }
      };

  /** Chained entries left, as scripted; the checkpoint written, if any. */
  final Deque<Integer> chainBatches = new ArrayDeque<>();

  Optional<org.accommodationdesk.application.ledger.Checkpoint> checkpoint = Optional.empty();
  int checkpointsAsked;

  final org.accommodationdesk.application.ledger.LedgerService ledger =
      new org.accommodationdesk.application.ledger.LedgerService() {
        @Override
        public int chainPending() {
          return chainBatches.isEmpty() ? 0 : chainBatches.pop();
        }

        @Override
        public Optional<org.accommodationdesk.application.ledger.Checkpoint> checkpointIfNew() {
          checkpointsAsked++;
          return checkpoint;
        }
      };

  @Test
  void endedApprovalsExpireBatchByBatchBeforeTheReminders() {
    work.batches.addAll(List.of(200, 200, 13));
    DailyWork.Outcome outcome = round.runNow();
    assertEquals(new DailyWork.Outcome(TODAY, 1, 2, 3, 4, 413, 0, 0, 0, 0), outcome);
    assertEquals(1, work.rounds);
  }

  @Test
  void aFailedBatchOfExpiriesDoesNotKeepTheRemindersFromGoingOut() {
    work.batches.addAll(List.of(200, new IllegalStateException("rolled back"), 5));
    DailyWork.Outcome outcome = round.runNow();
    assertEquals(1, work.rounds, "the reminders went out");
    assertEquals(200, outcome.approvalsExpired(), "those of the failed batch expire next time");
  }

  @Test
  void theRoundRunsOncePerDayFromItsTimeInTheOrganisationsZone() {
    clock.set(Instant.parse("2026-12-02T12:59:00Z")); // 06:59 in Chicago
    assertEquals(Optional.empty(), round.runIfDue(SEVEN));
    assertTrue(jobs.lastDay.isEmpty(), "the day is not taken before its time");
    clock.set(Instant.parse("2026-12-02T13:00:00Z")); // 07:00
    assertTrue(round.runIfDue(SEVEN).isPresent());
    assertEquals(TODAY, jobs.lastDay.get(ScheduledJobs.DAILY));
    assertEquals(Optional.empty(), round.runIfDue(SEVEN), "done today, here or on another node");
    clock.set(Instant.parse("2026-12-03T05:30:00Z")); // 23:30 on the 2nd in Chicago
    assertEquals(Optional.empty(), round.runIfDue(SEVEN), "still the 2nd there");
    clock.set(Instant.parse("2026-12-03T13:00:00Z"));
    assertTrue(round.runIfDue(SEVEN).isPresent(), "the next day");
    assertEquals(2, work.rounds);
  }

  @Test
  void aRoundThatFailsGivesItsDayBackSoThatTheNextCheckTriesAgain() {
    work.roundFails = new IllegalStateException("mail server down");
    assertThrows(IllegalStateException.class, () -> round.runIfDue(SEVEN));
    assertTrue(jobs.lastDay.isEmpty(), "given back");
    work.roundFails = null;
    assertTrue(round.runIfDue(SEVEN).isPresent());
  }

  @Test
  void noticesOfDelayAndEndsOfInterimArrangementsRunInBatchesAndAFailureStopsOnlyItsOwnKind() {
    work.batches.addAll(List.of(2));
    work.delayBatches.addAll(List.of(100, 7));
    work.interimBatches.addAll(List.of(new IllegalStateException("rolled back"), 9));
    DailyWork.Outcome outcome = round.runNow();
    assertEquals(new DailyWork.Outcome(TODAY, 1, 2, 3, 4, 2, 107, 0, 0, 0), outcome);
    assertEquals(1, work.rounds, "the reminders still go out");
    assertEquals(List.of(9), List.copyOf(work.interimBatches), "left for the next round");
  }

  @Test
  void afterTheRemindersTheRoundPurgesChainsEverythingAndWritesACheckpointEvenWhenThePurgeFails() {
    purgeBatches.addAll(List.of(100, 37));
    chainBatches.addAll(List.of(1_000, 12));
    checkpoint =
        Optional.of(
            new org.accommodationdesk.application.ledger.Checkpoint(
                2_012, "0".repeat(64), NOW, "key", "0".repeat(64)));
    DailyWork.Outcome outcome = round.runNow();
    assertEquals(137, outcome.purged(), "every batch, until one purges nothing");
    assertEquals(2_012, outcome.checkpointSize());
    assertTrue(chainBatches.isEmpty(), "chained until nothing was left");
    assertEquals(1, checkpointsAsked);

    purgeBatches.add(new IllegalStateException("rolled back"));
    checkpoint = Optional.empty();
    DailyWork.Outcome failed = round.runNow();
    assertEquals(0, failed.purged(), "tried again at the next round");
    assertEquals(0, failed.checkpointSize(), "nothing new");
    assertEquals(2, checkpointsAsked, "the checkpoint is still asked for");
    assertEquals(2, work.rounds, "and the reminders went out both times");
  }
}
