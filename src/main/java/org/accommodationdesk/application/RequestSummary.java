package org.accommodationdesk.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.accommodationdesk.domain.request.AccommodationRequest;
import org.accommodationdesk.domain.request.RequestStatus;

/**
 * A request in a list: no confidential details. {@code requesterName} is the requester's display
 * name for HR (null in an employee's own list). {@code due}: when HR must act next (null while the
 * request waits on someone else), flagged {@code overdue} or {@code dueSoon}.
 */
public record RequestSummary(
    long id,
    long version,
    String requester,
    String requesterName,
    String category,
    String status,
    String workLocationCode,
    String workLocationName,
    LocalDate startDate,
    LocalDate endDate,
    Instant submittedAt,
    String assignedReviewer,
    boolean needsAnotherReviewer,
    boolean finalDecision,
    LocalDate due,
    boolean overdue,
    boolean dueSoon,
    LocalDate answerBy) {

  /**
   * A request in a list; {@code reviewers} are those who could take requests (null when the reader
   * is not HR), to tell a waiting request that none of them may take (a reviewer's own request
   * appealed after the other one decided it, or nobody serves its location).
   */
  static RequestSummary of(
      AccommodationRequest r,
      ReviewerPool reviewers,
      boolean finalDecision,
      Map<String, String> names,
      DueDays dueDays) {
    LocalDate due = r.clock().hrDue();
    return new RequestSummary(
        r.getId(),
        r.getRevision(),
        r.getRequester(),
        names.get(r.getRequester()),
        r.getCategory().name(),
        r.getStatus().name(),
        r.getWorkLocation().getCode(),
        r.getWorkLocation().getName(),
        r.getStartDate(),
        r.getEndDate(),
        r.getSubmittedAt(),
        r.getAssignedReviewer(),
        needsAnotherReviewer(r, reviewers),
        finalDecision,
        due,
        dueDays.overdue(due),
        dueDays.soon(due),
        r.clock().answerBy());
  }

  static boolean needsAnotherReviewer(AccommodationRequest r, ReviewerPool reviewers) {
    if (reviewers == null) {
      return false; // not asked: the reader is not HR
    }
    boolean waiting =
        r.getStatus() == RequestStatus.SUBMITTED || r.getStatus() == RequestStatus.APPEALED;
    return waiting && !reviewers.anyMayTake(r);
  }
}
