package org.accommodationdesk.domain.request;

import java.time.Instant;
import java.util.Set;
import org.accommodationdesk.domain.reference.ServedLocations;

/**
 * Which requests to list. A null (or empty) field does not filter.
 *
 * @param requester only this employee's requests
 * @param statuses only requests in one of these statuses
 * @param submittedBefore only requests submitted before this instant (older than an age)
 * @param locationCodes only requests at one of these locations (a reviewer's need-to-know); empty:
 *     any
 * @param search a reference number ("123" or "#123"), or part of the requester's name or user name;
 *     null: any
 * @param assignee only requests assigned to this reviewer; null: anyone's or nobody's
 * @param unassigned only requests no reviewer is assigned to
 * @param dueBy only requests HR must act on by this day (overdue ones included); null: any
 * @param endsBy only requests whose arrangement ends within this window (with a status filter of
 *     approvals: the approvals ending soon); null: any
 */
public record RequestFilter(
    String requester,
    Set<RequestStatus> statuses,
    Category category,
    String locationCode,
    Instant submittedBefore,
    Set<String> locationCodes,
    String search,
    String assignee,
    boolean unassigned,
    java.time.LocalDate dueBy,
    EndWindow endsBy) {
  /** Arrangements ending from {@code from} to {@code to} (both included). */
  public record EndWindow(java.time.LocalDate from, java.time.LocalDate to) {}

  /** The longest search text. */
  public static final int SEARCH_MAX = 100;

  public RequestFilter {
    statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
    locationCodes = locationCodes == null ? Set.of() : Set.copyOf(locationCodes);
    search = search == null || search.isBlank() ? null : search.strip();
  }

  /** The filters of HR's queue and lists, as an address or a form gives them. */
  public static RequestFilter of(
      Set<RequestStatus> statuses,
      Category category,
      String locationCode,
      Instant submittedBefore,
      String search,
      String assignee,
      boolean unassigned,
      java.time.LocalDate dueBy,
      EndWindow endsBy) {
    return new RequestFilter(
        null,
        statuses,
        category,
        locationCode,
        submittedBefore,
        Set.of(),
        search,
        assignee,
        unassigned,
        dueBy,
        endsBy);
  }

  /** The reference number searched for, when the search is one ("123" or "#123"). */
  public java.util.OptionalLong searchedId() {
    if (search == null || !search.matches("#?\\d{1,18}")) {
      return java.util.OptionalLong.empty();
    }
    return java.util.OptionalLong.of(Long.parseLong(search.replace("#", "")));
  }

  public RequestFilter(
      String requester,
      Set<RequestStatus> statuses,
      Category category,
      String locationCode,
      Instant submittedBefore) {
    this(
        requester,
        statuses,
        category,
        locationCode,
        submittedBefore,
        Set.of(),
        null,
        null,
        false,
        null,
        null);
  }

  public static RequestFilter all() {
    return new RequestFilter(null, Set.of(), null, null, null);
  }

  public RequestFilter ofRequester(String username) {
    return new RequestFilter(
        username,
        statuses,
        category,
        locationCode,
        submittedBefore,
        locationCodes,
        search,
        assignee,
        unassigned,
        dueBy,
        endsBy);
  }

  /** The same, within the locations a reviewer serves. */
  public RequestFilter withinLocations(ServedLocations served) {
    Set<String> codes = served.codes();
    return served.all()
        ? this
        : new RequestFilter(
            requester,
            statuses,
            category,
            locationCode,
            submittedBefore,
            codes,
            search,
            assignee,
            unassigned,
            dueBy,
            endsBy);
  }
}
