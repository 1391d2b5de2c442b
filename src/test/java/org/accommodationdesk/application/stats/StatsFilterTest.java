package org.accommodationdesk.application.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.accommodationdesk.domain.request.Category;
import org.accommodationdesk.domain.request.FieldError;
import org.accommodationdesk.domain.request.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Which requests the statistics count, as a query string names them (ADR 0007: whole periods). */
class StatsFilterTest {

  static StatsFilter period(String period) {
    return StatsFilter.parse(period, null, null, null, null);
  }

  static List<FieldError> refusal(String period, String from, String to, String category) {
    return assertThrows(
            InvalidInputException.class, () -> StatsFilter.parse(period, from, to, category, null))
        .errors();
  }

  static FieldError only(List<FieldError> errors) {
    assertEquals(1, errors.size(), errors.toString());
    return errors.get(0);
  }

  static StatsFilter between(String from, String to) {
    return new StatsFilter(LocalDate.parse(from), LocalDate.parse(to), null, null);
  }

  @Test
  void noParametersFilterNothing() {
    assertEquals(StatsFilter.none(), StatsFilter.parse(null, null, null, null));
    assertEquals(StatsFilter.none(), StatsFilter.parse(" ", "", " ", "", "  "));
    assertEquals(new StatsFilter(null, null, null, null), StatsFilter.none());
  }

  @Test
  void fromAndToAreInclusiveDaysAsGiven() {
    assertEquals(
        between("2026-03-05", "2026-03-05"),
        StatsFilter.parse(" 2026-03-05 ", "2026-03-05", null, null),
        "one day: from equal to to is accepted, spaces trimmed");
    assertEquals(
        new StatsFilter(LocalDate.of(2026, 3, 5), null, null, null),
        StatsFilter.parse("2026-03-05", null, null, null),
        "an open end does not filter");
    assertEquals(
        new StatsFilter(null, LocalDate.of(2026, 3, 5), null, null),
        StatsFilter.parse(null, "2026-03-05", null, null));
  }

  @Test
  void aYearNamesItsFirstAndLastDay() {
    assertEquals(between("2026-01-01", "2026-12-31"), period("2026"));
    assertEquals(between("2024-01-01", "2024-12-31"), period(" 2024 "), "trimmed");
  }

  @ParameterizedTest
  @CsvSource({
    "2026-Q1, 2026-01-01, 2026-03-31",
    "2026-Q2, 2026-04-01, 2026-06-30",
    "2026-Q3, 2026-07-01, 2026-09-30",
    "2026-Q4, 2026-10-01, 2026-12-31",
    "2024-Q1, 2024-01-01, 2024-03-31"
  })
  void aQuarterNamesItsThreeMonths(String quarter, String first, String last) {
    assertEquals(between(first, last), period(quarter));
  }

  @ParameterizedTest
  @CsvSource({
    "2026-01, 2026-01-01, 2026-01-31",
    "2026-02, 2026-02-01, 2026-02-28",
    "2024-02, 2024-02-01, 2024-02-29",
    "2026-11, 2026-11-01, 2026-11-30",
    "2026-12, 2026-12-01, 2026-12-31"
  })
  void aMonthNamesItsFirstAndLastDay(String month, String first, String last) {
    assertEquals(between(first, last), period(month));
  }

  @Test
  void periodsRunFromTheEarliestYearTheDatabaseStoresToTheLast() {
    assertEquals(between("1900-01-01", "1900-12-31"), period("1900"));
    assertEquals(between("1900-01-01", "1900-03-31"), period("1900-Q1"));
    assertEquals(between("1900-01-01", "1900-01-31"), period("1900-01"));
    assertEquals(between("9999-12-01", "9999-12-31"), period("9999-12"));
    assertEquals(StatsFilter.LATEST, period("9999").to());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "1899",
        "1899-Q4",
        "1899-12",
        "0000",
        "2026-Q0",
        "2026-Q5",
        "2026-00",
        "2026-13",
        "2026-1",
        "26",
        "2026-11-01",
        "2026-q3",
        "20260",
        "last year"
      })
  void anythingElseIsNotAPeriod(String text) {
    FieldError error = only(refusal(text, null, null, null));
    assertEquals("period", error.field());
    assertEquals(
        "must be a year (2026), a quarter (2026-Q3) or a month (2026-11)", error.message());
  }

  @Test
  void aPeriodAndDatesTogetherAreRefused() {
    for (String[] dates : new String[][] {{"2026-01-01", null}, {null, "2026-12-31"}}) {
      FieldError error = only(refusal("2026", dates[0], dates[1], null));
      assertEquals("period", error.field());
      assertEquals("give either a period or from and to, not both", error.message());
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"2026-13-01", "2026-02-30", "01.03.2026", "yesterday", "2026-3-1"})
  void aDateThatIsNotYyyyMmDdIsRefusedByName(String text) {
    FieldError from = only(refusal(null, text, null, null));
    assertEquals("from", from.field());
    assertEquals("must be a date as YYYY-MM-DD", from.message());
    FieldError to = only(refusal(null, null, text, null));
    assertEquals("to", to.field());
    assertEquals("must be a date as YYYY-MM-DD", to.message());
  }

  @Test
  void datesOutsideWhatTheDatabaseStoresAreRefused() {
    String message = "must be a date between 1900-01-01 and 9999-12-31";
    FieldError early = only(refusal(null, "1899-12-31", null, null));
    assertEquals("from", early.field());
    assertEquals(message, early.message());
    FieldError late = only(refusal(null, null, "+10000-01-01", null));
    assertEquals("to", late.field());
    assertEquals(message, late.message());
  }

  @Test
  void theFirstAndLastStoredDaysAreAccepted() {
    assertEquals(
        new StatsFilter(StatsFilter.EARLIEST, StatsFilter.LATEST, null, null),
        StatsFilter.parse("1900-01-01", "9999-12-31", null, null));
  }

  @Test
  void toBeforeFromIsRefusedOnTo() {
    FieldError error = only(refusal(null, "2026-03-02", "2026-03-01", null));
    assertEquals("to", error.field());
    assertEquals("must not be before from", error.message());
  }

  @Test
  void everyWrongParameterIsNamedAtOnce() {
    List<FieldError> errors = refusal(null, "someday", "1800-01-01", "PET");
    assertEquals(
        List.of("from", "to", "category"), errors.stream().map(FieldError::field).toList());
    assertEquals(
        "must be OWN_CONDITION, PRIMARY_CAREGIVER or HOUSEHOLD_MEMBER", errors.get(2).message());
  }

  @Test
  void aCategoryIsItsNameTrimmed() {
    for (Category c : Category.values()) {
      assertEquals(c, StatsFilter.parse(null, null, " " + c.name() + " ", null).category());
    }
    assertEquals("category", only(refusal(null, null, null, "own_condition")).field());
  }

  @Test
  void aLocationIsItsCodeTrimmedAndBlankMeansEveryLocation() {
    assertEquals("LOC-1", StatsFilter.parse(null, null, null, " LOC-1 ").location());
    assertNull(StatsFilter.parse(null, null, null, "   ").location());
    assertNull(StatsFilter.parse(null, null, null, null).location());
  }

  @Test
  void allTimeIsAWholePeriod() {
    assertTrue(StatsFilter.none().isWholePeriod());
  }

  @Test
  void everyNamedPeriodIsWhole() {
    for (String p :
        new String[] {
          "2026", "2026-Q1", "2026-Q2", "2026-Q3", "2026-Q4", "2026-01", "2026-02", "2024-02",
          "2026-06", "2026-12"
        }) {
      assertTrue(period(p).isWholePeriod(), p);
    }
  }

  @ParameterizedTest
  @CsvSource({
    "2026-01-01, 2026-01-30, a month but its last day",
    "2026-01-02, 2026-01-31, a month but its first day",
    "2026-01-01, 2026-02-28, two months",
    "2026-02-01, 2026-04-30, three months that are not a quarter",
    "2026-03-01, 2026-05-31, three months that are not a quarter",
    "2026-01-01, 2026-03-30, a quarter but its last day",
    "2026-02-01, 2027-01-31, twelve months that are not a year",
    "2026-01-01, 2026-11-30, eleven months",
    "2025-01-01, 2026-12-31, two years",
    "2025-12-01, 2026-01-31, two months across a new year",
    "2026-01-01, 2027-01-31, thirteen months"
  })
  void otherRangesAreNotWholePeriods(String from, String to, String what) {
    assertFalse(between(from, to).isWholePeriod(), what);
  }

  @Test
  void anOpenEndedRangeIsNotAWholePeriod() {
    assertFalse(new StatsFilter(LocalDate.of(2026, 1, 1), null, null, null).isWholePeriod());
    assertFalse(new StatsFilter(null, LocalDate.of(2026, 1, 31), null, null).isWholePeriod());
  }
}
