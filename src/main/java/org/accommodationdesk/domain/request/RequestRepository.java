package org.accommodationdesk.domain.request;

import java.util.List;
import java.util.Optional;

/** Where requests are kept. */
public interface RequestRepository {
  Optional<AccommodationRequest> find(long id);

  void add(AccommodationRequest request);

  /**
   * Writes the request's changes now, inside the current transaction.
   *
   * @throws ConcurrentUpdateException when someone else changed it first
   */
  void store(AccommodationRequest request);

  /** One page of requests matching the filter, oldest first. */
  List<AccommodationRequest> search(RequestFilter filter, int first, int max);

  long count(RequestFilter filter);
}
