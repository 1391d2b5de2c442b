package org.accommodationdesk.domain.request;

/**
 * Which requests to list. A null field does not filter.
 *
 * @param requester only this employee's requests
 */
public record RequestFilter(
    String requester, RequestStatus status, Category category, String locationCode) {

  public static RequestFilter all() {
    return new RequestFilter(null, null, null, null);
  }

  public RequestFilter ofRequester(String username) {
    return new RequestFilter(username, status, category, locationCode);
  }
}
