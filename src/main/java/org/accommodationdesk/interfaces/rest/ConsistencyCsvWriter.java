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
import org.accommodationdesk.application.consistency.ConsistencyCsv;
import org.accommodationdesk.application.consistency.FunnelReport;
import org.accommodationdesk.application.consistency.WhatIfReport;

/** Writes the funnel, the what-if tables and the disclosure log as CSV (codes, UTF-8). */
@Provider
@Produces(StatsCsvWriter.TEXT_CSV)
public class ConsistencyCsvWriter implements MessageBodyWriter<Object> {
  @Override
  public boolean isWriteable(
      Class<?> type, Type generic, Annotation[] annotations, MediaType mediaType) {
    return FunnelReport.class.isAssignableFrom(type)
        || WhatIfReport.class.isAssignableFrom(type)
        || DisclosuresResource.Export.class.isAssignableFrom(type);
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
    if (value instanceof FunnelReport f) {
      ConsistencyCsv.funnel(f, w);
    } else if (value instanceof WhatIfReport r) {
      ConsistencyCsv.whatIf(r, w);
    } else if (value instanceof DisclosuresResource.Export e) {
      ConsistencyCsv.disclosures(e.entries(), w);
    }
    w.flush();
  }
}
