package org.accommodationdesk.application.requests;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.accommodationdesk.application.accounts.CurrentUser;
import org.accommodationdesk.application.deadlines.DueDays;
import org.accommodationdesk.application.review.ReviewerPool;
import org.accommodationdesk.domain.account.Role;
import org.accommodationdesk.domain.account.UserAccountRepository;
import org.accommodationdesk.domain.request.AccommodationRequest;
import org.accommodationdesk.domain.request.RequestFilter;
import org.accommodationdesk.domain.request.RequestNotFoundException;
import org.accommodationdesk.domain.request.RequestOrder;
import org.accommodationdesk.domain.request.RequestRepository;
import org.accommodationdesk.domain.request.RequestStatus;

/**
 * Reading requests: one request, the lists of the employee's own and of HR's served locations, the
 * reviewers' queue and its counts, and the requests shared with the union.
 *
 * <p>Visibility: a request is visible to its requester and to HR reviewers who serve its location.
 * To anyone else it does not exist ({@link RequestNotFoundException}), so that its existence is not
 * revealed.
 */
@Stateless
@DeclareRoles({Role.EMPLOYEE, Role.REVIEWER, Role.UNION_REP, Role.ADMIN})
public class RequestQueries {
  @Inject private RequestRepository requests;
  @Inject private UserAccountRepository accounts;
  @Inject private CurrentUser currentUser;
  @Inject private RequestAccess access;
  @Inject private RequestViews views;

  public static final int MAX_PAGE_SIZE = PageResult.MAX_SIZE;

  /** One request with its history, for its requester or an HR reviewer. */
  @RolesAllowed({Role.EMPLOYEE, Role.REVIEWER, Role.UNION_REP, Role.ADMIN})
  public RequestView get(long id) {
    return views.view(access.visible(id));
  }

  /**
   * A union rep's view of a request its employee shared with the union; any other request does not
   * exist for them.
   */
  @RolesAllowed(Role.UNION_REP)
  public UnionRequestView getForUnion(long id) {
    AccommodationRequest request =
        requests.find(id).orElseThrow(() -> new RequestNotFoundException(id));
    if (!request.isSharedWithUnion()) {
      throw new RequestNotFoundException(id);
    }
    return UnionRequestView.of(request, views.displayName(request.getRequester()));
  }

  /** The requests employees shared with the union, newest first; for union reps. */
  @RolesAllowed(Role.UNION_REP)
  public PageResult<UnionRequestView.Summary> listShared(int page, int size) {
    PageResult.check(page, size);
    return new PageResult<>(
        requests.sharedWithUnion(page * size, size).stream()
            .map(r -> UnionRequestView.summary(r, views.displayName(r.getRequester())))
            .toList(),
        requests.countSharedWithUnion());
  }

  /** Reviewers list the requests of the locations they serve; everybody else lists their own. */
  @RolesAllowed({Role.EMPLOYEE, Role.REVIEWER})
  public PageResult<RequestSummary> list(RequestFilter filter, int page, int size) {
    return list(filter, RequestOrder.OLDEST_FIRST, page, size);
  }

  /** The same, in this order. */
  @RolesAllowed({Role.EMPLOYEE, Role.REVIEWER})
  public PageResult<RequestSummary> list(
      RequestFilter filter, RequestOrder order, int page, int size) {
    PageResult.check(page, size);
    RequestFilter effective =
        currentUser.isReviewer()
            ? access.withinServedLocations(filter)
            : filter.ofRequester(currentUser.username());
    ReviewerPool reviewers = views.reviewersIfReviewer();
    List<AccommodationRequest> found = requests.search(effective, page * size, size, order);
    return new PageResult<>(
        views.summaries(found, reviewers, reviewers == null ? Map.of() : views.names(found)),
        requests.count(effective));
  }

  /**
   * The reviewers' queue: any window of the requests matching the filter, in this order. Only the
   * rows asked for are loaded.
   */
  @RolesAllowed(Role.REVIEWER)
  public List<RequestSummary> queue(RequestFilter filter, int first, int max, RequestOrder order) {
    int size = Math.max(1, Math.min(max, MAX_PAGE_SIZE));
    ReviewerPool reviewers = views.reviewerPool();
    List<AccommodationRequest> found =
        requests.search(access.withinServedLocations(filter), Math.max(0, first), size, order);
    return views.summaries(found, reviewers, views.names(found));
  }

  /** How many requests match the queue's filter. */
  @RolesAllowed(Role.REVIEWER)
  public long queueSize(RequestFilter filter) {
    return requests.count(access.withinServedLocations(filter));
  }

  /** How many requests are in each status, for the top of the queue. */
  @RolesAllowed(Role.REVIEWER)
  public Map<RequestStatus, Long> statusCounts() {
    Map<RequestStatus, Long> counts = new EnumMap<>(RequestStatus.class);
    for (RequestStatus s : RequestStatus.values()) {
      counts.put(s, 0L);
    }
    counts.putAll(requests.countByStatus());
    return counts;
  }

  /** Today and the last day that counts as "due soon", for flagging requests. */
  public DueDays dueDays() {
    return views.dueDays();
  }
}
