package org.accommodationdesk.application;

import java.time.Instant;
import java.time.LocalDate;
import org.accommodationdesk.domain.request.AccommodationRequest;

/** A request in a list: no confidential details. */
public record RequestSummary(
    long id,
    long version,
    String requester,
    String category,
    String status,
    String workLocationCode,
    String workLocationName,
    LocalDate startDate,
    LocalDate endDate,
    Instant submittedAt,
    String assignedReviewer) {

  static RequestSummary of(AccommodationRequest r) {
    return new RequestSummary(
        r.getId(),
        r.getVersion(),
        r.getRequester(),
        r.getCategory().name(),
        r.getStatus().name(),
        r.getWorkLocation().getCode(),
        r.getWorkLocation().getName(),
        r.getStartDate(),
        r.getEndDate(),
        r.getSubmittedAt(),
        r.getAssignedReviewer());
  }
}
