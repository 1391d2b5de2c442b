package org.accommodationdesk.interfaces.web.union;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import org.accommodationdesk.application.requests.RequestQueries;
import org.accommodationdesk.application.requests.UnionRequestView;
import org.accommodationdesk.domain.request.RequestNotFoundException;

/**
 * {@code /union/request.xhtml?id=N}: a request its employee shared with the union: status,
 * timeline, decisions with their reasons and the arrangement granted. Any other id is "not found".
 */
@Named
@ViewScoped
public class UnionRequestBacking implements Serializable {
  private static final long serialVersionUID = 1L;
  @Inject private RequestQueries queries;

  private Long id;
  private UnionRequestView request;

  /** The page's view action: loads the shared request, or answers 404. */
  public void load() throws IOException {
    try {
      if (id != null) {
        request = queries.getForUnion(id);
        return;
      }
    } catch (RequestNotFoundException e) {
      // the same answer as for an id that does not exist
    }
    FacesContext fc = FacesContext.getCurrentInstance();
    fc.getExternalContext().responseSendError(404, "Not found");
    fc.responseComplete();
  }

  public UnionRequestView getRequest() {
    return request;
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
}
