package org.accommodationdesk.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.accommodationdesk.domain.notice.MailState;
import org.accommodationdesk.domain.notice.Notice;
import org.accommodationdesk.domain.notice.NoticeKind;
import org.junit.jupiter.api.Test;

/** The outbox's retry rule: waits that double up to an hour, then giving up. */
class NoticeTest {
  static final Instant T0 = Instant.parse("2026-11-26T12:00:00Z");
  static final Duration FIRST = Duration.ofMinutes(1);

  @Test
  void withoutMailANoticeIsOnlyInTheApp() {
    Notice n = new Notice("employee1", NoticeKind.RECEIVED, 7L, null, T0, false);
    assertEquals(MailState.NONE, n.getMailState());
    assertTrue(n.getNextAttemptAt().isEmpty());
    assertFalse(n.isRead());
    n.markRead(T0);
    assertTrue(n.isRead());
  }

  @Test
  void failedMailIsRetriedWithDoublingWaitsUpToAnHour() {
    Notice n = new Notice("employee1", NoticeKind.QUESTION, 7L, null, T0, true);
    assertEquals(MailState.PENDING, n.getMailState());
    assertEquals(T0, n.getNextAttemptAt().orElseThrow(), "due at once");
    long[] minutes = {1, 2, 4, 8, 16, 32, 60, 60};
    for (long wait : minutes) {
      n.mailFailed("connection refused", FIRST, T0);
      assertEquals(MailState.PENDING, n.getMailState());
      assertEquals(T0.plus(Duration.ofMinutes(wait)), n.getNextAttemptAt().orElseThrow());
    }
    assertEquals("connection refused", n.getLastError().orElseThrow());
  }

  @Test
  void afterTheLastAttemptTheMailIsGivenUp() {
    Notice n = new Notice("employee1", NoticeKind.QUESTION, 7L, null, T0, true);
    for (int i = 1; i < Notice.MAX_ATTEMPTS; i++) {
      n.mailFailed("down", FIRST, T0);
    }
    assertEquals(MailState.PENDING, n.getMailState(), "one attempt left");
    n.mailFailed("x".repeat(Notice.ERROR_MAX + 10), FIRST, T0);
    assertEquals(MailState.FAILED, n.getMailState());
    assertTrue(n.getNextAttemptAt().isEmpty());
    assertEquals(Notice.ERROR_MAX, n.getLastError().orElseThrow().length(), "cut to fit");
  }

  @Test
  void aSentMailIsDone() {
    Notice n = new Notice("employee1", NoticeKind.DECIDED, 7L, null, T0, true);
    n.mailFailed("down", FIRST, T0);
    n.mailSent(T0.plusSeconds(90));
    assertEquals(MailState.SENT, n.getMailState());
    assertEquals(2, n.getMailAttempts());
    assertTrue(n.getNextAttemptAt().isEmpty());
  }

  @Test
  void aNoticeNamesItsRequestAndDateButADigestOnlyHowManyRequests() {
    java.time.LocalDate due = java.time.LocalDate.of(2026, 12, 10);
    Notice n = new Notice("employee1", NoticeKind.QUESTION, 7L, due, T0, false);
    assertEquals("employee1", n.getRecipient());
    assertEquals(NoticeKind.QUESTION, n.getKind());
    assertEquals(7L, n.getRequestId());
    assertEquals(due, n.getDueDate().orElseThrow());
    assertEquals(T0, n.getCreatedAt());
    assertTrue(n.getItemCount().isEmpty());

    Notice digest = Notice.digest("lead", NoticeKind.OVERDUE_DIGEST, 3, T0, true);
    assertEquals(3, digest.getItemCount().orElseThrow());
    assertEquals(null, digest.getRequestId());
    assertTrue(digest.getDueDate().isEmpty());
    assertEquals("lead", digest.getRecipient());
    assertEquals(NoticeKind.OVERDUE_DIGEST, digest.getKind());
    assertEquals(MailState.PENDING, digest.getMailState(), "mailed when asked to");
  }

  @Test
  void aMailThatCannotBeSentIsGivenUpAtOnce() {
    Notice n = new Notice("employee1", NoticeKind.DECIDED, 7L, null, T0, true);
    n.mailAbandoned("no address");
    assertEquals(MailState.FAILED, n.getMailState());
    assertTrue(n.getNextAttemptAt().isEmpty());
    assertEquals("no address", n.getLastError().orElseThrow());
    assertEquals(0, n.getMailAttempts(), "nothing was tried");
  }

  @Test
  void theEmployeeIsToldOfTheirRequestAndHrOfItsWork() {
    java.util.Set<NoticeKind> toEmployee =
        java.util.EnumSet.of(
            NoticeKind.RECEIVED,
            NoticeKind.QUESTION,
            NoticeKind.DECIDED,
            NoticeKind.APPEAL_DECIDED,
            NoticeKind.ANSWER_REMINDER,
            NoticeKind.APPEAL_REMINDER,
            NoticeKind.APPROVAL_ENDING,
            NoticeKind.DELAYED,
            NoticeKind.INTERIM_GRANTED,
            NoticeKind.FILED_FOR_YOU);
    for (NoticeKind k : NoticeKind.values()) {
      assertEquals(toEmployee.contains(k), k.forRequester(), k.name());
      assertEquals(
          k == NoticeKind.CONFIRMED_FOR_UNION,
          k.audience() == NoticeKind.Audience.UNION,
          k + ": only the union's filer is told as the union");
    }
  }
}
