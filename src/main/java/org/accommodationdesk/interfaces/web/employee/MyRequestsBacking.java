package org.accommodationdesk.interfaces.web.employee;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.accommodationdesk.application.requests.RequestQueries;
import org.accommodationdesk.application.requests.RequestSummary;
import org.accommodationdesk.domain.request.RequestFilter;

/** {@code /employee/home.xhtml}: the employee's own requests, newest first by reference. */
@Named
@RequestScoped
public class MyRequestsBacking {
  @Inject private RequestQueries queries;
  private List<RequestSummary> requests;

  /** Loaded by the page's view action. */
  public void load() {
    List<RequestSummary> oldestFirst =
        queries.list(RequestFilter.all(), 0, RequestQueries.MAX_PAGE_SIZE).items();
    requests = new ArrayList<>(oldestFirst);
    Collections.reverse(requests);
  }

  public List<RequestSummary> getRequests() {
    return requests;
  }
}
