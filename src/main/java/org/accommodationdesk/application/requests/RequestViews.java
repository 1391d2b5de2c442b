package org.accommodationdesk.application.requests;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.accommodationdesk.application.accounts.CurrentUser;
import org.accommodationdesk.application.deadlines.CaseDeadlines;
import org.accommodationdesk.application.deadlines.DueDays;
import org.accommodationdesk.application.review.ReviewerPool;
import org.accommodationdesk.domain.account.UserAccount;
import org.accommodationdesk.domain.account.UserAccountRepository;
import org.accommodationdesk.domain.records.LegalHoldRepository;
import org.accommodationdesk.domain.reference.ReferenceDataRepository;
import org.accommodationdesk.domain.request.AccommodationRequest;
import org.accommodationdesk.domain.request.Action;
import org.accommodationdesk.domain.request.AppealWindow;
import org.accommodationdesk.domain.request.DecisionLetterRepository;
import org.accommodationdesk.domain.request.RequestRepository;

/**
 * The read models of requests as the caller may see them: one request with what the caller may do
 * next, pages of summaries, the names of the people involved. Shared by the use cases that answer
 * with a request; it reads, it never changes anything.
 */
@ApplicationScoped
public class RequestViews {
  @Inject private RequestRepository requests;
  @Inject private LegalHoldRepository holds;
  @Inject private UserAccountRepository accounts;
  @Inject private ReferenceDataRepository referenceData;
  @Inject private CurrentUser currentUser;
  @Inject private Clock clock;
  @Inject private CaseDeadlines deadlines;
  @Inject private DecisionLetterRepository letters;

  public RequestView view(AccommodationRequest request) {
    Instant now = clock.instant();
    Set<Action> actions = request.availableActions(currentUser.actor(), appealWindow(), now);
    boolean hr = currentUser.isReviewer() && !request.isRequestedBy(currentUser.username());
    // the people its history names, by name (one query): HR sees who asked, everyone who acted
    Set<String> named = new java.util.TreeSet<>();
    named.add(request.getRequester());
    request.getHistory().forEach(h -> named.add(h.getActor()));
    if (request.getAssignedReviewer() != null) {
      named.add(request.getAssignedReviewer());
    }
    Map<String, String> people = accounts.displayNames(named);
    return RequestView.of(
        request,
        actions,
        RequestSummary.needsAnotherReviewer(request, reviewersIfReviewer()),
        request.isFinalDecision(appealWindow(), now),
        hr ? people.getOrDefault(request.getRequester(), request.getRequester()) : null,
        // until when the requester may appeal, while they may
        actions.contains(Action.APPEAL) ? request.appealBy(appealWindow()).orElse(null) : null,
        dueDays(),
        // the employee may ask to renew it (one renewal at a time)
        request.renewableBy(currentUser.username(), deadlines.today())
            && requests.renewalsOf(request.getId()).isEmpty(),
        request.caseRecord().hasLetters() ? letters.issuedFor(request.getId()) : List.of(),
        hr,
        hr
            ? holds
                .holding(
                    request.getId(), request.getRequester(), request.getWorkLocation().getCode())
                .stream()
                .map(RequestView.HoldView::of)
                .toList()
            : null,
        people);
  }

  /** A page of requests as listed: no confidential details, names only for HR. */
  public List<RequestSummary> summaries(
      List<AccommodationRequest> found, ReviewerPool reviewers, Map<String, String> names) {
    Instant now = clock.instant();
    DueDays due = dueDays();
    String reader = currentUser.username();
    return found.stream()
        .map(
            r ->
                RequestSummary.of(
                    r, reviewers, r.isFinalDecision(appealWindow(), now), names, due, reader))
        .toList();
  }

  /** Today and the last day that counts as "due soon", for flagging requests. */
  public DueDays dueDays() {
    LocalDate today = deadlines.today();
    return new DueDays(
        today, deadlines.calendar().plusBusinessDays(today, DueDays.SOON_BUSINESS_DAYS));
  }

  /** The display names of these requests' requesters and assigned reviewers, in one query. */
  public Map<String, String> names(List<AccommodationRequest> found) {
    return found.isEmpty()
        ? Map.of()
        : accounts.displayNames(
            found.stream()
                .flatMap(r -> java.util.stream.Stream.of(r.getRequester(), r.getAssignedReviewer()))
                .filter(java.util.Objects::nonNull)
                .collect(Collectors.toSet()));
  }

  public String displayName(String username) {
    return accounts.find(username).map(UserAccount::getDisplayName).orElse(username);
  }

  public AppealWindow appealWindow() {
    return deadlines.appealWindow();
  }

  /**
   * The active reviewers, to tell a request no reviewer may take; only HR sees that, so employees'
   * pages do not pay the query.
   */
  public ReviewerPool reviewersIfReviewer() {
    return currentUser.isReviewer() ? reviewerPool() : null;
  }

  public ReviewerPool reviewerPool() {
    return new ReviewerPool(accounts.activeReviewers(), referenceData.reviewerLocations());
  }
}
