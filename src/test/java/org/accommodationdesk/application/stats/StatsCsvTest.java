package org.accommodationdesk.application.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The statistics as CSV: headers, one row per group, totals last, hidden figures as a word. */
class StatsCsvTest {
  /** Words of a reader's language, to tell headers, row names and "hidden" from codes. */
  static final StatsCsv.Words SPANISH =
      new StatsCsv.Words() {
        @Override
        public String column(String code) {
          return "col:" + code;
        }

        @Override
        public String rowLabel(StatTable table, StatRow row) {
          return table.dimension() + "/" + row.key();
        }

        @Override
        public String hidden() {
          return "oculto";
        }
      };

  static String csv(Object stats, StatsCsv.Words words) throws IOException {
    StringWriter out = new StringWriter();
    StatsCsv.write(stats, out, words);
    return out.toString();
  }

  static List<String> lines(Object stats, StatsCsv.Words words) throws IOException {
    return List.of(csv(stats, words).split("\r\n"));
  }

  static OutcomeCounts group(String key, String label, long approved, long denied, long pending) {
    return new OutcomeCounts(
        key,
        label,
        Map.of(
            Bucket.APPROVED, new Tally(approved, 11 * approved),
            Bucket.DENIED, new Tally(denied, 13 * denied),
            Bucket.PENDING, new Tally(pending, 17 * pending)));
  }

  static final StatTable EXACT =
      StatTables.of(
          "category",
          List.of(
              group("OWN_CONDITION", "Own condition", 3, 1, 2),
              group("PRIMARY_CAREGIVER", "Caregiver", 0, 0, 1)),
          Disclosure.exact());

  @Test
  void anExactTableHasAHeaderARowPerGroupAndTheTotalsLast() throws IOException {
    assertEquals(
        List.of(
            "key,label,requests,decided,approved,approvedWithChanges,denied,withdrawn,pending,"
                + "denialRate",
            "OWN_CONDITION,Own condition,6,4,3,0,1,0,2,0.2500",
            "PRIMARY_CAREGIVER,Caregiver,1,0,0,0,0,0,1,",
            "TOTAL,total,7,4,3,0,1,0,3,0.2500"),
        lines(EXACT, StatsCsv.CODES),
        "a rate over no decisions is empty, not 0 and not hidden");
  }

  @Test
  void theReadersWordsNameColumnsRowsAndTheTotalButKeysStayCodes() throws IOException {
    List<String> lines = lines(EXACT, SPANISH);
    assertTrue(lines.get(0).startsWith("col:key,col:label,col:requests,"), lines.get(0));
    assertTrue(lines.get(0).endsWith(",col:denialRate"), lines.get(0));
    assertTrue(lines.get(1).startsWith("OWN_CONDITION,category/OWN_CONDITION,6,"), lines.get(1));
    assertTrue(lines.get(3).startsWith("TOTAL,col:total,7,"), lines.get(3));
  }

  @Test
  void aSummaryIsWrittenAsItsTableByCategory() throws IOException {
    assertEquals(
        csv(EXACT, StatsCsv.CODES),
        csv(new StatisticsService.Summary(EXACT, null, 11, false), StatsCsv.CODES));
  }

  @Test
  void aHiddenFigureIsTheWordForHiddenNeverANumber() throws IOException {
    StatTable union =
        StatTables.of(
            "category", List.of(group("OWN_CONDITION", "Own", 3, 1, 2)), Disclosure.protect(11));
    assertTrue(union.suppressionApplied());
    assertEquals(11, union.minimumCellSize());
    List<String> lines = lines(union, SPANISH);
    assertEquals(
        "OWN_CONDITION,category/OWN_CONDITION,oculto,oculto,oculto,oculto,oculto,oculto,oculto,"
            + "oculto",
        lines.get(1));
    assertEquals(
        "TOTAL,col:total,oculto,oculto,oculto,oculto,oculto,oculto,oculto,oculto", lines.get(2));
  }

  @Test
  void aBacklogIsOneRowOfBucketsWithItsDurations() throws IOException {
    StatisticsService.Backlog backlog =
        new StatisticsService.Backlog(
            Cell.of(12),
            Cell.hidden(),
            Cell.of(null),
            Cell.of(40),
            Cell.of(70),
            31L,
            new StatisticsService.Durations(4.5, null, Cell.of(30), false),
            11);
    assertEquals(
        List.of(
            "col:days0to5,col:days6to10,col:days11to20,col:over20days,col:total,"
                + "col:oldestWaitingDays,col:medianDaysToFirstDecision,col:p90DaysToFirstDecision",
            "12,oculto,,40,70,31,4.5,"),
        lines(backlog, SPANISH));
  }

  @Test
  void appealsAreOneRowOfFourFigures() throws IOException {
    StatisticsService.Appeals appeals =
        new StatisticsService.Appeals(Cell.of(25), Cell.of(20), Cell.hidden(), Cell.of(0), 11);
    assertEquals(
        List.of("col:filed,col:decided,col:overturned,col:renewals", "25,20,oculto,0"),
        lines(appeals, SPANISH));
  }

  @Test
  void timelinessListsCategoriesThenLocationsThenTheTotalThenTheDelaysAndHandling()
      throws IOException {
    StatisticsService.Timeliness timeliness =
        new StatisticsService.Timeliness(
            List.of(
                new StatisticsService.TimelinessRow(
                    "OWN_CONDITION",
                    Cell.of(40),
                    Cell.of(30),
                    Cell.of(0.75),
                    Cell.of(1),
                    Cell.of(2))),
            List.of(
                new StatisticsService.TimelinessRow(
                    "LOC-1",
                    Cell.hidden(),
                    Cell.hidden(),
                    Cell.hidden(),
                    Cell.hidden(),
                    Cell.hidden()),
                new StatisticsService.TimelinessRow(
                    "=LOC-2", Cell.of(0), Cell.of(0), Cell.of(null), Cell.of(0), Cell.of(0))),
            new StatisticsService.TimelinessRow(
                "", Cell.of(52), Cell.of(39), Cell.of(2.0 / 3), Cell.of(1), Cell.of(2)),
            5,
            List.of(
                new LateReason("-", false, Cell.of(4)),
                new LateReason("EQUIPMENT", true, Cell.hidden())),
            Cell.of(4),
            Cell.of(12),
            Cell.hidden(),
            Cell.of(3),
            11);
    assertEquals(
        List.of(
            "col:group,col:key,col:decided,col:onTime,col:onTimeRate,col:pastHardLimit,"
                + "col:overdueNow",
            "category,OWN_CONDITION,40,30,0.7500,1,2",
            "location,LOC-1,oculto,oculto,oculto,oculto,oculto",
            "location,'=LOC-2,0,0,,0,0",
            "total,,52,39,0.6667,1,2",
            "lateReason,col:noDelayReason,4,,,,col:notAcceptable",
            "lateReason,EQUIPMENT,oculto,,,,col:acceptable",
            "lateUnexcused,,4,,,,",
            "expedited,,12,,,,",
            "interim,,oculto,,,,",
            "filedForEmployee,,3,,,,"),
        lines(timeliness, SPANISH),
        "a key a spreadsheet would run as a formula is written as text");
  }

  @Test
  void theWholeFileReachesABufferedWriterBeforeItIsClosed() throws IOException {
    StringWriter target = new StringWriter();
    java.io.BufferedWriter buffered = new java.io.BufferedWriter(target, 1 << 16);
    StatsCsv.write(EXACT, buffered, StatsCsv.CODES);
    assertEquals(csv(EXACT, StatsCsv.CODES), target.toString());
  }

  @Test
  void somethingElseHasNoCsvForm() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> csv("not statistics", SPANISH));
    assertTrue(e.getMessage().contains("String"), e.getMessage());
  }

  @Test
  void theCodesWordsAreTheColumnCodesTheStoredRowNamesAndHidden() {
    StatRow row = EXACT.rows().get(0);
    assertEquals("denialRate", StatsCsv.CODES.column("denialRate"));
    assertEquals("Own condition", StatsCsv.CODES.rowLabel(EXACT, row));
    assertEquals("hidden", StatsCsv.CODES.hidden());
    assertFalse(EXACT.suppressionApplied());
  }
}
