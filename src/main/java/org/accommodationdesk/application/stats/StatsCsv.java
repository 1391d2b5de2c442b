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
 * a hidden cell reads as the reader's word for hidden, never a number or a bound.
 */
public final class StatsCsv {
  private StatsCsv() {}

  public static void write(Object stats, Writer out, String hidden) throws IOException {
    CSVPrinter csv = CSVFormat.RFC4180.builder().get().print(out);
    if (stats instanceof StatisticsService.Summary s) {
      table(s.byCategory(), csv, hidden);
    } else if (stats instanceof StatTable t) {
      table(t, csv, hidden);
    } else if (stats instanceof StatisticsService.Backlog b) {
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
          text(b.days0to5(), hidden),
          text(b.days6to10(), hidden),
          text(b.days11to20(), hidden),
          text(b.over20days(), hidden),
          text(b.total(), hidden),
          nullable(b.oldestWaitingDays()),
          nullable(b.timeToFirstDecision().medianDays()),
          nullable(b.timeToFirstDecision().p90Days()));
    } else if (stats instanceof StatisticsService.Appeals a) {
      csv.printRecord("filed", "decided", "overturned");
      csv.printRecord(
          text(a.filed(), hidden), text(a.decided(), hidden), text(a.overturned(), hidden));
    } else {
      throw new IllegalArgumentException("No CSV form for " + stats.getClass());
    }
    csv.flush();
  }

  private static String text(Cell c, String hidden) {
    return c.suppressed() ? hidden : c.value() == null ? "" : String.valueOf(c.value());
  }

  private static void table(StatTable t, CSVPrinter csv, String hidden) throws IOException {
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
                ? hidden
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
