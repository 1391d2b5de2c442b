package org.accommodationdesk.application.notices;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.accommodationdesk.application.memory.Fields;
import org.accommodationdesk.application.memory.InMemoryAccounts;
import org.accommodationdesk.application.memory.InMemoryNotices;
import org.accommodationdesk.application.memory.MovableClock;
import org.accommodationdesk.application.notices.OutboxWork.OutgoingMail;
import org.accommodationdesk.domain.account.Role;
import org.accommodationdesk.domain.account.UserAccount;
import org.accommodationdesk.domain.notice.MailState;
import org.accommodationdesk.domain.notice.Notice;
import org.accommodationdesk.domain.notice.NoticeKind;
import org.junit.jupiter.api.Test;

/**
 * The mail outbox: what is due, oldest first; a mail claimed by exactly one node, and sent again
 * when its node was lost; a recipient without an address given up at once; a failed mail tried
 * again later.
 */
class OutboxWorkTest {
  static final Instant NOW = Instant.parse("2026-12-02T15:00:00Z");

  final InMemoryNotices notices = new InMemoryNotices();
  final InMemoryAccounts accounts = new InMemoryAccounts();
  final MovableClock clock = new MovableClock(NOW);
  final OutboxWork outbox = new OutboxWork();

  OutboxWorkTest() {
    Fields.set(outbox, "notices", notices);
    Fields.set(outbox, "accounts", accounts);
    Fields.set(outbox, "clock", clock);
    UserAccount ann = new UserAccount("ann", "Ann Lee", "h", null, null, Set.of(Role.EMPLOYEE));
    ann.changeProfile("Ann Lee", "ann@example.org", "es", null, null);
    accounts.add(ann);
    accounts.add(new UserAccount("bo", "Bo", "h", null, null, Set.of(Role.EMPLOYEE)));
  }

  /** A mail to {@code recipient} written {@code minutesAgo} minutes ago. */
  long mail(String recipient, int minutesAgo) {
    Notice n =
        new Notice(
            recipient,
            NoticeKind.QUESTION,
            42L,
            LocalDate.of(2026, 12, 4),
            NOW.minus(Duration.ofMinutes(minutesAgo)),
            true);
    notices.add(n);
    return n.getId();
  }

  MailState state(long id) {
    return notices.find(id).orElseThrow().getMailState();
  }

  @Test
  void mailsAreDueOldestFirstUpToTheNumberAsked() {
    long newer = mail("ann", 1);
    long older = mail("ann", 5);
    notices.add(new Notice("ann", NoticeKind.RECEIVED, 1L, null, NOW, false));
    assertEquals(List.of(older, newer), outbox.due(10), "the page-only notice is never mailed");
    assertEquals(List.of(older), outbox.due(1));
  }

  @Test
  void aMailIsClaimedOnceWithWhatTheMailSays() {
    long id = mail("ann", 1);
    assertEquals(
        Optional.of(
            new OutgoingMail(
                id,
                "ann@example.org",
                "Ann Lee",
                "es",
                NoticeKind.QUESTION,
                42L,
                null,
                LocalDate.of(2026, 12, 4))),
        outbox.claim(id));
    assertEquals(Optional.empty(), outbox.claim(id), "another node does not send it too");
    assertEquals(List.of(), outbox.due(10), "being sent: not due");
  }

  @Test
  void aMailClaimedByANodeThatWasLostIsDueAgainAfterTenMinutes() {
    long id = mail("ann", 1);
    outbox.claim(id);
    clock.advance(OutboxWork.CLAIM_TIMEOUT);
    assertEquals(List.of(), outbox.due(10), "ten minutes: still its node's");
    clock.advance(Duration.ofSeconds(1));
    assertEquals(List.of(id), outbox.due(10));
    assertTrue(outbox.claim(id).isPresent());
  }

  @Test
  void aMailToSomeoneWithoutAnAddressOrDeactivatedIsGivenUpAtOnce() {
    long noAddress = mail("bo", 2);
    long gone = mail("ann", 1);
    accounts.find("ann").orElseThrow().disable();
    long unknown = mail("nobody", 0);
    for (long id : new long[] {noAddress, gone, unknown}) {
      assertEquals(Optional.empty(), outbox.claim(id));
      assertEquals(MailState.FAILED, state(id));
    }
    assertEquals(
        Optional.of("the recipient has no address or was deactivated"),
        notices.find(gone).orElseThrow().getLastError());
    assertEquals(List.of(), outbox.due(10), "not tried again");
  }

  @Test
  void aSentMailIsDoneAndAFailedOneIsTriedAgainAfterTheWait() {
    long sent = mail("ann", 2);
    long failed = mail("ann", 1);
    outbox.claim(sent);
    outbox.claim(failed);
    outbox.sent(sent);
    outbox.failed(failed, "connection refused", Duration.ofMinutes(1));
    assertEquals(MailState.SENT, state(sent));
    assertEquals(MailState.PENDING, state(failed));
    assertEquals(
        Optional.of("connection refused"), notices.find(failed).orElseThrow().getLastError());
    assertEquals(List.of(), outbox.due(10), "the failed one waits a minute");
    clock.advance(Duration.ofMinutes(1));
    assertEquals(List.of(failed), outbox.due(10), "the sent one never again");
    outbox.sent(99);
    outbox.failed(99, "no such notice", Duration.ofMinutes(1));
  }

  @Test
  void theSubjectOfAMailIsItsRequestOrADigestsCount() {
    assertEquals(
        42, new OutgoingMail(1, "a", "A", "en", NoticeKind.QUESTION, 42L, null, null).subject());
    assertEquals(
        3, new OutgoingMail(1, "a", "A", "en", NoticeKind.OVERDUE_DIGEST, null, 3, null).subject());
    assertEquals(
        0,
        new OutgoingMail(1, "a", "A", "en", NoticeKind.OVERDUE_DIGEST, null, null, null).subject());
  }
}
