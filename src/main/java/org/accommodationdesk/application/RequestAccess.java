package org.accommodationdesk.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.accommodationdesk.domain.request.AccommodationRequest;
import org.accommodationdesk.domain.request.RequestNotFoundException;
import org.accommodationdesk.domain.request.RequestRepository;

/**
 * Who may see a request with its confidential details: its requester and HR reviewers. To anyone
 * else it does not exist, so that its existence is not revealed. The one place this rule lives.
 */
@ApplicationScoped
public class RequestAccess {
  @Inject private RequestRepository requests;
  @Inject private CurrentUser currentUser;

  /**
   * The request, if the caller may see it.
   *
   * @throws RequestNotFoundException when it does not exist or the caller may not see it
   */
  public AccommodationRequest visible(long id) {
    AccommodationRequest request =
        requests.find(id).orElseThrow(() -> new RequestNotFoundException(id));
    if (!request.isRequestedBy(currentUser.username()) && !currentUser.isReviewer()) {
      throw new RequestNotFoundException(id);
    }
    return request;
  }
}
