package org.accommodationdesk.application.requests;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.accommodationdesk.application.accounts.CurrentUser;
import org.accommodationdesk.domain.reference.ReferenceDataRepository;
import org.accommodationdesk.domain.reference.ServedLocations;
import org.accommodationdesk.domain.request.AccommodationRequest;
import org.accommodationdesk.domain.request.RequestFilter;
import org.accommodationdesk.domain.request.RequestNotFoundException;
import org.accommodationdesk.domain.request.RequestRepository;

/**
 * Who may see a request with its confidential details: its requester and HR reviewers who serve its
 * work location (all of them, unless an administrator named reviewers per location). To anyone else
 * it does not exist, so that its existence is not revealed. The one place this rule lives.
 */
@ApplicationScoped
public class RequestAccess {
  @Inject private RequestRepository requests;
  @Inject private CurrentUser currentUser;
  @Inject private ReferenceDataRepository referenceData;

  /**
   * The request, if the caller may see it.
   *
   * @throws RequestNotFoundException when it does not exist or the caller may not see it
   */
  public AccommodationRequest visible(long id) {
    AccommodationRequest request =
        requests.find(id).orElseThrow(() -> new RequestNotFoundException(id));
    if (!request.isRequestedBy(currentUser.username())
        && !(currentUser.isReviewer() && serves(request))) {
      throw new RequestNotFoundException(id);
    }
    return request;
  }

  /** Whether the calling reviewer serves the request's location. */
  private boolean serves(AccommodationRequest request) {
    return servedLocations().serves(request.getWorkLocation().getCode());
  }

  /** The locations whose requests the calling reviewer may see. */
  public ServedLocations servedLocations() {
    return new ServedLocations(referenceData.locationsServedBy(currentUser.username()));
  }

  /** A reviewer's list filter, narrowed to the locations they serve. */
  public RequestFilter withinServedLocations(RequestFilter filter) {
    return filter.withinLocations(servedLocations());
  }
}
