package org.accommodationdesk.interfaces.web.report;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.accommodationdesk.application.reference.ReferenceNames;
import org.accommodationdesk.application.report.AnnualReport;
import org.accommodationdesk.application.report.AnnualReportService;
import org.accommodationdesk.application.report.ReportDocument.Table;
import org.accommodationdesk.domain.request.DomainException;
import org.accommodationdesk.interfaces.web.FacesSupport;

/**
 * {@code /report/annual.xhtml?year=2026}: the annual report for HR reviewers, administrators and
 * union reps (web.xml; the service checks again and protects the union's figures). A page that
 * posts nothing: the year is a GET form.
 */
@Named
@RequestScoped
public class AnnualReportBacking {
  @Inject private AnnualReportService reports;
  @Inject private ReferenceNames names;
  @Inject private FacesSupport faces;
  @Inject private org.accommodationdesk.interfaces.web.LanguageBacking language;

  private String year;
  private AnnualReport report;
  private AnnualReportTables tables;

  /** The page's view action: the report of the year asked for (this year without one). */
  public void load() {
    int y;
    try {
      y = year == null || year.isBlank() ? reports.currentYear() : Integer.parseInt(year.strip());
    } catch (NumberFormatException e) {
      faces.error("yearForm:year", faces.text("error.field.year"));
      y = reports.currentYear();
    }
    year = String.valueOf(y);
    try {
      report = reports.report(y, null, null);
    } catch (DomainException e) {
      faces.error("yearForm:year", faces.text("error.field.year"));
      report = reports.report(reports.currentYear(), null, null);
      year = String.valueOf(reports.currentYear());
    }
    // the reader's language: the view's own locale is set only when it renders, after this action
    tables = new AnnualReportTables(language.getLocale(), names);
  }

  /** The report, loaded at the latest when first read (a postback of the page's header forms). */
  private AnnualReport loaded() {
    if (report == null) {
      load();
    }
    return report;
  }

  public AnnualReport getReport() {
    return loaded();
  }

  public String getTitle() {
    AnnualReport r = loaded();
    return tables.title(r);
  }

  public List<String> getIntroduction() {
    AnnualReport r = loaded();
    return tables.introduction(r);
  }

  public List<Table> getTables() {
    AnnualReport r = loaded();
    return tables.tables(r);
  }

  /** Chart.js configuration: granted and denied requests by category. */
  public String getCategoryChart() {
    var labels = jakarta.json.Json.createArrayBuilder();
    var granted = jakarta.json.Json.createArrayBuilder();
    var denied = jakarta.json.Json.createArrayBuilder();
    ResourceBundleText t = new ResourceBundleText();
    for (AnnualReport.Row r : loaded().byCategory()) {
      labels.add(t.get("category." + r.key()));
      add(granted, r.granted());
      add(denied, r.denied());
    }
    return jakarta.json.Json.createObjectBuilder()
        .add("type", "bar")
        .add(
            "data",
            jakarta.json.Json.createObjectBuilder()
                .add("labels", labels)
                .add(
                    "datasets",
                    jakarta.json.Json.createArrayBuilder()
                        .add(dataset(t.get("report.col.granted"), granted, "#1f4e79"))
                        .add(dataset(t.get("report.col.denied"), denied, "#a4262c"))))
        .add(
            "options",
            jakarta.json.Json.createObjectBuilder()
                .add("animation", false)
                .add(
                    "scales",
                    jakarta.json.Json.createObjectBuilder()
                        .add(
                            "y", jakarta.json.Json.createObjectBuilder().add("beginAtZero", true))))
        .build()
        .toString();
  }

  private static jakarta.json.JsonObjectBuilder dataset(
      String label, jakarta.json.JsonArrayBuilder data, String colour) {
    return jakarta.json.Json.createObjectBuilder()
        .add("label", label)
        .add("data", data)
        .add("backgroundColor", colour)
        .add("borderColor", colour);
  }

  private static void add(
      jakarta.json.JsonArrayBuilder data, org.accommodationdesk.application.stats.Cell c) {
    if (c.suppressed() || c.value() == null) {
      data.addNull();
    } else {
      data.add(c.value().longValue());
    }
  }

  /** The page's words (for the chart's labels). */
  private final class ResourceBundleText {
    String get(String key) {
      return faces.text(key);
    }
  }

  public String getYear() {
    return year;
  }

  public void setYear(String year) {
    this.year = year;
  }
}
