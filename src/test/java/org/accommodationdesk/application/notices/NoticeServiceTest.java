package org.accommodationdesk.application.notices;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.accommodationdesk.application.memory.Desk;
import org.accommodationdesk.application.memory.Fields;
import org.accommodationdesk.application.memory.InMemoryNotices;
import org.accommodationdesk.application.notices.NoticeService.NoticePage;
import org.accommodationdesk.application.notices.NoticeService.NoticeView;
import org.accommodationdesk.domain.account.Role;
import org.accommodationdesk.domain.notice.Notice;
import org.accommodationdesk.domain.notice.NoticeKind;
import org.accommodationdesk.domain.request.Action;
import org.accommodationdesk.domain.request.InvalidInputException;
import org.junit.jupiter.api.Test;

/**
 * Each person reads their own notices, newest first, marks them read, and sees how many requests
 * wait on them: nobody else's.
 */
class NoticeServiceTest {
  static final Instant NOW = Instant.parse("2026-12-02T15:00:00Z");

  final Desk desk = new Desk(NOW);
  final InMemoryNotices notices = new InMemoryNotices();
  final NoticeService service = new NoticeService();

  NoticeServiceTest() {
    Fields.set(service, "notices", notices);
    Fields.set(service, "requests", desk.requests);
    Fields.set(service, "currentUser", desk.user);
    Fields.set(service, "clock", desk.clock);
    Fields.set(service, "deadlines", desk.deadlines);
  }

  /** A notice for {@code recipient} written {@code minutesAgo} minutes ago. */
  Notice notice(String recipient, NoticeKind kind, long requestId, int minutesAgo) {
    Notice n =
        new Notice(
            recipient,
            kind,
            requestId,
            LocalDate.of(2026, 12, 9),
            NOW.minus(Duration.ofMinutes(minutesAgo)),
            false);
    notices.add(n);
    return n;
  }

  @Test
  void aPersonReadsOnlyTheirOwnNoticesNewestFirstAPageAtATime() {
    notice("employee1", NoticeKind.RECEIVED, 1, 30);
    notice("employee2", NoticeKind.RECEIVED, 2, 20);
    notice("employee1", NoticeKind.QUESTION, 1, 10);
    notice("employee1", NoticeKind.DECIDED, 1, 5);
    desk.user.as("employee1", Role.EMPLOYEE);

    NoticePage first = service.mine(0, 2);
    assertEquals(
        List.of("DECIDED", "QUESTION"), first.items().stream().map(NoticeView::kind).toList());
    assertEquals(3, first.total());
    assertEquals(3, first.unread());
    NoticePage second = service.mine(1, 2);
    assertEquals(List.of("RECEIVED"), second.items().stream().map(NoticeView::kind).toList());
    assertTrue(
        service.mine(0, 10).items().stream().allMatch(v -> v.requestId() == 1),
        "never employee2's");
  }

  @Test
  void aNoticeIsShownWithItsRequestDateAndWhetherItWasRead() {
    Notice n = notice("employee1", NoticeKind.QUESTION, 7, 10);
    desk.user.as("employee1", Role.EMPLOYEE);
    assertEquals(
        new NoticeView(
            n.getId(),
            "QUESTION",
            7L,
            null,
            LocalDate.of(2026, 12, 9),
            NOW.minus(Duration.ofMinutes(10)),
            false),
        service.mine(0, 10).items().get(0));
    assertEquals(7, service.mine(0, 10).items().get(0).subject(), "the request's number");
  }

  @Test
  void aDigestIsShownWithHowManyItCounts() {
    notices.add(Notice.digest("lead", NoticeKind.OVERDUE_DIGEST, 4, NOW, false));
    desk.user.as("lead", Role.REVIEWER);
    NoticeView digest = service.mine(0, 10).items().get(0);
    assertEquals(4, digest.count());
    assertEquals(null, digest.requestId());
    assertEquals(4, digest.subject(), "the words count the requests");
    assertEquals(
        0, new NoticeView(1, "OVERDUE_DIGEST", null, null, null, NOW, false).subject(), "none");
  }

  @Test
  void markingAllReadMarksOnlyTheCallersAndSaysHowMany() {
    notice("employee1", NoticeKind.RECEIVED, 1, 30);
    notice("employee1", NoticeKind.QUESTION, 1, 10);
    notice("employee2", NoticeKind.RECEIVED, 2, 20);
    desk.user.as("employee1", Role.EMPLOYEE);
    assertEquals(2, service.unreadCount());
    assertEquals(2, service.markAllRead());
    assertEquals(0, service.unreadCount());
    assertEquals(0, service.mine(0, 10).unread());
    assertTrue(service.mine(0, 10).items().stream().allMatch(NoticeView::read));
    assertEquals(0, service.markAllRead(), "nothing left unread");
    desk.user.as("employee2", Role.EMPLOYEE);
    assertEquals(1, service.unreadCount(), "another's stay unread");
  }

  @Test
  void aPageOutsideTheLimitsIsRefused() {
    desk.user.as("employee1", Role.EMPLOYEE);
    assertEquals(
        "page",
        assertThrows(InvalidInputException.class, () -> service.mine(-1, 10))
            .errors()
            .get(0)
            .field());
    assertEquals(
        "size",
        assertThrows(InvalidInputException.class, () -> service.mine(0, 0))
            .errors()
            .get(0)
            .field());
  }

  @Test
  void whatWaitsOnAnEmployeeIsTheirQuestionsToAnswerAndOnAReviewerTheirRequests() {
    long asked = desk.file("employee1").id();
    desk.review("reviewer1", asked, Action.START_REVIEW);
    desk.review("reviewer1", asked, Action.REQUEST_INFO);
    long inReview = desk.file("employee1").id();
    desk.review("reviewer1", inReview, Action.START_REVIEW);
    long othersQuestion = desk.file("employee2").id();
    desk.review("reviewer2", othersQuestion, Action.START_REVIEW);
    desk.review("reviewer2", othersQuestion, Action.REQUEST_INFO);
    long given = desk.file("employee2").id();
    desk.user.as("lead", Role.REVIEWER, Role.HR_LEAD);
    desk.assignment.assign(List.of(given), "reviewer1");
    long decided = desk.file("employee2").id();
    desk.review("reviewer1", decided, Action.START_REVIEW);
    desk.review("reviewer1", decided, Action.APPROVE);

    desk.user.as("employee1", Role.EMPLOYEE);
    assertEquals(1, service.needsAction(), "one question to answer");
    desk.user.as("reviewer1", Role.REVIEWER);
    assertEquals(2, service.needsAction(), "in review with them, and given to them while waiting");
    desk.user.as("reviewer2", Role.REVIEWER);
    assertEquals(0, service.needsAction(), "waiting on the employee: not on them");
    desk.user.as("reviewer1", Role.REVIEWER, Role.EMPLOYEE);
    assertEquals(2, service.needsAction(), "a reviewer who files requests too: both counted");
    desk.user.as("employee2", Role.EMPLOYEE, Role.REVIEWER);
    assertEquals(1, service.needsAction(), "their own question; nothing assigned to them");
    desk.user.as("rep", Role.UNION_REP);
    assertEquals(0, service.needsAction());
  }

  @Test
  void aDecisionTheEmployeeMayStillAppealOrAcceptWaitsOnThemUntilItsWindowCloses() {
    long denied = desk.file("employee1").id();
    desk.review("reviewer1", denied, Action.START_REVIEW);
    desk.deny("reviewer1", denied);
    long approved = desk.file("employee1").id();
    desk.review("reviewer1", approved, Action.START_REVIEW);
    desk.review("reviewer1", approved, Action.APPROVE);
    desk.user.as("employee1", Role.EMPLOYEE);
    assertEquals(1, service.needsAction(), "the denial, not the approval as asked");
    desk.clock.advance(java.time.Duration.ofDays(16));
    assertEquals(0, service.needsAction(), "the appeal window of 15 days has closed");
  }
}
