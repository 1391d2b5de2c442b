package org.accommodationdesk.application.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.accommodationdesk.application.memory.ActingUser;
import org.accommodationdesk.application.memory.AnsweredStatistics;
import org.accommodationdesk.application.memory.Deadlines;
import org.accommodationdesk.application.memory.Fields;
import org.accommodationdesk.application.memory.InMemoryReferenceData;
import org.accommodationdesk.application.memory.MovableClock;
import org.accommodationdesk.application.stats.StatisticsQueries.AppealCounts;
import org.accommodationdesk.application.stats.StatisticsQueries.Dimension;
import org.accommodationdesk.application.stats.StatisticsQueries.Durations;
import org.accommodationdesk.application.stats.StatisticsQueries.TimelinessCounts;
import org.accommodationdesk.application.stats.StatisticsQueries.Waiting;
import org.accommodationdesk.application.stats.StatisticsService.Appeals;
import org.accommodationdesk.application.stats.StatisticsService.Backlog;
import org.accommodationdesk.application.stats.StatisticsService.Summary;
import org.accommodationdesk.application.stats.StatisticsService.Timeliness;
import org.accommodationdesk.application.stats.StatisticsService.TimelinessRow;
import org.accommodationdesk.domain.account.Role;
import org.accommodationdesk.domain.reference.ListedReason;
import org.accommodationdesk.domain.reference.ReasonList;
import org.accommodationdesk.domain.reference.Setting;
import org.accommodationdesk.domain.request.Category;
import org.accommodationdesk.domain.request.InvalidInputException;
import org.junit.jupiter.api.Test;

/**
 * The statistics as each reader gets them (ADR 0007): HR every figure exactly and reviewers by
 * name; union reps whole periods only, never a figure below the minimum cell size, reviewers by
 * pseudonym. The database's answers are set by each test ({@link AnsweredStatistics}).
 */
class StatisticsServiceTest {
  /** Wednesday 2 December 2026, 09:00 in Chicago. */
  static final Instant NOW = Instant.parse("2026-12-02T15:00:00Z");

  static final LocalDate TODAY = LocalDate.of(2026, 12, 2);
  static final StatsFilter NOVEMBER = StatsFilter.parse("2026-11", null, null, null, null);
  static final int MINIMUM = 11;

  final InMemoryReferenceData referenceData = new InMemoryReferenceData();
  final MovableClock clock = new MovableClock(NOW);
  final ActingUser user = new ActingUser();
  final AnsweredStatistics db = new AnsweredStatistics();
  final StatisticsService service = new StatisticsService();
  final org.accommodationdesk.application.memory.InMemoryDisclosureLog log =
      new org.accommodationdesk.application.memory.InMemoryDisclosureLog();
  final org.accommodationdesk.application.stats.DisclosureRecords disclosures =
      log.records(user, clock);

  StatisticsServiceTest() {
    StatisticsProtection protection = new StatisticsProtection();
    Fields.set(protection, "referenceData", referenceData);
    Fields.set(protection, "configured", MINIMUM);
    Fields.set(service, "queries", db);
    Fields.set(service, "currentUser", user);
    Fields.set(service, "clock", clock);
    Fields.set(service, "protection", protection);
    Fields.set(service, "disclosures", disclosures);
    Fields.set(service, "deadlines", Deadlines.byDefault(referenceData, clock));
    Fields.set(service, "referenceData", referenceData);
  }

  void asHr() {
    user.as("reviewer1", Role.REVIEWER);
  }

  void asUnion() {
    user.as("rep1", Role.UNION_REP);
  }

  /** An administrator set the union's minimum cell size. */
  void minimumSetTo(String value) {
    referenceData.add(new Setting(Setting.MINIMUM_CELL_SIZE, value));
  }

  static Cell exact(long count) {
    return Cell.of(count);
  }

  /** The union's promise for one figure: hidden, or at least the minimum (never a small count). */
  static void protectedFigure(Cell c, int minimum, String what) {
    assertTrue(
        c.suppressed() || c.value().longValue() >= minimum,
        what + " shown to the union below the minimum " + minimum + ": " + c);
  }

  static List<Cell> cells(Backlog b) {
    return List.of(b.days0to5(), b.days6to10(), b.days11to20(), b.over20days(), b.total());
  }

  static List<Cell> cells(Appeals a) {
    return List.of(a.filed(), a.decided(), a.overturned(), a.renewals());
  }

  static List<Cell> counts(TimelinessRow r) {
    return List.of(r.decided(), r.onTime(), r.pastHardLimit(), r.overdueNow());
  }

  // ---- the disclosure log (issue 26) ----------------------------------------------------------

  /**
   * Every statistic a union rep is shown is logged (who, which query, how many figures published
   * and hidden), never a value; HR's exact figures are not.
   */
  @Test
  void eachUnionStatisticIsLoggedWithItsQueryAndHiddenFiguresAndHrsAreNot() {
    List<OutcomeCounts> locations = new ArrayList<>();
    locations.add(db.group("BIG", 40, 5, 20, 0, 3));
    locations.add(db.group("SMALL", 2, 0, 1, 0, 0));
    db.outcomes.put(Dimension.LOCATION, locations);
    asHr();
    service.breakdown(Dimension.LOCATION, NOVEMBER);
    assertTrue(log.entries.isEmpty(), "HR's exact figures are not logged");

    asUnion();
    StatTable t = service.breakdown(Dimension.LOCATION, NOVEMBER);
    service.appeals(NOVEMBER);
    assertEquals(2, log.entries.size());
    var entry = log.entries.get(0);
    assertEquals("rep1", entry.getUsername());
    assertEquals("stats/by-location from=2026-11-01 to=2026-11-30", entry.getQuery());
    assertEquals(
        org.accommodationdesk.domain.audit.DisclosureEntry.Channel.PAGE, entry.getChannel());
    long shown = 0;
    long hidden = 0;
    for (var row : t.rows()) {
      for (Cell c : row.cells().values()) {
        hidden += c.suppressed() ? 1 : 0;
        shown += c.suppressed() ? 0 : 1;
      }
    }
    for (Cell c : t.total().cells().values()) {
      hidden += c.suppressed() ? 1 : 0;
      shown += c.suppressed() ? 0 : 1;
    }
    assertTrue(hidden > 0, "the small location's figures are hidden");
    assertEquals(hidden, entry.getHidden(), "every hidden figure counted");
    assertEquals(shown + hidden, entry.getFigures(), "every figure counted");
    assertEquals("stats/appeals from=2026-11-01 to=2026-11-30", log.entries.get(1).getQuery());
    assertEquals(4, log.entries.get(1).getFigures());
  }

  // ---- the union's protection -----------------------------------------------------------------

  @Test
  void aUnionRepNeverGetsACountBelowTheMinimumWhileHrGetsEveryCountExactly() {
    SplittableRandom random = new SplittableRandom(5);
    List<OutcomeCounts> locations = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      locations.add(
          db.group(
              "LOC-" + i,
              random.nextInt(0, 25),
              random.nextInt(0, 6),
              random.nextInt(0, 15),
              random.nextInt(0, 4),
              random.nextInt(0, 30)));
    }
    db.outcomes.put(Dimension.LOCATION, locations);

    asHr();
    StatTable hr = service.breakdown(Dimension.LOCATION, NOVEMBER);
    asUnion();
    StatTable union = service.breakdown(Dimension.LOCATION, NOVEMBER);

    assertFalse(hr.suppressionApplied());
    assertTrue(union.suppressionApplied());
    assertEquals(MINIMUM, union.minimumCellSize());
    int small = 0;
    int smallHidden = 0;
    for (int i = 0; i < locations.size(); i++) {
      OutcomeCounts truth = locations.get(i);
      for (Column c : Column.values()) {
        long count = truth.count(c);
        String what = truth.key() + " " + c.key();
        assertEquals(exact(count), hr.rows().get(i).cell(c.key()), "HR: " + what);
        Cell shown = union.rows().get(i).cell(c.key());
        protectedFigure(shown, MINIMUM, what);
        if (count < MINIMUM) {
          small++;
          smallHidden += shown.suppressed() ? 1 : 0;
        }
      }
    }
    assertTrue(small > 100 && smallHidden > 100, "the tables hold many small counts: " + small);
    OutcomeCounts all = locations.stream().reduce(OutcomeCounts::plus).orElseThrow();
    long requests = all.count(Column.REQUESTS);
    assertEquals(exact(requests), hr.total().cell("requests"));
    long published = union.total().cell("requests").value().longValue();
    assertTrue(
        Math.abs(published - requests) <= Disclosure.MAX_NOISE,
        "a big figure is shown to the union near the truth: " + published + " of " + requests);
  }

  @Test
  void theUnionsDenialRateIsFromPublishedCountsAndHiddenWithThemHrsIsExact() {
    OutcomeCounts big = db.group("LOC-1", 60, 0, 40, 0, 0);
    OutcomeCounts small = db.group("LOC-2", 2, 0, 3, 0, 0);
    db.outcomes.put(Dimension.LOCATION, List.of(big, small));

    asHr();
    StatTable hr = service.breakdown(Dimension.LOCATION, NOVEMBER);
    assertEquals(Cell.of(40.0 / 100), hr.rows().get(0).cell(Column.DENIAL_RATE));
    assertEquals(Cell.of(3.0 / 5), hr.rows().get(1).cell(Column.DENIAL_RATE));

    minimumSetTo("20");
    asUnion();
    StatTable union = service.breakdown(Dimension.LOCATION, NOVEMBER);
    StatRow shown = union.rows().get(0);
    assertEquals(
        Cell.of(
            shown.cell("denied").value().doubleValue() / shown.cell("decided").value().longValue()),
        shown.cell(Column.DENIAL_RATE));
    assertEquals(
        Cell.hidden(),
        union.rows().get(1).cell(Column.DENIAL_RATE),
        "2 of 5, under 20 - 10: hidden");
  }

  @Test
  void theBacklogIsProtectedForTheUnionAndExactForHr() {
    db.waiting =
        new Waiting(
            List.of(db.tally(3), db.tally(40), db.tally(7), db.tally(0)),
            Optional.of(TODAY.minusDays(30)));
    db.durations = new Durations(216_000.0, 1_000_000.0, db.tally(2));

    asHr();
    Backlog hr = service.backlog(NOVEMBER);
    assertEquals(
        List.of(exact(3), exact(40), exact(7), exact(0), exact(50)),
        cells(hr),
        "by days waited: 0-5, 6-10, 11-20, over 20, and all");
    assertEquals(30L, hr.oldestWaitingDays());
    assertEquals(
        new StatisticsService.Durations(2.5, 11.6, exact(2), false),
        hr.timeToFirstDecision(),
        "days to a first decision, to a tenth, over 2 decisions");
    assertEquals(MINIMUM, hr.minimumCellSize());

    minimumSetTo("20");
    asUnion();
    Backlog union = service.backlog(NOVEMBER);
    assertEquals(
        List.of(Cell.hidden(), Cell.hidden(), Cell.hidden()),
        List.of(union.days0to5(), union.days11to20(), union.over20days()),
        "3, 7 and 0 are under 20 - 10");
    assertTrue(union.days6to10().value().longValue() >= 30, "40 is shown: " + union.days6to10());
    assertTrue(
        Math.abs(union.total().value().longValue() - 50) <= Disclosure.MAX_NOISE,
        "the total is shown: " + union.total());
    assertEquals(30L, union.oldestWaitingDays(), "shown with a total that is shown");
    assertEquals(
        new StatisticsService.Durations(null, null, Cell.hidden(), true),
        union.timeToFirstDecision(),
        "the times of 2 decisions are hidden with their count");
  }

  @Test
  void theOldestWaitIsHiddenFromTheUnionWithATotalThatIsHidden() {
    minimumSetTo("20");
    db.waiting =
        new Waiting(
            List.of(db.tally(0), db.tally(1), db.tally(0), db.tally(0)),
            Optional.of(TODAY.minusDays(8)));
    asHr();
    assertEquals(8L, service.backlog(NOVEMBER).oldestWaitingDays());
    asUnion();
    Backlog union = service.backlog(NOVEMBER);
    assertEquals(Cell.hidden(), union.total());
    assertNull(union.oldestWaitingDays(), "one person's wait is not told by its length");
  }

  @Test
  void nothingWaitingHasNoOldestWaitAndNothingDecidedNoTimes() {
    asHr();
    Backlog b = service.backlog(NOVEMBER);
    assertEquals(exact(0), b.total());
    assertNull(b.oldestWaitingDays());
    assertEquals(
        new StatisticsService.Durations(null, null, exact(0), false), b.timeToFirstDecision());
  }

  @Test
  void theTimesToDecisionAreShownToTheUnionWithACountThatIsShown() {
    db.durations = new Durations(216_000.0, 1_000_000.0, db.tally(200));
    asUnion();
    StatisticsService.Durations d = service.backlog(NOVEMBER).timeToFirstDecision();
    assertFalse(d.suppressed());
    assertEquals(2.5, d.medianDays());
    assertEquals(11.6, d.p90Days());
  }

  @Test
  void theBacklogsAgesCountWholeDaysBeforeTodayInUtc() {
    clock.set(Instant.parse("2026-12-03T03:00:00Z")); // still 2 December in Chicago
    db.waiting =
        new Waiting(
            List.of(db.tally(1), db.tally(0), db.tally(0), db.tally(0)),
            Optional.of(LocalDate.of(2026, 12, 1)));
    asHr();
    Backlog b = service.backlog(NOVEMBER);
    LocalDate utc = LocalDate.of(2026, 12, 3);
    assertEquals(List.of(utc.minusDays(5), utc.minusDays(10), utc.minusDays(20)), db.ageLimits);
    assertEquals(2L, b.oldestWaitingDays());
  }

  @Test
  void theAppealsAreProtectedForTheUnionAndExactForHr() {
    db.appeals = new AppealCounts(db.tally(12), db.tally(9), db.tally(4), db.tally(2));
    asHr();
    assertEquals(
        new Appeals(exact(12), exact(9), exact(4), exact(2), MINIMUM),
        service.appeals(NOVEMBER),
        "filed, decided, overturned, renewals");
    minimumSetTo("25");
    asUnion();
    Appeals union = service.appeals(NOVEMBER);
    assertEquals(25, union.minimumCellSize());
    for (Cell c : cells(union)) {
      assertEquals(Cell.hidden(), c, "every appeal figure is under 25 - 10");
    }
  }

  /**
   * 13 first decisions: 8 + 2 late own condition (one past the hard limit, one late for equipment,
   * one with no reason), 3 household member; one caregiver overdue; 3 expedited, 2 interim.
   */
  TimelinessCounts timeliness() {
    referenceData.add(
        new ListedReason(ReasonList.DELAY, "EQUIPMENT", "Equipment", "Equipo", true, 1));
    referenceData.add(
        new ListedReason(ReasonList.DELAY, "REVIEWER_WORKLOAD", "Workload", "Carga", false, 2));
    return new TimelinessCounts(
        Map.of("OWN_CONDITION", db.tally(8), "HOUSEHOLD_MEMBER", db.tally(3)),
        Map.of("OWN_CONDITION", db.tally(2)),
        Map.of("LOC-2", db.tally(6), "LOC-1", db.tally(5)),
        Map.of("LOC-1", db.tally(2)),
        List.of(db.tally(0), db.tally(4), db.tally(6), db.tally(3)),
        Map.of("PRIMARY_CAREGIVER", db.tally(1)),
        Map.of("LOC-3", db.tally(1)),
        Map.of("OWN_CONDITION", db.tally(1)),
        Map.of("LOC-1", db.tally(1)),
        new TreeMap<>(Map.of("-", db.tally(1), "EQUIPMENT", db.tally(1))),
        Map.of("EXPEDITED", db.tally(3), "INTERIM", db.tally(2), "PROXY", db.tally(4)));
  }

  @Test
  void hrSeesTheDeadlinesKeptExactlyByCategoryAndLocation() {
    db.timeliness = timeliness();
    asHr();
    Timeliness t = service.timeliness(NOVEMBER);
    assertEquals(TODAY, db.timelinessToday, "overdue as of the organisation's today");
    assertEquals(
        List.of(
            new TimelinessRow(
                "OWN_CONDITION", exact(10), exact(8), Cell.of(0.8), exact(1), exact(0)),
            new TimelinessRow(
                "PRIMARY_CAREGIVER", exact(0), exact(0), Cell.of(null), exact(0), exact(1)),
            new TimelinessRow(
                "HOUSEHOLD_MEMBER", exact(3), exact(3), Cell.of(1.0), exact(0), exact(0))),
        t.byCategory(),
        "every category, in order, those without decisions included");
    assertEquals(
        List.of(
            new TimelinessRow("LOC-1", exact(7), exact(5), Cell.of(5.0 / 7), exact(1), exact(0)),
            new TimelinessRow("LOC-2", exact(6), exact(6), Cell.of(1.0), exact(0), exact(0)),
            new TimelinessRow("LOC-3", exact(0), exact(0), Cell.of(null), exact(0), exact(1))),
        t.byLocation(),
        "every location with a figure, by code");
    assertEquals(
        new TimelinessRow("", exact(13), exact(11), Cell.of(11.0 / 13), exact(1), exact(1)),
        t.total());
    assertEquals(2, t.medianBusinessDays(), "the 7th of 13 decisions took 2 business days");
    assertEquals(
        List.of(new LateReason("-", false, exact(1)), new LateReason("EQUIPMENT", true, exact(1))),
        t.lateByReason(),
        "no reason recorded is not an acceptable one");
    assertEquals(exact(1), t.lateUnexcused(), "the late decision with no reason");
    assertEquals(exact(3), t.expedited());
    assertEquals(exact(2), t.interim());
    assertEquals(exact(4), t.filedForEmployee());
    assertEquals(MINIMUM, t.minimumCellSize());
  }

  @Test
  void theUnionSeesNoDeadlineFigureBelowTheMinimumNorTheMedianOfHiddenDecisions() {
    db.timeliness = timeliness();
    minimumSetTo("30");
    asUnion();
    Timeliness t = service.timeliness(NOVEMBER);
    List<TimelinessRow> rows = new ArrayList<>(t.byCategory());
    rows.addAll(t.byLocation());
    rows.add(t.total());
    for (TimelinessRow r : rows) {
      for (Cell c : counts(r)) {
        assertEquals(Cell.hidden(), c, r.key() + ": every figure is under 30 - 10");
      }
      assertEquals(Cell.hidden(), r.onTimeRate(), r.key());
    }
    assertNull(t.medianBusinessDays(), "the median of 13 hidden decisions is hidden");
    for (LateReason l : t.lateByReason()) {
      assertEquals(Cell.hidden(), l.count(), l.reason());
    }
    assertEquals(Cell.hidden(), t.lateUnexcused());
    assertEquals(Cell.hidden(), t.expedited());
    assertEquals(Cell.hidden(), t.interim());
    assertEquals(Cell.hidden(), t.filedForEmployee());
  }

  @Test
  void theUnionSeesTheMedianBusinessDaysOfDecisionsThatAreShown() {
    db.timeliness =
        new TimelinessCounts(
            Map.of("OWN_CONDITION", db.tally(150)),
            Map.of("OWN_CONDITION", db.tally(50)),
            Map.of("LOC-1", db.tally(150)),
            Map.of("LOC-1", db.tally(50)),
            List.of(db.tally(20), db.tally(120), db.tally(60)),
            Map.of(),
            Map.of(),
            Map.of(),
            Map.of(),
            Map.of(),
            Map.of());
    asUnion();
    Timeliness t = service.timeliness(NOVEMBER);
    assertFalse(t.total().decided().suppressed());
    assertEquals(1, t.medianBusinessDays());
    for (TimelinessRow r : t.byCategory()) {
      for (Cell c : counts(r)) {
        protectedFigure(c, MINIMUM, r.key());
      }
    }
  }

  @Test
  void theMedianOfBusinessDaysIsTheLowerMiddleAndNoneOfNothing() {
    assertNull(StatisticsService.medianBusinessDays(List.of()));
    assertNull(StatisticsService.medianBusinessDays(List.of(Tally.ZERO, Tally.ZERO)));
    assertEquals(0, StatisticsService.medianBusinessDays(List.of(new Tally(1, 0))));
    assertEquals(
        0,
        StatisticsService.medianBusinessDays(List.of(new Tally(2, 0), new Tally(2, 0))),
        "of 4 decisions, the 2nd");
    assertEquals(
        3,
        StatisticsService.medianBusinessDays(
            List.of(Tally.ZERO, new Tally(1, 0), Tally.ZERO, new Tally(3, 0), new Tally(1, 0))));
  }

  // ---- the minimum cell size ------------------------------------------------------------------

  @Test
  void theMinimumIsTheAdministratorsSettingKeptBetweenFiveAndAHundred() {
    assertEquals(MINIMUM, service.minimumCellSize(), "the configured default");
    minimumSetTo("20");
    assertEquals(20, service.minimumCellSize());
    referenceData.findSetting(Setting.MINIMUM_CELL_SIZE).orElseThrow().change("2");
    assertEquals(StatisticsProtection.MINIMUM, service.minimumCellSize());
    referenceData.findSetting(Setting.MINIMUM_CELL_SIZE).orElseThrow().change("500");
    assertEquals(StatisticsProtection.MAXIMUM, service.minimumCellSize());
  }

  @Test
  void theUnionsTablesHideWhatIsUnderTheMinimumInForce() {
    db.outcomes.put(Dimension.LOCATION, List.of(db.group("LOC-1", 15, 0, 0, 0, 0)));
    minimumSetTo("26");
    asUnion();
    StatTable union = service.breakdown(Dimension.LOCATION, NOVEMBER);
    assertEquals(26, union.minimumCellSize());
    assertEquals(Cell.hidden(), union.rows().get(0).cell("approved"), "15 + 10 < 26");
    referenceData.findSetting(Setting.MINIMUM_CELL_SIZE).orElseThrow().change("1");
    StatTable lowest = service.breakdown(Dimension.LOCATION, NOVEMBER);
    assertEquals(StatisticsProtection.MINIMUM, lowest.minimumCellSize(), "never below 5");
    for (Column c : Column.values()) {
      protectedFigure(lowest.rows().get(0).cell(c.key()), StatisticsProtection.MINIMUM, c.key());
    }
  }

  // ---- who sees which view --------------------------------------------------------------------

  @Test
  void onlyAUnionRepWhoIsNotInHrGetsTheProtectedView() {
    asUnion();
    assertTrue(service.protectedView());
    user.as("rep2", Role.UNION_REP, Role.EMPLOYEE);
    assertTrue(service.protectedView(), "a union rep who files requests too");
    user.as("both", Role.UNION_REP, Role.REVIEWER);
    assertFalse(service.protectedView(), "HR sees exact figures, whatever other role it has");
    asHr();
    assertFalse(service.protectedView());
  }

  @Test
  void theSummaryGivesHrTheCountsByStatusAndTheUnionNone() {
    db.outcomes.put(Dimension.CATEGORY, List.of(db.group("OWN_CONDITION", 3, 1, 2, 0, 4)));
    db.statusCounts = Map.of("OWN_CONDITION", Map.of("SUBMITTED", 4L, "CLOSED", 6L));
    asHr();
    Summary hr = service.summary(NOVEMBER);
    assertEquals(db.statusCounts, hr.byStatus());
    assertFalse(hr.suppressionApplied());
    assertEquals(MINIMUM, hr.minimumCellSize());
    assertEquals(exact(10), hr.byCategory().total().cell("requests"));
    assertEquals("CATEGORY", hr.byCategory().dimension());

    minimumSetTo("21");
    asUnion();
    Summary union = service.summary(NOVEMBER);
    assertNull(union.byStatus(), "counts by status are HR's only");
    assertTrue(union.suppressionApplied());
    assertTrue(union.byCategory().suppressionApplied());
    assertEquals(Cell.hidden(), union.byCategory().total().cell("requests"), "10 + 10 < 21");
  }

  @Test
  void everyCategoryHasARowZerosIncludedInTheOrderOfCategories() {
    db.outcomes.put(Dimension.CATEGORY, List.of(db.group("HOUSEHOLD_MEMBER", 5, 0, 2)));
    asHr();
    StatTable t = service.breakdown(Dimension.CATEGORY, NOVEMBER);
    assertEquals(
        List.of("OWN_CONDITION", "PRIMARY_CAREGIVER", "HOUSEHOLD_MEMBER"),
        t.rows().stream().map(StatRow::key).toList());
    assertEquals(exact(0), t.rows().get(0).cell("requests"));
    assertEquals(Category.OWN_CONDITION.name(), t.rows().get(0).label());
    assertEquals(exact(7), t.rows().get(2).cell("requests"));
    assertEquals(exact(7), t.total().cell("requests"));
  }

  /**
   * Filtered to one category, the table has that category's row only: the others are not in the
   * figures, and shown empty they would read as "hidden" (issue 25 #13).
   */
  @Test
  void filteredToOneCategoryTheTableHasOnlyItsRow() {
    db.outcomes.put(Dimension.CATEGORY, List.of(db.group("HOUSEHOLD_MEMBER", 25, 0, 12)));
    asUnion();
    StatTable t =
        service.breakdown(
            Dimension.CATEGORY, StatsFilter.parse("2026-11", null, null, "HOUSEHOLD_MEMBER", null));
    assertEquals(List.of("HOUSEHOLD_MEMBER"), t.rows().stream().map(StatRow::key).toList());
  }

  @Test
  void monthsAreLabelledAsYearAndMonth() {
    db.outcomes.put(Dimension.MONTH, List.of(db.group("202603", 1), db.group("202611", 2)));
    asHr();
    StatTable t = service.breakdown(Dimension.MONTH, StatsFilter.none());
    assertEquals(List.of("2026-03", "2026-11"), t.rows().stream().map(StatRow::key).toList());
    assertEquals(List.of("2026-03", "2026-11"), t.rows().stream().map(StatRow::label).toList());
    assertEquals(exact(2), t.rows().get(1).cell("requests"));
  }

  @Test
  void hrSeesReviewersByNameAndTheUnionByPseudonymOnly() {
    OutcomeCounts rita = db.group("rita", 12, 0, 3);
    OutcomeCounts al = db.group("al", 20, 5, 1);
    OutcomeCounts gone1 = db.group("gone1", 7, 0, 2);
    OutcomeCounts gone2 = db.group("gone2", 6, 1, 0);
    db.outcomes.put(Dimension.REVIEWER, List.of(rita, al, gone1, gone2));
    db.pseudonyms.put("rita", "QXKTB");
    db.pseudonyms.put("al", "BMWRA");

    asHr();
    StatTable hr = service.breakdown(Dimension.REVIEWER, NOVEMBER);
    assertEquals(
        List.of("rita", "al", "gone1", "gone2"), hr.rows().stream().map(StatRow::key).toList());
    assertEquals(exact(15), hr.rows().get(0).cell("requests"));

    asUnion();
    StatTable union = service.breakdown(Dimension.REVIEWER, NOVEMBER);
    assertEquals(
        List.of(StatisticsService.UNKNOWN_REVIEWER, "BMWRA", "QXKTB"),
        union.rows().stream().map(StatRow::key).toList(),
        "by pseudonym, those without one in one row");
    assertEquals(
        List.of(StatisticsService.UNKNOWN_REVIEWER, "BMWRA", "QXKTB"),
        union.rows().stream().map(StatRow::label).toList(),
        "no name in a label either");
    Disclosure protect = Disclosure.protect(MINIMUM);
    for (Column c : Column.values()) {
      assertEquals(
          protect.count(gone1.get(c).plus(gone2.get(c))),
          union.rows().get(0).cell(c.key()),
          "the two without a pseudonym count as one row: " + c.key());
      assertEquals(
          protect.count(al.get(c)), union.rows().get(1).cell(c.key()), "al's row: " + c.key());
    }
  }

  // ---- what may be asked ----------------------------------------------------------------------

  /** Every question the statistics answer, for one filter. */
  List<Supplier<Object>> everyQuestion(StatsFilter f) {
    return List.of(
        () -> service.summary(f),
        () -> service.breakdown(Dimension.LOCATION, f),
        () -> service.backlog(f),
        () -> service.appeals(f),
        () -> service.timeliness(f));
  }

  @Test
  void aUnionRepAsksForWholePeriodsOnlyWhileHrAsksForAnyDays() {
    db.outcomes.put(Dimension.LOCATION, List.of(db.group("LOC-1", 40)));
    StatsFilter someDays =
        new StatsFilter(LocalDate.of(2026, 11, 3), LocalDate.of(2026, 11, 20), null, null);
    asUnion();
    for (Supplier<Object> question : everyQuestion(someDays)) {
      InvalidInputException e = assertThrows(InvalidInputException.class, question::get);
      assertEquals("period", e.errors().get(0).field());
    }
    assertTrue(db.asked.isEmpty(), "refused before the database is asked");
    for (String period : new String[] {"2026", "2026-Q4", "2026-11"}) {
      StatsFilter whole = StatsFilter.parse(period, null, null, null, null);
      for (Supplier<Object> question : everyQuestion(whole)) {
        question.get();
      }
    }
    assertTrue(service.breakdown(Dimension.LOCATION, StatsFilter.none()).suppressionApplied());
    asHr();
    for (Supplier<Object> question : everyQuestion(someDays)) {
      question.get();
    }
    assertEquals(someDays, db.asked.get(db.asked.size() - 1), "the filter as given");
    assertEquals(
        exact(40), service.breakdown(Dimension.LOCATION, someDays).total().cell("requests"));
  }

  @Test
  void anEndBeforeTheStartIsRefusedToEveryone() {
    StatsFilter backwards =
        new StatsFilter(LocalDate.of(2026, 11, 20), LocalDate.of(2026, 11, 3), null, null);
    for (Runnable as : List.<Runnable>of(this::asHr, this::asUnion)) {
      as.run();
      for (Supplier<Object> question : everyQuestion(backwards)) {
        InvalidInputException e = assertThrows(InvalidInputException.class, question::get);
        assertEquals("to", e.errors().get(0).field());
      }
    }
    assertTrue(db.asked.isEmpty());
    asHr();
    StatsFilter oneDay =
        new StatsFilter(LocalDate.of(2026, 11, 3), LocalDate.of(2026, 11, 3), null, null);
    service.appeals(oneDay);
    service.appeals(new StatsFilter(LocalDate.of(2026, 11, 3), null, null, null));
    service.appeals(new StatsFilter(null, LocalDate.of(2026, 11, 3), null, null));
    assertEquals(3, db.asked.size(), "a single day and open ends are fine");
  }
}
