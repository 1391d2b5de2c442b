package org.accommodationdesk.application.consistency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.accommodationdesk.application.consistency.ConsistencyQueries.Measure;
import org.accommodationdesk.application.consistency.ConsistencyQueries.Unit;
import org.accommodationdesk.application.memory.ActingUser;
import org.accommodationdesk.application.memory.AnsweredStatistics;
import org.accommodationdesk.application.memory.Fields;
import org.accommodationdesk.application.memory.InMemoryAccounts;
import org.accommodationdesk.application.memory.InMemoryDisclosureLog;
import org.accommodationdesk.application.memory.InMemoryReferenceData;
import org.accommodationdesk.application.memory.MovableClock;
import org.accommodationdesk.application.memory.Protection;
import org.accommodationdesk.application.reference.ReferenceNames;
import org.accommodationdesk.application.stats.StatsFilter;
import org.accommodationdesk.application.stats.Tally;
import org.accommodationdesk.domain.account.Role;
import org.accommodationdesk.domain.account.UserAccount;
import org.accommodationdesk.domain.request.InvalidInputException;
import org.junit.jupiter.api.Test;

/** The funnel as HR leads and as the union get it, without a container. */
class ConsistencyServiceTest {
  final ActingUser user = new ActingUser();
  final MovableClock clock = new MovableClock(Instant.parse("2026-12-02T15:00:00Z"));
  final AnsweredStatistics statistics = new AnsweredStatistics();
  final InMemoryAccounts accounts = new InMemoryAccounts();
  final InMemoryDisclosureLog log = new InMemoryDisclosureLog();
  final List<CellCount> counts = new ArrayList<>();
  final List<Object[]> asked = new ArrayList<>();
  final ConsistencyService service = new ConsistencyService();

  ConsistencyServiceTest() {
    ReferenceNames names = new ReferenceNames();
    Fields.set(names, "referenceData", new InMemoryReferenceData());
    Fields.set(service, "queries", queries());
    Fields.set(service, "statistics", statistics);
    Fields.set(service, "currentUser", user);
    Fields.set(service, "protection", Protection.withMinimum(11));
    Fields.set(service, "disclosures", log.records(user, clock));
    Fields.set(service, "names", names);
    Fields.set(service, "accounts", accounts);
    Fields.set(service, "minimumDecisions", 25);
    // twelve reviewers: ten ordinary, one harsh, one with few decisions
    for (int i = 0; i < 10; i++) {
      add("rev" + i, "HOUSEHOLD", 30, 15);
      add("rev" + i, "OWN", 30, 3);
    }
    add("harsh", "HOUSEHOLD", 60, 60);
    add("harsh", "OWN", 40, 4);
    add("few", "OWN", 5, 1);
    add("gone", "OWN", 30, 3); // no longer a reviewer: no pseudonym
    for (int i = 0; i < 10; i++) {
      statistics.pseudonyms.put("rev" + i, "P" + i);
      accounts.add(
          new UserAccount(
              "rev" + i, "Reviewer Number " + i, "x", null, null, Set.of(Role.REVIEWER)));
    }
    statistics.pseudonyms.put("harsh", "HARSHP");
    statistics.pseudonyms.put("few", "FEWP");
    accounts.add(new UserAccount("harsh", "Hal Harsh", "x", null, null, Set.of(Role.REVIEWER)));
  }

  void add(String unit, String cell, long cases, long events) {
    counts.add(
        new CellCount(unit, cell, new Tally(cases, cases * 977), new Tally(events, events * 977)));
  }

  ConsistencyQueries queries() {
    return new ConsistencyQueries() {
      @Override
      public List<CellCount> counts(Unit unit, Measure measure, StatsFilter filter) {
        asked.add(new Object[] {unit, measure, filter});
        return counts;
      }

      @Override
      public List<AlikePair> alikeWithDifferentOutcomes(
          StatsFilter f, Set<String> locations, int withinDays, int limit) {
        throw new UnsupportedOperationException();
      }

      @Override
      public List<WhatIfGroup> whatIf(List<Integer> shares, StatsFilter f) {
        throw new UnsupportedOperationException();
      }
    };
  }

  static Map<String, FunnelReport.FunnelPoint> byKey(FunnelReport r) {
    return r.points().stream()
        .collect(Collectors.toMap(FunnelReport.FunnelPoint::key, Function.identity()));
  }

  @Test
  void hrLeadsGetNamesRatesLimitsAndTheCurve() {
    user.as("lead", Role.REVIEWER, Role.HR_LEAD);
    FunnelReport r = service.funnel(Unit.REVIEWER, Measure.DENIAL, StatsFilter.none());
    assertFalse(r.protectedView());
    Map<String, FunnelReport.FunnelPoint> p = byKey(r);
    assertEquals("Hal Harsh", p.get("harsh").label());
    assertEquals("ABOVE_ALARM", p.get("harsh").position());
    assertEquals(100L, p.get("harsh").decisions().value().longValue());
    assertFalse(p.get("few").plotted());
    assertNull(p.get("few").position());
    assertTrue(p.get("rev0").upper998() > p.get("rev0").upper95());
    assertFalse(r.curve().isEmpty());
    assertEquals(25, r.curve().get(0).decisions(), "the curve starts at the minimum");
    assertTrue(r.curve().get(r.curve().size() - 1).decisions() >= 100);
    assertTrue(log.entries.isEmpty(), "exact figures are not in the disclosure log");
    assertEquals(Unit.REVIEWER, asked.get(0)[0]);
  }

  @Test
  void theUnionGetsPseudonymsProtectedCountsAndPlacesOnlyAboveTheMinimum() {
    user.as("rep", Role.UNION_REP);
    FunnelReport r =
        service.funnel(
            Unit.REVIEWER, Measure.DENIAL, StatsFilter.parse("2026", null, null, null, null));
    assertTrue(r.protectedView());
    assertTrue(r.curve().isEmpty());
    assertNull(r.dispersion());
    Map<String, FunnelReport.FunnelPoint> p = byKey(r);
    assertEquals(
        Set.of("P0", "P1", "P2", "P3", "P4", "P5", "P6", "P7", "P8", "P9", "HARSHP", "FEWP", "-"),
        p.keySet());
    assertEquals("ABOVE", p.get("HARSHP").position());
    assertEquals("WITHIN", p.get("P3").position());
    assertNull(p.get("FEWP").position(), "under the minimum: not placed");
    assertTrue(p.get("FEWP").decisions().suppressed(), "5 decisions: hidden");
    assertNull(p.get("-").position(), "former reviewers: no position");
    for (FunnelReport.FunnelPoint x : r.points()) {
      assertNull(x.rate());
      assertNull(x.adjustedRate());
      assertNull(x.upper998());
      assertTrue(x.decisions().suppressed() || x.decisions().value().longValue() >= 11);
      assertFalse(x.label().contains("Harsh") || x.label().contains("Reviewer Number"));
    }
    assertEquals(1, log.entries.size());
    assertEquals(
        "consistency/funnel unit=REVIEWER measure=DENIAL from=2026-01-01 to=2026-12-31",
        log.entries.get(0).getQuery());
    assertTrue(log.entries.get(0).getHidden() >= 2);
  }

  /** A reviewer who is not an HR lead but also a union rep gets the union's view, not HR's. */
  @Test
  void onlyHrLeadsAndAdministratorsGetTheExactFunnel() {
    user.as("both", Role.REVIEWER, Role.UNION_REP);
    assertTrue(service.funnel(Unit.REVIEWER, Measure.DENIAL, StatsFilter.none()).protectedView());
    user.as("admin", Role.ADMIN);
    assertFalse(service.funnel(Unit.REVIEWER, Measure.DENIAL, StatsFilter.none()).protectedView());
  }

  /** Placing a unit tells that its exact count reaches the minimum: never under the cell size. */
  @Test
  void theUnionsMinimumForAPlaceIsNeverUnderTheMinimumCellSize() {
    Fields.set(service, "minimumDecisions", 3);
    user.as("rep", Role.UNION_REP);
    FunnelReport r = service.funnel(Unit.REVIEWER, Measure.DENIAL, StatsFilter.none());
    assertEquals(11, r.minimumDecisions());
    assertNull(byKey(r).get("FEWP").position(), "5 decisions: not placed for the union");
    user.as("lead", Role.REVIEWER, Role.HR_LEAD);
    assertTrue(
        byKey(service.funnel(Unit.REVIEWER, Measure.DENIAL, StatsFilter.none()))
            .get("few")
            .plotted(),
        "HR sees it plotted at a minimum of 3");
  }

  @Test
  void theUnionAsksForWholePeriodsOnly() {
    user.as("rep", Role.UNION_REP);
    StatsFilter part = StatsFilter.parse(null, "2026-01-02", "2026-02-01", null, null);
    InvalidInputException e =
        assertThrows(
            InvalidInputException.class,
            () -> service.funnel(Unit.LOCATION, Measure.OVERTURN, part));
    assertEquals("period", e.errors().get(0).field());
    assertTrue(asked.isEmpty(), "nothing asked of the database");
    user.as("lead", Role.REVIEWER, Role.HR_LEAD);
    service.funnel(Unit.LOCATION, Measure.OVERTURN, part);
    assertEquals(Measure.OVERTURN, asked.get(0)[1]);
  }

  @Test
  void unitsAndMeasuresAreParsedWithTheirNamesInTheMessage() {
    assertEquals(
        Unit.LOCATION, ConsistencyService.parse(Unit.class, "unit", " location ", Unit.REVIEWER));
    assertEquals(Unit.REVIEWER, ConsistencyService.parse(Unit.class, "unit", null, Unit.REVIEWER));
    InvalidInputException e =
        assertThrows(
            InvalidInputException.class,
            () -> ConsistencyService.parse(Measure.class, "measure", "speed", Measure.DENIAL));
    assertEquals("must be DENIAL or OVERTURN", e.errors().get(0).message());
  }
}
