package org.accommodationdesk.interfaces.web.consistency;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Writer;
import org.accommodationdesk.application.consistency.ConsistencyCsv;
import org.accommodationdesk.application.consistency.ConsistencyQueries.Measure;
import org.accommodationdesk.application.consistency.ConsistencyQueries.Unit;
import org.accommodationdesk.application.consistency.ConsistencyService;
import org.accommodationdesk.application.consistency.FunnelReport;
import org.accommodationdesk.application.consistency.WhatIfReport;
import org.accommodationdesk.application.consistency.WhatIfService;
import org.accommodationdesk.application.stats.DisclosureLogService;
import org.accommodationdesk.application.stats.StatsFilter;
import org.accommodationdesk.domain.request.DomainException;

/**
 * The pages' CSV files, ready for a spreadsheet (a UTF-8 byte order mark, the period in the file
 * name and the first line): {@code /report/consistency.csv} (the funnel as the page shows it),
 * {@code /report/what-if.csv?policy=ID} (a saved policy over a period) and {@code
 * /report/disclosures.csv} (the disclosure log). Each service checks who may ask; a refusal reads
 * as not found.
 */
@WebServlet({"/report/consistency.csv", "/report/what-if.csv", "/report/disclosures.csv"})
public class ConsistencyExportServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;

  @Inject private ConsistencyService consistency;
  @Inject private WhatIfService whatIf;
  @Inject private DisclosureLogService disclosures;

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    String path = req.getServletPath();
    try {
      if (path.endsWith("/consistency.csv")) {
        consistency.mayAsk();
        StatsFilter f = filter(req);
        FunnelReport r =
            consistency.funnel(
                ConsistencyService.parse(
                    Unit.class, "unit", req.getParameter("unit"), Unit.REVIEWER),
                ConsistencyService.parse(
                    Measure.class, "measure", req.getParameter("measure"), Measure.DENIAL),
                f);
        ConsistencyCsv.funnel(r, start(resp, "consistency-" + name(req)));
      } else if (path.endsWith("/what-if.csv")) {
        whatIf.mayAsk();
        long policy = Long.parseLong(String.valueOf(req.getParameter("policy")).strip());
        WhatIfReport r = whatIf.evaluateSaved(policy, filter(req));
        ConsistencyCsv.whatIf(r, start(resp, "what-if-" + policy + "-" + name(req)));
      } else {
        ConsistencyCsv.disclosures(disclosures.export(), start(resp, "disclosure-log"));
      }
      resp.getWriter().flush();
    } catch (NumberFormatException e) {
      resp.sendError(HttpServletResponse.SC_BAD_REQUEST, "give a saved policy's number");
    } catch (DomainException e) {
      resp.sendError(HttpServletResponse.SC_BAD_REQUEST, e.getMessage());
    } catch (EJBAccessException e) {
      resp.sendError(HttpServletResponse.SC_NOT_FOUND);
    }
  }

  private static StatsFilter filter(HttpServletRequest req) {
    return StatsFilter.parse(
        req.getParameter("period"), null, null, req.getParameter("category"), null);
  }

  /** The period as a file name says it: "2026-Q1", or "all-time". */
  private static String name(HttpServletRequest req) {
    String p = req.getParameter("period");
    return p == null || p.isBlank() ? "all-time" : p.strip().replaceAll("[^0-9A-Za-z-]", "");
  }

  private static Writer start(HttpServletResponse resp, String name) throws IOException {
    return org.accommodationdesk.interfaces.web.CsvDownload.start(resp, name);
  }
}
