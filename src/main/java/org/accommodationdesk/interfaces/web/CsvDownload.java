package org.accommodationdesk.interfaces.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.accommodationdesk.application.stats.StatsFilter;

/**
 * How every page's CSV file starts: UTF-8 with a byte order mark (so that a spreadsheet does not
 * garble "Código"), a file name that says what and which period, never cached. The API's CSV, for
 * programs, has no mark.
 */
public final class CsvDownload {
  private CsvDownload() {}

  /** Starts the download of {@code name}.csv and gives the writer of its content. */
  public static Writer start(HttpServletResponse resp, String name) throws IOException {
    resp.setContentType("text/csv");
    resp.setCharacterEncoding(StandardCharsets.UTF_8.name());
    resp.setHeader("Cache-Control", "private, no-store");
    resp.setHeader("Content-Disposition", "attachment; filename=\"" + name + ".csv\"");
    Writer w = resp.getWriter();
    w.write('\uFEFF');
    return w;
  }

  /**
   * The period of a statistics file, for its name: {@code 2025-01-01-to-2025-12-31}, or {@code
   * all-time}.
   */
  public static String period(StatsFilter f) {
    if (f.from() == null && f.to() == null) {
      return "all-time";
    }
    return (f.from() == null ? "start" : f.from().toString())
        + "-to-"
        + (f.to() == null ? "today" : f.to().toString());
  }
}
