package org.accommodationdesk.interfaces.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.accommodationdesk.application.reference.ReferenceNames;
import org.accommodationdesk.application.stats.StatisticsQueries.Dimension;
import org.accommodationdesk.application.stats.StatisticsService;
import org.accommodationdesk.application.stats.StatsCsv;
import org.accommodationdesk.application.stats.StatsFilter;
import org.accommodationdesk.domain.request.InvalidInputException;

/**
 * {@code GET /stats/export?table=by-location&from=...}: a dashboard table as a CSV file, for HR
 * reviewers and union reps signed in to the pages (web.xml). The union gets the suppressed figures.
 */
@WebServlet("/stats/export")
public class StatsExportServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;

  @Inject private StatisticsService statistics;
  @Inject private LanguageBacking language;
  @Inject private ReferenceNames referenceNames;

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    StatsFilter filter;
    try {
      filter =
          StatsFilter.parse(
              req.getParameter("period"),
              req.getParameter("from"),
              req.getParameter("to"),
              req.getParameter("category"),
              req.getParameter("location"));
    } catch (InvalidInputException e) {
      resp.sendError(HttpServletResponse.SC_BAD_REQUEST, e.getMessage());
      return;
    }
    String table = String.valueOf(req.getParameter("table"));
    Object data;
    try {
      data = data(table, filter);
    } catch (InvalidInputException e) {
      resp.sendError(HttpServletResponse.SC_BAD_REQUEST, e.getMessage());
      return;
    }
    if (data == null) {
      resp.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    StatsCsv.write(
        data,
        CsvDownload.start(resp, "accommodation-" + table + "-" + CsvDownload.period(filter)),
        new StatsWords(
            Locale.forLanguageTag(language.languageFor(req.getLocale())),
            referenceNames.jobClasses(language.languageFor(req.getLocale()))));
  }

  private Object data(String table, StatsFilter filter) {
    return switch (table) {
      case "summary" -> statistics.summary(filter);
      case "by-location" -> statistics.breakdown(Dimension.LOCATION, filter);
      case "by-job-class" -> statistics.breakdown(Dimension.JOB_CLASS, filter);
      case "by-month" -> statistics.breakdown(Dimension.MONTH, filter);
      case "by-reviewer" -> statistics.breakdown(Dimension.REVIEWER, filter);
      case "backlog" -> statistics.backlog(filter);
      case "appeals" -> statistics.appeals(filter);
      case "timeliness" -> statistics.timeliness(filter);
      default -> null;
    };
  }
}
