package org.accommodationdesk.interfaces.rest;

import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import org.accommodationdesk.application.stats.StatTable;
import org.accommodationdesk.application.stats.StatisticsService;
import org.accommodationdesk.application.stats.StatsCsv;

/** Writes statistics as CSV (UTF-8, header row, hidden cells as "hidden"). */
@Provider
@Produces(StatsCsvWriter.TEXT_CSV)
public class StatsCsvWriter implements MessageBodyWriter<Object> {
  public static final String TEXT_CSV = "text/csv";

  @Override
  public boolean isWriteable(
      Class<?> type, Type generic, Annotation[] annotations, MediaType mediaType) {
    return StatTable.class.isAssignableFrom(type)
        || StatisticsService.Summary.class.isAssignableFrom(type)
        || StatisticsService.Backlog.class.isAssignableFrom(type)
        || StatisticsService.Appeals.class.isAssignableFrom(type)
        || StatisticsService.Timeliness.class.isAssignableFrom(type);
  }

  @Override
  public void writeTo(
      Object value,
      Class<?> type,
      Type generic,
      Annotation[] annotations,
      MediaType mediaType,
      MultivaluedMap<String, Object> headers,
      OutputStream out)
      throws IOException {
    headers.putSingle("Content-Type", "text/csv; charset=UTF-8");
    Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    StatsCsv.write(value, w, StatsCsv.CODES);
    w.flush();
  }
}
