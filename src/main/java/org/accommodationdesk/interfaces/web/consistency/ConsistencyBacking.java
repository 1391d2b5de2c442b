package org.accommodationdesk.interfaces.web.consistency;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.io.IOException;
import java.text.NumberFormat;
import java.util.List;
import org.accommodationdesk.application.accounts.CurrentUser;
import org.accommodationdesk.application.consistency.ConsistencyQueries.Measure;
import org.accommodationdesk.application.consistency.ConsistencyQueries.Unit;
import org.accommodationdesk.application.consistency.ConsistencyService;
import org.accommodationdesk.application.consistency.FunnelReport;
import org.accommodationdesk.application.stats.Cell;
import org.accommodationdesk.application.stats.StatsFilter;
import org.accommodationdesk.domain.account.Role;
import org.accommodationdesk.domain.request.Category;
import org.accommodationdesk.domain.request.DomainException;
import org.accommodationdesk.domain.request.InvalidInputException;
import org.accommodationdesk.interfaces.web.FacesSupport;
import org.accommodationdesk.interfaces.web.LanguageBacking;

/**
 * {@code /report/consistency.xhtml?unit=REVIEWER&measure=DENIAL&period=2026&category=...}: the
 * funnel of denial or overturn rates by reviewer or location. HR leads and administrators see the
 * chart, the limits and names; union reps a table of pseudonyms or locations, protected counts and
 * positions. Others get the not-found page (the service checks again). A GET form: the address
 * keeps what the page shows.
 */
@Named
@RequestScoped
public class ConsistencyBacking {
  @Inject private ConsistencyService consistency;
  @Inject private CurrentUser currentUser;
  @Inject private FacesSupport faces;
  @Inject private LanguageBacking language;

  private String unit = Unit.REVIEWER.name();
  private String measure = Measure.DENIAL.name();
  private String period;
  private String category;
  private FunnelReport report;

  /** The page's view action. */
  public void load() throws IOException {
    if (!currentUser.isUnionRep() && !currentUser.isAdministrator() && !inRole(Role.HR_LEAD)) {
      FacesSupport.notFound();
      return;
    }
    Unit u;
    Measure m;
    StatsFilter f;
    try {
      u = ConsistencyService.parse(Unit.class, "unit", unit, Unit.REVIEWER);
      m = ConsistencyService.parse(Measure.class, "measure", measure, Measure.DENIAL);
      f = StatsFilter.parse(period, null, null, category, null);
      report = consistency.funnel(u, m, f);
    } catch (InvalidInputException e) {
      faces.show(e, java.util.Map.of("period", "filters:period", "category", "filters:category"));
      report = consistency.funnel(Unit.REVIEWER, Measure.DENIAL, StatsFilter.none());
      period = null;
    } catch (DomainException e) {
      faces.show(e, java.util.Map.of());
      report = consistency.funnel(Unit.REVIEWER, Measure.DENIAL, StatsFilter.none());
    }
  }

  private boolean inRole(String role) {
    return jakarta.faces.context.FacesContext.getCurrentInstance()
        .getExternalContext()
        .isUserInRole(role);
  }

  /**
   * The report, loaded at the latest when first read (a postback of the page's header forms, such
   * as the language switch, renders without the view action).
   */
  public FunnelReport getReport() {
    if (report == null) {
      try {
        load();
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }
    return report;
  }

  /** The rows of the table: plotted units first, then those under the minimum. */
  public List<FunnelReport.FunnelPoint> getPoints() {
    return getReport().points().stream()
        .sorted(java.util.Comparator.comparing((FunnelReport.FunnelPoint p) -> !p.plotted()))
        .toList();
  }

  /** A unit's name: "Reviewer QXKTB" for a pseudonym, else its label. */
  public String label(FunnelReport.FunnelPoint p) {
    if (getReport().protectedView() && Unit.REVIEWER.name().equals(getReport().unit())) {
      return "-".equals(p.key())
          ? faces.text("consistency.formerReviewers")
          : faces.text("stats.reviewerPseudonym", p.key());
    }
    return p.label();
  }

  /** A position in words. */
  public String position(FunnelReport.FunnelPoint p) {
    return p.position() == null
        ? faces.text("consistency.notPlaced", getReport().minimumDecisions())
        : faces.text("consistency.position." + p.position());
  }

  /** Whether a row stands out (beyond the alarm limits, or above/below for the union). */
  public boolean outlier(FunnelReport.FunnelPoint p) {
    return p.position() != null
        && (p.position().endsWith("ALARM")
            || "ABOVE".equals(p.position())
            || "BELOW".equals(p.position()));
  }

  public String count(Cell c) {
    if (c.suppressed()) {
      return faces.text("stats.hidden");
    }
    return c.value() == null
        ? "–"
        : NumberFormat.getIntegerInstance(language.getLocale()).format(c.value());
  }

  public String percent(Double rate) {
    if (rate == null) {
      return "–";
    }
    NumberFormat f = NumberFormat.getPercentInstance(language.getLocale());
    f.setMaximumFractionDigits(1);
    f.setMinimumFractionDigits(1);
    return f.format(rate);
  }

  /** The heading of the measure's rate column. */
  public String getRateHeading() {
    return faces.text("consistency.rate." + getReport().measure());
  }

  /** Chart.js configuration: the plotted units against their decisions, and the limits. */
  public String getChart() {
    JsonArrayBuilder units = Json.createArrayBuilder();
    for (FunnelReport.FunnelPoint p : getReport().points()) {
      if (p.plotted() && p.adjustedRate() != null) {
        units.add(
            Json.createObjectBuilder()
                .add("x", p.decisions().value().longValue())
                .add("y", Math.min(1, p.adjustedRate()))
                .add("label", p.label()));
      }
    }
    JsonArrayBuilder datasets =
        Json.createArrayBuilder()
            .add(
                Json.createObjectBuilder()
                    .add("type", "scatter")
                    .add("label", faces.text("consistency.chart.units"))
                    .add("data", units)
                    .add("backgroundColor", "#1f4e79")
                    .add("pointRadius", 5));
    datasets.add(line("consistency.chart.upper998", 3, "#a4262c", true));
    datasets.add(line("consistency.chart.upper95", 2, "#8a5300", false));
    datasets.add(line("consistency.chart.lower95", 1, "#8a5300", false));
    datasets.add(line("consistency.chart.lower998", 0, "#a4262c", true));
    JsonArrayBuilder target = Json.createArrayBuilder();
    if (!getReport().curve().isEmpty() && getReport().target() != null) {
      target.add(point(getReport().curve().get(0).decisions(), getReport().target()));
      target.add(
          point(
              getReport().curve().get(getReport().curve().size() - 1).decisions(),
              getReport().target()));
    }
    datasets.add(
        Json.createObjectBuilder()
            .add("type", "line")
            .add("label", faces.text("consistency.chart.target"))
            .add("data", target)
            .add("borderColor", "#333333")
            .add("pointRadius", 0)
            .add("borderWidth", 1));
    JsonObjectBuilder options =
        Json.createObjectBuilder()
            .add("animation", false)
            .add(
                "scales",
                Json.createObjectBuilder()
                    .add(
                        "x",
                        Json.createObjectBuilder()
                            .add("type", "logarithmic")
                            .add(
                                "title",
                                Json.createObjectBuilder()
                                    .add("display", true)
                                    .add("text", faces.text("consistency.chart.x"))))
                    .add(
                        "y",
                        Json.createObjectBuilder()
                            .add("min", 0)
                            .add("max", 1)
                            .add(
                                "title",
                                Json.createObjectBuilder()
                                    .add("display", true)
                                    .add("text", getRateHeading()))));
    return Json.createObjectBuilder()
        .add("type", "scatter")
        .add("data", Json.createObjectBuilder().add("datasets", datasets))
        .add("options", options)
        .build()
        .toString();
  }

  private JsonObjectBuilder line(String label, int which, String colour, boolean solid) {
    JsonArrayBuilder data = Json.createArrayBuilder();
    for (FunnelReport.CurvePoint c : getReport().curve()) {
      double y =
          switch (which) {
            case 0 -> c.lower998();
            case 1 -> c.lower95();
            case 2 -> c.upper95();
            default -> c.upper998();
          };
      data.add(point(c.decisions(), y));
    }
    JsonObjectBuilder b =
        Json.createObjectBuilder()
            .add("type", "line")
            .add("label", faces.text(label))
            .add("data", data)
            .add("borderColor", colour)
            .add("pointRadius", 0)
            .add("borderWidth", solid ? 2 : 1);
    if (!solid) {
      b.add("borderDash", Json.createArrayBuilder().add(6).add(4));
    }
    return b;
  }

  private static JsonObjectBuilder point(long x, double y) {
    return Json.createObjectBuilder().add("x", x).add("y", y);
  }

  /** The address of this view's CSV export. */
  public String getCsvQuery() {
    StringBuilder q = new StringBuilder("unit=").append(getReport().unit());
    q.append("&measure=").append(getReport().measure());
    if (period != null && !period.isBlank()) {
      q.append("&period=")
          .append(
              java.net.URLEncoder.encode(period.strip(), java.nio.charset.StandardCharsets.UTF_8));
    }
    if (category != null && !category.isBlank()) {
      q.append("&category=").append(category.strip());
    }
    return q.toString();
  }

  public List<Category> getCategories() {
    return List.of(Category.values());
  }

  public List<String> getUnits() {
    return List.of(Unit.REVIEWER.name(), Unit.LOCATION.name());
  }

  public List<String> getMeasures() {
    return List.of(Measure.DENIAL.name(), Measure.OVERTURN.name());
  }

  public String getUnit() {
    return unit;
  }

  public void setUnit(String unit) {
    this.unit = unit;
  }

  public String getMeasure() {
    return measure;
  }

  public void setMeasure(String measure) {
    this.measure = measure;
  }

  public String getPeriod() {
    return period;
  }

  public void setPeriod(String period) {
    this.period = period;
  }

  public String getCategory() {
    return category;
  }

  public void setCategory(String category) {
    this.category = category;
  }
}
