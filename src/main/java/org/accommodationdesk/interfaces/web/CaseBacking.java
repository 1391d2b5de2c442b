package org.accommodationdesk.interfaces.web;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.accommodationdesk.application.requests.DocumentService;
import org.accommodationdesk.application.requests.DocumentService.DocumentView;
import org.accommodationdesk.application.requests.RequestQueries;
import org.accommodationdesk.application.requests.RequestService;
import org.accommodationdesk.application.requests.RequestView;
import org.accommodationdesk.application.requests.TransitionCommand;
import org.accommodationdesk.domain.request.Action;
import org.accommodationdesk.domain.request.DomainException;
import org.accommodationdesk.domain.request.RequestNotFoundException;

/**
 * What the employee's request page and the reviewer's case page share: the request as loaded (with
 * its version, so that acting on a stale page is refused), its documents, and acting on it.
 */
public abstract class CaseBacking implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject protected RequestService requestService;
  @Inject protected RequestQueries queries;
  @Inject protected DocumentService documentService;
  @Inject protected FacesSupport faces;

  private Long id;
  private RequestView request;
  private List<DocumentView> documents;

  /** What this page did (its confirmation key), once it did it. */
  private String taken;

  /** The page's view action: loads the request, or answers 404. */
  public void load() throws IOException {
    if (id == null) {
      FacesSupport.notFound();
      return;
    }
    try {
      reload();
    } catch (RequestNotFoundException e) {
      FacesSupport.notFound();
    }
  }

  protected void reload() {
    request = queries.get(id);
    documents = documentService.list(id);
  }

  /**
   * Takes a workflow step against the version on screen. On success the page's own address shows
   * the new state ({@link #done}); when refused, the reasons (next to the fields in {@code fields})
   * and the fresh state.
   */
  protected boolean act(TransitionCommand command, Map<String, String> fields, String doneKey) {
    if (taken != null) {
      // this page was sent again (the browser's Back button, a double click): say so, do nothing
      faces.info("case.alreadyDone", faces.text(taken));
      reload();
      return false;
    }
    try {
      // the page keeps the state it showed: sent again, its forms are still there to say so
      requestService.transition(id, command, request.version());
      taken = doneKey;
      done(doneKey);
      return true;
    } catch (DomainException e) {
      faces.show(e, fields);
      reload();
      return false;
    }
  }

  /**
   * After a step that worked: post, then redirect to this page's own address with its id, so that
   * reloading, bookmarking or sharing the address keeps the request; the confirmation survives the
   * redirect (flash).
   */
  protected void done(String key) {
    FacesContext fc = FacesContext.getCurrentInstance();
    ExternalContext ec = fc.getExternalContext();
    faces.info(key);
    ec.getFlash().setKeepMessages(true);
    try {
      ec.redirect(ec.getRequestContextPath() + fc.getViewRoot().getViewId() + "?id=" + id);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public long getMaxDocumentMegabytes() {
    return documentService.maxBytes() / (1024 * 1024);
  }

  public boolean can(String action) {
    return request != null && request.availableActions().contains(Action.valueOf(action));
  }

  public Long getId() {
    return id;
  }

  /** The id as the address gives it: anything but a request number is "not found". */
  public String getIdParam() {
    return id == null ? null : String.valueOf(id);
  }

  public void setIdParam(String value) {
    this.id = org.accommodationdesk.interfaces.web.FacesSupport.requestId(value);
  }

  public void setId(Long id) {
    this.id = id;
  }

  public RequestView getRequest() {
    return request;
  }

  protected void setRequest(RequestView request) {
    this.request = request;
  }

  public List<DocumentView> getDocuments() {
    return documents;
  }
}
