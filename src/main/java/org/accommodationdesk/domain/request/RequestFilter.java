package org.accommodationdesk.domain.request;

import java.time.Instant;
import java.util.Set;

/**
 * Which requests to list. A null (or empty) field does not filter.
 *
 * @param requester only this employee's requests
 * @param statuses only requests in one of these statuses
 * @param submittedBefore only requests submitted before this instant (older than an age)
 */
public record RequestFilter(
    String requester,
    Set<RequestStatus> statuses,
    Category category,
    String locationCode,
    Instant submittedBefore) {

  public RequestFilter {
    statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
  }

  public static RequestFilter all() {
    return new RequestFilter(null, Set.of(), null, null, null);
  }

  public RequestFilter ofRequester(String username) {
    return new RequestFilter(username, statuses, category, locationCode, submittedBefore);
  }
}
