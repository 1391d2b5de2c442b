package org.accommodationdesk.application.stats;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import org.accommodationdesk.application.StatisticsService;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The statistics as CSV with Apache Commons CSV: a header row, one row per group, the totals last;
 * a suppressed cell reads "&lt;11" (the minimum cell size), never a number.
 */
public final class StatsCsv {
  private StatsCsv() {}

  public static void write(Object stats, Writer out) throws IOException {
    CSVPrinter csv = CSVFormat.RFC4180.builder().get().print(out);
    if (stats instanceof StatisticsService.Summary s) {
      table(s.byCategory(), csv);
    } else if (stats instanceof StatTable t) {
      table(t, csv);
    } else if (stats instanceof StatisticsService.Backlog b) {
      int k = b.minimumCellSize();
      csv.printRecord(
          "days0to5",
          "days6to10",
          "days11to20",
          "over20days",
          "total",
          "oldestWaitingDays",
          "medianDaysToFirstDecision",
          "p90DaysToFirstDecision");
      csv.printRecord(
          b.days0to5().display(k),
          b.days6to10().display(k),
          b.days11to20().display(k),
          b.over20days().display(k),
          b.total().display(k),
          nullable(b.oldestWaitingDays()),
          nullable(b.timeToFirstDecision().medianDays()),
          nullable(b.timeToFirstDecision().p90Days()));
    } else if (stats instanceof StatisticsService.Appeals a) {
      int k = a.minimumCellSize();
      csv.printRecord("filed", "decided", "overturned");
      csv.printRecord(a.filed().display(k), a.decided().display(k), a.overturned().display(k));
    } else {
      throw new IllegalArgumentException("No CSV form for " + stats.getClass());
    }
    csv.flush();
  }

  private static void table(StatTable t, CSVPrinter csv) throws IOException {
    List<String> header = new ArrayList<>(List.of("key", "label"));
    header.addAll(StatTable.ALL_COLUMNS);
    csv.printRecord(header);
    List<StatRow> rows = new ArrayList<>(t.rows());
    rows.add(t.total());
    for (StatRow row : rows) {
      List<String> record = new ArrayList<>(List.of(row.key(), row.label()));
      for (String col : StatTable.ALL_COLUMNS) {
        Cell c = row.cell(col);
        record.add(
            c.suppressed()
                ? "<" + t.minimumCellSize()
                : c.value() == null
                    ? ""
                    : col.equals("denialRate")
                        ? String.format(java.util.Locale.ROOT, "%.4f", c.value().doubleValue())
                        : String.valueOf(c.value()));
      }
      csv.printRecord(record);
    }
  }

  private static String nullable(Object o) {
    return o == null ? "" : String.valueOf(o);
  }
}
