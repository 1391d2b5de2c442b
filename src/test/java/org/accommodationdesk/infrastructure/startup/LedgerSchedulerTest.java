package org.accommodationdesk.infrastructure.startup;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import org.accommodationdesk.application.ledger.Checkpoint;
import org.accommodationdesk.application.ledger.LedgerService;
import org.accommodationdesk.application.memory.Fields;
import org.junit.jupiter.api.Test;

/**
 * The chaining timer, fired again and again as its executor does: each run chains every batch
 * waiting and asks for a checkpoint when one is due; a run that fails is logged and the next one
 * carries on (an exception escaping would end the schedule for good).
 */
class LedgerSchedulerTest {
  final Deque<Object> batches = new ArrayDeque<>();
  final List<Duration> checkpointAges = new ArrayList<>();

  final LedgerService ledger =
      new LedgerService() {
        @Override
        public int chainPending() {
          Object next = batches.isEmpty() ? 0 : batches.pop();
          if (next instanceof RuntimeException e) {
            throw e;
          }
          return (Integer) next;
        }

        @Override
        public Optional<Checkpoint> checkpointIfDue(Duration maxAge) {
          checkpointAges.add(maxAge);
          return Optional.empty();
        }
      };

  final LedgerScheduler scheduler = new LedgerScheduler();

  LedgerSchedulerTest() {
    Fields.set(scheduler, "ledger", ledger);
    Fields.set(scheduler, "checkpointMinutes", 60);
  }

  @Test
  void eachRunChainsEverythingWaitingAndAsksForACheckpointAndAFailedRunDoesNotStopTheNext() {
    batches.addAll(List.of(1_000, 1_000, 7));
    assertEquals(2_007, scheduler.chain());
    assertEquals(0, scheduler.chain(), "fired again: nothing left, nothing chained twice");
    batches.addAll(List.of(3, new IllegalStateException("database gone")));
    assertEquals(3, scheduler.chain(), "what was chained before the failure");
    batches.add(5);
    assertEquals(5, scheduler.chain(), "the next run carries on");
    assertEquals(
        List.of(Duration.ofHours(1), Duration.ofHours(1), Duration.ofHours(1)),
        checkpointAges,
        "every run that did not fail asks whether a checkpoint is due");
  }
}
