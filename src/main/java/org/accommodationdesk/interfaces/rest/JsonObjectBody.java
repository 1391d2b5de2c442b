package org.accommodationdesk.interfaces.rest;

import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;

/**
 * Every JSON body the API reads is one object: JSON-B would otherwise read {@code [{...}]} as the
 * object inside the list. Anything else is refused as a 400 naming what came instead.
 */
@Provider
public class JsonObjectBody implements ReaderInterceptor {
  @Override
  public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
    if (context.getMediaType() != null
        && context.getMediaType().isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
      PushbackInputStream in = new PushbackInputStream(context.getInputStream(), 1);
      int first = firstNonBlank(in);
      if (first != -1) {
        if (first != '{') {
          throw new JsonbException(
              "A value must be one JSON object here ({...}): the body starts with '"
                  + (char) first
                  + "'");
        }
        in.unread(first);
      }
      context.setInputStream(in);
    }
    return context.proceed();
  }

  private static int firstNonBlank(InputStream in) throws IOException {
    int b;
    do {
      b = in.read();
    } while (b == ' ' || b == '\t' || b == '\n' || b == '\r');
    return b;
  }
}
