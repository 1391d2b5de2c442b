package org.accommodationdesk.application.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.accommodationdesk.application.accounts.AccountAdministration.AccountChanges;
import org.accommodationdesk.application.accounts.AccountAdministration.AccountView;
import org.accommodationdesk.application.accounts.AccountAdministration.NewAccount;
import org.accommodationdesk.application.accounts.RosterImport.Preview;
import org.accommodationdesk.application.accounts.RosterImport.RowAction;
import org.accommodationdesk.application.accounts.RosterImport.RowResult;
import org.accommodationdesk.application.memory.ActingUser;
import org.accommodationdesk.application.memory.Fields;
import org.accommodationdesk.application.memory.InMemoryAccounts;
import org.accommodationdesk.application.memory.InMemoryAudit;
import org.accommodationdesk.application.memory.InMemoryReferenceData;
import org.accommodationdesk.application.memory.InMemoryRevocationRecords;
import org.accommodationdesk.application.memory.MovableClock;
import org.accommodationdesk.application.reference.ReferenceItem;
import org.accommodationdesk.application.requests.PageResult;
import org.accommodationdesk.domain.account.AccountNotFoundException;
import org.accommodationdesk.domain.account.Role;
import org.accommodationdesk.domain.account.UserAccount;
import org.accommodationdesk.domain.audit.AuditEntry;
import org.accommodationdesk.domain.reference.JobClass;
import org.accommodationdesk.domain.reference.WorkLocation;
import org.accommodationdesk.domain.request.FieldError;
import org.accommodationdesk.domain.request.InvalidInputException;
import org.accommodationdesk.domain.request.StaleVersionException;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * Administrators create and change accounts: the checks (each refusal names its field), the audit
 * entries (never a password), sign-ins revoked when access shrinks, and an administrator who cannot
 * lock themself out. In memory.
 */
class AccountAdministrationTest {
  static final Instant NOW = Instant.parse("2026-12-02T15:00:00Z");
  static final String PASSWORD = "correct horse battery";

  final InMemoryAccounts accounts = new InMemoryAccounts();
  final InMemoryReferenceData referenceData = new InMemoryReferenceData();
  final InMemoryAudit audit = new InMemoryAudit();
  final InMemoryRevocationRecords revocationRecords = new InMemoryRevocationRecords();
  final SignInRevocations revocations = new SignInRevocations();
  final SignInOptions signInOptions = new SignInOptions();
  final MovableClock clock = new MovableClock(NOW);
  final AccountAdministration admin = new AccountAdministration();

  AccountAdministrationTest() {
    referenceData.add(new WorkLocation("LOC-1", "Lincoln Elementary"));
    referenceData.add(new JobClass("TEACHER", "Classroom teacher"));
    Fields.set(revocations, "records", revocationRecords);
    Fields.set(revocations, "clock", clock);
    Fields.set(signInOptions, "issuer", Optional.empty());
    Fields.set(admin, "accounts", accounts);
    Fields.set(admin, "referenceData", referenceData);
    Fields.set(admin, "audit", audit);
    Fields.set(admin, "currentUser", new ActingUser().as("admin", Role.ADMIN));
    Fields.set(admin, "passwords", (PasswordHasher) p -> "hashed(" + p + ")");
    Fields.set(admin, "revocations", revocations);
    Fields.set(admin, "signInOptions", signInOptions);
    Fields.set(admin, "clock", clock);
    admin.create(newAccount("admin", Set.of(Role.ADMIN)));
    audit.entries.clear();
  }

  static NewAccount newAccount(String username, Set<String> roles) {
    return new NewAccount(username, "Ann Lee", null, null, roles, null, null, PASSWORD);
  }

  static NewAccount employee(String username) {
    return new NewAccount(
        username,
        " Ann Lee ",
        "ann@example.org",
        "es",
        Set.of(Role.EMPLOYEE),
        "LOC-1",
        "TEACHER",
        PASSWORD);
  }

  static AccountChanges roles(Set<String> roles) {
    return new AccountChanges(null, null, null, roles, null, null, null, null);
  }

  static AccountChanges active(boolean active) {
    return new AccountChanges(null, null, null, null, null, null, active, null);
  }

  static AccountChanges password(String password) {
    return new AccountChanges(null, null, null, null, null, null, null, password);
  }

  static FieldError refusal(Executable call) {
    InvalidInputException e = assertThrows(InvalidInputException.class, call);
    assertEquals(1, e.errors().size(), e.errors().toString());
    return e.errors().get(0);
  }

  boolean signInBeforeNowRevoked(String username) {
    return revocations.isRevoked(username, NOW.minusSeconds(60));
  }

  // ---- creating -------------------------------------------------------------------------------

  @Test
  void aNewAccountIsCreatedAsGivenAndAuditedWithoutItsPassword() {
    AccountView created = admin.create(employee("ann"));
    assertEquals(
        new AccountView(
            "ann",
            "Ann Lee",
            "ann@example.org",
            "es",
            List.of(Role.EMPLOYEE),
            "LOC-1",
            "TEACHER",
            true,
            0),
        created);
    assertEquals("hashed(" + PASSWORD + ")", accounts.find("ann").orElseThrow().passwordHash());
    AuditEntry entry = audit.last();
    assertEquals(AuditEntry.Action.ACCOUNT_CREATED, entry.getAction());
    assertEquals("ann", entry.getSubject());
    assertEquals("admin", entry.getActor());
    assertEquals(NOW, entry.getOccurredAt());
    assertNull(entry.getBefore());
    assertTrue(entry.getAfter().contains("LOC-1"), entry.getAfter());
    assertFalse(entry.getAfter().contains(PASSWORD), "never the password");
  }

  @Test
  void aNewAccountWithoutALanguageIsInEnglish() {
    assertEquals("en", admin.create(newAccount("bo", Set.of(Role.EMPLOYEE))).language());
  }

  @Test
  void aUserNameAlreadyTakenIsRefusedNamingTheField() {
    admin.create(employee("ann"));
    FieldError e = refusal(() -> admin.create(employee("ann")));
    assertEquals("username", e.field());
    assertEquals("account.taken", e.code());
    assertEquals(1, audit.entries.size());
  }

  @Test
  void aUserNameIsTwoToSixtyFourLowerCaseCharacters() {
    for (String bad : new String[] {"Ann", "a", "ann lee", "x".repeat(65)}) {
      FieldError e = refusal(() -> admin.create(employee(bad)));
      assertEquals("username", e.field(), bad);
      assertEquals("account.username", e.code(), bad);
    }
    for (String missing : new String[] {null, " "}) {
      assertEquals("username", refusal(() -> admin.create(employee(missing))).field());
    }
  }

  @Test
  void everyProblemOfANewAccountIsNamedAtOnce() {
    NewAccount bad =
        new NewAccount(
            "ann", " ", "not-an-address", "fr", Set.of(Role.HR_LEAD), "LOC-9", "PILOT", "short");
    List<FieldError> problems = admin.problemsOfNew(bad);
    assertEquals(
        List.of(
            "displayName",
            "workLocationCode",
            "jobClassCode",
            "email",
            "language",
            "roles",
            "password"),
        problems.stream().map(FieldError::field).toList());
    assertTrue(problems.get(1).message().contains("LOC-9"));
    assertTrue(problems.get(2).message().contains("PILOT"));
    assertEquals("an HR lead must also be an HR reviewer", problems.get(5).message());
    assertEquals(
        problems.size(),
        assertThrows(InvalidInputException.class, () -> admin.create(bad)).errors().size());
    assertFalse(accounts.exists("ann"));
  }

  @Test
  void anHrLeadMustAlsoBeAReviewer() {
    assertEquals(
        "roles", refusal(() -> admin.create(newAccount("lee", Set.of(Role.HR_LEAD)))).field());
    assertEquals(
        List.of(Role.REVIEWER, Role.HR_LEAD),
        admin.create(newAccount("lee", Set.of(Role.HR_LEAD, Role.REVIEWER))).roles());
    assertEquals(
        "roles", refusal(() -> admin.change("lee", roles(Set.of(Role.HR_LEAD)), null)).field());
    assertEquals(
        "roles", refusal(() -> admin.create(newAccount("bo", Set.of()))).field(), "no role");
    assertEquals("roles", refusal(() -> admin.create(newAccount("bo", Set.of("PILOT")))).field());
  }

  @Test
  void aPasswordIsTenToTwoHundredCharactersAndNotTheUserName() {
    String[] bad = {"123456789", "p".repeat(201), "annabelle1", "ANNABELLE1"};
    for (String password : bad) {
      NewAccount input =
          new NewAccount(
              "annabelle1", "Ann", null, null, Set.of(Role.EMPLOYEE), null, null, password);
      assertEquals("password", refusal(() -> admin.create(input)).field(), password);
    }
    assertTrue(
        admin
            .problemsOfNew(
                new NewAccount(
                    "ann", "Ann", null, null, Set.of(Role.EMPLOYEE), null, null, "1234567890"))
            .isEmpty());
    assertTrue(
        admin
            .problemsOfNew(
                new NewAccount(
                    "ann", "Ann", null, null, Set.of(Role.EMPLOYEE), null, null, "p".repeat(200)))
            .isEmpty());
  }

  @Test
  void aNewAccountNeedsAPasswordUnlessPeopleSignInThroughTheProvider() {
    NewAccount noPassword =
        new NewAccount("ann", "Ann", null, null, Set.of(Role.EMPLOYEE), null, null, null);
    assertEquals("password", refusal(() -> admin.create(noPassword)).field());
    Fields.set(signInOptions, "issuer", Optional.of("https://id.example.org"));
    assertTrue(admin.problemsOfNew(noPassword).isEmpty());
    admin.create(noPassword);
    assertNull(accounts.find("ann").orElseThrow().passwordHash());
  }

  @Test
  void aRosterAccountNeedsNoPasswordAndMayBeCreatedInactive() {
    NewAccount noPassword =
        new NewAccount("ann", "Ann", null, null, Set.of(Role.EMPLOYEE), null, null, null);
    assertTrue(admin.problemsOfImported(noPassword).isEmpty());
    assertFalse(admin.createImported(noPassword, false).active());
    assertTrue(admin.createImported(employee("bo"), true).active());
    assertEquals("username", admin.problemsOfImported(noPassword).get(0).field(), "now taken");
  }

  @Test
  void anEmailIsAnAddressOfAtMost254CharactersOrNone() {
    String local = "a".repeat(UserAccount.EMAIL_MAX - "@example.org".length());
    NewAccount longest =
        new NewAccount(
            "ann",
            "Ann",
            local + "@example.org",
            null,
            Set.of(Role.EMPLOYEE),
            null,
            null,
            PASSWORD);
    assertTrue(admin.problemsOfNew(longest).isEmpty());
    NewAccount tooLong =
        new NewAccount(
            "ann",
            "Ann",
            "a" + local + "@example.org",
            null,
            Set.of(Role.EMPLOYEE),
            null,
            null,
            PASSWORD);
    assertEquals("email", admin.problemsOfNew(tooLong).get(0).field());
    NewAccount blank =
        new NewAccount("ann", "Ann", "  ", null, Set.of(Role.EMPLOYEE), null, null, PASSWORD);
    assertNull(admin.create(blank).email());
  }

  @Test
  void aDisplayNameIsAtMostTwoHundredCharacters() {
    NewAccount tooLong =
        new NewAccount(
            "ann", "n".repeat(201), null, null, Set.of(Role.EMPLOYEE), null, null, PASSWORD);
    assertEquals("displayName", refusal(() -> admin.create(tooLong)).field());
  }

  // ---- changing -------------------------------------------------------------------------------

  @Test
  void aChangedAccountIsStoredAndAuditedBeforeAndAfter() {
    admin.create(employee("ann"));
    AccountView changed =
        admin.change(
            "ann", new AccountChanges(" Ann Smith ", "", "en", null, "", null, null, null), 0L);
    assertEquals("Ann Smith", changed.displayName());
    assertNull(changed.email(), "an empty address removes it");
    assertEquals("en", changed.language());
    assertNull(changed.workLocationCode(), "an empty code removes the location");
    assertEquals("TEACHER", changed.jobClassCode(), "no code: left as it was");
    assertEquals(1, accounts.stores);
    AuditEntry entry = audit.last();
    assertEquals(AuditEntry.Action.ACCOUNT_CHANGED, entry.getAction());
    assertTrue(entry.getBefore().contains("Ann Lee"), entry.getBefore());
    assertTrue(entry.getAfter().contains("Ann Smith"), entry.getAfter());
    assertFalse(signInBeforeNowRevoked("ann"), "nothing taken away: sign-ins stand");
  }

  @Test
  void aChangeThatChangesNothingIsNeitherStoredNorAudited() {
    admin.create(employee("ann"));
    AccountChanges same =
        new AccountChanges(
            "Ann Lee",
            "ann@example.org",
            "es",
            Set.of(Role.EMPLOYEE),
            "LOC-1",
            "TEACHER",
            true,
            null);
    assertFalse(admin.wouldChange("ann", same));
    AccountView unchanged = admin.change("ann", same, null);
    assertEquals(admin.get("ann"), unchanged, "answered with the account as it is");
    assertEquals(0, accounts.stores);
    assertEquals(1, audit.entries.size());
    assertTrue(admin.wouldChange("ann", roles(Set.of(Role.EMPLOYEE, Role.UNION_REP))));
    assertTrue(admin.wouldChange("ann", password("another password")), "a password always changes");
  }

  @Test
  void aChangeOnAnOlderVersionIsRefusedAsStale() {
    admin.create(employee("ann"));
    assertThrows(StaleVersionException.class, () -> admin.change("ann", active(false), 3L));
    assertTrue(accounts.find("ann").orElseThrow().isEnabled());
  }

  @Test
  void anUnknownAccountIsNotFound() {
    assertThrows(AccountNotFoundException.class, () -> admin.get("nobody"));
    assertThrows(AccountNotFoundException.class, () -> admin.change("nobody", active(false), null));
    assertThrows(
        AccountNotFoundException.class, () -> admin.problemsOfChange("nobody", active(false)));
  }

  @Test
  void aChangeToAnUnknownLocationOrJobClassIsRefusedNamingTheCode() {
    admin.create(employee("ann"));
    List<FieldError> problems =
        admin.problemsOfChange(
            "ann", new AccountChanges(null, null, null, null, "LOC-9", "PILOT", null, null));
    assertEquals(
        List.of("workLocationCode", "jobClassCode"),
        problems.stream().map(FieldError::field).toList());
    assertEquals("unknown work location LOC-9", problems.get(0).message());
    assertEquals("unknown job class PILOT", problems.get(1).message());
  }

  @Test
  void aChangeCannotBlankTheDisplayNameOrSetAnotherLanguage() {
    admin.create(employee("ann"));
    assertEquals(
        "displayName",
        refusal(
                () ->
                    admin.change(
                        "ann",
                        new AccountChanges(" ", null, null, null, null, null, null, null),
                        null))
            .field());
    assertEquals(
        "language",
        refusal(
                () ->
                    admin.change(
                        "ann",
                        new AccountChanges(null, null, "fr", null, null, null, null, null),
                        null))
            .field());
    assertEquals("password", refusal(() -> admin.change("ann", password("short"), null)).field());
  }

  @Test
  void deactivatingAnAccountRevokesItsSignInsAndReactivatingLetsItSignInAgain() {
    admin.create(employee("ann"));
    assertFalse(admin.change("ann", active(false), null).active());
    assertTrue(signInBeforeNowRevoked("ann"));
    assertFalse(revocations.isRevoked("ann", NOW.plusSeconds(1)), "a later sign-in counts");
    assertTrue(admin.change("ann", active(true), null).active());
    assertTrue(accounts.find("ann").orElseThrow().isEnabled());
    assertEquals(1, revocationRecords.stored.size(), "reactivating revokes nothing");
  }

  @Test
  void changingRolesRevokesEarlierSignIns() {
    admin.create(employee("ann"));
    admin.change("ann", roles(Set.of(Role.EMPLOYEE, Role.REVIEWER)), null);
    assertTrue(signInBeforeNowRevoked("ann"));
    assertEquals(List.of(Role.EMPLOYEE, Role.REVIEWER), admin.get("ann").roles());
  }

  @Test
  void aNewPasswordIsStoredHashedRevokesEarlierSignInsAndIsAuditedAsChangedOnly() {
    admin.create(employee("ann"));
    admin.change("ann", password("a new password"), null);
    assertEquals("hashed(a new password)", accounts.find("ann").orElseThrow().passwordHash());
    assertTrue(signInBeforeNowRevoked("ann"));
    AuditEntry entry = audit.last();
    assertEquals(AuditEntry.Action.ACCOUNT_CHANGED, entry.getAction());
    assertTrue(entry.getAfter().contains("\"passwordChanged\":true"), entry.getAfter());
    assertFalse(entry.getAfter().contains("a new password"));
  }

  @Test
  void anAdministratorCannotDeactivateThemselfNorDropTheirOwnAdministratorRole() {
    FieldError self = refusal(() -> admin.change("admin", active(false), null));
    assertEquals("active", self.field());
    assertEquals("account.self", self.code());
    FieldError role = refusal(() -> admin.change("admin", roles(Set.of(Role.REVIEWER)), null));
    assertEquals("roles", role.field());
    assertEquals("account.selfAdmin", role.code());
    assertTrue(accounts.find("admin").orElseThrow().isEnabled());
    assertTrue(accounts.find("admin").orElseThrow().getRoles().contains(Role.ADMIN));
    admin.create(newAccount("other", Set.of(Role.ADMIN)));
    assertFalse(admin.change("other", active(false), null).active(), "another administrator may");
  }

  // ---- reading --------------------------------------------------------------------------------

  @Test
  void accountsAreListedByUserNameInPagesWithTheWholeCount() {
    admin.create(employee("bo"));
    admin.create(employee("ann"));
    PageResult<AccountView> page = admin.list(1, 2);
    assertEquals(3, page.total());
    assertEquals(List.of("bo"), page.items().stream().map(AccountView::username).toList());
    assertEquals(
        List.of("ann"), admin.list(1, 1).items().stream().map(AccountView::username).toList());
    assertThrows(InvalidInputException.class, () -> admin.list(-1, 10));
  }

  @Test
  void aSearchFindsAccountsByPartOfTheirUserNameOrNameInAnyCase() {
    admin.create(employee("bo"));
    admin.create(employee("ann"));
    PageResult<AccountView> found = admin.list("  BO ", 0, 10);
    assertEquals(List.of("bo"), found.items().stream().map(AccountView::username).toList());
    assertEquals(1, found.total());
    PageResult<AccountView> byName = admin.list("ann lee", 0, 2);
    assertEquals(
        List.of("admin", "ann"),
        byName.items().stream().map(AccountView::username).toList(),
        "by name too (each is Ann Lee), in pages by user name");
    assertEquals(3, byName.total());
    assertEquals(3, admin.list(" ", 0, 10).total(), "a blank search: every account");
    InvalidInputException tooLong =
        assertThrows(
            InvalidInputException.class,
            () -> admin.list("x".repeat(AccountAdministration.SEARCH_MAX + 1), 0, 10));
    assertEquals("q", tooLong.errors().get(0).field());
  }

  @Test
  void theAuditLogIsReadNewestFirstInPages() {
    admin.create(employee("ann"));
    admin.create(employee("bo"));
    admin.create(employee("cy"));
    PageResult<AccountAdministration.AuditView> page = admin.auditLog(1, 2);
    assertEquals(3, page.total());
    assertEquals(
        List.of("ann"),
        page.items().stream().map(AccountAdministration.AuditView::subject).toList());
    assertThrows(InvalidInputException.class, () -> admin.auditLog(0, 0));
  }

  @Test
  void theAuditLogExportHoldsEveryEntryNewestFirstBeyondOnePage() throws Exception {
    for (int i = 0; i < PageResult.MAX_SIZE + 1; i++) {
      audit.append(
          new AuditEntry(NOW, "admin", AuditEntry.Action.ACCOUNT_CHANGED, "u" + i, null, null));
    }
    audit.append(
        new AuditEntry(NOW, "admin", AuditEntry.Action.ACCOUNT_CHANGED, "=cmd()", null, "{}"));
    StringWriter out = new StringWriter();
    admin.exportAuditLog(out);
    List<String> lines = out.toString().lines().toList();
    assertEquals("occurredAt,actor,action,subject,before,after", lines.get(0));
    assertEquals(PageResult.MAX_SIZE + 3, lines.size(), "a header and every entry");
    assertFalse(lines.get(1).contains(",=cmd()"), "a formula is defused: " + lines.get(1));
    assertTrue(lines.get(lines.size() - 1).contains(",u0,"), lines.get(lines.size() - 1));
  }

  @Test
  void theLocationsAndJobClassesToChooseFromCarryTheirCodesAndNames() {
    assertEquals(List.of(new ReferenceItem("LOC-1", "Lincoln Elementary")), admin.locations());
    assertEquals(List.of(new ReferenceItem("TEACHER", "Classroom teacher")), admin.jobClasses());
  }

  @Test
  void theAuditLogExportIsFlushedToTheCallersWriterWhichStaysOpen() throws Exception {
    admin.create(employee("ann"));
    StringWriter target = new StringWriter();
    java.io.BufferedWriter out = new java.io.BufferedWriter(target);
    admin.exportAuditLog(out);
    assertEquals(2, target.toString().lines().count(), "header and entry reached the target");
    out.write("more");
    out.flush();
    assertTrue(target.toString().endsWith("more"), "still open");
  }

  // ---- a roster from the HR system ------------------------------------------------------------

  /**
   * A roster is previewed row by row and imported all or nothing, each row through the checks of
   * one account made by hand (RosterImportParseTest reads the file itself).
   */
  @Nested
  class Roster {
    static final String HEADER =
        "username,displayName,email,language,roles,workLocationCode,jobClassCode,active\n";

    final RosterImport roster = new RosterImport();

    Roster() {
      Fields.set(roster, "administration", admin);
      Fields.set(roster, "accounts", accounts);
      admin.create(employee("ann"));
      admin.create(employee("dee"));
      audit.entries.clear();
    }

    static List<RowAction> actions(Preview p) {
      return p.rows().stream().map(RowResult::action).toList();
    }

    @Test
    void aPreviewSaysWhatEachRowWouldDoAndChangesNothing() {
      Preview p =
          roster.preview(
              HEADER
                  + "ann,Ann Lee,ann@example.org,es,EMPLOYEE,LOC-1,TEACHER,\n"
                  + "dee,Dee Lee,ann@example.org,es,EMPLOYEE,LOC-1,TEACHER,yes\n"
                  + "bo,Bo Diaz,,,,,,\n"
                  + "cy,Cy,,,,LOC-9,,\n");
      assertEquals(
          List.of(RowAction.UNCHANGED, RowAction.UPDATE, RowAction.CREATE, RowAction.INVALID),
          actions(p));
      assertEquals(List.of(2L, 3L, 4L, 5L), p.rows().stream().map(RowResult::line).toList());
      assertEquals(
          List.of("ann", "dee", "bo", "cy"), p.rows().stream().map(RowResult::username).toList());
      assertEquals("workLocationCode", p.rows().get(3).problems().get(0).field());
      assertEquals(
          List.of(1, 1, 1, 1), List.of(p.create(), p.update(), p.unchanged(), p.invalid()));
      assertFalse(p.valid());
      assertFalse(accounts.exists("bo"));
      assertEquals("Ann Lee", accounts.find("dee").orElseThrow().getDisplayName());
      assertTrue(audit.entries.isEmpty(), "nothing done, nothing audited");
    }

    @Test
    void aUserNameRepeatedInTheFileIsAProblemOfTheLaterRow() {
      Preview p = roster.preview("username,displayName\nbo,Bo\nbo,Bo again\n");
      assertEquals(List.of(RowAction.CREATE, RowAction.INVALID), actions(p));
      assertEquals(
          List.of(new FieldError("username", "roster.repeated", "appears in an earlier row")),
          p.rows().get(1).problems());
    }

    @Test
    void anImportCreatesAndChangesEveryRowAndAuditsEachOne() {
      Preview p =
          roster.importRoster(
              HEADER
                  + "ann,Ann Lee,ann@example.org,es,EMPLOYEE,LOC-1,TEACHER,\n"
                  + "dee,Dee Lee,dee@example.org,en,EMPLOYEE;REVIEWER,,,no\n"
                  + "bo,Bo Diaz,,,,,,no\n"
                  + "cy,Cy Diaz,,,UNION_REP,,,\n");
      assertTrue(p.valid());
      assertEquals(
          List.of(2, 1, 1, 0), List.of(p.create(), p.update(), p.unchanged(), p.invalid()));
      UserAccount dee = accounts.find("dee").orElseThrow();
      assertEquals("Dee Lee", dee.getDisplayName());
      assertEquals("dee@example.org", dee.getEmail());
      assertEquals(Set.of(Role.EMPLOYEE, Role.REVIEWER), dee.getRoles());
      assertNull(dee.getWorkLocation(), "an empty cell empties the placement");
      assertFalse(dee.isEnabled(), "deactivated as the row says");
      assertFalse(
          accounts.find("bo").orElseThrow().isEnabled(), "created inactive as the row says");
      assertTrue(accounts.find("cy").orElseThrow().isEnabled(), "active unless the row says not");
      assertNull(accounts.find("cy").orElseThrow().passwordHash(), "a roster carries no password");
      assertEquals(
          List.of(
              AuditEntry.Action.ACCOUNT_CHANGED,
              AuditEntry.Action.ACCOUNT_CREATED,
              AuditEntry.Action.ACCOUNT_CREATED),
          audit.entries.stream().map(AuditEntry::getAction).toList(),
          "the unchanged row is not audited");
    }

    @Test
    void anImportWithAnyProblemImportsNothingAndNamesEveryProblemByRow() {
      String csv =
          "username,displayName,workLocationCode,active\n"
              + "bo,Bo,LOC-1,\n"
              + "cy,Cy,LOC-9,\n"
              + "dee,Dee,,maybe\n";
      InvalidInputException e =
          assertThrows(InvalidInputException.class, () -> roster.importRoster(csv));
      assertEquals(
          List.of("row 3 workLocationCode", "row 4 active"),
          e.errors().stream().map(FieldError::field).toList());
      assertFalse(accounts.exists("bo"), "all or nothing");
      assertEquals("Ann Lee", accounts.find("dee").orElseThrow().getDisplayName());
      assertTrue(audit.entries.isEmpty());
    }

    @Test
    void aFileWithAHeaderAndNoRowsIsNotImported() {
      String csv = "username,displayName\n";
      assertFalse(roster.preview(csv).valid(), "nothing to import");
      InvalidInputException e =
          assertThrows(InvalidInputException.class, () -> roster.importRoster(csv));
      assertEquals(List.of(new FieldError("file", "roster.empty", "has no rows")), e.errors());
    }
  }
}
