package org.accommodationdesk.application.notices;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.accommodationdesk.application.accounts.CurrentUser;
import org.accommodationdesk.application.deadlines.CaseDeadlines;
import org.accommodationdesk.application.requests.PageResult;
import org.accommodationdesk.domain.account.Role;
import org.accommodationdesk.domain.notice.Notice;
import org.accommodationdesk.domain.notice.NoticeRepository;
import org.accommodationdesk.domain.request.RequestFilter;
import org.accommodationdesk.domain.request.RequestStatus;

/** Each person's own notices (written by {@link NoticeWriter}) and what waits on them. */
@Stateless
public class NoticeService {
  @Inject private NoticeRepository notices;
  @Inject private org.accommodationdesk.domain.request.RequestRepository requests;
  @Inject private CurrentUser currentUser;
  @Inject private Clock clock;
  @Inject private CaseDeadlines deadlines;

  /** A notice as its recipient sees it: the words are rendered at the edge. */
  public record NoticeView(
      long id,
      String kind,
      Long requestId,
      Integer count,
      LocalDate date,
      Instant createdAt,
      boolean read)
      implements java.io.Serializable {
    static NoticeView of(Notice n) {
      return new NoticeView(
          n.getId(),
          n.getKind().name(),
          n.getRequestId(),
          n.getItemCount().orElse(null),
          n.getDueDate().orElse(null),
          n.getCreatedAt(),
          n.isRead());
    }

    /** What the words' {0} stands for: the request's number, or a digest's count. */
    public long subject() {
      return requestId != null ? requestId : count == null ? 0 : count;
    }
  }

  /** One page of the caller's notices, newest first, and how many are unread. */
  public record NoticePage(List<NoticeView> items, long total, long unread)
      implements java.io.Serializable {}

  /** The caller's notices, newest first. */
  @RolesAllowed({Role.EMPLOYEE, Role.REVIEWER, Role.UNION_REP, Role.ADMIN})
  public NoticePage mine(int page, int size) {
    PageResult.check(page, size);
    String me = currentUser.username();
    return new NoticePage(
        notices.of(me, page * size, size).stream().map(NoticeView::of).toList(),
        notices.count(me),
        notices.countUnread(me));
  }

  /** How many of the caller's notices are unread. */
  @RolesAllowed({Role.EMPLOYEE, Role.REVIEWER, Role.UNION_REP, Role.ADMIN})
  public long unreadCount() {
    return notices.countUnread(currentUser.username());
  }

  /**
   * How many requests wait on the caller: an employee's own requests with a question to answer or a
   * decision they may still appeal (or accept, when granted with changes), and a reviewer's
   * requests in review assigned to them.
   */
  @RolesAllowed({Role.EMPLOYEE, Role.REVIEWER, Role.UNION_REP, Role.ADMIN})
  public long needsAction() {
    String me = currentUser.username();
    long count = 0;
    if (currentUser.isEmployee()) {
      count +=
          requests.count(
              new RequestFilter(me, Set.of(RequestStatus.INFO_REQUESTED), null, null, null));
      count +=
          requests.countOpenToAppealBy(me, deadlines.appealWindow().openSince(clock.instant()));
      // filed for them by HR or the union: theirs to confirm
      count += requests.countAwaitingConfirmationBy(me);
    }
    if (currentUser.isReviewer()) {
      count +=
          requests.count(
              RequestFilter.of(
                  // in review with them, or given to them by an HR lead and waiting for them
                  Set.of(RequestStatus.IN_REVIEW, RequestStatus.SUBMITTED, RequestStatus.APPEALED),
                  null,
                  null,
                  null,
                  null,
                  me,
                  false,
                  null,
                  null));
    }
    return count;
  }

  /** Marks all the caller's notices read. */
  @RolesAllowed({Role.EMPLOYEE, Role.REVIEWER, Role.UNION_REP, Role.ADMIN})
  public int markAllRead() {
    return notices.markAllRead(currentUser.username(), clock.instant());
  }
}
