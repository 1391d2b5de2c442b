package org.accommodationdesk.interfaces.web.report;

import java.text.MessageFormat;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.function.Function;
import org.accommodationdesk.application.reference.ReferenceNames;
import org.accommodationdesk.application.report.AnnualReport;
import org.accommodationdesk.application.report.AnnualReport.Line;
import org.accommodationdesk.application.report.AnnualReport.Row;
import org.accommodationdesk.application.report.ReportDocument.Table;
import org.accommodationdesk.application.stats.Cell;

/**
 * The annual report in words, in one language: the one place that names its codes (categories,
 * arrangements, job classes, locations, reasons) and formats its figures, for the page, the CSV
 * file and the PDF alike. A hidden figure reads as the word for hidden, never a number.
 */
public final class AnnualReportTables {
  static final String BUNDLE = "org.accommodationdesk.i18n.messages";

  private final ResourceBundle words;
  private final Locale locale;
  private final String language;
  private final ReferenceNames names;

  public AnnualReportTables(Locale locale, ReferenceNames names) {
    this.locale = locale;
    this.language = locale.getLanguage();
    this.words = ResourceBundle.getBundle(BUNDLE, locale);
    this.names = names;
  }

  /** The report's title, with its period. */
  public String title(AnnualReport r) {
    return text("report.title") + " " + r.period();
  }

  /** What the reader should know first: the period, and for the union, the protection. */
  public List<String> introduction(AnnualReport r) {
    List<String> lines = new ArrayList<>();
    lines.add(format("report.period", r.from(), r.to()));
    lines.add(text("report.cohort"));
    if (r.protectedView()) {
      lines.add(format("report.protected", r.minimumCellSize()));
    }
    return lines;
  }

  /** Every table of the report, in order. */
  public List<Table> tables(AnnualReport r) {
    List<Table> t = new ArrayList<>();
    t.add(outcomes("report.received", List.of(r.received()), k -> text("report.all")));
    t.add(outcomes("report.byCategory", r.byCategory(), k -> text("category." + k)));
    t.add(
        outcomes(
            "report.byArrangementRequested",
            r.byArrangementRequested(),
            k -> text("arrangement." + k)));
    t.add(
        lines(
            "report.byArrangementProvided",
            "report.col.granted",
            r.byArrangementProvided(),
            k -> text("arrangement." + k)));
    t.add(outcomes("report.byJobClass", r.byJobClass(), k -> names.jobClass(k, language)));
    t.add(outcomes("report.byWorkLocation", r.byWorkLocation(), names::location));
    t.add(
        lines(
            "report.denialReasons",
            "report.col.denied",
            r.denialReasons(),
            k -> "-".equals(k) ? text("report.notRecorded") : names.denialReason(k, language)));
    List<List<String>> time = new ArrayList<>();
    r.timeTaken()
        .distribution()
        .forEach(l -> time.add(List.of(format("report.days", l.key()), cell(l.count()))));
    time.add(List.of(text("report.decided"), cell(r.timeTaken().count())));
    time.add(List.of(text("report.median"), number(r.timeTaken().median())));
    t.add(table("report.timeTaken", List.of("", text("report.col.decisions")), time));
    List<List<String>> late = new ArrayList<>();
    r.late()
        .forEach(
            l ->
                late.add(
                    List.of(
                        ("-".equals(l.reason())
                                ? text("report.noDelayReason")
                                : names.reason(l.reason(), language))
                            + " ("
                            + text(l.acceptable() ? "report.acceptable" : "report.notAcceptable")
                            + ")",
                        cell(l.count()))));
    late.add(List.of(text("report.pastHardLimit"), cell(r.pastHardLimit())));
    t.add(table("report.late", List.of("", text("report.col.decisions")), late));
    t.add(
        table(
            "report.interim",
            List.of("", text("report.col.requests")),
            List.of(
                List.of(text("report.interimRequests"), cell(r.interim().count())),
                List.of(text("report.interimMedian"), number(r.interim().median())))));
    t.add(
        lines(
            "report.expedited",
            "report.col.requests",
            r.expedited(),
            k -> text("report.expedited." + k)));
    t.add(
        table(
            "report.costs",
            List.of("", text("report.col.value")),
            List.of(
                List.of(text("report.costRequests"), cell(r.costs().count())),
                List.of(text("report.costTotal"), money(r.costs().totalCents())),
                List.of(text("report.costMedian"), money(r.costs().medianCents())))));
    t.add(
        lines(
            "report.assistance",
            "report.col.requests",
            r.assistance(),
            k -> names.reason(k, language)));
    t.add(
        lines(
            "report.medical",
            "report.col.requests",
            r.medicalInformation(),
            k -> "-".equals(k) ? text("report.notRecorded") : names.reason(k, language)));
    return t;
  }

  private Table outcomes(String heading, List<Row> rows, Function<String, String> name) {
    List<List<String>> out = new ArrayList<>();
    for (Row row : rows) {
      out.add(
          List.of(
              name.apply(row.key()),
              cell(row.received()),
              cell(row.granted()),
              cell(row.denied()),
              cell(row.withdrawn()),
              cell(row.pending())));
    }
    return table(
        heading,
        List.of(
            "",
            text("report.col.received"),
            text("report.col.granted"),
            text("report.col.denied"),
            text("report.col.withdrawn"),
            text("report.col.pending")),
        out);
  }

  private Table lines(
      String heading, String column, List<Line> lines, Function<String, String> name) {
    List<List<String>> out = new ArrayList<>();
    lines.forEach(l -> out.add(List.of(name.apply(l.key()), cell(l.count()))));
    return table(heading, List.of("", text(column)), out);
  }

  private Table table(String heading, List<String> headers, List<List<String>> rows) {
    List<String> h = new ArrayList<>(headers);
    h.set(0, text("report.col.item"));
    return new Table(text(heading), h, rows);
  }

  /** A figure as read: the number, or the word for hidden. */
  public String cell(Cell c) {
    if (c.suppressed()) {
      return text("stats.hidden");
    }
    return c.value() == null ? "—" : NumberFormat.getIntegerInstance(locale).format(c.value());
  }

  private String number(Double d) {
    if (d == null) {
      return "—";
    }
    NumberFormat f = NumberFormat.getNumberInstance(locale);
    f.setMaximumFractionDigits(1);
    return f.format(d);
  }

  private String money(Long cents) {
    if (cents == null) {
      return "—";
    }
    NumberFormat f = NumberFormat.getCurrencyInstance(locale);
    f.setCurrency(Currency.getInstance("USD"));
    return f.format(cents / 100.0);
  }

  private String text(String key) {
    return words.getString(key);
  }

  private String format(String key, Object... args) {
    Object[] shown = args.clone();
    for (int i = 0; i < shown.length; i++) {
      if (shown[i] instanceof java.time.LocalDate d) {
        shown[i] =
            java.time.format.DateTimeFormatter.ofLocalizedDate(java.time.format.FormatStyle.LONG)
                .withLocale(locale)
                .format(d);
      }
    }
    return new MessageFormat(words.getString(key), locale).format(shown);
  }
}
