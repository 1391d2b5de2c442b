package org.accommodationdesk.interfaces.rest;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * No API body is larger than {@value #MAX_BYTES} bytes (the largest request, with every text at its
 * limit, is under 20 KB): a larger declared length is refused before anything is read (413), and a
 * body without a declared length stops being read at the limit.
 */
@Provider
@PreMatching
@jakarta.annotation.Priority(jakarta.ws.rs.Priorities.ENTITY_CODER)
public class BodySizeLimit implements ContainerRequestFilter, ReaderInterceptor {
  static final int MAX_BYTES = 1024 * 1024;

  @Override
  public void filter(ContainerRequestContext request) {
    if (request.getLength() > MAX_BYTES) {
      throw tooLarge();
    }
  }

  @Override
  public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
    context.setInputStream(new Limited(context.getInputStream()));
    return context.proceed();
  }

  static WebApplicationException tooLarge() {
    return new WebApplicationException(Response.Status.REQUEST_ENTITY_TOO_LARGE);
  }

  /** Fails once more than MAX_BYTES have been read. */
  private static final class Limited extends FilterInputStream {
    private long read;

    Limited(InputStream in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      count(b < 0 ? 0 : 1);
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = super.read(buffer, offset, length);
      count(Math.max(n, 0));
      return n;
    }

    private void count(int n) {
      read += n;
      if (read > MAX_BYTES) {
        throw tooLarge();
      }
    }
  }
}
