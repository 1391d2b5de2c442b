package org.accommodationdesk.domain.request;

import java.time.Instant;
import java.util.Set;

/**
 * Which requests to list. A null (or empty) field does not filter.
 *
 * @param requester only this employee's requests
 * @param statuses only requests in one of these statuses
 * @param submittedBefore only requests submitted before this instant (older than an age)
 * @param locationCodes only requests at one of these locations (a reviewer's need-to-know); empty:
 *     any
 */
public record RequestFilter(
    String requester,
    Set<RequestStatus> statuses,
    Category category,
    String locationCode,
    Instant submittedBefore,
    Set<String> locationCodes) {

  public RequestFilter {
    statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
    locationCodes = locationCodes == null ? Set.of() : Set.copyOf(locationCodes);
  }

  public RequestFilter(
      String requester,
      Set<RequestStatus> statuses,
      Category category,
      String locationCode,
      Instant submittedBefore) {
    this(requester, statuses, category, locationCode, submittedBefore, Set.of());
  }

  public static RequestFilter all() {
    return new RequestFilter(null, Set.of(), null, null, null);
  }

  public RequestFilter ofRequester(String username) {
    return new RequestFilter(
        username, statuses, category, locationCode, submittedBefore, locationCodes);
  }

  /** The same, within these locations only (none: as it is). */
  public RequestFilter withinLocations(Set<String> codes) {
    return codes.isEmpty()
        ? this
        : new RequestFilter(requester, statuses, category, locationCode, submittedBefore, codes);
  }
}
