package org.accommodationdesk.application.requests;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.accommodationdesk.application.deadlines.DueDays;
import org.accommodationdesk.application.review.ReviewerPool;
import org.accommodationdesk.domain.request.AccommodationRequest;
import org.accommodationdesk.domain.request.RequestStatus;

/**
 * A request in a list: no confidential details. {@code requesterName} is the requester's display
 * name for HR (null in an employee's own list). {@code due}: when HR must act next (null while the
 * request waits on someone else), flagged {@code overdue} or {@code dueSoon}. {@code mayNotTake}:
 * for HR, why the reader may not take a request waiting for a reviewer ({@link #mayNotTake});
 * {@code expedited}: HR expedited it (its due day may be the date it is needed by); {@code
 * assignedReviewerName}: the assigned reviewer's display name for HR (the user name when the reader
 * is not HR).
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
    LocalDate answerBy,
    String mayNotTake,
    boolean expedited,
    boolean awaitingConfirmation,
    String assignedReviewerName)
    implements java.io.Serializable {

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
      DueDays dueDays,
      String reader) {
    LocalDate due = r.clock().hrDue();
    return new RequestSummary(
        r.getId(),
        r.getRevision(),
        r.getRequester(),
        names.get(r.getRequester()),
        r.asked().getCategory().name(),
        r.getStatus().name(),
        r.getWorkLocation().getCode(),
        r.getWorkLocation().getName(),
        r.asked().getStartDate(),
        r.asked().getEndDate(),
        r.getSubmittedAt(),
        r.getAssignedReviewer(),
        needsAnotherReviewer(r, reviewers),
        finalDecision,
        due,
        dueDays.overdue(due),
        dueDays.soon(due),
        r.clock().answerBy(),
        reviewers == null ? null : mayNotTake(r, reader),
        r.urgency().isExpedited(),
        r.getStatus().isOpen() && r.awaitsConfirmation(),
        r.getAssignedReviewer() == null
            ? null
            : names.getOrDefault(r.getAssignedReviewer(), r.getAssignedReviewer()));
  }

  /**
   * Why the HR reader may not take this waiting, unassigned request ({@code OWN_REQUEST}, {@code
   * MADE_FIRST_DECISION}: an appeal goes to someone else), or null when they may or it is not
   * waiting for a reviewer. The rule is the request's ({@link AccommodationRequest#reviewableBy}).
   */
  static String mayNotTake(AccommodationRequest r, String reader) {
    boolean waiting =
        r.getStatus() == RequestStatus.SUBMITTED || r.getStatus() == RequestStatus.APPEALED;
    if (reader == null || !waiting || r.getAssignedReviewer() != null || r.reviewableBy(reader)) {
      return null;
    }
    return r.isRequestedBy(reader) ? "OWN_REQUEST" : "MADE_FIRST_DECISION";
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
