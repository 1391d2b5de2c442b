package org.accommodationdesk.application.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import java.util.List;
import java.util.Set;
import org.accommodationdesk.domain.request.FieldError;
import org.accommodationdesk.domain.request.InvalidInputException;
import org.junit.jupiter.api.Test;

/** Issue 21, finding 4: a roster that is not valid CSV is refused by name, never a 500. */
class RosterImportParseTest {
  @Test
  void anUnclosedQuoteIsNamed() {
    for (String csv :
        new String[] {
          "username,displayName\nann,\"Ann Lee\n",
          "username,displayName\nann,Ann\nbob,\"Bob \"the\" Builder\n",
          "username,displayName\n\"ann,Ann\n"
        }) {
      InvalidInputException e =
          assertThrows(InvalidInputException.class, () -> RosterImport.parse(csv), csv);
      assertEquals("file", e.errors().get(0).field());
      assertTrue(e.errors().get(0).message().contains("quoted value is not closed"), csv);
    }
  }

  @Test
  void aValidRosterIsRead() {
    assertEquals(2, RosterImport.parse("username,displayName\nann,\"Lee, Ann\"\nbob,Bob\n").size());
  }

  /** A component of a parsed row (a private record of the import), read as the import reads it. */
  static Object part(Object row, String component) {
    try {
      Method m = row.getClass().getDeclaredMethod(component);
      m.setAccessible(true);
      return m.invoke(row);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  static AccountAdministration.NewAccount account(Object row) {
    return (AccountAdministration.NewAccount) part(row, "account");
  }

  @SuppressWarnings("unchecked")
  static List<FieldError> problems(Object row) {
    return (List<FieldError>) part(row, "problems");
  }

  static String refusal(String csv) {
    InvalidInputException e =
        assertThrows(InvalidInputException.class, () -> RosterImport.parse(csv), csv);
    assertEquals("file", e.errors().get(0).field());
    return e.errors().get(0).message();
  }

  @Test
  void emptyCellsTakeTheDefaultsEnglishEmployeeNoPlacementAndActive() {
    Object row =
        RosterImport.parse("username,displayName,email,language,roles,active\nann,Ann,, ,,\n")
            .get(0);
    assertEquals(
        new AccountAdministration.NewAccount(
            "ann", "Ann", null, "en", Set.of("EMPLOYEE"), null, null, null),
        account(row));
    assertEquals(null, part(row, "active"), "not said: active");
    assertEquals(List.of(), problems(row));
    assertEquals(2L, part(row, "line"), "the line of the file");
  }

  @Test
  void everyGivenCellIsReadTrimmedAndRolesAreSplitAndUpperCased() {
    Object row =
        RosterImport.parse(
                "\uFEFFusername,displayName,email,language,roles,workLocationCode,jobClassCode,active\n"
                    + " bo , Bo Lee ,bo@example.org,es,reviewer; hr_lead|employee,LOC-1,TEACHER,no\n")
            .get(0);
    assertEquals(
        new AccountAdministration.NewAccount(
            "bo",
            "Bo Lee",
            "bo@example.org",
            "es",
            Set.of("REVIEWER", "HR_LEAD", "EMPLOYEE"),
            "LOC-1",
            "TEACHER",
            null),
        account(row),
        "a byte order mark from a spreadsheet is not part of the first column");
    Object leading = RosterImport.parse("username,displayName,roles\nann,Ann,;reviewer,\n").get(0);
    assertEquals(Set.of("REVIEWER"), account(leading).roles(), "no empty role from a separator");
    assertEquals(false, part(row, "active"));
  }

  @Test
  void activeIsTrueOrFalseInTheUsualSpellings() {
    String[][] cases = {
      {"true", "true"}, {"YES", "true"}, {"1", "true"}, {"y", "true"},
      {"False", "false"}, {"no", "false"}, {"0", "false"}, {"N", "false"}
    };
    for (String[] c : cases) {
      Object row = RosterImport.parse("username,displayName,active\nann,Ann," + c[0] + "\n").get(0);
      assertEquals(Boolean.valueOf(c[1]), part(row, "active"), c[0]);
      assertEquals(List.of(), problems(row));
    }
    Object maybe = RosterImport.parse("username,displayName,active\nann,Ann,maybe\n").get(0);
    assertEquals(List.of(new FieldError("active", "must be true or false")), problems(maybe));
  }

  @Test
  void aRowWithFewerOrMoreCellsThanTheHeaderIsAProblemOfThatRow() {
    List<?> rows = RosterImport.parse("username,displayName,email\nann\nbo,Bo,bo@example.org,x\n");
    assertEquals(
        List.of(new FieldError("file", "has 1 columns where the header has 3")),
        problems(rows.get(0)));
    assertEquals(null, account(rows.get(0)).displayName(), "a missing cell is empty");
    assertEquals(
        List.of(new FieldError("file", "has 4 columns where the header has 3")),
        problems(rows.get(1)));
  }

  @Test
  void aFileWithoutUserNameAndDisplayNameColumnsOrWithUnknownOnesIsRefused() {
    assertTrue(
        refusal("username,email\nann,a@example.org\n")
            .startsWith(
                "needs a header row with at least username and displayName (columns: username, displayName, email,"));
    assertTrue(refusal("displayName\nAnn\n").startsWith("needs a header row"));
    assertEquals(
        "has unknown columns [age, salary]",
        refusal("username,displayName,age,salary\nann,Ann,40,1\n"));
    assertEquals("is empty", refusal("  \n "));
    assertEquals("is empty", refusal(null));
  }

  @Test
  void aFileHasAtMostTenThousandRows() {
    StringBuilder csv = new StringBuilder("username,displayName\n");
    for (int i = 0; i < RosterImport.MAX_ROWS; i++) {
      csv.append("user").append(i).append(",User\n");
    }
    assertEquals(RosterImport.MAX_ROWS, RosterImport.parse(csv.toString()).size());
    csv.append("one.more,User\n");
    assertEquals("has more than 10000 rows", refusal(csv.toString()));
  }
}
