package org.accommodationdesk.interfaces.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.faces.model.SelectItemGroup;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.accommodationdesk.application.reference.ReferenceChoices;
import org.accommodationdesk.application.reference.ReferenceItem;
import org.accommodationdesk.application.reference.ReferenceNames;
import org.accommodationdesk.application.stats.Cell;
import org.accommodationdesk.application.stats.Disclosure;
import org.accommodationdesk.application.stats.StatRow;
import org.accommodationdesk.application.stats.StatTable;
import org.accommodationdesk.application.stats.StatisticsQueries.Dimension;
import org.accommodationdesk.application.stats.StatisticsService;
import org.accommodationdesk.application.stats.StatisticsService.Appeals;
import org.accommodationdesk.application.stats.StatisticsService.Backlog;
import org.accommodationdesk.application.stats.StatsFilter;
import org.accommodationdesk.domain.request.Category;
import org.accommodationdesk.domain.request.DomainException;

/**
 * The statistics dashboard ({@code /union/home.xhtml} for union reps, {@code /review/stats.xhtml}
 * for HR): the same charts and tables; the service decides what each role may see.
 */
@Named
@ViewScoped
public class StatisticsDashboardBacking implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject private StatisticsService statistics;
  @Inject private ReferenceNames referenceNames;
  @Inject private ReferenceChoices choices;
  @Inject private FacesSupport faces;

  private String period;
  private List<SelectItem> periods;
  private LocalDate from;
  private LocalDate to;
  private Category category;
  private String location;
  private List<ReferenceItem> locations;

  private StatTable byCategory;
  private StatTable byLocation;
  private StatTable byJobClass;
  private StatTable byMonth;
  private StatTable byReviewer;
  private Backlog backlog;
  private Appeals appeals;
  private org.accommodationdesk.application.stats.StatisticsService.Timeliness timeliness;

  /** Whether the figures were loaded for this view (by its view action, or when first read). */
  private boolean loaded;

  @PostConstruct
  void init() {
    locations = choices.locations();
    periods = periodChoices();
  }

  /**
   * "Search": the same page again with the filter in its address (post, redirect, get), so that a
   * link, Back and a reload show the same figures; the address's filter is checked when it loads.
   */
  public String apply() {
    try {
      filter();
    } catch (DomainException e) {
      faces.show(
          e,
          java.util.Map.of("from", "filters:from", "to", "filters:to", "period", "filters:period"));
      return null;
    }
    return FacesContext.getCurrentInstance().getViewRoot().getViewId()
        + "?faces-redirect=true&includeViewParams=true";
  }

  /** Loads every figure for the current filter (the page's view action). */
  public void load() {
    loaded = true;
    try {
      StatsFilter f = filter();
      byCategory = statistics.breakdown(Dimension.CATEGORY, f);
      byLocation = statistics.breakdown(Dimension.LOCATION, f);
      byJobClass = statistics.breakdown(Dimension.JOB_CLASS, f);
      byMonth = statistics.breakdown(Dimension.MONTH, f);
      byReviewer = statistics.breakdown(Dimension.REVIEWER, f);
      backlog = statistics.backlog(f);
      appeals = statistics.appeals(f);
      timeliness = statistics.timeliness(f);
    } catch (DomainException e) {
      faces.show(
          e,
          java.util.Map.of("from", "filters:from", "to", "filters:to", "period", "filters:period"));
    }
  }

  /** Union reps choose whole periods: all time, or a year, one of its quarters or months. */
  private List<SelectItem> periodChoices() {
    List<SelectItem> choices = new java.util.ArrayList<>();
    choices.add(new SelectItem("", faces.text("stats.allTime")));
    Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
    int thisYear = LocalDate.now(java.time.ZoneOffset.UTC).getYear();
    for (int year = thisYear; year > thisYear - 5; year--) {
      List<SelectItem> items = new java.util.ArrayList<>();
      items.add(new SelectItem(String.valueOf(year), String.valueOf(year)));
      for (int q = 1; q <= 4; q++) {
        // the year as text: a number would be grouped ("2,026 Q1", "2.026 T1")
        items.add(
            new SelectItem(year + "-Q" + q, faces.text("stats.quarter", String.valueOf(year), q)));
      }
      for (int m = 1; m <= 12; m++) {
        YearMonth ym = YearMonth.of(year, m);
        items.add(
            new SelectItem(
                ym.toString(),
                ym.getMonth().getDisplayName(TextStyle.FULL_STANDALONE, locale) + " " + year));
      }
      SelectItemGroup group = new SelectItemGroup(String.valueOf(year));
      group.setSelectItems(items.toArray(new SelectItem[0]));
      choices.add(group);
    }
    return choices;
  }

  /** The figures, if the view action did not load them (a filter in the address it refused). */
  private void loadOnce() {
    if (!loaded) {
      load();
    }
  }

  /** Whether figures are protected (the union's view): whole periods, perturbed, hidden. */
  public boolean isProtectedView() {
    return statistics.protectedView();
  }

  public int getMaximumNoise() {
    return Disclosure.MAX_NOISE;
  }

  StatsFilter filter() {
    return StatsFilter.parse(
        period,
        from == null ? null : from.toString(),
        to == null ? null : to.toString(),
        category == null ? null : category.name(),
        location);
  }

  /** The query string of the current filter, for the CSV links. */
  public String getQuery() {
    StringBuilder q = new StringBuilder();
    append(q, "period", period);
    append(q, "from", from == null ? null : from.toString());
    append(q, "to", to == null ? null : to.toString());
    append(q, "category", category == null ? null : category.name());
    append(q, "location", location);
    return q.toString();
  }

  private static void append(StringBuilder q, String name, String value) {
    if (value != null && !value.isBlank()) {
      q.append('&')
          .append(name)
          .append('=')
          .append(URLEncoder.encode(value, StandardCharsets.UTF_8));
    }
  }

  /** A figure as shown: the number, "hidden" when hidden, or "–" when there is none. */
  public String show(Cell cell) {
    if (cell == null) {
      return "";
    }
    if (cell.suppressed()) {
      return faces.text("stats.hidden");
    }
    return cell.value() == null ? "–" : String.valueOf(cell.value());
  }

  /**
   * A row's label in the reader's language: a category's name, "Reviewer QXKTB" for a pseudonym in
   * the union's view, or the name of a location or job class.
   */
  public String rowLabel(StatTable table, StatRow row) {
    Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
    return new StatsWords(locale, referenceNames.jobClasses(locale.getLanguage()))
        .rowLabel(table, row);
  }

  /** A rate as a whole percentage in the reader's language ("60%", "60 %"). */
  public String percent(Cell cell) {
    if (cell == null) {
      return "";
    }
    if (cell.suppressed()) {
      return faces.text("stats.hidden");
    }
    if (cell.value() == null) {
      return "–";
    }
    java.text.NumberFormat percent =
        java.text.NumberFormat.getPercentInstance(
            FacesContext.getCurrentInstance().getViewRoot().getLocale());
    percent.setMaximumFractionDigits(0);
    return percent.format(cell.value().doubleValue());
  }

  /** Chart.js configuration: the denial rate (percent) of each row; suppressed rates are gaps. */
  public String rateChart(StatTable table, String type, String label, boolean categories) {
    return chart(
        type,
        label,
        table,
        r -> {
          Cell c = r.cell("denialRate");
          return c.suppressed() || c.value() == null
              ? null
              : Math.round(c.value().doubleValue() * 1000) / 10.0;
        },
        categories,
        100);
  }

  /** Chart.js configuration of the backlog by age. */
  public String backlogChart(String label, List<String> bucketLabels) {
    JsonArrayBuilder labels = Json.createArrayBuilder();
    bucketLabels.forEach(labels::add);
    JsonArrayBuilder data = Json.createArrayBuilder();
    for (Cell c :
        List.of(
            backlog.days0to5(), backlog.days6to10(), backlog.days11to20(), backlog.over20days())) {
      if (c.suppressed() || c.value() == null) {
        data.addNull();
      } else {
        data.add(c.value().longValue());
      }
    }
    return config("bar", label, labels, data, null);
  }

  private String chart(
      String type,
      String label,
      StatTable table,
      Function<StatRow, Double> value,
      boolean categories,
      Integer max) {
    JsonArrayBuilder labels = Json.createArrayBuilder();
    JsonArrayBuilder data = Json.createArrayBuilder();
    for (StatRow r : table.rows()) {
      labels.add(categories ? faces.text("category." + r.key()) : r.label());
      Double v = value.apply(r);
      if (v == null) {
        data.addNull();
      } else {
        data.add(v);
      }
    }
    return config(type, label, labels, data, max);
  }

  private static String config(
      String type, String label, JsonArrayBuilder labels, JsonArrayBuilder data, Integer max) {
    var y = Json.createObjectBuilder().add("beginAtZero", true);
    if (max != null) {
      y.add("max", max);
    }
    return Json.createObjectBuilder()
        .add("type", type)
        .add(
            "data",
            Json.createObjectBuilder()
                .add("labels", labels)
                .add(
                    "datasets",
                    Json.createArrayBuilder()
                        .add(
                            Json.createObjectBuilder()
                                .add("label", label)
                                .add("data", data)
                                .add("backgroundColor", "#1f4e79")
                                .add("borderColor", "#1f4e79"))))
        .add(
            "options",
            Json.createObjectBuilder()
                .add("animation", false)
                .add("spanGaps", false)
                .add("scales", Json.createObjectBuilder().add("y", y)))
        .build()
        .toString();
  }

  public boolean isSuppressed() {
    StatTable t = getByCategory();
    return t != null && t.suppressionApplied();
  }

  public int getMinimumCellSize() {
    return statistics.minimumCellSize();
  }

  public Category[] getCategories() {
    return Category.values();
  }

  public List<ReferenceItem> getLocations() {
    return locations;
  }

  public StatTable getByCategory() {
    loadOnce();
    return byCategory;
  }

  public StatTable getByLocation() {
    loadOnce();
    return byLocation;
  }

  public StatTable getByJobClass() {
    loadOnce();
    return byJobClass;
  }

  public StatTable getByMonth() {
    loadOnce();
    return byMonth;
  }

  public StatTable getByReviewer() {
    loadOnce();
    return byReviewer;
  }

  public Backlog getBacklog() {
    loadOnce();
    return backlog;
  }

  public org.accommodationdesk.application.stats.StatisticsService.Timeliness getTimeliness() {
    loadOnce();
    return timeliness;
  }

  public Appeals getAppeals() {
    loadOnce();
    return appeals;
  }

  public String getPeriod() {
    return period;
  }

  public void setPeriod(String period) {
    this.period = period;
  }

  public List<SelectItem> getPeriods() {
    return periods;
  }

  public LocalDate getFrom() {
    return from;
  }

  public void setFrom(LocalDate from) {
    this.from = from;
  }

  public LocalDate getTo() {
    return to;
  }

  public void setTo(LocalDate to) {
    this.to = to;
  }

  public Category getCategory() {
    return category;
  }

  public void setCategory(Category category) {
    this.category = category;
  }

  public String getLocation() {
    return location;
  }

  public void setLocation(String location) {
    this.location = location;
  }
}
