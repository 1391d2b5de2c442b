package org.accommodationdesk.application.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.accommodationdesk.application.deadlines.BusinessCalendarChanged;
import org.accommodationdesk.application.memory.ActingUser;
import org.accommodationdesk.application.memory.Deadlines;
import org.accommodationdesk.application.memory.Fields;
import org.accommodationdesk.application.memory.InMemoryAccounts;
import org.accommodationdesk.application.memory.InMemoryAudit;
import org.accommodationdesk.application.memory.InMemoryReferenceData;
import org.accommodationdesk.application.memory.MovableClock;
import org.accommodationdesk.application.memory.RecordedEvents;
import org.accommodationdesk.application.reference.CalendarAdministration.HolidayView;
import org.accommodationdesk.application.reference.ReferenceDataAdministration.DenialReasonView;
import org.accommodationdesk.application.reference.ReferenceDataAdministration.JobClassView;
import org.accommodationdesk.application.reference.ReferenceDataAdministration.LocationView;
import org.accommodationdesk.application.stats.StatisticsProtection;
import org.accommodationdesk.domain.account.Role;
import org.accommodationdesk.domain.account.UserAccount;
import org.accommodationdesk.domain.audit.AuditEntry;
import org.accommodationdesk.domain.reference.ReferenceNotFoundException;
import org.accommodationdesk.domain.reference.Setting;
import org.accommodationdesk.domain.request.FieldError;
import org.accommodationdesk.domain.request.InvalidInputException;
import org.accommodationdesk.domain.request.StaleVersionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * Administrators keep locations, job classes, denial reasons, holidays and the union's minimum cell
 * size: what is refused (with the field named), and what the audit log records. In memory.
 */
class ReferenceDataAdministrationTest {
  static final Instant NOW = Instant.parse("2026-12-02T15:00:00Z");

  final InMemoryReferenceData referenceData = new InMemoryReferenceData();
  final InMemoryAccounts accounts = new InMemoryAccounts();
  final InMemoryAudit audit = new InMemoryAudit();
  final RecordedEvents<BusinessCalendarChanged> calendarChanged = new RecordedEvents<>();
  final MovableClock clock = new MovableClock(NOW);
  final ReferenceDataAdministration admin = new ReferenceDataAdministration();
  final CalendarAdministration calendar = new CalendarAdministration();
  final SettingsAdministration settings = new SettingsAdministration();
  final AdministrationAudit audited = new AdministrationAudit();

  ReferenceDataAdministrationTest() {
    accounts.add(account("reviewer1", "Rita Reviewer", Role.REVIEWER));
    accounts.add(account("reviewer2", "Al Reviewer", Role.REVIEWER));
    accounts.add(account("employee1", "Erin Employee", Role.EMPLOYEE));
    StatisticsProtection protection = new StatisticsProtection();
    Fields.set(protection, "referenceData", referenceData);
    Fields.set(protection, "configured", 11);
    Fields.set(audited, "audit", audit);
    Fields.set(audited, "currentUser", new ActingUser().as("admin", Role.ADMIN));
    Fields.set(audited, "clock", clock);
    Fields.set(admin, "referenceData", referenceData);
    Fields.set(admin, "accounts", accounts);
    Fields.set(admin, "audit", audited);
    Fields.set(calendar, "referenceData", referenceData);
    Fields.set(calendar, "deadlines", Deadlines.byDefault(referenceData, clock));
    Fields.set(calendar, "calendarChanged", calendarChanged);
    Fields.set(calendar, "audit", audited);
    Fields.set(settings, "referenceData", referenceData);
    Fields.set(settings, "protection", protection);
    Fields.set(settings, "audit", audited);
  }

  static UserAccount account(String username, String name, String... roles) {
    return new UserAccount(username, name, "hash", null, null, Set.of(roles));
  }

  static FieldError refusal(Executable call) {
    InvalidInputException e = assertThrows(InvalidInputException.class, call);
    assertEquals(1, e.errors().size(), e.errors().toString());
    return e.errors().get(0);
  }

  // ---- locations ------------------------------------------------------------------------------

  @Test
  void aNewLocationIsAddedWithItsReviewersAndAudited() {
    LocationView added = admin.addLocation("LOC-3", "  Jefferson Middle ", Set.of("reviewer1"));
    assertEquals(new LocationView("LOC-3", "Jefferson Middle", List.of("reviewer1"), 0), added);
    assertEquals(List.of(added), admin.locations());
    AuditEntry entry = audit.last();
    assertEquals(AuditEntry.Action.REFERENCE_CREATED, entry.getAction());
    assertEquals("location LOC-3", entry.getSubject());
    assertEquals("admin", entry.getActor());
    assertEquals(NOW, entry.getOccurredAt());
    assertNull(entry.getBefore());
    assertTrue(entry.getAfter().contains("Jefferson Middle"), entry.getAfter());
    assertTrue(entry.getAfter().contains("reviewer1"), entry.getAfter());
  }

  @Test
  void aLocationWithoutReviewersIsServedByEveryReviewer() {
    assertEquals(List.of(), admin.addLocation("LOC-3", "Jefferson", null).reviewers());
    assertEquals(Set.of(), referenceData.locationsServedBy("reviewer1"));
  }

  @Test
  void aLocationCodeAlreadyTakenIsRefusedNamingTheCode() {
    admin.addLocation("LOC-3", "Jefferson", Set.of());
    FieldError e = refusal(() -> admin.addLocation("LOC-3", "Another", Set.of()));
    assertEquals("code", e.field());
    assertEquals("reference.taken", e.code());
    assertEquals(1, audit.entries.size(), "only the first is audited");
  }

  @Test
  void aCodeIsTwoToFortyCapitalsDigitsDashesOrUnderscoresStartingWithALetter() {
    for (String bad : new String[] {"loc-1", "L", "1LOC", "LOC 1", "L".repeat(41), "LOC.1"}) {
      FieldError e = refusal(() -> admin.addLocation(bad, "Name", Set.of()));
      assertEquals("code", e.field(), bad);
      assertEquals("reference.code", e.code(), bad);
    }
    for (String missing : new String[] {null, "", "  "}) {
      assertEquals("code", refusal(() -> admin.addLocation(missing, "Name", Set.of())).field());
    }
    for (String good : new String[] {"LO", "L" + "0".repeat(39), "A_B-9"}) {
      assertEquals(good, admin.addLocation(good, "Name", Set.of()).code());
    }
  }

  @Test
  void aNewLocationNeedsANameOfAtMostTwoHundredCharacters() {
    for (String bad : new String[] {null, "   ", "n".repeat(201)}) {
      assertEquals("name", refusal(() -> admin.addLocation("LOC-3", bad, Set.of())).field());
    }
    assertEquals(200, admin.addLocation("LOC-3", "n".repeat(200), Set.of()).name().length());
  }

  @Test
  void onlyHrReviewersMayServeALocationAndTheOthersAreNamed() {
    FieldError e =
        refusal(
            () ->
                admin.addLocation(
                    "LOC-3", "Jefferson", Set.of("reviewer1", "employee1", "nobody")));
    assertEquals("reviewers", e.field());
    assertEquals("are not all HR reviewers: employee1, nobody", e.message());
    assertTrue(referenceData.locations().isEmpty());
    assertTrue(audit.entries.isEmpty());
  }

  @Test
  void aLocationIsRenamedAndGivenOtherReviewersWithTheChangeAudited() {
    admin.addLocation("LOC-3", "Jefferson", Set.of("reviewer1"));
    LocationView changed =
        admin.changeLocation("LOC-3", " Jefferson Middle ", Set.of("reviewer2"), 0L);
    assertEquals("Jefferson Middle", changed.name());
    assertEquals(List.of("reviewer2"), changed.reviewers());
    AuditEntry entry = audit.last();
    assertEquals(AuditEntry.Action.REFERENCE_CHANGED, entry.getAction());
    assertEquals("location LOC-3", entry.getSubject());
    assertTrue(entry.getBefore().contains("reviewer1"), entry.getBefore());
    assertTrue(entry.getAfter().contains("reviewer2"), entry.getAfter());
    assertEquals(1, referenceData.flushes, "written at once, for the answer's version");
  }

  @Test
  void aLocationChangeThatLeavesEverythingAsItWasIsNotAudited() {
    admin.addLocation("LOC-3", "Jefferson", Set.of("reviewer1"));
    LocationView same = admin.changeLocation("LOC-3", null, null, null);
    assertEquals("Jefferson", same.name());
    assertEquals(List.of("reviewer1"), same.reviewers());
    admin.changeLocation("LOC-3", "Jefferson", Set.of("reviewer1"), null);
    assertEquals(1, audit.entries.size(), "only the creation");
  }

  @Test
  void aLocationChangedOnAnOlderVersionIsRefusedAsStale() {
    admin.addLocation("LOC-3", "Jefferson", Set.of());
    assertThrows(
        StaleVersionException.class, () -> admin.changeLocation("LOC-3", "Other", null, 5L));
    assertEquals("Jefferson", admin.locations().get(0).name());
  }

  @Test
  void aLocationCannotBeGivenABlankNameOrANonReviewer() {
    admin.addLocation("LOC-3", "Jefferson", Set.of());
    assertEquals("name", refusal(() -> admin.changeLocation("LOC-3", " ", null, null)).field());
    assertEquals(
        "reviewers",
        refusal(() -> admin.changeLocation("LOC-3", null, Set.of("employee1"), null)).field());
    assertEquals("Jefferson", admin.locations().get(0).name());
  }

  @Test
  void changingAnUnknownLocationJobClassOrReasonIsNotFound() {
    assertThrows(
        ReferenceNotFoundException.class, () -> admin.changeLocation("NOPE", "X", null, null));
    assertThrows(
        ReferenceNotFoundException.class, () -> admin.changeJobClass("NOPE", "X", null, null));
    assertThrows(
        ReferenceNotFoundException.class,
        () -> admin.changeDenialReason("NOPE", "X", null, null, null));
  }

  @Test
  void theReviewersToChooseFromAreTheActiveOnesWithTheirNames() {
    accounts.find("reviewer2").orElseThrow().disable();
    assertEquals(List.of("reviewer1"), admin.reviewers());
    assertEquals(Map.of("reviewer1", "Rita Reviewer"), admin.reviewerNames());
  }

  // ---- job classes ----------------------------------------------------------------------------

  @Test
  void aJobClassIsAddedWithAnOptionalSpanishNameAndAudited() {
    assertEquals(
        new JobClassView("CLERK", "Clerk", null, 0), admin.addJobClass("CLERK", " Clerk ", "  "));
    assertEquals(
        new JobClassView("TEACHER", "Teacher", "Docente", 0),
        admin.addJobClass("TEACHER", "Teacher", " Docente "));
    assertEquals(2, admin.jobClasses().size());
    assertEquals(AuditEntry.Action.REFERENCE_CREATED, audit.last().getAction());
    assertEquals("job class TEACHER", audit.last().getSubject());
  }

  @Test
  void aJobClassCodeAlreadyTakenIsRefusedNamingTheCode() {
    admin.addJobClass("CLERK", "Clerk", null);
    FieldError e = refusal(() -> admin.addJobClass("CLERK", "Other", null));
    assertEquals("code", e.field());
    assertEquals("reference.taken", e.code());
  }

  @Test
  void aJobClassIsRenamedAndItsSpanishNameRemovedByAnEmptyOne() {
    admin.addJobClass("TEACHER", "Teacher", "Docente");
    assertEquals(
        new JobClassView("TEACHER", "Teacher", "Maestro", 0),
        admin.changeJobClass("TEACHER", null, "Maestro", 0L));
    assertEquals(
        new JobClassView("TEACHER", "Classroom teacher", "Maestro", 0),
        admin.changeJobClass("TEACHER", " Classroom teacher ", null, null));
    assertEquals(
        new JobClassView("TEACHER", "Classroom teacher", null, 0),
        admin.changeJobClass("TEACHER", null, "", null));
    assertEquals(4, audit.entries.size(), "the creation and three changes");
    assertEquals("job class TEACHER", audit.last().getSubject());
    assertEquals(AuditEntry.Action.REFERENCE_CHANGED, audit.last().getAction());
    admin.changeJobClass("TEACHER", null, null, null);
    assertEquals(4, audit.entries.size(), "no change, nothing audited");
  }

  @Test
  void aJobClassKeepsItsEnglishNameAndItsVersion() {
    admin.addJobClass("TEACHER", "Teacher", null);
    assertEquals("name", refusal(() -> admin.changeJobClass("TEACHER", "", null, null)).field());
    assertThrows(StaleVersionException.class, () -> admin.changeJobClass("TEACHER", "X", null, 3L));
    assertEquals("Teacher", admin.jobClasses().get(0).name());
  }

  // ---- denial reasons -------------------------------------------------------------------------

  @Test
  void aNewDenialReasonComesLastInUse() {
    DenialReasonView first = admin.addDenialReason("HARDSHIP", "Undue hardship", null);
    DenialReasonView second = admin.addDenialReason("ESSENTIAL", "Essential function", "Esencial");
    assertTrue(first.active());
    assertEquals(List.of(first, second), admin.denialReasons());
    assertEquals(1, referenceData.findDenialReason("HARDSHIP").orElseThrow().getPosition());
    assertEquals(2, referenceData.findDenialReason("ESSENTIAL").orElseThrow().getPosition());
    assertEquals("denial reason ESSENTIAL", audit.last().getSubject());
    assertEquals(AuditEntry.Action.REFERENCE_CREATED, audit.last().getAction());
  }

  @Test
  void aDenialReasonCodeAlreadyTakenOrMalformedIsRefused() {
    admin.addDenialReason("HARDSHIP", "Undue hardship", null);
    assertEquals(
        "reference.taken", refusal(() -> admin.addDenialReason("HARDSHIP", "X", null)).code());
    assertEquals(
        "reference.code", refusal(() -> admin.addDenialReason("hardship", "X", null)).code());
    assertEquals("code", refusal(() -> admin.addDenialReason(null, "X", null)).field());
    assertEquals("name", refusal(() -> admin.addDenialReason("OTHER", null, null)).field());
    assertEquals(
        "nameEs", refusal(() -> admin.addDenialReason("OTHER", "X", "n".repeat(201))).field());
  }

  @Test
  void aDenialReasonIsRetiredAndBroughtBackWithEachChangeAudited() {
    admin.addDenialReason("HARDSHIP", "Undue hardship", null);
    admin.addDenialReason("ESSENTIAL", "Essential function", null);
    DenialReasonView retired = admin.changeDenialReason("HARDSHIP", null, null, false, 0L);
    assertFalse(retired.active());
    assertEquals("Undue hardship", retired.name());
    assertEquals(AuditEntry.Action.REFERENCE_CHANGED, audit.last().getAction());
    assertTrue(audit.last().getBefore().contains("\"inUse\":true"), audit.last().getBefore());
    assertTrue(audit.last().getAfter().contains("\"inUse\":false"), audit.last().getAfter());
    assertTrue(admin.changeDenialReason("HARDSHIP", null, null, true, null).active());
    assertEquals(4, audit.entries.size());
  }

  @Test
  void theLastDenialReasonInUseCannotBeRetired() {
    admin.addDenialReason("HARDSHIP", "Undue hardship", null);
    admin.addDenialReason("ESSENTIAL", "Essential function", null);
    admin.changeDenialReason("ESSENTIAL", null, null, false, null);
    FieldError e = refusal(() -> admin.changeDenialReason("HARDSHIP", null, null, false, null));
    assertEquals("active", e.field());
    assertTrue(referenceData.findDenialReason("HARDSHIP").orElseThrow().isActive());
    // one already retired may be "retired" again: nothing changes
    assertFalse(admin.changeDenialReason("ESSENTIAL", null, null, false, null).active());
  }

  @Test
  void aDenialReasonIsRenamedInBothLanguages() {
    admin.addDenialReason("HARDSHIP", "Undue hardship", "Dificultad");
    DenialReasonView renamed =
        admin.changeDenialReason("HARDSHIP", " Hardship ", " Carga excesiva ", null, null);
    assertEquals("Hardship", renamed.name());
    assertEquals("Carga excesiva", renamed.nameEs());
    assertTrue(renamed.active(), "the state is left as it was");
    assertEquals(
        "Hardship",
        admin.changeDenialReason("HARDSHIP", null, null, null, null).name(),
        "null leaves the names");
    assertNull(admin.changeDenialReason("HARDSHIP", null, " ", null, null).nameEs());
    assertThrows(
        StaleVersionException.class,
        () -> admin.changeDenialReason("HARDSHIP", "X", null, null, 1L));
    assertEquals(
        "name", refusal(() -> admin.changeDenialReason("HARDSHIP", " ", null, null, null)).field());
  }

  // ---- holidays -------------------------------------------------------------------------------

  @Test
  void aHolidayIsAddedAuditedAndTheCalendarChangeAnnounced() {
    HolidayView added = calendar.addHoliday(" 2026-12-24 ", " Christmas Eve ", "Nochebuena");
    assertEquals(
        new HolidayView(LocalDate.of(2026, 12, 24), "Christmas Eve", "Nochebuena", 0), added);
    assertEquals(List.of(added), calendar.holidays());
    assertEquals("holiday 2026-12-24", audit.last().getSubject());
    assertEquals(AuditEntry.Action.REFERENCE_CREATED, audit.last().getAction());
    assertEquals(1, calendarChanged.fired.size());
  }

  @Test
  void aDayThatIsAlreadyAHolidayIsRefused() {
    calendar.addHoliday("2026-12-24", "Christmas Eve", null);
    FieldError e = refusal(() -> calendar.addHoliday("2026-12-24", "Again", null));
    assertEquals("day", e.field());
    assertEquals("reference.taken", e.code());
    assertEquals(1, calendarChanged.fired.size());
  }

  @Test
  void aHolidayIsADayFromLastYearToTenYearsOn() {
    for (String bad : new String[] {null, " ", "24/12/2026", "2024-12-31", "2037-01-01"}) {
      assertEquals("day", refusal(() -> calendar.addHoliday(bad, "Day", null)).field(), bad);
    }
    assertEquals(
        "must be a day from 2025 to 2036 (a typo?)",
        refusal(() -> calendar.addHoliday("2037-01-01", "Day", null)).message());
    calendar.addHoliday("2025-01-01", "First", null);
    calendar.addHoliday("2036-12-31", "Last", null);
    assertEquals(2, calendar.holidays().size());
    assertEquals("name", refusal(() -> calendar.addHoliday("2026-12-25", null, null)).field());
    assertTrue(calendarChanged.fired.size() == 2);
  }

  /** "This year" is the organisation's: on New Year's Eve in Chicago it is not yet next year. */
  @Test
  void theYearOfTheHolidayRangeIsTheOrganisationsNotUtcs() {
    clock.set(java.time.Instant.parse("2027-01-01T01:00:00Z")); // 19:00 on 31 December in Chicago
    calendar.addHoliday("2025-12-25", "Christmas Day", null);
    assertEquals(
        "must be a day from 2025 to 2036 (a typo?)",
        refusal(() -> calendar.addHoliday("2024-12-25", "Day", null)).message());
  }

  @Test
  void aRemovedHolidayIsABusinessDayAgainAuditedAndAnnounced() {
    calendar.addHoliday("2026-12-24", "Christmas Eve", null);
    calendar.removeHoliday("2026-12-24");
    assertTrue(calendar.holidays().isEmpty());
    assertEquals(AuditEntry.Action.REFERENCE_DELETED, audit.last().getAction());
    assertEquals("holiday 2026-12-24", audit.last().getSubject());
    assertNull(audit.last().getAfter());
    assertTrue(audit.last().getBefore().contains("Christmas Eve"));
    assertEquals(2, calendarChanged.fired.size());
  }

  @Test
  void removingADayThatIsNoHolidayIsNotFoundAndAMalformedDayRefused() {
    assertThrows(ReferenceNotFoundException.class, () -> calendar.removeHoliday("2026-12-23"));
    assertEquals("day", refusal(() -> calendar.removeHoliday("tomorrow")).field());
    assertTrue(calendarChanged.fired.isEmpty());
    assertTrue(audit.entries.isEmpty());
  }

  // ---- the union's minimum cell size ----------------------------------------------------------

  @Test
  void theMinimumCellSizeIsTheConfiguredOneUntilChanged() {
    assertEquals(11, settings.minimumCellSize());
    assertEquals(7, settings.changeMinimumCellSize(7));
    assertEquals(7, settings.minimumCellSize());
    assertEquals(AuditEntry.Action.SETTING_CHANGED, audit.last().getAction());
    assertEquals(Setting.MINIMUM_CELL_SIZE, audit.last().getSubject());
    assertEquals("{\"minimumCellSize\":\"11\"}", audit.last().getBefore());
    assertEquals("{\"minimumCellSize\":\"7\"}", audit.last().getAfter());
    assertEquals(20, settings.changeMinimumCellSize(20), "a second change updates the setting");
    assertEquals(20, settings.minimumCellSize());
    assertEquals(2, audit.entries.size());
  }

  @Test
  void settingTheMinimumCellSizeToWhatItIsChangesNothing() {
    assertEquals(11, settings.changeMinimumCellSize(11));
    assertTrue(audit.entries.isEmpty());
    assertTrue(referenceData.findSetting(Setting.MINIMUM_CELL_SIZE).isEmpty());
  }

  @Test
  void theMinimumCellSizeIsAWholeNumberFromFiveToOneHundred() {
    for (Integer bad : new Integer[] {null, 4, 101, -1}) {
      FieldError e = refusal(() -> settings.changeMinimumCellSize(bad));
      assertEquals("minimumCellSize", e.field());
      assertEquals("must be a whole number from 5 to 100", e.message());
    }
    assertEquals(5, settings.changeMinimumCellSize(5));
    assertEquals(100, settings.changeMinimumCellSize(100));
  }

  // ---- for every kind -------------------------------------------------------------------------

  @Test
  void everyNameEnglishOrSpanishIsAtMostTwoHundredCharacters() {
    String tooLong = "n".repeat(ReferenceDataAdministration.NAME_MAX + 1);
    admin.addJobClass("TEACHER", "Teacher", null);
    admin.addDenialReason("HARDSHIP", "Undue hardship", null);
    assertEquals("name", refusal(() -> admin.addJobClass("CLERK", tooLong, null)).field());
    assertEquals("nameEs", refusal(() -> admin.addJobClass("CLERK", "Clerk", tooLong)).field());
    assertEquals(
        "nameEs", refusal(() -> admin.changeJobClass("TEACHER", null, tooLong, null)).field());
    assertEquals(
        "nameEs",
        refusal(() -> admin.changeDenialReason("HARDSHIP", null, tooLong, null, null)).field());
    assertEquals(
        "nameEs", refusal(() -> calendar.addHoliday("2026-12-24", "Eve", tooLong)).field());
    admin.addLocation("LOC-3", "Jefferson", Set.of());
    assertEquals("name", refusal(() -> admin.changeLocation("LOC-3", tooLong, null, null)).field());
    assertEquals("Teacher", admin.jobClasses().get(0).name(), "nothing changed");
  }

  @Test
  void everyChangeIsWrittenAtOnceSoThatTheAnswerCarriesTheStoredVersion() {
    admin.addLocation("LOC-3", "Jefferson", Set.of());
    admin.addJobClass("TEACHER", "Teacher", null);
    admin.addDenialReason("HARDSHIP", "Undue hardship", null);
    admin.changeLocation("LOC-3", "Jefferson Middle", null, null);
    admin.changeJobClass("TEACHER", "Classroom teacher", null, null);
    admin.changeDenialReason("HARDSHIP", "Hardship", null, null, null);
    assertEquals(3, referenceData.flushes);
  }
}
