package org.accommodationdesk.application.stats;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The statistics as CSV with Apache Commons CSV: a header row, one row per group, the totals last;
 * a hidden cell reads as the reader's word for hidden, never a number or a bound. The words (column
 * headers, row names, "hidden") come from {@link Words}: the API writes codes, the pages the
 * reader's language, and both keep the code of each row in its own column.
 */
public final class StatsCsv {
  private StatsCsv() {}

  /** The words of a CSV file. */
  public interface Words {
    /** The header of a column, by its code (key, label, requests, days0to5, filed, ...). */
    String column(String code);

    /** The name of a row of a table. */
    String rowLabel(StatTable table, StatRow row);

    /** The word for a hidden figure. */
    String hidden();

    /**
     * A rate (0 to 1) as written: four decimals with a dot for programs; the reader's decimal
     * separator in a page's file (a spreadsheet in Spanish reads "0.25" as text).
     */
    default String rate(double rate) {
      return String.format(java.util.Locale.ROOT, "%.4f", rate);
    }
  }

  /** Codes, for programs: the column codes as headers, rows by their stored names. */
  public static final Words CODES =
      new Words() {
        @Override
        public String column(String code) {
          return code;
        }

        @Override
        public String rowLabel(StatTable table, StatRow row) {
          return row.label();
        }

        @Override
        public String hidden() {
          return "hidden";
        }
      };

  public static void write(Object stats, Writer out, Words words) throws IOException {
    String hidden = words.hidden();
    CSVPrinter csv = CSVFormat.RFC4180.builder().get().print(out);
    if (stats instanceof StatisticsService.Summary s) {
      table(s.byCategory(), csv, words);
    } else if (stats instanceof StatTable t) {
      table(t, csv, words);
    } else if (stats instanceof StatisticsService.Backlog b) {
      csv.printRecord(
          org.accommodationdesk.application.stats.CsvCells.safe(
              headers(
                  words,
                  "days0to5",
                  "days6to10",
                  "days11to20",
                  "over20days",
                  "total",
                  "oldestWaitingDays",
                  "medianDaysToFirstDecision",
                  "p90DaysToFirstDecision")));
      csv.printRecord(
          org.accommodationdesk.application.stats.CsvCells.safe(
              text(b.days0to5(), hidden),
              text(b.days6to10(), hidden),
              text(b.days11to20(), hidden),
              text(b.over20days(), hidden),
              text(b.total(), hidden),
              nullable(b.oldestWaitingDays()),
              nullable(b.timeToFirstDecision().medianDays()),
              nullable(b.timeToFirstDecision().p90Days())));
    } else if (stats instanceof StatisticsService.Appeals a) {
      csv.printRecord(
          org.accommodationdesk.application.stats.CsvCells.safe(
              headers(words, "filed", "decided", "overturned", "renewals")));
      csv.printRecord(
          org.accommodationdesk.application.stats.CsvCells.safe(
              text(a.filed(), hidden),
              text(a.decided(), hidden),
              text(a.overturned(), hidden),
              text(a.renewals(), hidden)));
    } else if (stats instanceof StatisticsService.Timeliness t) {
      csv.printRecord(
          org.accommodationdesk.application.stats.CsvCells.safe(
              headers(
                  words,
                  "group",
                  "key",
                  "decided",
                  "onTime",
                  "onTimeRate",
                  "pastHardLimit",
                  "overdueNow")));
      for (var r : t.byCategory()) {
        timelinessRow(csv, "category", r, words);
      }
      for (var r : t.byLocation()) {
        timelinessRow(csv, "location", r, words);
      }
      timelinessRow(csv, "total", t.total(), words);
      for (LateReason l : t.lateByReason()) {
        csv.printRecord(
            org.accommodationdesk.application.stats.CsvCells.safe(
                "lateReason",
                Footprint.NO_REASON.equals(l.reason()) ? words.column("noDelayReason") : l.reason(),
                text(l.count(), hidden),
                "",
                "",
                "",
                words.column(l.acceptable() ? "acceptable" : "notAcceptable")));
      }
      Map<String, Cell> figures = new java.util.LinkedHashMap<>();
      figures.put("lateUnexcused", t.lateUnexcused());
      figures.put("expedited", t.expedited());
      figures.put("interim", t.interim());
      figures.put("filedForEmployee", t.filedForEmployee());
      for (Map.Entry<String, Cell> f : figures.entrySet()) {
        csv.printRecord(
            org.accommodationdesk.application.stats.CsvCells.safe(
                f.getKey(), "", text(f.getValue(), hidden), "", "", "", ""));
      }
    } else {
      throw new IllegalArgumentException("No CSV form for " + stats.getClass());
    }
    csv.flush();
  }

  private static void timelinessRow(
      CSVPrinter csv, String group, StatisticsService.TimelinessRow r, Words words)
      throws IOException {
    String hidden = words.hidden();
    Cell rate = r.onTimeRate();
    csv.printRecord(
        org.accommodationdesk.application.stats.CsvCells.safe(
            group,
            r.key(),
            text(r.decided(), hidden),
            text(r.onTime(), hidden),
            rate.suppressed()
                ? hidden
                : rate.value() == null ? "" : words.rate(rate.value().doubleValue()),
            text(r.pastHardLimit(), hidden),
            text(r.overdueNow(), hidden)));
  }

  private static String text(Cell c, String hidden) {
    return c.suppressed() ? hidden : c.value() == null ? "" : String.valueOf(c.value());
  }

  private static List<String> headers(Words words, String... codes) {
    return java.util.Arrays.stream(codes).map(words::column).toList();
  }

  private static void table(StatTable t, CSVPrinter csv, Words words) throws IOException {
    String hidden = words.hidden();
    List<String> header = new ArrayList<>(List.of("key", "label"));
    header.addAll(StatTable.ALL_COLUMNS);
    csv.printRecord(
        org.accommodationdesk.application.stats.CsvCells.safe(
            header.stream().map(words::column).toList()));
    List<StatRow> rows = new ArrayList<>(t.rows());
    rows.add(t.total());
    for (StatRow row : rows) {
      List<String> record =
          new ArrayList<>(
              List.of(
                  row.key(), row == t.total() ? words.column("total") : words.rowLabel(t, row)));
      for (String col : StatTable.ALL_COLUMNS) {
        Cell c = row.cell(col);
        record.add(
            c.suppressed()
                ? hidden
                : c.value() == null
                    ? ""
                    : col.equals("denialRate")
                        ? words.rate(c.value().doubleValue())
                        : String.valueOf(c.value()));
      }
      csv.printRecord(org.accommodationdesk.application.stats.CsvCells.safe(record));
    }
  }

  private static String nullable(Object o) {
    return o == null ? "" : String.valueOf(o);
  }
}
