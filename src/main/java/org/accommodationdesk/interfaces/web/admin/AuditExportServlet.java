package org.accommodationdesk.interfaces.web.admin;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.accommodationdesk.application.accounts.AccountAdministration;

/**
 * {@code GET /admin/audit.csv}: the whole audit log as a CSV file, for administrators signed in to
 * the pages (web.xml). The API gives the same with {@code Accept: text/csv}.
 */
@WebServlet("/admin/audit.csv")
public class AuditExportServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;

  @Inject private AccountAdministration administration;

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    administration.exportAuditLog(
        org.accommodationdesk.interfaces.web.CsvDownload.start(resp, "audit-log"));
  }
}
