package org.accommodationdesk.application.deadlines;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.time.LocalDate;
import org.accommodationdesk.application.memory.Desk;
import org.accommodationdesk.application.memory.Fields;
import org.accommodationdesk.application.stats.Footprint;
import org.accommodationdesk.application.stats.StatisticsLedger;
import org.accommodationdesk.domain.reference.Holiday;
import org.accommodationdesk.domain.request.AccommodationRequest;
import org.accommodationdesk.domain.request.Action;
import org.accommodationdesk.domain.request.RequestIntake;
import org.junit.jupiter.api.Test;

/**
 * Requests whose clocks are not set (filed before deadlines existed) get them a batch at a time,
 * the statistics following; a holiday added moves the due days of every open request, never of a
 * decided one.
 */
class ClockMaintenanceTest {
  /** Wednesday 2 December 2026, 09:00 in Chicago. */
  static final Instant NOW = Instant.parse("2026-12-02T15:00:00Z");

  final Desk desk = new Desk(NOW);
  final ClockMaintenance maintenance = new ClockMaintenance();

  ClockMaintenanceTest() {
    Fields.set(maintenance, "requests", desk.requests);
    Fields.set(maintenance, "deadlines", desk.deadlines);
    Fields.set(
        maintenance,
        "ledger",
        (StatisticsLedger) (before, after) -> desk.ledger.add(new Footprint[] {before, after}));
  }

  /** A request kept as filed before there were deadlines: no clock. */
  AccommodationRequest filedWithoutClock() {
    return desk.requests.put(
        RequestIntake.submit("employee1", Desk.household(), desk.lincoln, desk.teacher, NOW));
  }

  @Test
  void requestsWithoutClocksGetThemABatchAtATime() {
    for (int i = 0; i <= ClockMaintenance.BATCH; i++) {
      filedWithoutClock();
    }
    AccommodationRequest first = desk.requests.all().get(0);
    assertNull(first.clock().decisionDue());

    assertEquals(ClockMaintenance.BATCH, maintenance.setNextBatch());
    assertEquals(ClockMaintenance.BATCH, desk.ledger.size(), "the statistics follow each");
    assertEquals(
        desk.file("employee2").deadline().due(), first.clock().decisionDue(), "as if filed today");
    assertEquals(1, maintenance.setNextBatch(), "the rest");
    assertEquals(0, maintenance.setNextBatch(), "none left");
  }

  @Test
  void aHolidayAddedMovesTheDueDaysOfOpenRequestsOnly() {
    long open = desk.file("employee1").id();
    long decided = desk.file("employee2").id();
    desk.review("reviewer1", decided, Action.START_REVIEW);
    desk.review("reviewer1", decided, Action.APPROVE);
    LocalDate firstActionDue = desk.requests.find(open).orElseThrow().clock().firstActionDue();

    desk.referenceData.add(new Holiday(firstActionDue, "A day off", null));
    assertEquals(1, maintenance.forgetClocksOfOpen(), "only the open request");
    assertEquals(1, maintenance.setNextBatch());
    AccommodationRequest moved = desk.requests.find(open).orElseThrow();
    assertEquals(
        firstActionDue.plusDays(1), moved.clock().firstActionDue(), "a business day later");
  }
}
