package org.accommodationdesk.application.review;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.accommodationdesk.domain.reference.ServedLocations;
import org.accommodationdesk.domain.request.AccommodationRequest;

/**
 * The HR reviewers who could take requests today: the active ones, and the locations of those an
 * administrator named for some (need-to-know; a reviewer named for none serves every location).
 * Read once per list or page, to tell a waiting request that nobody may take.
 */
public record ReviewerPool(List<String> active, Map<String, Set<String>> servedLocations) {
  /** Whether some active reviewer who serves the request's location may review it. */
  public boolean anyMayTake(AccommodationRequest r) {
    return mayTake(r).findAny().isPresent();
  }

  /** Whether this reviewer is active, serves the request's location and may review it. */
  public boolean mayTake(String reviewer, AccommodationRequest r) {
    return mayTake(r).anyMatch(reviewer::equals);
  }

  /** Whether this reviewer is active and serves the request's location (need-to-know). */
  public boolean serves(String reviewer, AccommodationRequest r) {
    return active.contains(reviewer)
        && new ServedLocations(servedLocations.getOrDefault(reviewer, Set.of()))
            .serves(r.getWorkLocation().getCode());
  }

  /** The active reviewers who serve the request's location and may review it. */
  public java.util.stream.Stream<String> mayTake(AccommodationRequest r) {
    String location = r.getWorkLocation().getCode();
    return active.stream()
        .filter(
            u -> new ServedLocations(servedLocations.getOrDefault(u, Set.of())).serves(location))
        .filter(r::reviewableBy);
  }
}
