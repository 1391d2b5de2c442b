package org.accommodationdesk.application.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.accommodationdesk.application.stats.Footprint.Change;
import org.accommodationdesk.application.stats.Footprint.CubeCell;
import org.accommodationdesk.application.stats.Footprint.TimeCell;
import org.accommodationdesk.domain.deadline.BusinessCalendar;
import org.accommodationdesk.domain.deadline.DeadlinePolicy;
import org.accommodationdesk.domain.deadline.Deadlines;
import org.accommodationdesk.domain.reference.JobClass;
import org.accommodationdesk.domain.reference.WorkLocation;
import org.accommodationdesk.domain.request.AccommodationRequest;
import org.accommodationdesk.domain.request.Actor;
import org.accommodationdesk.domain.request.AppealWindow;
import org.accommodationdesk.domain.request.Arrangement;
import org.accommodationdesk.domain.request.ArrangementType;
import org.accommodationdesk.domain.request.Category;
import org.accommodationdesk.domain.request.RequestDetails;
import org.accommodationdesk.domain.request.RequestIntake;
import org.junit.jupiter.api.Test;

/** The cells of the statistics cubes one request counts in, and how they change (ADR 0008). */
class FootprintTest {
  /** Monday 1 February 2021, 03:00 UTC: still Sunday 31 January in Chicago. */
  static final Instant FILED = Instant.parse("2021-02-01T03:00:00Z");

  static final Actor EMPLOYEE = Actor.employee("employee1");
  static final Actor REVIEWER1 = Actor.reviewer("reviewer1");
  static final Actor REVIEWER2 = Actor.reviewer("reviewer2");
  static final AppealWindow WINDOW = AppealWindow.ofDays(15);
  static final Deadlines DEADLINES =
      new Deadlines(
          new BusinessCalendar(
              ZoneOffset.UTC, Set.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY), Set.of()),
          DeadlinePolicy.DEFAULT);

  static RequestDetails details() {
    return new RequestDetails(
        Category.OWN_CONDITION,
        ArrangementType.FULL_REMOTE,
        null,
        null,
        LocalDate.of(2021, 2, 8),
        LocalDate.of(2021, 6, 30),
        null,
        null,
        "I cannot climb stairs.",
        null);
  }

  static AccommodationRequest filed() {
    return RequestIntake.submit(
        "employee1",
        details(),
        new WorkLocation("LOC-1", "Lincoln Elementary"),
        new JobClass("TEACHER", "Classroom teacher"),
        FILED);
  }

  static Instant days(double n) {
    return FILED.plusSeconds(Math.round(n * 86_400));
  }

  static Set<CubeCell> of(String kind, AccommodationRequest r) {
    return Footprint.of(r).cells().stream()
        .filter(c -> c.kind().equals(kind))
        .collect(Collectors.toSet());
  }

  static CubeCell cell(String kind, String dim, String bucket) {
    return new CubeCell(kind, 202102, "OWN_CONDITION", dim, bucket);
  }

  @Test
  void aNewRequestCountsByLocationJobClassStatusAndAsOpenOnItsDay() {
    AccommodationRequest r = filed();
    Footprint f = Footprint.of(r);
    assertEquals(
        Set.of(
            cell("LOCATION", "LOC-1", "PENDING"),
            cell("JOB_CLASS", "TEACHER", "PENDING"),
            cell("STATUS", "SUBMITTED", "-"),
            new CubeCell(Footprint.OPEN, 20210201, "OWN_CONDITION", "LOC-1", "-")),
        f.cells());
    assertEquals(Optional.empty(), f.time(), "no decision, no time to decision");
    assertEquals(r.getRecordKey(), f.recordKey());
  }

  @Test
  void theMonthAndDayAreTheUtcOnesOfTheSubmission() {
    CubeCell open = of(Footprint.OPEN, filed()).iterator().next();
    assertEquals(20210201, open.yyyymm(), "1 February in UTC, though 31 January in Chicago");
    assertEquals(202102, of("STATUS", filed()).iterator().next().yyyymm());
  }

  @Test
  void aDayIsWrittenAsYyyymmdd() {
    assertEquals(20261102, Footprint.yyyymmdd(LocalDate.of(2026, 11, 2)));
    assertEquals(19000101, Footprint.yyyymmdd(LocalDate.of(1900, 1, 1)));
    assertEquals(99991231, Footprint.yyyymmdd(LocalDate.of(9999, 12, 31)));
  }

  @Test
  void aDecidedRequestCountsByItsDeciderAndOutcomeAndIsNoLongerOpen() {
    AccommodationRequest r = filed();
    r.startReview(REVIEWER1, days(1));
    r.approveWithChanges(REVIEWER1, Arrangement.partialRemote(2), null, days(2.5));
    assertEquals(Set.of(cell("REVIEWER", "reviewer1", "APPROVED_WITH_CHANGES")), of("REVIEWER", r));
    assertEquals(Set.of(cell("LOCATION", "LOC-1", "APPROVED_WITH_CHANGES")), of("LOCATION", r));
    assertEquals(Set.of(cell("STATUS", "APPROVED_WITH_CHANGES", "-")), of("STATUS", r));
    assertEquals(Set.of(), of(Footprint.OPEN, r), "decided: not in the backlog");
    assertEquals(Set.of(), of("APPEAL", r));
  }

  @Test
  void theTimeToFirstDecisionIsCountedInTenthsOfADay() {
    AccommodationRequest r = filed();
    r.startReview(REVIEWER1, days(1));
    r.deny(REVIEWER1, "UNDUE_HARDSHIP", "Explained.", days(2.55));
    assertEquals(
        Optional.of(new TimeCell(202102, "OWN_CONDITION", 25)),
        Footprint.of(r).time(),
        "2.55 days are 25 whole tenths");
  }

  @Test
  void aWithdrawnRequestIsNeitherOpenNorDecided() {
    AccommodationRequest r = filed();
    r.withdraw(EMPLOYEE, null, days(1));
    Footprint f = Footprint.of(r);
    assertTrue(f.cells().contains(cell("LOCATION", "LOC-1", "WITHDRAWN")));
    assertEquals(Set.of(), of(Footprint.OPEN, r));
    assertEquals(Set.of(), of("REVIEWER", r));
    assertEquals(Optional.empty(), f.time());
  }

  @Test
  void aFirstDecisionWithItsClockKeptCountsAsOnTimeOrLateAndByBusinessDays() {
    AccommodationRequest r = filed();
    r.startReview(REVIEWER1, days(1));
    r.approve(REVIEWER1, null, days(3));
    r.keepTime(DEADLINES);
    assertEquals(
        Set.of(cell(Footprint.TIMELY, "LOC-1", Footprint.ON_TIME)), of(Footprint.TIMELY, r));
    assertEquals(Set.of(cell(Footprint.BUSINESS_DAYS, "", "3")), of(Footprint.BUSINESS_DAYS, r));

    AccommodationRequest late = filed();
    late.startReview(REVIEWER1, days(1));
    late.approve(REVIEWER1, null, days(100));
    late.keepTime(DEADLINES);
    assertEquals(
        Set.of(cell(Footprint.TIMELY, "LOC-1", Footprint.PAST_HARD_LIMIT)),
        of(Footprint.TIMELY, late),
        "100 days is past the 30 business days of the hard limit");
    assertEquals(
        Set.of(cell(Footprint.DELAY, Footprint.NO_REASON, "-")),
        of(Footprint.DELAY, late),
        "late with no reason recorded");
    assertEquals(
        Set.of(cell(Footprint.BUSINESS_DAYS, "", String.valueOf(Footprint.MAX_BUSINESS_DAYS))),
        of(Footprint.BUSINESS_DAYS, late),
        "more than 60 business days fall in the last bucket");
  }

  @Test
  void businessDaysAreCountedOneByOneUpToTheCap() {
    assertEquals("0", Footprint.businessDaysBucket(0));
    assertEquals("59", Footprint.businessDaysBucket(59));
    assertEquals("60", Footprint.businessDaysBucket(60));
    assertEquals("60", Footprint.businessDaysBucket(61));
    assertEquals("ON_TIME", Footprint.timelinessBucket(true, true));
    assertEquals("ON_TIME", Footprint.timelinessBucket(true, false));
    assertEquals("LATE", Footprint.timelinessBucket(false, true));
    assertEquals("PAST_HARD_LIMIT", Footprint.timelinessBucket(false, false));
  }

  @Test
  void aDecisionLateWithinTheHardLimitCountsByItsDelayReasonAndAnOnTimeOneHasNone() {
    AccommodationRequest r = filed();
    r.startReview(REVIEWER1, days(1));
    // 15 business days from Monday 1 February end on Friday 19 February; 30 on 12 March
    r.caseRecord()
        .recordDelay(
            REVIEWER1,
            "AWAITING_MEDICAL",
            LocalDate.of(2021, 3, 1),
            null,
            LocalDate.of(2021, 2, 22),
            days(21));
    r.approve(REVIEWER1, null, days(25));
    r.keepTime(DEADLINES);
    assertEquals(Set.of(cell(Footprint.TIMELY, "LOC-1", Footprint.LATE)), of(Footprint.TIMELY, r));
    assertEquals(Set.of(cell(Footprint.DELAY, "AWAITING_MEDICAL", "-")), of(Footprint.DELAY, r));

    AccommodationRequest onTime = filed();
    onTime.startReview(REVIEWER1, days(1));
    onTime.approve(REVIEWER1, null, days(3));
    onTime.keepTime(DEADLINES);
    assertEquals(Set.of(), of(Footprint.DELAY, onTime), "no delay cell for a decision on time");
  }

  @Test
  void aRequestFiledForTheEmployeeCountsInTheHandlingCubeAndTheirOwnDoesNot() {
    AccommodationRequest proxy =
        RequestIntake.fileFor(
            "employee1",
            REVIEWER1,
            org.accommodationdesk.domain.request.ProxyFiling.FiledAs.HR,
            null,
            details(),
            org.accommodationdesk.domain.request.Urgency.NONE,
            new WorkLocation("LOC-1", "Lincoln Elementary"),
            new JobClass("TEACHER", "Classroom teacher"),
            null,
            FILED);
    assertEquals(
        Set.of(cell(Footprint.HANDLING, Footprint.PROXY, "-")), of(Footprint.HANDLING, proxy));
    assertEquals(Set.of(), of(Footprint.HANDLING, filed()));
  }

  @Test
  void anExpeditedRequestAndOneWithAnInterimArrangementCountInTheHandlingCube() {
    AccommodationRequest r = filed();
    assertEquals(Set.of(), of(Footprint.HANDLING, r));
    r.startReview(REVIEWER1, days(1));
    r.caseRecord()
        .expedite(REVIEWER1, LocalDate.of(2021, 2, 10), LocalDate.of(2021, 2, 2), days(1.5));
    assertEquals(
        Set.of(cell(Footprint.HANDLING, Footprint.EXPEDITED, "-")), of(Footprint.HANDLING, r));
    r.caseRecord()
        .grantInterim(
            REVIEWER1,
            Arrangement.partialRemote(2),
            LocalDate.of(2021, 2, 3),
            LocalDate.of(2021, 2, 26),
            LocalDate.of(2021, 2, 2),
            days(1.6));
    assertEquals(
        Set.of(
            cell(Footprint.HANDLING, Footprint.EXPEDITED, "-"),
            cell(Footprint.HANDLING, Footprint.INTERIM, "-")),
        of(Footprint.HANDLING, r));
    r.approve(REVIEWER1, null, days(4));
    assertEquals(
        Set.of(
            cell(Footprint.HANDLING, Footprint.EXPEDITED, "-"),
            cell(Footprint.HANDLING, Footprint.INTERIM, "-")),
        of(Footprint.HANDLING, r),
        "an interim arrangement that ended with the decision still counts as granted");
  }

  static AccommodationRequest appealed() {
    AccommodationRequest r = filed();
    r.startReview(REVIEWER1, days(1));
    r.deny(REVIEWER1, "UNDUE_HARDSHIP", "Explained.", days(2));
    r.appeal(EMPLOYEE, "Please reconsider.", WINDOW, days(3));
    return r;
  }

  @Test
  void anAppealIsCountedWhenFiledAndAgainWhenDecided() {
    AccommodationRequest r = appealed();
    assertEquals(Set.of(cell("APPEAL", "", "FILED")), of("APPEAL", r));
    assertEquals(Set.of(cell("STATUS", "APPEALED", "-")), of("STATUS", r));
    assertEquals(
        Set.of(new CubeCell(Footprint.OPEN, 20210201, "OWN_CONDITION", "LOC-1", "-")),
        of(Footprint.OPEN, r),
        "an appeal waits in the backlog again");
    r.startReview(REVIEWER2, days(4));
    r.approve(REVIEWER2, null, days(5));
    assertEquals(
        Set.of(cell("APPEAL", "", "FILED"), cell("APPEAL", "", "OVERTURNED")), of("APPEAL", r));
    assertEquals(Set.of(cell("REVIEWER", "reviewer2", "APPROVED")), of("REVIEWER", r));
    assertEquals(
        Optional.of(new TimeCell(202102, "OWN_CONDITION", 20)),
        Footprint.of(r).time(),
        "the time to the first decision, not to the appeal's");
  }

  @Test
  void anAppealDecidedNoMoreFavourablyIsUpheld() {
    AccommodationRequest denied = appealed();
    denied.startReview(REVIEWER2, days(4));
    denied.deny(REVIEWER2, "UNDUE_HARDSHIP", "Still.", days(5));
    assertEquals(
        Set.of(cell("APPEAL", "", "FILED"), cell("APPEAL", "", "UPHELD")), of("APPEAL", denied));
  }

  @Test
  void nothingChangesWhenTheFootprintStaysTheSame() {
    AccommodationRequest r = filed();
    assertEquals(List.of(), Footprint.changes(Footprint.of(r), Footprint.of(r)));
  }

  @Test
  void aNewRequestAddsEachOfItsCellsOnceWithItsRecordKey() {
    AccommodationRequest r = filed();
    Footprint f = Footprint.of(r);
    List<Change> changes = Footprint.changes(Footprint.NONE, f);
    assertEquals(f.cells().stream().map(c -> new Change(c, 1, r.getRecordKey())).toList(), changes);
  }

  @Test
  void aDecisionMovesTheRequestBetweenCellsAndAddsItsTime() {
    AccommodationRequest r = filed();
    Footprint before = Footprint.of(r);
    r.startReview(REVIEWER1, days(1));
    r.approve(REVIEWER1, null, days(2));
    Footprint after = Footprint.of(r);
    long key = r.getRecordKey();
    assertEquals(
        Set.of(
            new Change(cell("LOCATION", "LOC-1", "PENDING"), -1, key),
            new Change(cell("JOB_CLASS", "TEACHER", "PENDING"), -1, key),
            new Change(cell("STATUS", "SUBMITTED", "-"), -1, key),
            new Change(
                new CubeCell(Footprint.OPEN, 20210201, "OWN_CONDITION", "LOC-1", "-"), -1, key),
            new Change(cell("LOCATION", "LOC-1", "APPROVED"), 1, key),
            new Change(cell("JOB_CLASS", "TEACHER", "APPROVED"), 1, key),
            new Change(cell("REVIEWER", "reviewer1", "APPROVED"), 1, key),
            new Change(cell("STATUS", "APPROVED", "-"), 1, key),
            new Change(new TimeCell(202102, "OWN_CONDITION", 20), 1, key)),
        Set.copyOf(Footprint.changes(before, after)));
    assertEquals(9, Footprint.changes(before, after).size(), "each cell once");
  }

  @Test
  void aChangedTimeIsTakenOutAndPutBackAndARemovedRequestTakesEverythingOut() {
    TimeCell early = new TimeCell(202102, "OWN_CONDITION", 3);
    TimeCell later = new TimeCell(202102, "OWN_CONDITION", 4);
    Footprint before = new Footprint(Set.of(), Optional.of(early), 7);
    Footprint after = new Footprint(Set.of(), Optional.of(later), 7);
    assertEquals(
        List.of(new Change(early, -1, 7), new Change(later, 1, 7)),
        Footprint.changes(before, after));
    CubeCell status = cell("STATUS", "SUBMITTED", "-");
    assertEquals(
        List.of(new Change(status, -1, 7), new Change(early, -1, 7)),
        Footprint.changes(new Footprint(Set.of(status), Optional.of(early), 7), Footprint.NONE));
  }
}
