package org.accommodationdesk.application.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.accommodationdesk.application.memory.ActingUser;
import org.accommodationdesk.application.memory.Deadlines;
import org.accommodationdesk.application.memory.Fields;
import org.accommodationdesk.application.memory.InMemoryReferenceData;
import org.accommodationdesk.application.memory.MovableClock;
import org.accommodationdesk.application.report.AnnualReportQueries.Dimension;
import org.accommodationdesk.application.report.AnnualReportQueries.Measure;
import org.accommodationdesk.application.report.AnnualReportQueries.Outcome;
import org.accommodationdesk.application.stats.Cell;
import org.accommodationdesk.application.stats.StatisticsProtection;
import org.accommodationdesk.application.stats.Tally;
import org.accommodationdesk.domain.account.Role;
import org.accommodationdesk.domain.reference.ListedReason;
import org.accommodationdesk.domain.reference.ReasonList;
import org.accommodationdesk.domain.request.InvalidInputException;
import org.junit.jupiter.api.Test;

/**
 * The annual report's rules over figures the queries give: the period (a year, whole months for HR
 * only), exact figures for HR, the union's protection on every count, medians and costs only over a
 * shown count, late decisions told acceptable or not by the delay reason list.
 */
class AnnualReportServiceTest {
  static final Instant NOW = Instant.parse("2026-12-02T15:00:00Z");

  final InMemoryReferenceData referenceData = new InMemoryReferenceData();
  final Figures figures = new Figures();
  final AnnualReportService service = new AnnualReportService();
  final ActingUser user = new ActingUser();

  /** Fixed figures, and the periods the service asked for. */
  static final class Figures implements AnnualReportQueries {
    final List<Instant[]> asked = new ArrayList<>();
    long received = 40;
    long denied = 3;
    long decisions = 30;

    @Override
    public Map<String, Map<Outcome, Tally>> outcomes(Dimension d, Instant from, Instant to) {
      asked.add(new Instant[] {from, to});
      Map<Outcome, Tally> o = new EnumMap<>(Outcome.class);
      o.put(Outcome.GRANTED, new Tally(received - denied, 1234));
      o.put(Outcome.DENIED, new Tally(denied, 99));
      return new TreeMap<>(Map.of(d == Dimension.ALL ? "ALL" : "HOUSEHOLD_MEMBER", o));
    }

    @Override
    public Map<String, Tally> count(Measure m, Instant from, Instant to) {
      return switch (m) {
        case TIME_TAKEN -> Map.of("0-5", new Tally(decisions, 700), "16-30", new Tally(2, 5));
        case LATE_BY_REASON ->
            new TreeMap<>(
                Map.of(
                    "-", new Tally(20, 300),
                    "AWAITING_MEDICAL", new Tally(20, 400),
                    "REVIEWER_WORKLOAD", new Tally(20, 500)));
        case COST -> Map.of("ALL", new Tally(25, 800));
        case INTERIM -> Map.of("ALL", new Tally(2, 3));
        default -> Map.of();
      };
    }

    @Override
    public List<Integer> businessDaysTaken(Instant from, Instant to) {
      return List.of(1, 2, 3, 20);
    }

    @Override
    public List<Long> interimDays(Instant from, Instant to, LocalDate today) {
      return List.of(10L, 30L);
    }

    @Override
    public List<Long> costsInCents(Instant from, Instant to) {
      return List.of(12_345L, 25_000L, 1_000_000L);
    }
  }

  AnnualReportServiceTest() {
    MovableClock clock = new MovableClock(NOW);
    StatisticsProtection protection = new StatisticsProtection();
    Fields.set(protection, "referenceData", referenceData);
    Fields.set(protection, "configured", 11);
    referenceData.add(
        new ListedReason(ReasonList.DELAY, "AWAITING_MEDICAL", "Waiting", null, true, 1));
    referenceData.add(
        new ListedReason(ReasonList.DELAY, "REVIEWER_WORKLOAD", "Workload", null, false, 2));
    Fields.set(service, "queries", figures);
    Fields.set(service, "currentUser", user);
    Fields.set(service, "protection", protection);
    Fields.set(service, "deadlines", Deadlines.byDefault(referenceData, clock));
    Fields.set(service, "referenceData", referenceData);
    Fields.set(
        service,
        "disclosures",
        new org.accommodationdesk.application.memory.InMemoryDisclosureLog().records(user, clock));
  }

  @Test
  void aYearRunsFromMidnightOnNewYearsDayInTheOrganisationsTimeZone() {
    user.as("reviewer1", Role.REVIEWER);
    AnnualReport r = service.report(2026, null, null);
    assertEquals("2026", r.period());
    assertEquals(LocalDate.of(2026, 1, 1), r.from());
    assertEquals(LocalDate.of(2026, 12, 31), r.to());
    assertEquals(Instant.parse("2026-01-01T06:00:00Z"), figures.asked.get(0)[0], "Chicago");
    assertEquals(Instant.parse("2027-01-01T06:00:00Z"), figures.asked.get(0)[1]);
    AnnualReport months = service.report(null, "2026-03", "2026-05");
    assertEquals("2026-03..2026-05", months.period());
    assertEquals(LocalDate.of(2026, 5, 31), months.to());
  }

  @Test
  void hrGetsExactFiguresMediansAndCosts() {
    user.as("reviewer1", Role.REVIEWER);
    AnnualReport r = service.report(2026, null, null);
    assertFalse(r.protectedView());
    assertEquals(Cell.of(40L), r.received().received());
    assertEquals(Cell.of(3L), r.received().denied());
    assertEquals(Cell.of(32L), r.timeTaken().count());
    assertEquals(2.5, r.timeTaken().median(), "the middle of 1, 2, 3, 20");
    assertEquals(
        List.of("0-5", "6-10", "11-15", "16-30", "31+"),
        r.timeTaken().distribution().stream().map(AnnualReport.Line::key).toList(),
        "every bucket, empty ones too");
    assertEquals(Cell.of(0L), r.timeTaken().distribution().get(1).count());
    assertEquals(1_037_345L, r.costs().totalCents());
    assertEquals(25_000L, r.costs().medianCents());
    assertEquals(20.0, r.interim().median());
  }

  @Test
  void aLateDecisionIsExcusedOnlyByAnAcceptableReason() {
    user.as("reviewer1", Role.REVIEWER);
    Map<String, Boolean> acceptable = new TreeMap<>();
    service
        .report(2026, null, null)
        .late()
        .forEach(l -> acceptable.put(l.reason(), l.acceptable()));
    assertEquals(
        Map.of("-", false, "AWAITING_MEDICAL", true, "REVIEWER_WORKLOAD", false), acceptable);
  }

  @Test
  void theUnionGetsEveryCountProtectedAndNothingOverAHiddenOne() {
    user.as("union1", Role.UNION_REP);
    AnnualReport r = service.report(2026, null, null);
    assertTrue(r.protectedView());
    assertEquals(11, r.minimumCellSize());
    assertTrue(r.received().denied().suppressed(), "3 is under the minimum");
    assertFalse(r.received().received().suppressed());
    long shown = r.received().received().value().longValue();
    assertTrue(
        Math.abs(shown - 40) <= org.accommodationdesk.application.stats.Disclosure.MAX_NOISE,
        "perturbed within the stated noise: " + shown);
    assertTrue(r.interim().count().suppressed());
    assertNull(r.interim().median(), "no median over a hidden count");
    assertFalse(r.costs().count().suppressed(), "how many had a cost: a protected count");
    assertNull(r.costs().totalCents(), "never a sum of costs: it moves by one person's cost");
    assertNull(r.costs().medianCents());
    assertEquals(
        2.5, r.timeTaken().median(), "32 decisions: more than the minimum plus the largest noise");
  }

  @Test
  void theUnionGetsNoMedianOverACountTheNoiseCouldBringUnderTheMinimum() {
    user.as("union1", Role.UNION_REP);
    figures.decisions = 18; // 20 in all: under 11 + 10, shown as a count perhaps, but no median
    AnnualReport r = service.report(2026, null, null);
    assertNull(r.timeTaken().median());
    user.as("reviewer1", Role.REVIEWER);
    assertEquals(2.5, service.report(2026, null, null).timeTaken().median(), "HR: exact");
  }

  @Test
  void theUnionSeesWholeYearsOnlyAndEveryoneAYearThatExists() {
    user.as("union1", Role.UNION_REP);
    InvalidInputException months =
        assertThrows(InvalidInputException.class, () -> service.report(null, "2026-01", "2026-06"));
    assertEquals("period", months.errors().get(0).field());
    user.as("reviewer1", Role.REVIEWER);
    assertEquals(
        "year",
        assertThrows(InvalidInputException.class, () -> service.report(1899, null, null))
            .errors()
            .get(0)
            .field());
    assertEquals(
        "to",
        assertThrows(InvalidInputException.class, () -> service.report(null, "2026-06", "2026-01"))
            .errors()
            .get(0)
            .field());
    assertEquals(
        "from",
        assertThrows(InvalidInputException.class, () -> service.report(null, "June", "2026-01"))
            .errors()
            .get(0)
            .field());
  }
}
