package org.accommodationdesk.interfaces.web;

import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;

/**
 * Two failures of a posted page that are not errors of the application, each sending the user back
 * to the page they were on with a notice ({@link SamePage}, shown by the layout):
 *
 * <ul>
 *   <li>{@code expired}: the page's state is gone (the session timed out, the user signed in again
 *       in another tab) or was never ours (a forged {@code jakarta.faces.ViewState}). Signed out,
 *       the sign-in page comes first and then brings them back there.
 *   <li>{@code tooLarge}: the form's files exceed what the server reads of one form.
 * </ul>
 */
public class PageStateExceptionHandler extends ExceptionHandlerWrapper {

  public PageStateExceptionHandler(ExceptionHandler wrapped) {
    super(wrapped);
  }

  @Override
  public void handle() {
    FacesContext faces = FacesContext.getCurrentInstance();
    Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
    while (events.hasNext()) {
      Throwable thrown = events.next().getContext().getException();
      String notice =
          isExpiredView(thrown) ? "expired" : isUploadTooLarge(thrown) ? "tooLarge" : null;
      if (notice != null && !faces.getResponseComplete()) {
        events.remove();
        redirectBack(faces, notice);
        faces.responseComplete();
      }
    }
    getWrapped().handle();
  }

  static boolean isExpiredView(Throwable thrown) {
    for (Throwable t = thrown; t != null; t = t.getCause()) {
      if (t instanceof ViewExpiredException) {
        return true;
      }
    }
    return false;
  }

  /**
   * The servlet container refuses a multipart body over its limits (web.xml) with an
   * IllegalStateException around its own size exception, whose class is the container's.
   */
  static boolean isUploadTooLarge(Throwable thrown) {
    for (Throwable t = thrown; t != null; t = t.getCause()) {
      String name = t.getClass().getSimpleName();
      if (name.endsWith("SizeException") || name.contains("SizeLimitExceeded")) {
        return true;
      }
    }
    return false;
  }

  /**
   * A postback without the page's nonce (a client that did not run the page's scripts): PrimeFaces'
   * CSP mode cannot draw the answer. It fails before rendering, after the step was processed, and
   * outside the exception handler; {@link SecurityHeadersFilter} answers it with the page as it is.
   */
  static boolean isUnverifiablePost(Throwable thrown) {
    for (Throwable t = thrown; t != null; t = t.getCause()) {
      if (t instanceof org.primefaces.csp.CspException) {
        return true;
      }
    }
    return false;
  }

  private static void redirectBack(FacesContext faces, String notice) {
    ExternalContext ec = faces.getExternalContext();
    try {
      ec.redirect(SamePage.withNotice((HttpServletRequest) ec.getRequest(), notice));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Registered in faces-config.xml. */
  public static class Factory extends ExceptionHandlerFactory {
    public Factory(ExceptionHandlerFactory wrapped) {
      super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
      return new PageStateExceptionHandler(getWrapped().getExceptionHandler());
    }
  }
}
