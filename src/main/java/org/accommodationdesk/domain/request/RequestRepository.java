package org.accommodationdesk.domain.request;

import java.util.List;
import java.util.Optional;

/** Where requests are kept. */
public interface RequestRepository {
  Optional<AccommodationRequest> find(long id);

  void add(AccommodationRequest request);

  /** One page of requests matching the filter, oldest first. */
  List<AccommodationRequest> search(RequestFilter filter, int first, int max);

  long count(RequestFilter filter);
}
