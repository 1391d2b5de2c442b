package org.accommodationdesk.application.deadlines;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.accommodationdesk.application.memory.Deadlines;
import org.accommodationdesk.application.memory.Fields;
import org.accommodationdesk.application.memory.InMemoryReferenceData;
import org.accommodationdesk.application.memory.MovableClock;
import org.accommodationdesk.domain.reference.Holiday;
import org.junit.jupiter.api.Test;

/**
 * The deadlines in force on this node: a holiday another node added is in force here within a
 * minute, at once when this node changed it, and again when the clock was set back; the start-up
 * check reads the configuration afresh.
 */
class CaseDeadlinesTest {
  static final Instant NOW = Instant.parse("2026-12-02T15:00:00Z");
  static final LocalDate CHRISTMAS_EVE = LocalDate.of(2026, 12, 24);

  final InMemoryReferenceData referenceData = new InMemoryReferenceData();
  final MovableClock clock = new MovableClock(NOW);
  final CaseDeadlines deadlines = Deadlines.byDefault(referenceData, clock);

  boolean workingOnChristmasEve() {
    return deadlines.calendar().isBusinessDay(CHRISTMAS_EVE);
  }

  @Test
  void aHolidayAddedElsewhereIsInForceHereWithinAMinute() {
    assertTrue(workingOnChristmasEve());
    referenceData.add(new Holiday(CHRISTMAS_EVE, "Christmas Eve", null));
    clock.advance(CaseDeadlines.RELOAD_AFTER);
    assertTrue(workingOnChristmasEve(), "read once a minute, not on every call");
    clock.advance(Duration.ofMillis(1));
    assertFalse(workingOnChristmasEve());
  }

  @Test
  void aHolidayChangedOnThisNodeIsInForceAtOnce() {
    assertTrue(workingOnChristmasEve());
    referenceData.add(new Holiday(CHRISTMAS_EVE, "Christmas Eve", null));
    deadlines.changed();
    assertFalse(workingOnChristmasEve());
  }

  @Test
  void aClockSetBackReadsTheHolidaysAgain() {
    assertTrue(workingOnChristmasEve());
    referenceData.add(new Holiday(CHRISTMAS_EVE, "Christmas Eve", null));
    clock.set(NOW.minusSeconds(1));
    assertFalse(workingOnChristmasEve(), "what was read 'later' is not trusted");
  }

  @Test
  void theStartUpCheckReadsTheConfigurationAfreshAndNamesAWrongSetting() {
    assertTrue(workingOnChristmasEve());
    referenceData.add(new Holiday(CHRISTMAS_EVE, "Christmas Eve", null));
    deadlines.check();
    assertFalse(workingOnChristmasEve(), "read afresh");
    Fields.set(deadlines, "zone", "Mars/Olympus");
    IllegalStateException e = assertThrows(IllegalStateException.class, deadlines::check);
    assertTrue(e.getMessage().startsWith("accommodationdesk.zone"), e.getMessage());
  }
}
