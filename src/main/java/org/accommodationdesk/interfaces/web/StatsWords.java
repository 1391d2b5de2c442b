package org.accommodationdesk.interfaces.web;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import org.accommodationdesk.application.stats.StatRow;
import org.accommodationdesk.application.stats.StatTable;
import org.accommodationdesk.application.stats.StatisticsQueries.Dimension;
import org.accommodationdesk.application.stats.StatisticsService;
import org.accommodationdesk.application.stats.StatsCsv;

/**
 * The words of the statistics in one language, for the dashboard and its CSV files: the name of a
 * row (a category's name, "Reviewer QXKTB" for a pseudonym in the union's view, a location's or job
 * class's name), column headers, and "hidden".
 */
final class StatsWords implements StatsCsv.Words {
  private final ResourceBundle bundle;

  private final Map<String, String> jobClassNames;

  /**
   * @param jobClassNames job class code to name in this language
   */
  StatsWords(Locale locale, Map<String, String> jobClassNames) {
    this.bundle = ResourceBundle.getBundle("org.accommodationdesk.i18n.messages", locale);
    this.jobClassNames = jobClassNames;
  }

  @Override
  public String column(String code) {
    String key = "csv.col." + code;
    return bundle.containsKey(key) ? bundle.getString(key) : code;
  }

  @Override
  public String rowLabel(StatTable table, StatRow row) {
    return switch (Dimension.valueOf(table.dimension())) {
      case CATEGORY -> bundle.getString("category." + row.key());
      case REVIEWER ->
          !table.suppressionApplied()
              ? row.label()
              : StatisticsService.UNKNOWN_REVIEWER.equals(row.key())
                  ? bundle.getString("stats.formerReviewer")
                  : new MessageFormat(
                          bundle.getString("stats.reviewerPseudonym"), bundle.getLocale())
                      .format(new Object[] {row.key()});
      case JOB_CLASS -> jobClassNames.getOrDefault(row.key(), row.label());
      default -> row.label();
    };
  }

  @Override
  public String hidden() {
    return bundle.getString("stats.hidden");
  }

  @Override
  public String rate(double rate) {
    return String.format(bundle.getLocale(), "%.4f", rate);
  }
}
