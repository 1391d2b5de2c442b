package org.accommodationdesk.interfaces.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.servlet.http.HttpServletResponse;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.Map;
import org.accommodationdesk.application.stats.StatsFilter;
import org.junit.jupiter.api.Test;

/** Every page's CSV: a byte order mark for spreadsheets, and a name that says the period. */
class CsvDownloadTest {
  final Map<String, String> headers = new HashMap<>();
  final StringWriter body = new StringWriter();

  HttpServletResponse response() {
    return (HttpServletResponse)
        Proxy.newProxyInstance(
            getClass().getClassLoader(),
            new Class<?>[] {HttpServletResponse.class},
            (proxy, method, args) -> {
              switch (method.getName()) {
                case "setHeader" -> headers.put((String) args[0], (String) args[1]);
                case "setContentType" -> headers.put("Content-Type", (String) args[0]);
                case "setCharacterEncoding" -> headers.put("charset", (String) args[0]);
                case "getWriter" -> {
                  return new PrintWriter(body);
                }
                default -> {
                  // nothing else is used
                }
              }
              return null;
            });
  }

  @Test
  void aPageCsvStartsWithAByteOrderMarkAndNamesItsPeriod() throws Exception {
    StatsFilter year = StatsFilter.parse("2025", null, null, null, null);
    Writer w =
        CsvDownload.start(response(), "accommodation-by-location-" + CsvDownload.period(year));
    w.write("Código");
    w.flush();
    assertEquals("\uFEFFCódigo", body.toString());
    assertEquals("UTF-8", headers.get("charset"));
    assertEquals(
        "attachment; filename=\"accommodation-by-location-2025-01-01-to-2025-12-31.csv\"",
        headers.get("Content-Disposition"));
    assertEquals("all-time", CsvDownload.period(StatsFilter.none()));
  }
}
