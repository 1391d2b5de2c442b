package org.accommodationdesk.domain.analysis;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Pairs of alike requests marked reviewed. */
public interface ConsistencyReviewRepository {
  void add(ConsistencyReview review);

  /** The review of this pair (either order), if it was marked. */
  Optional<ConsistencyReview> find(long one, long other);

  /** The reviews of pairs whose lower number is among {@code firstRequests}. */
  List<ConsistencyReview> forFirst(Collection<Long> firstRequests);
}
