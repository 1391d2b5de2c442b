package org.accommodationdesk.interfaces.web.report;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.accommodationdesk.application.reference.ReferenceNames;
import org.accommodationdesk.application.report.AnnualReport;
import org.accommodationdesk.application.report.AnnualReportService;
import org.accommodationdesk.application.report.ReportDocument;
import org.accommodationdesk.application.report.ReportDocument.Table;
import org.accommodationdesk.application.stats.CsvCells;
import org.accommodationdesk.domain.request.InvalidInputException;
import org.accommodationdesk.interfaces.web.LanguageBacking;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * {@code /report/annual.csv?year=2026} and {@code /report/annual.pdf?year=2026}: the annual report
 * as a CSV file (one row per figure: table, item, column, value) or a tagged PDF, in the reader's
 * language, for those who may read the page (web.xml; the service checks and protects the union's
 * figures).
 */
@WebServlet({"/report/annual.csv", "/report/annual.pdf"})
public class AnnualReportExportServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;

  @Inject private AnnualReportService reports;
  @Inject private ReferenceNames names;
  @Inject private LanguageBacking language;

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    AnnualReport report;
    try {
      String year = req.getParameter("year");
      report =
          reports.report(
              year == null ? reports.currentYear() : Integer.parseInt(year.strip()), null, null);
    } catch (NumberFormatException | InvalidInputException e) {
      resp.sendError(HttpServletResponse.SC_BAD_REQUEST, "give a year from 1900 to 2999");
      return;
    }
    String lang = language.languageFor(req.getLocale());
    AnnualReportTables words = new AnnualReportTables(Locale.forLanguageTag(lang), names);
    String name = ("es".equals(lang) ? "informe-anual-" : "annual-report-") + report.period();
    resp.setHeader("Cache-Control", "private, no-store");
    resp.setHeader("X-Content-Type-Options", "nosniff");
    if (req.getServletPath().endsWith(".pdf")) {
      byte[] pdf =
          document.pdf(words.title(report), lang, words.introduction(report), words.tables(report));
      resp.setContentType("application/pdf");
      resp.setContentLength(pdf.length);
      resp.setHeader("Content-Disposition", "attachment; filename=\"" + name + ".pdf\"");
      resp.getOutputStream().write(pdf);
      return;
    }
    try (CSVPrinter csv =
        CSVFormat.RFC4180
            .builder()
            .get()
            .print(org.accommodationdesk.interfaces.web.CsvDownload.start(resp, name))) {
      for (Table t : words.tables(report)) {
        for (List<String> row : t.rows()) {
          for (int i = 1; i < row.size(); i++) {
            List<Object> record = new ArrayList<>();
            record.add(t.heading());
            record.add(row.get(0));
            record.add(t.headers().get(i));
            record.add(row.get(i));
            csv.printRecord(CsvCells.safe(record));
          }
        }
      }
    }
  }

  @Inject private ReportDocument document;
}
